import type { components } from '../generated/openapi.js';

type Schemas = components['schemas'];

/** A role a create request may ask for (9 values). */
export type AssignableRole = Schemas['AssignableRole'];
/** Every role the API may return for a user (12 values). */
export type UserRole = Schemas['UserRole'];
export type CreateUserRequest = Schemas['CreateUserRequest'];
/** The answer to a create: `message` and the created `user` (the spec's `UserCreated`; the name is kept for existing code). */
export type CreateUserResponse = Schemas['UserCreated'];
/** The user as returned by create: contact and organization fields, no demographics. */
export type CreatedUser = Schemas['CreatedUser'];
export type Organization = Schemas['Organization'];
/** The user as returned by get: demographics, each of which may be `null`. */
export type User = Schemas['User'];
/** The body of every error response but 400. */
export type ErrorBody = Schemas['ErrorBody'];
/** The body of a 400 response. */
export type ValidationErrorBody = Schemas['ValidationError'];
export type ValidationIssue = Schemas['ValidationIssue'];

export type FetchLike = (input: Request) => Promise<Response>;

/** What `new Headers()` accepts, spelled without the DOM-only `HeadersInit`, so Node projects without the DOM lib compile. */
export type HeadersInitLike = ConstructorParameters<typeof Headers>[0];

export interface HippClientOptions {
  /** Your organization's API key. Defaults to `process.env.HIPP_API_KEY` where `process` exists. */
  apiKey?: string | undefined;
  /** Defaults to `https://app.hipp.health/api`. `http:` is accepted only for loopback hosts. */
  baseUrl?: string | undefined;
  /** Time limit of each attempt, body included, in milliseconds. Defaults to 30 000. */
  timeoutMs?: number | undefined;
  /** Retries of a GET after a connection error, a timeout, 408, 429 or 5xx. Defaults to 2; 0 disables. POST is never retried. */
  maxRetries?: number | undefined;
  /** Check every response body against the spec and throw `ContractViolationError` on a mismatch. Defaults to false. */
  validateResponses?: boolean | undefined;
  /** A fetch to send requests with. Defaults to `globalThis.fetch`. */
  fetch?: FetchLike | undefined;
  /** Extra request headers. The API key goes in `apiKey`, never here. */
  headers?: HeadersInitLike | undefined;
  /** What the client logs: `'debug'` every attempt, `'warn'` (the default) retries. Defaults to `process.env.HIPP_LOG` where `process` exists, else `'warn'`. */
  logLevel?: LogLevel | undefined;
  /** Where log lines go. Defaults to `console`. Lines never hold the key, a body, a header value but the request id, or a publicId. */
  logger?: Logger | undefined;
}

export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Any object with these four methods: `console`, pino, winston... Each line is one string. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What `.withResponse()` resolves to: the data, the raw response (its body already read) and its `x-request-id`. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  requestId: string | undefined;
}

export interface RequestOptions {
  /** Aborting it stops the call at once, retries included; the call rejects with `signal.reason`. */
  signal?: AbortSignal | undefined;
  /** Overrides the client's `timeoutMs` for this call. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries` for this call (a POST is still sent once). */
  maxRetries?: number | undefined;
  /** Headers for this call, merged over the client's. An Authorization header is refused: the key goes in `apiKey`. */
  headers?: HeadersInitLike | undefined;
}
