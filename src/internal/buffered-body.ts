// The transport reads each response body whole; the bytes are kept here, keyed by the Response it
// handed on, so the response check reads them without cloning and re-reading the stream.
const bodies = new WeakMap<Response, ArrayBuffer>();
const decoder = new TextDecoder();

export function rememberBody(response: Response, body: ArrayBuffer): void {
  bodies.set(response, body);
}

/** The body text the transport buffered, else the body read from a clone. */
export function bufferedText(response: Response): Promise<string> {
  const body = bodies.get(response);
  return body === undefined ? response.clone().text() : Promise.resolve(decoder.decode(body));
}
