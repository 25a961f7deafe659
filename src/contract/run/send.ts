// Sends one request as the phases build it, times it, and keeps it exactly as sent for the replay command.
// A server that drops the connection or never answers is a finding, not the end of the run.
import type { ServerResponse, SentRequest } from '../checks/types.js';
import type { RunConfig } from '../options.js';

export interface Outgoing {
  method: string;
  path: string;
  /** Which key to send: the main one, the restricted one, another organization's, none, or the literal header in `headers`. */
  auth: SentRequest['auth'];
  headers?: Record<string, string>;
  /** A JS value goes as JSON; a string goes as it is. */
  body?: unknown;
  /** Prism, not the server, answers this one (see Exchange). */
  answeredByPrism?: boolean;
}

/** What came back: an answer, or why none did. */
export type Reply = { answer: ServerResponse } | { answer?: undefined; failure: string };

export function prepare(outgoing: Outgoing): SentRequest {
  const headers: Record<string, string> = { ...outgoing.headers };
  let body: string | undefined;
  if (outgoing.body !== undefined) {
    body = typeof outgoing.body === 'string' ? outgoing.body : JSON.stringify(outgoing.body);
    headers['content-type'] ??= 'application/json';
  }
  return { method: outgoing.method, path: outgoing.path, headers, auth: outgoing.auth, ...(body !== undefined ? { body } : {}) };
}

type Keys = Pick<RunConfig, 'apiKey' | 'restrictedApiKey' | 'otherOrgApiKey'>;

/** Each key a request may carry, and the environment variable its replay names it by. */
const KEYS: Partial<Record<SentRequest['auth'], { key: (config: Keys) => string | undefined; variable: string }>> = {
  key: { key: (config) => config.apiKey, variable: 'HIPP_API_KEY' },
  'restricted-key': { key: (config) => config.restrictedApiKey, variable: 'HIPP_RESTRICTED_API_KEY' },
  'other-org-key': { key: (config) => config.otherOrgApiKey, variable: 'HIPP_OTHER_ORG_API_KEY' },
};

function authorization(request: SentRequest, config: Keys): Record<string, string> {
  const key = KEYS[request.auth];
  return key ? { authorization: `Bearer ${key.key(config) ?? ''}` } : {};
}

/** Why no answer came, in words of the transport (never a value of the request). */
export function transportFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  let cause = error instanceof Error ? (error.cause as (NodeJS.ErrnoException & { errors?: unknown[] }) | undefined) : undefined;
  // Node reports a refused dual-stack connection as an AggregateError of one error per address.
  if (cause && !cause.code && Array.isArray(cause.errors)) cause = cause.errors[0] as NodeJS.ErrnoException;
  if (cause?.code === 'ECONNRESET' || cause?.code === 'UND_ERR_SOCKET' || /other side closed/i.test(cause?.message ?? ''))
    return 'the connection was closed before an answer';
  if (cause?.code === 'ECONNREFUSED') return 'the connection was refused';
  return `the request failed (${cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : 'unknown error')})`;
}

/** Sends one request; a timeout, a reset or a refused connection comes back as a failure, never as a throw. */
export async function send(request: SentRequest, config: Pick<RunConfig, 'baseUrl' | 'timeoutMs'> & Keys): Promise<Reply> {
  const started = performance.now();
  try {
    const response = await fetch(`${config.baseUrl}${request.path}`, {
      method: request.method,
      headers: { ...request.headers, ...authorization(request, config) },
      body: request.body,
      signal: AbortSignal.timeout(config.timeoutMs),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { answer: { status: response.status, headers: response.headers, text, body, durationMs: Math.round(performance.now() - started) } };
  } catch (error) {
    return { failure: transportFailure(error, config.timeoutMs) };
  }
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A run of one letter at least this long is written as `head -c … | tr`, not spelled out: a 1 MiB name stays one line. */
const LONG_RUN = /([a-zA-Z])\1{255,}/g;

/** Shell commands that print `body` exactly, each long run of one letter made rather than spelled; undefined when it has none. */
function bodyPrinter(body: string): string | undefined {
  const steps: string[] = [];
  let from = 0;
  for (const run of body.matchAll(LONG_RUN)) {
    if (run.index > from) steps.push(`printf '%s' ${quote(body.slice(from, run.index))}`);
    steps.push(`head -c ${run[0].length} /dev/zero | tr '\\000' '${run[1]!}'`);
    from = run.index + run[0].length;
  }
  if (steps.length === 0) return undefined;
  if (from < body.length) steps.push(`printf '%s' ${quote(body.slice(from))}`);
  return `{ ${steps.join('; ')}; }`;
}

/** A curl command that replays the request as sent; a key appears as its environment variable ($HIPP_API_KEY…), never itself. */
export function curlFor(request: SentRequest, replayUrl: string): string {
  const parts = ['curl', '-sS', '-X', request.method, quote(`${replayUrl}${request.path}`)];
  const key = KEYS[request.auth];
  if (key) parts.push('-H', `"Authorization: Bearer $${key.variable}"`);
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', quote(`${name}: ${value}`));
  if (request.body === undefined) return parts.join(' ');
  // A long body goes through stdin: one argument may hold no more than 128 KiB on Linux.
  const printer = bodyPrinter(request.body);
  if (printer) return `${printer} | ${[...parts, '--data-binary', '@-'].join(' ')}`;
  return [...parts, '--data-raw', quote(request.body)].join(' ');
}
