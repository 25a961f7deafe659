// serveHippSandbox: the sandbox over HTTP for Node, at http://127.0.0.1:<port>/api. node:http is
// imported when called, through a specifier bundlers leave alone, so the sandbox bundles for browsers.
/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHippSandbox, dispatchOf, DROPPED, type HippSandbox, type HippSandboxOptions } from './sandbox.js';

export interface ServeHippSandboxOptions extends HippSandboxOptions {
  /** Defaults to 0: a free port the OS picks. */
  port?: number | undefined;
  /** Defaults to 127.0.0.1 (loopback only). */
  host?: string | undefined;
  /** Serve this sandbox (its state and options) rather than a new one; the sandbox options above are then ignored. */
  sandbox?: HippSandbox | undefined;
}

export interface ServedHippSandbox {
  /** `http://<host>:<port>/api`: pass it as the client's `baseUrl`. */
  url: string;
  port: number;
  sandbox: HippSandbox;
  /** Stops listening and closes every connection. */
  close(): Promise<void>;
}

/**
 * A web app on another local origin (a dev server) may call the sandbox, as it may call the Prism mock,
 * which answers CORS too: any origin, the headers the API uses, and Retry-After readable.
 */
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST',
  'access-control-allow-headers': 'authorization, content-type, prefer',
  'access-control-expose-headers': 'retry-after',
};

export async function serveHippSandbox(options: ServeHippSandboxOptions = {}): Promise<ServedHippSandbox> {
  const { createServer } = await importNode<typeof import('node:http')>('node:http');
  const { Readable } = await importNode<typeof import('node:stream')>('node:stream');
  const host = options.host ?? '127.0.0.1';
  const sandbox = options.sandbox ?? createHippSandbox(options);
  const dispatch = dispatchOf(sandbox);

  const server = createServer((incoming, outgoing) => {
    void answer(incoming, outgoing);
  });
  // A body that stalls half-way is given up on rather than held for Node's default of 5 minutes.
  server.requestTimeout = 30_000;

  async function answer(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const aborted = new AbortController();
    outgoing.once('close', () => {
      if (!outgoing.writableFinished) aborted.abort(new Error('the client went away'));
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
    }
    const method = incoming.method ?? 'GET';
    if (method === 'OPTIONS' && incoming.headers['access-control-request-method']) {
      outgoing.writeHead(204, { ...CORS, 'access-control-max-age': '600' }).end();
      return;
    }
    const hasBody = method !== 'GET' && method !== 'HEAD';
    try {
      // Only the path matters to the sandbox: no Host header is trusted, and `//x` stays a path.
      const target = incoming.url ?? '/';
      const request = new Request(target.startsWith('/') ? `http://sandbox.invalid${target}` : target, {
        method,
        headers,
        signal: aborted.signal,
        ...(hasBody ? { body: Readable.toWeb(incoming) as ReadableStream<Uint8Array>, duplex: 'half' } : {}),
      });
      const result = await dispatch(request);
      if (result === DROPPED) {
        incoming.socket.destroy();
        return;
      }
      const body = Buffer.from(await result.arrayBuffer());
      const sent: Record<string, string> = {};
      result.headers.forEach((value, name) => (sent[name] = value));
      outgoing.writeHead(result.status, { ...CORS, ...sent, 'content-length': String(body.byteLength) });
      outgoing.end(body);
    } catch {
      // The client went away (or the request could not be read): nobody is left to answer.
      if (!outgoing.headersSent) outgoing.destroy();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : Number(options.port);
  const origin = host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return {
    url: `${origin}/api`,
    port,
    sandbox,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A Node built-in, imported at run time; bundlers targeting browsers neither resolve nor warn about it. */
function importNode<T>(specifier: string): Promise<T> {
  return import(/* webpackIgnore: true */ /* @vite-ignore */ specifier) as Promise<T>;
}
