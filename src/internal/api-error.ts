import { AuthenticationError } from '../errors/authentication-error.js';
import { BadRequestError } from '../errors/bad-request-error.js';
import { HippApiError, type HippApiErrorInit } from '../errors/hipp-api-error.js';
import { InternalServerError } from '../errors/internal-server-error.js';
import { NotFoundError } from '../errors/not-found-error.js';
import { PermissionDeniedError } from '../errors/permission-denied-error.js';
import { RateLimitError } from '../errors/rate-limit-error.js';
import { maskValues, redactDeep, redactHeaders, type Redactor } from './redact.js';

const MAX_MESSAGE_TEXT = 300;

/**
 * The error for a non-2xx response and its body (JSON, else text). The message names the operation,
 * the status and the server's text (`getUserById: 404 Resource not found`), with the key and the
 * call's own values masked: a server may echo a publicId or a name back.
 */
export function apiErrorFromResponse(operationId: string, response: Response, body: unknown, redact: Redactor, values: readonly string[] = []): HippApiError {
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
