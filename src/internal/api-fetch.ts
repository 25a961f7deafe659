// `hipp.api` is openapi-fetch, whose `fetch` is this: it hands openapi-fetch's Request to the one
// transport and gives back a Response around the body the transport read whole.
import { rememberBody } from './buffered-body.js';
import type { Send } from './transport.js';

/** openapi-fetch's schemaPath of each request, set by the response check's onRequest, for log lines. */
export const schemaPaths = new WeakMap<Request, string>();

export function apiFetch(send: Send, defaults: { timeoutMs: number; maxRetries: number }) {
  return async (request: Request): Promise<Response> => {
    const { response, body } = await send({
      method: request.method,
      url: request.url,
      // A copy: the key set on it never reaches the Request that middleware sees.
      headers: Object.fromEntries(request.headers),
      body: request.body === null ? null : await request.arrayBuffer(),
      signal: request.signal,
      timeoutMs: defaults.timeoutMs,
      maxRetries: defaults.maxRetries,
      path: schemaPaths.get(request) ?? '(path not known)',
    });
    let headers = response.headers;
    // Once decoded and whole, the body no longer matches these; copy the headers only to drop them.
    if (headers.has('content-encoding') || headers.has('transfer-encoding')) {
      headers = new Headers(headers);
      headers.delete('content-encoding');
      headers.delete('transfer-encoding');
      headers.delete('content-length');
    }
    const whole = new Response(body, { status: response.status, statusText: response.statusText, headers });
    if (body !== null) rememberBody(whole, body);
    return whole;
  };
}
