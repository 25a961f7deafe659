// Renders generated/operations.ts: the one table of the spec's operations (method, path template,
// documented statuses) that src/ reads to name an operation and to build its request.
import { specOperations, type JsonObject, type OpenApiDocument } from '../../../src/spec/document.js';

export function renderOperations(spec: OpenApiDocument): string {
  const rows: string[] = [];
  for (const { method, path, operation } of specOperations(spec)) {
    const statuses = Object.keys(operation.responses).map((status) => (/^\d{3}$/.test(status) ? status : JSON.stringify(status)));
    rows.push(
      `  ${operation.operationId}: { method: ${JSON.stringify(method.toUpperCase())}, path: ${JSON.stringify(path)}, statuses: [${statuses.join(', ')}] },`,
    );
  }
  return [
    '/** Every operation of openapi.yaml by operationId: its method, path template and documented response statuses. */',
    `export const OPERATIONS = {\n${rows.join('\n')}\n} as const;`,
    '',
    'export type OperationId = keyof typeof OPERATIONS;',
    '',
  ].join('\n');
}

/** A schema with its `#/components/schemas/…` ref followed (one level is all a request body takes here). */
function resolved(spec: OpenApiDocument, schema: JsonObject | undefined): JsonObject | undefined {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? spec.components.schemas[ref.replace('#/components/schemas/', '')] : schema;
}

/**
 * Renders generated/request-fields.ts: the properties each operation's JSON request body documents, so the
 * sandbox can name a field it passes over (a typo such as `emial`), and those of each object schema, so what it
 * stores and answers follows the spec. Kept apart from OPERATIONS, which the client loads.
 */
export function renderRequestFields(spec: OpenApiDocument): string {
  const rows: string[] = [];
  for (const { operation } of specOperations(spec)) {
    const schema = resolved(spec, operation.requestBody?.content?.['application/json']?.schema);
    if (!schema) continue;
    rows.push(`  ${operation.operationId}: ${JSON.stringify(Object.keys(schema.properties ?? {}))},`);
  }
  const shapes = Object.entries(spec.components.schemas)
    .filter(([, schema]) => schema.properties && typeof schema.properties === 'object')
    .map(([name, schema]) => `  ${name}: ${JSON.stringify(Object.keys(schema.properties as JsonObject))},`);
  return [
    "/** The properties each operation's JSON request body documents, by operationId. */",
    `export const REQUEST_BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {\n${rows.join('\n')}\n};`,
    '',
    '/** The properties each object schema of components/schemas documents, by name: the shapes the sandbox answers in. */',
    `export const SCHEMA_FIELDS: Readonly<Record<string, readonly string[]>> = {\n${shapes.join('\n')}\n};`,
    '',
  ].join('\n');
}
