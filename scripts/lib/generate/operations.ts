// Renders generated/operations.ts: the one table of the spec's operations (method, path template,
// documented statuses) that src/ reads to name an operation and to build its request.
import { specOperations, type OpenApiDocument } from '../../../src/spec/document.js';

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
