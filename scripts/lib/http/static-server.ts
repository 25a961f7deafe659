// A tiny static file server bound to loopback: the built docs from a directory, or a few files held in
// memory (the portability check's page), each response carrying optional extra headers (a CSP).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
};

/** Files by URL path (`/index.html`). */
export type InMemoryFiles = ReadonlyMap<string, string | Uint8Array>;

/** Serves `source`, a directory or files in memory; `/` is `/index.html`. */
export function createStaticServer(source: string | InMemoryFiles, headers: Record<string, string> = {}): Server {
  const read = typeof source === 'string' ? fromDirectory(source) : fromMemory(source);
  return createServer((request, response) => void respond(request, response));

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400, headers).end(); // a malformed %-escape
      return;
    }
    const path = pathname === '/' ? '/index.html' : pathname;
    const body = await read(path);
    if (body === FORBIDDEN) response.writeHead(403, headers).end();
    else if (body === undefined) response.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
    else response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers }).end(body);
  }
}

const FORBIDDEN = Symbol('forbidden');
type Read = (path: string) => Promise<string | Uint8Array | typeof FORBIDDEN | undefined>;

function fromDirectory(directory: string): Read {
  return async (path) => {
    const relative = normalize(path.slice(1));
    const file = join(directory, relative);
    if (relative.startsWith('..') || !file.startsWith(directory + sep)) return FORBIDDEN;
    return readFile(file).catch(() => undefined);
  };
}

function fromMemory(files: InMemoryFiles): Read {
  return (path) => Promise.resolve(files.get(path));
}

export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}`);
    });
  });
}

/** Closes the server, kept-alive connections included (a browser holds them open). */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}
