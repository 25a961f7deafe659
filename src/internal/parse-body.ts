export type ParsedBody = { json: true; value: unknown } | { json: false; text: string };

/** Reads a body as JSON when it is JSON; never throws a SyntaxError. An empty body is `undefined`. */
export function parseBody(text: string): ParsedBody {
  if (text === '') return { json: true, value: undefined };
  try {
    return { json: true, value: JSON.parse(text) as unknown };
  } catch {
    return { json: false, text };
  }
}
