// Serves a few files held in memory on loopback, every response carrying the same extra headers (a CSP).
import { createServer, type Server } from 'node:http';
import { extname } from 'node:path';
import { listen } from './static-server.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
};

export interface PageServer {
  url: string;
  close(): Promise<void>;
}

/** `files` maps a path (`/index.html`) to its contents; `/` is `/index.html`. */
export async function servePages(files: Map<string, string | Uint8Array>, headers: Record<string, string>): Promise<PageServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const name = path === '/' ? '/index.html' : path;
    const body = files.get(name);
    if (body === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream', ...headers }).end(body);
  });
  const url = await listen(server, 0);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
