import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
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
   * The typed openapi-fetch client underneath, with the same key, timeout, retries and
   * response checks. It returns `{ data, error, response }` for any status, and throws
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
  const { resolved, redact, transport, api } = createTransportedApi(options, internals);
  api.use(responseCheck({ validateResponses: resolved.validateResponses, redact }));
  const users = createUsersResource({ api, transport, defaultTimeoutMs: resolved.timeoutMs, redact });
  return Object.freeze({ users, api });
}

/**
 * The typed openapi-fetch client on our transport (key, per-attempt timeout, retries), before the
 * response check is added. Separate so the benchmark can measure this layer as the client builds it.
 */
export function createTransportedApi(options: HippClientOptions | undefined, internals: Partial<ClientInternals> = {}) {
  const resolved = resolveClientOptions(options);
  // The key lives only in these closures, never on a property of the client.
  const redact = createRedactor(resolved.apiKey);
  const transport = createTransport({
    apiKey: resolved.apiKey,
    fetch: resolved.fetch,
    maxRetries: resolved.maxRetries,
    redact,
    backoff: internals.backoff ?? DEFAULT_BACKOFF,
    random: internals.random ?? Math.random,
    sleep: internals.sleep ?? sleep,
  });
  const api = createClient<paths>({
    baseUrl: resolved.baseUrl,
    fetch: transport(resolved.timeoutMs),
    headers: resolved.headers,
  });
  return { resolved, redact, transport, api };
}
