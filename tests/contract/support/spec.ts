// The spec as the contract suite reads it: documented statuses and ajv validators per (operation, status).
import type { ValidateFunction } from 'ajv';
import { compileSpecSchema, createSpecAjv } from '../../../scripts/lib/spec/ajv.js';
import { loadSpec, namedExamples, responseEntries, type ResponseEntry } from '../../../scripts/lib/spec/document.js';

export const spec = loadSpec();
export const entries: ResponseEntry[] = responseEntries(spec);
const ajv = createSpecAjv(spec);
const validators = new Map<string, ValidateFunction>();

export type OperationId = 'createUser' | 'getUserById';

export function documentedStatuses(operationId: string): string[] {
  return entries.filter((entry) => entry.operationId === operationId).map((entry) => entry.status);
}

export function entryFor(operationId: string, status: string): ResponseEntry | undefined {
  return entries.find((entry) => entry.operationId === operationId && entry.status === status);
}

export function validatorFor(operationId: string, status: string): ValidateFunction | undefined {
  const key = `${operationId}:${status}`;
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
