import { OPERATIONS } from '../../generated/operations.js';

const BY_ROUTE = new Map<string, string>(Object.entries(OPERATIONS).map(([id, { method, path }]) => [`${method} ${path}`, id]));

/** The operationId of `METHOD schemaPath`, or `METHOD schemaPath` itself for a call the spec does not describe. */
export function operationIdOf(method: string, schemaPath: string): string {
  const key = `${method.toUpperCase()} ${schemaPath}`;
  return BY_ROUTE.get(key) ?? key;
}
