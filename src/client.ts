import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import { apiFetch } from './internal/api-fetch.js';
import { resolveClientOptions } from './internal/options.js';
import { createRedactor } from './internal/redact.js';
import { responseCheck } from './internal/response-check.js';
import { sleep, type Sleep } from './internal/sleep.js';
import { createTransport } from './internal/transport.js';
import { createUsersResource, type UsersResource } from './resources/users.js';
import { DEFAULT_BACKOFF, type BackoffPolicy } from './retry.js';
import type { HippClientOptions } from './types.js';

export interface HippClient {
  readonly users: UsersResource;
  /**
   * The typed openapi-fetch client, on the same transport (key, timeout, retries, log) and with the
   * same response checks. It returns `{ data, error, response }` for any status, and throws
   * only HippConnectionError, HippTimeoutError, ContractViolationError or the caller's abort reason.
   */
  readonly api: Client<paths>;
}

/** Knobs for tests; not part of the public surface (the package exports only createHippClient). */
export interface ClientInternals {
  backoff: BackoffPolicy;
  random: () => number;
  sleep: Sleep;
}

export function createHippClient(options?: HippClientOptions): HippClient {
  return createHippClientWith(options, {});
}

export function createHippClientWith(options: HippClientOptions | undefined, internals: Partial<ClientInternals>): HippClient {
  const resolved = resolveClientOptions(options);
  // The key lives only in these closures, never on a property of the client.
  const redact = createRedactor(resolved.apiKey);
  const send = createTransport({
    apiKey: resolved.apiKey,
    fetch: resolved.fetch,
    redact,
    log: resolved.log,
    backoff: internals.backoff ?? DEFAULT_BACKOFF,
    random: internals.random ?? Math.random,
    sleep: internals.sleep ?? sleep,
  });
  const api = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: apiFetch(send, { timeoutMs: resolved.timeoutMs, maxRetries: resolved.maxRetries }),
    headers: resolved.headers,
  });
  api.use(responseCheck({ validateResponses: resolved.validateResponses, redact }));
  const { baseUrl, headers, timeoutMs, maxRetries, validateResponses } = resolved;
  const users = createUsersResource({ send, baseUrl, headers, timeoutMs, maxRetries, validateResponses, redact });
  return Object.freeze({ users, api });
}
