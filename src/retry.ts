// Retry timing, kept pure: every source of time and randomness is a parameter.

export interface BackoffPolicy {
  /** Delay before the first retry, before jitter. */
  baseMs: number;
  factor: number;
  /** Upper bound of the exponential delay, before jitter. */
  capMs: number;
  /** Upper bound of a server's `Retry-After`. */
  retryAfterCapMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = Object.freeze({
  baseMs: 500,
  factor: 2,
  capMs: 8_000,
  retryAfterCapMs: 60_000,
});

/** 408, 429 and every 5xx may succeed when asked again. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status <= 599);
}

/**
 * "Equal jitter": half of the exponential delay is kept, the other half is random,
 * so retries spread out yet never come back at once.
 * `retryIndex` is 0 for the first retry.
 */
export function backoffDelay(retryIndex: number, policy: BackoffPolicy, random: () => number = Math.random): number {
  const exponential = Math.min(policy.capMs, policy.baseMs * policy.factor ** retryIndex);
  const half = exponential / 2;
  return Math.round(half + random() * half);
}

/**
 * Parses `Retry-After` (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.
 * Returns milliseconds to wait (>= 0), or undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // Integer seconds per the RFC; fractions are accepted because some servers send them.
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP-date always names a weekday or month; this keeps Date.parse from reading "-1" or "1.2.3".
  if (!/[a-z]/i.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The wait before retry number `retryIndex + 1`: the server's `Retry-After` when readable (capped), else backoff. */
export function retryDelay(
  retryIndex: number,
  retryAfter: string | null | undefined,
  policy: BackoffPolicy,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const fromServer = parseRetryAfter(retryAfter, now);
  if (fromServer !== undefined) return Math.min(fromServer, policy.retryAfterCapMs);
  return backoffDelay(retryIndex, policy, random);
}
