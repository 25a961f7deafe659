import type { operations } from '../../generated/openapi.js';

/** `METHOD schemaPath` of every operation in openapi.yaml, to name it in contract errors and find its validators. */
const OPERATION_IDS: Record<string, keyof operations> = {
  'POST /v1/users': 'createUser',
  'GET /v1/users/{publicId}': 'getUserById',
};

/** The operationId, or `METHOD path` for a call the spec does not describe. */
export function operationIdOf(method: string, schemaPath: string): string {
  const key = `${method.toUpperCase()} ${schemaPath}`;
  return OPERATION_IDS[key] ?? key;
}
