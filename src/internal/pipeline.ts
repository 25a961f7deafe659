// The client's one request path, under `hipp.users` and `hipp.api` alike:
//
//   request ─► transport (key, time limit, retries, log; the whole body) ─► answer check ─► data or error
//
// `hipp.users` enters with an operationId (`call`). `hipp.api` is openapi-fetch, which builds the request
// and parses the answer itself: `fetch` is its fetch, and `check` its first middleware, so the last to see
// the response. Everything per client lives in the closure below; what crosses openapi-fetch between the
// two is the Response itself, which carries the bytes the transport read.
import { defaultPathSerializer, type Middleware } from 'openapi-fetch';
import { OPERATIONS, type OperationId } from '../../generated/operations.js';
import type { BackoffPolicy } from '../retry.js';
import type { RequestOptions } from '../types.js';
import { checkAnswer, decodeBody, settle } from './answer.js';
import { HippPromise, type Answered } from './api-promise.js';
import { resolveRequestOptions, type ResolvedOptions } from './options.js';
import { createRedactor } from './redact.js';
import type { Sleep } from './sleep.js';
import { createTransport } from './transport.js';
import { validators, type Validators } from './validators.js';

/** Knobs for tests; not part of the public surface (the package exports only createHippClient). */
export interface ClientInternals {
  backoff: BackoffPolicy;
  random: () => number;
  sleep: Sleep;
}

/** What a `hipp.users` method hands the pipeline, worked out inside the call so a usage error rejects it. */
export interface CallInput {
  path?: Record<string, string>;
  /** Already serialized JSON. */
  body?: string;
  /** The call's own values, masked in error messages: the server may echo them. */
  values: readonly string[];
}

export interface Pipeline {
  /** One operation of `hipp.users`: its data, or its error. */
  call<T>(operationId: OperationId, options: RequestOptions | undefined, prepare: () => CallInput): HippPromise<T>;
  /** openapi-fetch's fetch under `hipp.api`. */
  fetch(request: Request): Promise<Response>;
  /** openapi-fetch middleware under `hipp.api`: the answer check of `call`, on the response openapi-fetch is about to parse. */
  check: Middleware;
}

const JSON_BODY = { 'content-type': 'application/json' };
const PATH_NOT_KNOWN = '(path not known)';

export function createPipeline(options: ResolvedOptions, internals: ClientInternals): Pipeline {
  const { baseUrl, validateResponses } = options;
  // The key lives only in these closures, never on a property of the client.
  const redact = createRedactor(options.apiKey);
  const send = createTransport({ ...internals, apiKey: options.apiKey, fetch: options.fetch, redact, log: options.log });
  // With validateResponses, the validators: once loaded, without an await, so the check runs in the same tick as the response.
  const validatorsIfOn = (): Validators | Promise<Validators> | undefined => (validateResponses ? validators() : undefined);

  async function answer<T>(operationId: OperationId, callOptions: RequestOptions | undefined, prepare: () => CallInput): Promise<Answered<T>> {
    const input = prepare();
    const { signal, timeoutMs, maxRetries, headers } = resolveRequestOptions(callOptions, options);
    const { method, path } = OPERATIONS[operationId];
    const { response, body } = await send({
      operationId,
      method,
      // openapi-fetch's own path serializer, as `hipp.api` uses it: the spec's operations take no query.
      url: defaultPathSerializer(baseUrl + path, input.path ?? {}),
      // As openapi-fetch does: a JSON body's content type first, so the caller's headers may change it.
      headers: { ...(input.body === undefined ? undefined : JSON_BODY), ...options.headers, ...headers },
      body: input.body,
      signal,
      timeoutMs,
      maxRetries,
      path,
    });
    const loaded = validatorsIfOn();
    const data = settle(operationId, response, body, redact, loaded instanceof Promise ? await loaded : loaded, input.values);
    return { data: data as T, response };
  }

  return {
    call: (operationId, callOptions, prepare) => new HippPromise(answer(operationId, callOptions, prepare), redact),

    async fetch(request) {
      const url = request.url;
      const { operationId, path } = routeOf(request.method, url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url);
      const { response, body } = await send({
        operationId,
        method: request.method,
        url,
        // A copy: the key set on it never reaches the Request that middleware sees.
        headers: Object.fromEntries(request.headers),
        body: request.body === null ? null : await request.arrayBuffer(),
        signal: request.signal,
        timeoutMs: options.timeoutMs,
        maxRetries: options.maxRetries,
        path,
      });
      return new WholeResponse(body, response);
    },

    check: {
      async onResponse({ request, response, schemaPath, options: callOptions }) {
        if (callOptions.parseAs !== 'json') return undefined;
        if (!response.ok && !validateResponses) return undefined; // openapi-fetch reads error bodies leniently
        const { operationId } = routeOf(request.method, schemaPath);
        const text = await WholeResponse.text(response);
        const loaded = validatorsIfOn();
        checkAnswer(operationId, response, text, redact, loaded instanceof Promise ? await loaded : loaded);
        return undefined;
      },
    },
  };
}

/**
 * The Response `fetch` gives openapi-fetch: the body the transport read whole, whose bytes the check
 * reads once without cloning the stream, then lets go.
 */
export class WholeResponse extends Response {
  #body: ArrayBuffer | null;

  constructor(body: ArrayBuffer | null, from: Response) {
    let headers = from.headers;
    // Once decoded and whole, the body no longer matches these; copy the headers only to drop them.
    if (headers.has('content-encoding') || headers.has('transfer-encoding')) {
      headers = new Headers(headers);
      headers.delete('content-encoding');
      headers.delete('transfer-encoding');
      headers.delete('content-length');
    }
    super(body, { status: from.status, statusText: from.statusText, headers });
    this.#body = body;
  }

  /** The body text: the transport's bytes, the first time; for any other Response (one a caller's middleware put in its place), read from a clone. */
  static text(response: Response): string | Promise<string> {
    if (!(response instanceof WholeResponse) || response.#body === null) return response.clone().text();
    const text = decodeBody(response.#body);
    response.#body = null;
    return text;
  }
}

const ROUTES = Object.entries(OPERATIONS).map(([operationId, { method, path }]) => ({ operationId, method, path, segments: path.split('/') }));

/**
 * The operation of a request by its method and path (after `baseUrl`), or by a path template, from the
 * generated operation table: each `{param}` of a template stands for one path segment. A path the spec
 * does not describe is named by its method alone: never by the path, which may hold a publicId.
 */
export function routeOf(method: string, path: string): { operationId: string; path: string } {
  const segments = path.split(/[?#]/)[0]!.split('/');
  const route = ROUTES.find(
    (candidate) =>
      candidate.method === method &&
      candidate.segments.length === segments.length &&
      candidate.segments.every((segment, index) => segment === segments[index] || segment.startsWith('{')),
  );
  return route ?? { operationId: `${method} ${PATH_NOT_KNOWN}`, path: PATH_NOT_KNOWN };
}
