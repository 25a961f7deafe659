// Loaded only through a dynamic import when `validateResponses` is on, so the validators
// (and ajv-formats) stay out of the way of everyone else, bundles included.
import { responseValidators, type ValidationIssue } from '../generated/validators.js';
import type { ContractIssue } from './errors/contract-violation-error.js';

/**
 * The ways `body` breaks the spec for this operation and status: `[]` when it conforms,
 * `undefined` when the spec documents no body for that status.
 */
export function findContractIssues(operationId: string, status: number, body: unknown): ContractIssue[] | undefined {
  const validator = responseValidators[`${operationId}:${status}`];
  if (!validator) return undefined;
  if (validator(body)) return [];
  const seen = new Set<string>();
  const issues: ContractIssue[] = [];
  for (const error of validator.errors ?? []) {
    const issue = toContractIssue(error);
    const key = `${issue.path} ${issue.keyword}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return issues;
}

/** Keeps where and which rule; drops ajv's params and messages, which may quote the value. */
function toContractIssue(error: ValidationIssue): ContractIssue {
  const missing = error.keyword === 'required' ? error.params['missingProperty'] : undefined;
  const path = typeof missing === 'string' ? `${error.instancePath}/${escapePointer(missing)}` : error.instancePath;
  return { path, keyword: error.keyword };
}

function escapePointer(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
