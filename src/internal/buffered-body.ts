// The transport reads each response body whole; for `hipp.api`, api-fetch.ts keeps the bytes here,
// keyed by the Response it hands openapi-fetch, so the response check reads them without cloning and
// re-reading the stream.
const bodies = new WeakMap<Response, ArrayBuffer>();
const decoder = new TextDecoder();

/** UTF-8 text of a whole body; `''` for none. */
export function decodeBody(body: ArrayBuffer | null): string {
  return body === null ? '' : decoder.decode(body);
}

export function rememberBody(response: Response, body: ArrayBuffer): void {
  bodies.set(response, body);
}

/** The body text the transport buffered (read once, then let go), else the body read from a clone. */
export function bufferedText(response: Response): Promise<string> {
  const body = bodies.get(response);
  if (body === undefined) return response.clone().text();
  bodies.delete(response);
  return Promise.resolve(decodeBody(body));
}
