// openapi-fetch middleware, so `hipp.api` shares it: a 2xx body that is not JSON becomes a
// ContractViolationError instead of openapi-fetch's raw SyntaxError, and with `validateResponses`
// every documented response body is checked against the spec.
import type { Middleware } from 'openapi-fetch';
import { ContractViolationError, type ContractIssue } from '../errors/contract-violation-error.js';
import { bufferedText } from './buffered-body.js';
import { operationIdOf } from './operations.js';
import { parseBody } from './parse-body.js';
import { redactRequestId, type Redactor } from './redact.js';

// Spelled out rather than `typeof import(...)`: no reference to the module outside the one lazy import.
interface Validators {
  findContractIssues(operationId: string, status: number, body: unknown): ContractIssue[] | undefined;
}
let validators: Promise<Validators> | undefined;
let loaded: Validators | undefined;

/** The validators, imported once, on first use: memoized, the import costs nothing per response. */
function loadValidators(): Promise<Validators> {
  // A failed import (a chunk that did not load) is tried again on the next response.
  validators ??= import('../validate.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      validators = undefined;
      throw error;
    },
  );
  return validators;
}

export function responseCheck(options: { validateResponses: boolean; redact: Redactor }): Middleware {
  return {
    async onResponse({ request, response, schemaPath, options: callOptions }) {
      if (callOptions.parseAs !== 'json') return undefined;
      if (!response.ok && !options.validateResponses) return undefined; // openapi-fetch reads error bodies leniently
      const operationId = operationIdOf(request.method, schemaPath);
      const parsed = parseBody(await bufferedText(response));
      const fail = (issues: ContractIssue[]) =>
        new ContractViolationError({
          operationId,
          status: response.status,
          issues: issues.map((issue) => ({ ...issue, path: options.redact(issue.path) })),
          requestId: redactRequestId(response, options.redact),
        });

      if (response.ok && !parsed.json) throw fail([{ path: '', keyword: 'json' }]);
      if (options.validateResponses) {
        // Once loaded, no await: the check then runs in the same tick as the response.
        const { findContractIssues } = loaded ?? (await loadValidators());
        const issues = findContractIssues(operationId, response.status, parsed.json ? parsed.value : parsed.text);
        // A success the spec does not document (say, a 201 from get) breaks the contract as much as a bad body.
        if (issues === undefined && response.ok) throw fail([{ path: '', keyword: 'status' }]);
        if (issues && issues.length > 0) throw fail(issues);
      }
      return undefined;
    },
  };
}
