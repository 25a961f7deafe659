// A real HTTP server on 127.0.0.1 that answers each request with the next scripted step.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Promise<string>;
}

export type Step = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

const open = new Set<TestServer>();

/** Closes every server a test started, whether it passed or not. Call once per test file. */
export function closeServersAfterEach(): void {
  afterEach(async () => {
    const servers = [...open];
    open.clear();
    await Promise.all(servers.map((server) => server.close()));
  });
}

/** Request n gets steps[n]; requests past the script get the last step. */
export async function startServer(...steps: Step[]): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const body = new Promise<string>((resolve) => {
      let text = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (text += chunk));
      req.on('end', () => resolve(text));
      req.on('error', () => resolve(text));
    });
    requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    const step = steps[Math.min(requests.length - 1, steps.length - 1)];
    if (!step) throw new Error('startServer needs at least one step');
    step(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.add(testServer);
  return testServer;
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Step =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

/** A body sent as is, with a correct Content-Length (so fetch sees a complete, if wrong, body). */
export const raw =
  (status: number, text: string, headers: Record<string, string> = {}): Step =>
  (_req, res) => {
    res.writeHead(status, { 'content-length': String(Buffer.byteLength(text)), ...headers });
    res.end(text);
  };

/** Drops the connection without answering. */
export const reset = (): Step => (req) => {
  req.socket.destroy();
};

/** Never answers. */
export const hang = (): Step => () => {};

/** Sends the headers and part of the body, then drops the connection. */
export const resetMidBody = (): Step => (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"publicId":"usr_');
  setTimeout(() => req.socket.destroy(), 10);
};

/** Sends the headers and part of the body, then stalls. */
export const stallMidBody = (): Step => (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"publicId":"usr_');
};
