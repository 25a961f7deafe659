// The spec as the contract suite reads it: its operations, documented statuses, and ajv validators
// per (operation, status) with RFC 3339 dates to the letter.
import type { ValidateFunction } from 'ajv';
import { compileSpecSchema, createSpecAjv } from '../../../scripts/lib/spec/ajv.js';
import { loadSpec, namedExamples, responseEntries, type JsonObject, type OpenApiOperation, type ResponseEntry } from '../../../scripts/lib/spec/document.js';
import { OPERATIONS as OPERATION_TABLE, type OperationId } from '../../../generated/operations.js';
import { validatorKey } from '../../../src/internal/validator-key.js';
import { isRfc3339Date, isRfc3339DateTime } from '../../../scripts/lib/contract/rfc3339.js';

export const spec = loadSpec();
export const entries: ResponseEntry[] = responseEntries(spec);
const ajv = createSpecAjv(spec);
ajv.addFormat('date', isRfc3339Date);
ajv.addFormat('date-time', isRfc3339DateTime);
const validators = new Map<string, ValidateFunction>();

export type { OperationId };

export interface Operation {
  operationId: OperationId;
  method: string;
  /** The path template, such as `/v1/users/{publicId}`. */
  path: string;
  definition: OpenApiOperation;
}

/** Every operation of the spec: the generated operation table, with each one's definition from the spec. */
export const OPERATIONS: Operation[] = (Object.keys(OPERATION_TABLE) as OperationId[]).map((operationId) => {
  const { method, path } = OPERATION_TABLE[operationId];
  const definition = spec.paths[path]?.[method.toLowerCase()];
  if (!definition) throw new Error(`openapi.yaml has no ${method} ${path}, which generated/operations.ts names: run npm run generate`);
  return { operationId, method, path, definition };
});

export function operation(operationId: OperationId): Operation {
  const found = OPERATIONS.find((candidate) => candidate.operationId === operationId);
  if (!found) throw new Error(`openapi.yaml has no operation ${operationId}`);
  return found;
}

export function documentedStatuses(operationId: string): string[] {
  return OPERATIONS.some((candidate) => candidate.operationId === operationId) ? OPERATION_TABLE[operationId as OperationId].statuses.map(String) : [];
}

export function entryFor(operationId: string, status: string): ResponseEntry | undefined {
  return entries.find((entry) => entry.operationId === operationId && entry.status === status);
}

export function validatorFor(operationId: string, status: string): ValidateFunction | undefined {
  const key = validatorKey(operationId, status);
  if (!validators.has(key)) {
    const schema = entryFor(operationId, status)?.schema;
    if (!schema) return undefined;
    validators.set(key, compileSpecSchema(ajv, schema));
  }
  return validators.get(key);
}

export function examplesOf(entry: ResponseEntry): Record<string, unknown> {
  return namedExamples(spec, entry.response);
}

/** Follows `#/components/schemas/…` refs, keeping the referring node's own keywords (such as `default`). */
export function resolveSchema(schema: JsonObject): JsonObject {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  const target = spec.components.schemas[ref.replace('#/components/schemas/', '')];
  if (!target) throw new Error(`Unresolved schema $ref ${ref}`);
  const { $ref: _ref, ...own } = schema;
  return { ...resolveSchema(target), ...own };
}

/** The request body schema of an operation (resolved), if it takes one. */
export function requestSchema(operationId: OperationId): JsonObject | undefined {
  const schema = operation(operationId).definition.requestBody?.content?.['application/json']?.schema;
  return schema ? resolveSchema(schema) : undefined;
}

/** The request examples of an operation, by name. */
export function requestExamples(operationId: OperationId): Record<string, unknown> {
  const body = operation(operationId).definition.requestBody;
  return body ? namedExamples(spec, body) : {};
}

/** An operation's path with its path parameters filled in (percent-encoded). */
export function pathFor(operationId: OperationId, parameters: Record<string, string> = {}): string {
  return operation(operationId).path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = parameters[name];
    if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
}
