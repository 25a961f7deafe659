// The sending step of the request path (pipeline.ts), for `hipp.users` and `hipp.api` alike: it adds the
// key, bounds each attempt in time, reads the whole body inside the attempt, retries what is safe to
// retry and logs each attempt.
import { HippConnectionError } from '../errors/hipp-connection-error.js';
import { HippTimeoutError } from '../errors/hipp-timeout-error.js';
import { isRetryableStatus, retryDelay, type BackoffPolicy } from '../retry.js';
import { DEBUG, WARN, type Fetch, type Log } from './options.js';
import { redactCause, redactRequestId, type Redactor } from './redact.js';
import type { Sleep } from './sleep.js';

export interface TransportConfig {
  apiKey: string;
  fetch: Fetch;
  redact: Redactor;
  log: Log;
  backoff: BackoffPolicy;
  random: () => number;
  sleep: Sleep;
}

export interface Call {
  /** For log lines: the spec's operationId, or a stand-in for a call the spec does not describe. */
  operationId: string;
  method: string;
  url: string;
  /** Lower-case names; the transport owns this record and sets `authorization` on it. */
  headers: Record<string, string>;
  body?: RequestInit['body'];
  signal?: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** The path template, for log lines: never the filled-in path. */
  path: string;
}

/** A complete answer: the response and its whole body (`null` for a status that has none). */
export interface ReadResponse {
  response: Response;
  body: ArrayBuffer | null;
}

export type Send = (call: Call) => Promise<ReadResponse>;

/**
 * Only safe methods are retried. A POST may have reached the server whatever went wrong
 * (fetch cannot tell a refused connection from a reset one), so it is sent once.
 */
const RETRIED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Statuses whose response may not carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

type Outcome = ReadResponse | HippConnectionError;

export function createTransport(config: TransportConfig): Send {
  const { log, redact } = config;
  return async (call) => {
    const caller = call.signal;
    const retries = RETRIED_METHODS.has(call.method) ? call.maxRetries : 0;
    call.headers.authorization = `Bearer ${config.apiKey}`;
    for (let attempt = 1; ; attempt++) {
      caller?.throwIfAborted();
      const started = performance.now();
      const outcome = await attemptOnce(call, config);
      const failed = outcome instanceof HippConnectionError;
      // Only for a line that is written: the header lookup is not free.
      const line = (tail: string) => {
        const id = failed ? undefined : redactRequestId(outcome.response, redact);
        return `hipp: ${call.operationId} ${call.method} ${call.path} ${failed ? outcome.name : outcome.response.status}${id === undefined ? '' : ` (request id ${id})`} ${tail}`;
      };
      if (log.level >= DEBUG) log.logger.debug(line(`in ${Math.round(performance.now() - started)} ms, attempt ${attempt} of ${retries + 1}`));
      if (attempt > retries || !(failed || isRetryableStatus(outcome.response.status))) {
        if (failed) throw outcome;
        return outcome;
      }
      const delay = retryDelay(attempt - 1, failed ? null : outcome.response.headers.get('retry-after'), config.backoff, config.random);
      if (log.level >= WARN) log.logger.warn(line(`retrying in ${delay} ms, attempt ${attempt + 1} of ${retries + 1}`));
      await config.sleep(delay, caller);
    }
  };
}

/** One attempt: the answer or the connection error; throws only the caller's abort reason. */
async function attemptOnce(call: Call, config: TransportConfig): Promise<Outcome> {
  const caller = call.signal;
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(caller!.reason);
  caller?.addEventListener('abort', onCallerAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No complete response within ${call.timeoutMs} ms`, 'TimeoutError'));
  }, call.timeoutMs);
  try {
    const init: RequestInit = { method: call.method, headers: call.headers, signal: controller.signal };
    if (call.body != null) init.body = call.body;
    const response = await config.fetch(call.url, init);
    // The whole body, inside the attempt: a body that stalls or breaks off counts against its time limit.
    return { response, body: NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer() };
  } catch (error) {
    if (caller?.aborted) throw caller.reason;
    const cause = redactCause(timedOut ? controller.signal.reason : error, config.redact);
    if (timedOut) return new HippTimeoutError(`${origin(call)} timed out after ${call.timeoutMs} ms`, call.timeoutMs, { cause });
    return new HippConnectionError(config.redact(`${origin(call)} failed: ${describe(error)}`), { cause });
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }
}

const origin = (call: Call) => `${call.method} ${new URL(call.url).origin}`;

/** The low-level reason (ECONNRESET, "other side closed", ...), from fetch's "fetch failed" chain. */
function describe(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 4; depth++) {
    const code = (current as { code?: unknown }).code;
    parts.push(typeof code === 'string' ? `${current.message} (${code})` : current.message);
    current = current.cause;
  }
  return parts.length > 0 ? parts.join(': ') : String(error);
}
