// What an answer means: its data, a ContractViolationError when it breaks the spec, or a HippApiError.
// `hipp.users` calls `settle`; the check under `hipp.api` calls `checkAnswer`, which `settle` calls
// first, so both judge a body by the same rules.
import { AuthenticationError } from '../errors/authentication-error.js';
import { BadRequestError } from '../errors/bad-request-error.js';
import { ContractViolationError, type ContractIssue } from '../errors/contract-violation-error.js';
import { HippApiError, type HippApiErrorInit } from '../errors/hipp-api-error.js';
import { InternalServerError } from '../errors/internal-server-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { PermissionDeniedError } from '../errors/permission-denied-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { maskValues, redactDeep, redactHeaders, redactRequestId, type Redactor } from './redact.js';
import type { Validators } from './validators.js';

export type ParsedBody = { json: true; value: unknown } | { json: false; text: string };

const decoder = new TextDecoder();
const MAX_MESSAGE_TEXT = 300;

/** UTF-8 text of a whole body; `''` for none. */
export function decodeBody(body: ArrayBuffer | null): string {
  return body === null ? '' : decoder.decode(body);
}

/** Reads a body as JSON when it is JSON; never throws a SyntaxError. An empty body is `undefined`. */
function parseBody(text: string): ParsedBody {
  if (text === '') return { json: true, value: undefined };
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false, text };
  }
}

/**
 * The ways an answer breaks the spec. Every 2xx must be a JSON object: the spec promises one, so no
 * body, a truncated one, HTML, a bare `null` or a string is no answer. With validators, every
 * documented body is checked too, and a success the spec does not document breaks it as well.
 */
function contractIssues(operationId: string, response: Response, parsed: ParsedBody, validators: Validators | undefined): ContractIssue[] {
  if (response.ok) {
    if (!parsed.json || parsed.value === undefined) return [{ path: '', keyword: 'json' }];
    if (parsed.value === null || typeof parsed.value !== 'object') return [{ path: '', keyword: 'type' }];
  }
  if (!validators) return [];
  const issues = validators.findContractIssues(operationId, response.status, parsed.json ? parsed.value : parsed.text);
  if (issues === undefined) return response.ok ? [{ path: '', keyword: 'status' }] : [];
  return issues;
}

/** The body of an answer that keeps the spec, parsed; a ContractViolationError for one that breaks it. */
export function checkAnswer(operationId: string, response: Response, text: string, redact: Redactor, validators: Validators | undefined): ParsedBody {
  const parsed = parseBody(text);
  const issues = contractIssues(operationId, response, parsed, validators);
  if (issues.length > 0) {
    throw new ContractViolationError({
      operationId,
      status: response.status,
      issues: issues.map((issue) => ({ ...issue, path: redact(issue.path) })),
      requestId: redactRequestId(response, redact),
    });
  }
  return parsed;
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
  const parsed = checkAnswer(operationId, response, decodeBody(body), redact, validators);
  if (!response.ok) throw apiErrorFromResponse(operationId, response, parsed.json ? parsed.value : parsed.text, redact, values);
  return parsed.json ? parsed.value : undefined; // a 2xx that got here is a JSON object
}

/**
 * The error for a non-2xx response and its body (JSON, else text). The message names the operation,
 * the status and the server's text (`getUserById: 404 Resource not found`), with the key and the
 * call's own values masked: a server may echo a publicId or a name back.
 */
function apiErrorFromResponse(operationId: string, response: Response, body: unknown, redact: Redactor, values: readonly string[]): HippApiError {
  const headers = redactHeaders(response.headers, redact);
  const init: HippApiErrorInit = {
    message: `${operationId}: ${maskValues(redact(`${response.status} ${errorText(response, body)}`), values)}`,
    status: response.status,
    body: redactDeep(body, redact),
    headers,
    requestId: headers.get('x-request-id') ?? undefined,
  };
  const status = response.status;
  if (status === 400) return new BadRequestError(init);
  if (status === 401) return new AuthenticationError(init);
  if (status === 403) return new PermissionDeniedError(init);
  if (status === 404) return new NotFoundError(init);
  if (status === 429) return new RateLimitError(init);
  if (status >= 500) return new InternalServerError(init);
  return new HippApiError(init);
}

/** The server's `error` text; a body without one (an HTML page from a proxy) is not quoted. */
function errorText(response: Response, body: unknown): string {
  const error = (body as { error?: unknown } | null | undefined)?.error;
  const text = typeof error === 'string' && error.trim() !== '' ? error.trim() : response.statusText || 'HTTP error';
  return text.length > MAX_MESSAGE_TEXT ? `${text.slice(0, MAX_MESSAGE_TEXT)}…` : text;
}
