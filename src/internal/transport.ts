// The fetch that openapi-fetch calls: it adds the key, bounds each attempt in time,
// buffers the body and retries what is safe to retry. Both `hipp.users` and `hipp.api` go through it.
import { HippConnectionError } from '../errors/hipp-connection-error.js';
import { HippTimeoutError } from '../errors/hipp-timeout-error.js';
import { isRetryableStatus, retryDelay, backoffDelay, type BackoffPolicy } from '../retry.js';
import type { FetchLike } from '../types.js';
import { rememberBody } from './buffered-body.js';
import { redactCause, type Redactor } from './redact.js';
import type { Sleep } from './sleep.js';

export interface TransportConfig {
  apiKey: string;
  fetch: FetchLike;
  maxRetries: number;
  redact: Redactor;
  backoff: BackoffPolicy;
  random: () => number;
  sleep: Sleep;
}

/** A fetch with this time limit per attempt. */
export type Transport = (timeoutMs: number) => FetchLike;

/**
 * Only safe methods are retried. A POST may have reached the server whatever went wrong
 * (fetch cannot tell a refused connection from a reset one), so it is sent once.
 */
const RETRIED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Statuses whose response may not carry a body. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);

type Outcome = { response: Response } | { error: HippConnectionError };

export function createTransport(config: TransportConfig): Transport {
  return (timeoutMs) => async (request) => {
    const caller = request.signal;
    const retries = RETRIED_METHODS.has(request.method) ? config.maxRetries : 0;
    for (let attempt = 0; ; attempt++) {
      caller.throwIfAborted();
      const outcome = await attemptOnce(request, timeoutMs, config);
      const retriesLeft = attempt < retries;
      if ('error' in outcome) {
        if (!retriesLeft) throw outcome.error;
        await config.sleep(backoffDelay(attempt, config.backoff, config.random), caller);
        continue;
      }
      const { response } = outcome;
      if (!retriesLeft || !isRetryableStatus(response.status)) return response;
      const retryAfter = response.headers.get('retry-after');
      await config.sleep(retryDelay(attempt, retryAfter, config.backoff, config.random), caller);
    }
  };
}

async function attemptOnce(request: Request, timeoutMs: number, config: TransportConfig): Promise<Outcome> {
  const caller = request.signal;
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(caller.reason);
  caller.addEventListener('abort', onCallerAbort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`No complete response within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);

  try {
    // The copy's headers are its own: the key never reaches the Request that middleware sees.
    const attempt = new Request(request, { signal: controller.signal });
    attempt.headers.set('authorization', `Bearer ${config.apiKey}`);
    // Raced against the signal too, so a custom fetch that ignores signals still times out.
    const response = await untilAborted(config.fetch(attempt).then(bufferBody), controller.signal);
    return { response };
  } catch (error) {
    if (caller.aborted) throw caller.reason;
    const where = `${request.method} ${new URL(request.url).origin}`;
    const cause = redactCause(error, config.redact);
    if (timedOut) {
      return { error: new HippTimeoutError(`${where} timed out after ${timeoutMs} ms`, timeoutMs, { cause }) };
    }
    return { error: new HippConnectionError(config.redact(`${where} failed: ${describe(error)}`), { cause }) };
  } finally {
    clearTimeout(timer);
    caller.removeEventListener('abort', onCallerAbort);
  }
}

function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * Reads the whole body inside the attempt, so a body that stalls or breaks off counts
 * against this attempt's time limit, and the response handed on is complete.
 */
async function bufferBody(response: Response): Promise<Response> {
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();
  let headers = response.headers;
  // Once decoded and whole, the body no longer matches these; copy the headers only to drop them.
  if (headers.has('content-encoding') || headers.has('transfer-encoding')) {
    headers = new Headers(headers);
    headers.delete('content-encoding');
    headers.delete('transfer-encoding');
    headers.delete('content-length');
  }
  const buffered = new Response(body, { status: response.status, statusText: response.statusText, headers });
  if (body !== null) rememberBody(buffered, body);
  return buffered;
}

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
