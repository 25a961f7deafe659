import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/openapi.js';
import { resolveClientOptions } from './internal/options.js';
import { createPipeline, type ClientInternals } from './internal/pipeline.js';
import { sleep } from './internal/sleep.js';
import { createUsersResource, type UsersResource } from './resources/users.js';
import { DEFAULT_BACKOFF } from './retry.js';
import type { HippClientOptions } from './types.js';

export interface HippClient {
  readonly users: UsersResource;
  /**
   * The typed openapi-fetch client, on the same request path (key, timeout, retries, log) and with the
   * same response checks. It returns `{ data, error, response }` for any status, and throws
   * only HippConnectionError, HippTimeoutError, ContractViolationError or the caller's abort reason.
   */
  readonly api: Client<paths>;
}

export function createHippClient(options?: HippClientOptions): HippClient {
  return createHippClientWith(options, {});
}

export function createHippClientWith(options: HippClientOptions | undefined, internals: Partial<ClientInternals>): HippClient {
  const resolved = resolveClientOptions(options);
  const pipeline = createPipeline(resolved, {
    backoff: internals.backoff ?? DEFAULT_BACKOFF,
    random: internals.random ?? Math.random,
    sleep: internals.sleep ?? sleep,
  });
  const api = createClient<paths>({ baseUrl: resolved.baseUrl, fetch: pipeline.fetch, headers: resolved.headers });
  api.use(pipeline.check);
  return Object.freeze({ users: createUsersResource(pipeline.call), api });
}
