// Everything a caller configures, checked and defaulted once: the client's options, a call's options,
// the log level and the fetch to send with.
import { HippUsageError } from '../errors/hipp-usage-error.js';
import type { HeadersInitLike, HippClientOptions, Logger, LogLevel, RequestOptions } from '../types.js';
import { API_KEY_PATTERN } from './api-key.js';

export const DEFAULT_BASE_URL = 'https://app.hipp.health/api';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
/** setTimeout fires at once for delays above 2^31 - 1 ms. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** What the transport sends with: the global fetch, or the caller's behind a Request. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
export const WARN = LEVELS.warn;
export const DEBUG = LEVELS.debug;

/**
 * The client's log. Lines carry the operation, the method, the path template, status, duration, attempt
 * and request id: never the key, a body, a header value or a filled-in path, since a publicId points at a patient.
 */
export interface Log {
  /** 0 (off) to 4 (debug): a line of level n is written when `level >= n`. */
  level: number;
  logger: Logger;
}

export interface ResolvedOptions {
  apiKey: string;
  baseUrl: string;
  timeoutMs: number;
  maxRetries: number;
  validateResponses: boolean;
  fetch: Fetch;
  /** Lower-case names, never `authorization`. */
  headers: Record<string, string>;
  log: Log;
}

// Messages below never repeat the value they reject: it may be the key or another secret.

export function resolveClientOptions(options: HippClientOptions | undefined = {}): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new HippUsageError('createHippClient expects an options object');
  return {
    apiKey: resolveApiKey(options.apiKey),
    baseUrl: resolveBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL),
    timeoutMs: resolveTimeoutMs(options.timeoutMs, DEFAULT_TIMEOUT_MS),
    maxRetries: resolveMaxRetries(options.maxRetries),
    validateResponses: resolveFlag(options.validateResponses),
    fetch: resolveFetch(options.fetch),
    headers: resolveHeaders(options.headers),
    log: resolveLog(options.logLevel, options.logger),
  };
}

export interface CallOptions {
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  headers: Record<string, string> | undefined;
}

/** One call's options over the client's defaults. */
export function resolveRequestOptions(options: RequestOptions = {}, defaults: { timeoutMs: number; maxRetries: number }): CallOptions {
  if (typeof options !== 'object' || options === null) throw new HippUsageError('request options must be an object');
  if (options.signal !== undefined && !(options.signal instanceof AbortSignal)) {
    throw new HippUsageError('signal must be an AbortSignal');
  }
  return {
    signal: options.signal,
    timeoutMs: resolveTimeoutMs(options.timeoutMs, defaults.timeoutMs),
    maxRetries: options.maxRetries === undefined ? defaults.maxRetries : resolveMaxRetries(options.maxRetries),
    headers: options.headers === undefined ? undefined : resolveHeaders(options.headers),
  };
}

function resolveApiKey(value: unknown): string {
  const key = value ?? environmentVariable('HIPP_API_KEY');
  if (key === undefined || key === '') {
    throw new HippUsageError('No API key: pass `apiKey` to createHippClient or set HIPP_API_KEY');
  }
  if (typeof key !== 'string' || !API_KEY_PATTERN.test(key)) {
    throw new HippUsageError('The API key must be a string of printable ASCII characters without spaces');
  }
  return key;
}

const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

function resolveBaseUrl(value: unknown): string {
  if (typeof value !== 'string') throw new HippUsageError('baseUrl must be a string');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new HippUsageError('baseUrl must be an absolute URL');
  }
  const loopback = LOOPBACK_HOST.test(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new HippUsageError('baseUrl must use https: (http: is accepted only for localhost, 127.0.0.0/8 and [::1])');
  }
  if (url.username || url.password) throw new HippUsageError('baseUrl must not carry credentials; pass the key as `apiKey`');
  if (url.search || url.hash) throw new HippUsageError('baseUrl must not have a query or a fragment');
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

export function resolveTimeoutMs(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > MAX_TIMEOUT_MS) {
    throw new HippUsageError(`timeoutMs must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS}`);
  }
  return value;
}

function resolveMaxRetries(value: unknown): number {
  if (value === undefined) return DEFAULT_MAX_RETRIES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new HippUsageError('maxRetries must be a whole number, 0 or more');
  }
  return value;
}

function resolveFlag(value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new HippUsageError('validateResponses must be a boolean');
  return value;
}

function resolveFetch(value: unknown): Fetch {
  if (value !== undefined) {
    if (typeof value !== 'function') throw new HippUsageError('fetch must be a function');
    return callersFetch(value as (input: Request) => Promise<Response>);
  }
  if (typeof globalThis.fetch !== 'function') throw new HippUsageError('No global fetch in this runtime: pass `fetch`');
  // Looked up per call, so a fetch patched in later (by a test, or a tracing library) is used; given
  // the URL and init as they are, with no Request built first.
  return (url, init) => globalThis.fetch(url, init);
}

/** Client or call headers as a plain record with lower-case names; an Authorization header is refused, in any case. */
function resolveHeaders(value: unknown): Record<string, string> {
  let headers: Headers;
  try {
    headers = new Headers(value as HeadersInitLike);
  } catch {
    throw new HippUsageError('headers holds an invalid header name or value');
  }
  if (headers.has('authorization')) throw new HippUsageError('Pass the API key as `apiKey`, not as an Authorization header');
  return Object.fromEntries(headers);
}

/** From `logLevel`, else `HIPP_LOG`, else `warn`; a level outside the five is refused, as a bad HIPP_API_KEY is. */
function resolveLog(level: unknown, logger: unknown): Log {
  if (logger !== undefined && !isLogger(logger)) throw new HippUsageError('logger must have debug, info, warn and error methods');
  const name = level === undefined ? environmentVariable('HIPP_LOG') || 'warn' : level;
  if (!Object.hasOwn(LEVELS, name as string)) {
    throw new HippUsageError(`${level === undefined ? 'HIPP_LOG' : 'logLevel'} must be one of ${Object.keys(LEVELS).join(', ')}`);
  }
  return { level: LEVELS[name as LogLevel], logger: logger ?? console };
}

function isLogger(value: unknown): value is Logger {
  const candidate = value as Partial<Record<keyof Logger, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    ['debug', 'info', 'warn', 'error'].every((name) => typeof candidate[name as keyof Logger] === 'function')
  );
}

/**
 * A caller's fetch gets a Request, and may ignore its signal: its answer, body included, is raced
 * against the signal, so it still stops in time.
 */
function callersFetch(fetch: (input: Request) => Promise<Response>): Fetch {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const signal = init.signal!;
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      fetch(new Request(url, init))
        .then(async (response) => (response.body === null ? response : new Response(await response.arrayBuffer(), response)))
        .then(resolve, reject)
        .finally(() => signal.removeEventListener('abort', onAbort));
    });
}

/** `process.env[name]` where a process exists (Node, Deno, Bun); `undefined` in a browser or when access is denied. */
function environmentVariable(name: string): string | undefined {
  try {
    const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
    return typeof proc === 'object' ? proc.env?.[name] : undefined;
  } catch {
    return undefined; // e.g. a runtime that guards env access behind a permission
  }
}
