// Renders generated/operations.ts: the one table of the spec's operations (method, path template,
// documented statuses) that src/ reads to name an operation and to build its request.
import type { OpenApiDocument } from '../spec/document.js';

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

export function renderOperations(spec: OpenApiDocument): string {
  const rows: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!HTTP_METHODS.has(method)) continue; // a path item's `parameters`, `summary`...
      const statuses = Object.keys(operation.responses).map((status) => (/^\d{3}$/.test(status) ? status : JSON.stringify(status)));
      rows.push(
        `  ${operation.operationId}: { method: ${JSON.stringify(method.toUpperCase())}, path: ${JSON.stringify(path)}, statuses: [${statuses.join(', ')}] },`,
      );
    }
  }
  return [
    '/** Every operation of openapi.yaml by operationId: its method, path template and documented response statuses. */',
    `export const OPERATIONS = {\n${rows.join('\n')}\n} as const;`,
    '',
    'export type OperationId = keyof typeof OPERATIONS;',
    '',
  ].join('\n');
}
