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
 * A cause to attach to an error. A foreign error (say, from a custom fetch) that
 * mentions the secret is replaced by a plain one with a masked message.
 */
export function redactCause(cause: unknown, redact: Redactor): unknown {
  if (!(cause instanceof Error)) return typeof cause === 'string' ? redact(cause) : cause;
  const texts = [cause.message, cause.stack ?? ''];
  if (texts.every((text) => redact(text) === text)) return cause;
  const safe = new Error(redact(cause.message));
  safe.name = cause.name;
  return safe;
}
