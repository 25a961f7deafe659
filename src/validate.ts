// Loaded only through a dynamic import when `validateResponses` is on, so the validators
// (and ajv-formats) stay out of the way of everyone else, bundles included.
import { responseValidators } from '../generated/validators.js';
import type { ContractIssue } from './errors/contract-violation-error.js';
import { contractIssuesFromAjv } from './internal/contract-issues.js';
import { validatorKey } from './internal/validator-key.js';

/**
 * The ways `body` breaks the spec for this operation and status: `[]` when it conforms,
 * `undefined` when the spec documents no body for that status.
 */
export function findContractIssues(operationId: string, status: number, body: unknown): ContractIssue[] | undefined {
  const validator = responseValidators[validatorKey(operationId, status)];
  if (!validator) return undefined;
  return validator(body) ? [] : contractIssuesFromAjv(validator.errors);
}
