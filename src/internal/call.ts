// The request path of `hipp.users`: the spec's operation table gives method and path template,
// openapi-fetch's own path serializer fills it in (the one `hipp.api` uses), the one transport sends it,
// and src/internal/answer.ts turns the answer into data or an error. No Request or Response is
// copied on the way, and the body is decoded and parsed once.
import { defaultPathSerializer } from 'openapi-fetch';
import { OPERATIONS, type OperationId } from '../../generated/operations.js';
import type { RequestOptions } from '../types.js';
import { settle } from './answer.js';
import { HippPromise, type Answered } from './api-promise.js';
import { resolveRequestOptions } from './options.js';
import type { Redactor } from './redact.js';
import type { Send } from './transport.js';
import { validators as loadValidators, type Validators } from './validators.js';

export interface CallContext {
  send: Send;
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  maxRetries: number;
  validateResponses: boolean;
  redact: Redactor;
}

export interface CallInput {
  path?: Record<string, string>;
  /** Already serialized JSON. */
  body?: string;
  /** The call's own values, masked in error messages: the server may echo them. */
  values: readonly string[];
}

const JSON_BODY = { 'content-type': 'application/json' };

/** Sends one operation; `prepare` runs inside the promise, so a usage error rejects it like any other. */
export function call<T>(ctx: CallContext, operationId: OperationId, options: RequestOptions | undefined, prepare: () => CallInput): HippPromise<T> {
  return new HippPromise<T>(send<T>(ctx, operationId, options, prepare), ctx.redact);
}

async function send<T>(ctx: CallContext, operationId: OperationId, options: RequestOptions | undefined, prepare: () => CallInput): Promise<Answered<T>> {
  const input = prepare();
  const { signal, timeoutMs, maxRetries, headers } = resolveRequestOptions(options, ctx);
  const { method, path } = OPERATIONS[operationId];
  // openapi-fetch's own path serializer, as `hipp.api` uses it: the spec's operations take no query.
  const url = defaultPathSerializer(ctx.baseUrl + path, input.path ?? {});
  const { response, body } = await ctx.send({
    method,
    url,
    // As openapi-fetch does: a JSON body's content type first, so the caller's headers may change it.
    headers: { ...(input.body === undefined ? undefined : JSON_BODY), ...ctx.headers, ...headers },
    body: input.body,
    signal,
    timeoutMs,
    maxRetries,
    path,
  });
  let validators: Validators | undefined;
  if (ctx.validateResponses) {
    const loaded = loadValidators();
    validators = loaded instanceof Promise ? await loaded : loaded;
  }
  return { data: settle(operationId, response, body, ctx.redact, validators, input.values) as T, response };
}
