// The one place that turns an answer into data or an error: `hipp.users` calls `settle`, and the
// response check under `hipp.api` calls `contractIssues`, so both judge a body by the same rules.
import { ContractViolationError, type ContractIssue } from '../errors/contract-violation-error.js';
import { apiErrorFromResponse } from './api-error.js';
import { decodeBody } from './buffered-body.js';
import { parseBody, type ParsedBody } from './parse-body.js';
import { redactRequestId, type Redactor } from './redact.js';
import type { Validators } from './validators.js';

/**
 * The ways an answer breaks the spec. Every 2xx must be a JSON object: the spec promises one, so no
 * body, a truncated one, HTML, a bare `null` or a string is no answer. With validators, every
 * documented body is checked too, and a success the spec does not document breaks it as well.
 */
export function contractIssues(operationId: string, response: Response, parsed: ParsedBody, validators: Validators | undefined): ContractIssue[] {
  if (response.ok) {
    if (!parsed.json || parsed.value === undefined) return [{ path: '', keyword: 'json' }];
    if (parsed.value === null || typeof parsed.value !== 'object') return [{ path: '', keyword: 'type' }];
  }
  if (!validators) return [];
  const issues = validators.findContractIssues(operationId, response.status, parsed.json ? parsed.value : parsed.text);
  if (issues === undefined) return response.ok ? [{ path: '', keyword: 'status' }] : [];
  return issues;
}

export function contractViolation(operationId: string, response: Response, issues: ContractIssue[], redact: Redactor): ContractViolationError {
  return new ContractViolationError({
    operationId,
    status: response.status,
    issues: issues.map((issue) => ({ ...issue, path: redact(issue.path) })),
    requestId: redactRequestId(response, redact),
  });
}

/**
 * The data of a 2xx answer; a ContractViolationError for a body that breaks the spec, else a
 * HippApiError for any other status. `redact` masks the key; `values`, the call's own, are masked in the message.
 */
export function settle(
  operationId: string,
  response: Response,
  body: ArrayBuffer | null,
  redact: Redactor,
  validators: Validators | undefined,
  values: readonly string[],
): unknown {
  const parsed = parseBody(decodeBody(body));
  const issues = contractIssues(operationId, response, parsed, validators);
  if (issues.length > 0) throw contractViolation(operationId, response, issues, redact);
  if (!response.ok) throw apiErrorFromResponse(operationId, response, parsed.json ? parsed.value : parsed.text, redact, values);
  return parsed.json ? parsed.value : undefined; // a 2xx that got here is a JSON object
}
