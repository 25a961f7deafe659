// Sends one request as the phases build it, times it, and keeps it exactly as sent for the replay command.
import type { Answer, SentRequest } from '../checks/types.js';
import type { RunConfig } from './config.js';

export interface Outgoing {
  method: string;
  path: string;
  /** Which key to send: the main one, the restricted one, none, or the literal header in `headers`. */
  auth: SentRequest['auth'];
  headers?: Record<string, string>;
  /** A JS value goes as JSON; a string goes as it is. */
  body?: unknown;
  /** Prism, not the server, answers this one (see Exchange). */
  answeredByPrism?: boolean;
}

export function prepare(outgoing: Outgoing): SentRequest {
  const headers: Record<string, string> = { ...outgoing.headers };
  let body: string | undefined;
  if (outgoing.body !== undefined) {
    body = typeof outgoing.body === 'string' ? outgoing.body : JSON.stringify(outgoing.body);
    headers['content-type'] ??= 'application/json';
  }
  return { method: outgoing.method, path: outgoing.path, headers, auth: outgoing.auth, ...(body !== undefined ? { body } : {}) };
}

function authorization(request: SentRequest, config: RunConfig): Record<string, string> {
  if (request.auth === 'key') return { authorization: `Bearer ${config.apiKey}` };
  if (request.auth === 'restricted-key') return { authorization: `Bearer ${config.restrictedApiKey ?? ''}` };
  return {};
}

/** The answer, or undefined when none came within the run's timeout. */
export async function send(request: SentRequest, config: RunConfig): Promise<Answer | undefined> {
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
    return { status: response.status, headers: response.headers, text, body, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') return undefined;
    throw new Error(
      `${request.method} ${request.path}: could not reach ${config.baseUrl} (${error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)})`,
    );
  }
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A curl command that replays the request as sent; the key appears as $HIPP_API_KEY, never itself. */
export function curlFor(request: SentRequest, replayUrl: string): string {
  const parts = ['curl', '-sS', '-X', request.method, quote(`${replayUrl}${request.path}`)];
  if (request.auth === 'key') parts.push('-H', '"Authorization: Bearer $HIPP_API_KEY"');
  if (request.auth === 'restricted-key') parts.push('-H', '"Authorization: Bearer $HIPP_RESTRICTED_API_KEY"');
  for (const [name, value] of Object.entries(request.headers)) parts.push('-H', quote(`${name}: ${value}`));
  if (request.body !== undefined) parts.push('--data-raw', quote(request.body));
  return parts.join(' ');
}
