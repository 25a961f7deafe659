// The one place that reaches the validators: a dynamic import, so they load only with `validateResponses`.
import type { ContractIssue } from '../errors/contract-violation-error.js';

// Spelled out rather than `typeof import(...)`: no reference to the module outside the one lazy import.
export interface Validators {
  findContractIssues(operationId: string, status: number, body: unknown): ContractIssue[] | undefined;
}
let importing: Promise<Validators> | undefined;
let loaded: Validators | undefined;

/**
 * The validators: once loaded, returned as they are, so the check runs in the same tick as the
 * response; before that, the import, memoized. A failed import (a chunk that did not load) is
 * tried again on the next response.
 */
export function validators(): Validators | Promise<Validators> {
  if (loaded) return loaded;
  importing ??= import('../validate.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      importing = undefined;
      throw error;
    },
  );
  return importing;
}
