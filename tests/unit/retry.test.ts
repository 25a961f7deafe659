import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF, isRetryableStatus, parseRetryAfter, retryDelay } from '../../src/retry.js';

describe('backoffDelay (equal jitter)', () => {
  it('keeps half of base * 2^n and adds a random share of the other half', () => {
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 0)).toBe(250);
    expect(backoffDelay(0, DEFAULT_BACKOFF, () => 1)).toBe(500);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0.5)).toBe(750);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 1)).toBe(4_000);
  });

  it('never exceeds the cap of 8 s', () => {
    expect(backoffDelay(4, DEFAULT_BACKOFF, () => 1)).toBe(8_000);
    expect(backoffDelay(30, DEFAULT_BACKOFF, () => 1)).toBe(8_000);
    expect(backoffDelay(30, DEFAULT_BACKOFF, () => 0)).toBe(4_000);
  });

  it('stays inside [half, full] for any random value', () => {
    for (let retry = 0; retry < 8; retry++) {
      const full = Math.min(8_000, 500 * 2 ** retry);
      const delay = backoffDelay(retry, DEFAULT_BACKOFF);
      expect(delay).toBeGreaterThanOrEqual(full / 2);
      expect(delay).toBeLessThanOrEqual(full);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-15T10:30:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('0', now)).toBe(0);
    expect(parseRetryAfter('3', now)).toBe(3_000);
    expect(parseRetryAfter(' 120 ', now)).toBe(120_000);
    expect(parseRetryAfter('1.5', now)).toBe(1_500);
  });

  it('reads an HTTP-date relative to now, and a past date as 0', () => {
    expect(parseRetryAfter('Wed, 15 Jan 2025 10:30:07 GMT', now)).toBe(7_000);
    expect(parseRetryAfter('Wed, 15 Jan 2025 10:29:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [null, undefined, '', '   ', '-1', 'soon', '1.2.3', '5s']) {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    }
  });
});

describe('retryDelay', () => {
  it('prefers the server, capped at 60 s', () => {
    expect(retryDelay(0, '2', DEFAULT_BACKOFF, () => 0)).toBe(2_000);
    expect(retryDelay(0, '3600', DEFAULT_BACKOFF, () => 0)).toBe(60_000);
  });

  it('falls back to backoff when the header is absent or unreadable', () => {
    expect(retryDelay(2, null, DEFAULT_BACKOFF, () => 0)).toBe(1_000);
    expect(retryDelay(2, 'later', DEFAULT_BACKOFF, () => 1)).toBe(2_000);
  });
});

describe('isRetryableStatus', () => {
  it('is true for 408, 429 and 5xx only', () => {
    expect([408, 429, 500, 502, 503, 504, 599].every(isRetryableStatus)).toBe(true);
    expect([200, 201, 400, 401, 403, 404, 409, 422].some(isRetryableStatus)).toBe(false);
  });
});
