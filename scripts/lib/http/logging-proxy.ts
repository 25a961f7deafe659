// A pass-through HTTP proxy on loopback that logs one line per request it forwards (method, path,
// status, ms; never a body or a header). `npm start` puts it in front of the Prism mock, whose own log
// is many lines per request and has no timings.
import { createServer, request as forward, type Server } from 'node:http';
import { listen } from './static-server.js';

export interface LoggingProxy {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number | string;
  ms: number;
}

export async function startLoggingProxy(options: {
  upstream: string;
  port: number;
  host?: string;
  onRequest: (entry: LoggedRequest) => void;
}): Promise<LoggingProxy> {
  const upstream = new URL(options.upstream);
  const server = createServer((incoming, outgoing) => {
    const started = performance.now();
    const path = new URL(incoming.url ?? '/', 'http://proxy').pathname;
    const log = (status: number | string) => options.onRequest({ method: incoming.method ?? 'GET', path, status, ms: Math.round(performance.now() - started) });
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
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'The mock did not answer' }));
      else outgoing.destroy();
    });
    incoming.pipe(onward);
  });
  const url = await listen(server, options.port, options.host ?? '127.0.0.1');
  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
