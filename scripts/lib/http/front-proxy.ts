// A pass-through HTTP proxy on loopback in front of a Prism mock. `npm start` uses it to log one line per request
// (method, path, status, ms; never a body or a header: Prism's own log is many lines per request, with no timings).
// `npm run dev` uses it to move the mock to a new version without a moment of refused connections: the next Prism
// starts on a port of its own, and the proxy switches to it once it answers.
import { EventEmitter, once } from 'node:events';
import { createServer, request as forward, type ServerResponse } from 'node:http';
import type { RequestLogLine } from '../../../src/sandbox/request-log.js';
import { closeServer, listen } from './static-server.js';

export interface FrontProxy {
  url: string;
  /** Resolves once no request forwarded to `upstream` is still waiting for its answer, or after `timeoutMs`. */
  drained(upstream: string, timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

export interface FrontProxyOptions {
  /** Where requests go now; undefined while there is nothing to forward to. */
  upstream: () => string | undefined;
  /** Why there is no upstream, for the 503 answer's body. */
  unavailable?: () => string;
  port: number;
  onRequest?: (entry: RequestLogLine) => void;
}

function answerJson(outgoing: ServerResponse, status: number, error: string): void {
  outgoing.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error }));
}

export async function startFrontProxy(options: FrontProxyOptions): Promise<FrontProxy> {
  /** Requests forwarded and not yet answered, by upstream. */
  const inFlight = new Map<string, number>();
  const settled = new EventEmitter();
  /** Counts a request to `target` until its answer is sent or its connection is gone. */
  const track = (target: string, outgoing: ServerResponse) => {
    inFlight.set(target, (inFlight.get(target) ?? 0) + 1);
    outgoing.once('close', () => {
      const left = inFlight.get(target)! - 1;
      if (left > 0) inFlight.set(target, left);
      else inFlight.delete(target);
      settled.emit(target);
    });
  };

  const server = createServer((incoming, outgoing) => {
    const started = performance.now();
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    const log = (status: number | string) =>
      options.onRequest?.({ method: incoming.method ?? 'GET', path, status, ms: Math.round(performance.now() - started) });
    const target = options.upstream();
    if (target === undefined) {
      log(503);
      incoming.resume();
      answerJson(outgoing, 503, options.unavailable?.() ?? 'The mock is not running');
      return;
    }
    const upstream = new URL(target);
    track(target, outgoing);
    const onward = forward(
      { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
        answer.once('end', () => log(answer.statusCode ?? 502));
      },
    );
    onward.once('error', () => {
      log('no answer');
      if (!outgoing.headersSent) answerJson(outgoing, 502, 'The mock did not answer');
      else outgoing.destroy();
    });
    incoming.pipe(onward);
  });
  const url = await listen(server, options.port);
  return {
    url,
    async drained(upstream, timeoutMs) {
      if (!inFlight.has(upstream)) return;
      const timeout = AbortSignal.timeout(timeoutMs);
      while (inFlight.has(upstream) && !timeout.aborted) {
        await once(settled, upstream, { signal: timeout }).catch(() => undefined);
      }
    },
    close: () => closeServer(server),
  };
}
