// The API key must never leave through an error. Anything built from server text goes through here,
// since a server may echo the key back (e.g. "Invalid API key: sk_...").

export type Redactor = (text: string) => string;

const MASK = '[REDACTED]';

export function createRedactor(secret: string): Redactor {
  return (text) => (secret && text.includes(secret) ? text.split(secret).join(MASK) : text);
}

/** A copy of a JSON-like value with the secret masked in every string, keys included. */
export function redactDeep(value: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, redact, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[redact(key)] = redactDeep(item, redact, depth + 1);
  return copy;
}

export function redactHeaders(headers: Headers, redact: Redactor): Headers {
  const copy = new Headers();
  headers.forEach((value, name) => copy.append(name, redact(value)));
  return copy;
}

/**
 * A cause safe to attach to an error. Foreign objects (a custom fetch's error, its `request`,
 * an axios-style `config.headers`) can hold the key anywhere, so none is attached as it is:
 * errors become plain copies of name, message, code and stack, masked, down the `cause` chain;
 * any other thrown value is dropped.
 */
export function redactCause(cause: unknown, redact: Redactor, depth = 0): unknown {
  if (typeof cause === 'string') return redact(cause);
  if (!(cause instanceof Error) || depth > 4) return undefined;
  const safe = new Error(redact(cause.message), { cause: redactCause(cause.cause, redact, depth + 1) });
  safe.name = cause.name;
  safe.stack = redact(cause.stack ?? '');
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' || typeof code === 'number') Object.assign(safe, { code });
  if (safe.cause === undefined) delete (safe as { cause?: unknown }).cause;
  return safe;
}

/** The `x-request-id` response header, masked: a server may echo anything back in it. */
export function redactRequestId(response: Response, redact: Redactor): string | undefined {
  const value = response.headers.get('x-request-id');
  return value === null ? undefined : redact(value);
}

/**
 * `text` with each of the call's own values (a publicId, the strings of a create body) masked where it
 * stands as a whole word (not inside a longer ASCII word), so a server's "User usr_123 not found" cannot
 * carry it into a message.
 */
export function maskValues(text: string, values: readonly string[]): string {
  for (const value of values) {
    if (value.trim() === '' || !text.includes(value)) continue;
    const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    text = text.replace(new RegExp(`(?<!\\w)${escaped}(?!\\w)`, 'g'), MASK);
  }
  return text;
}
