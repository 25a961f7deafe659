// serveHippSandbox: the same sandbox over HTTP on loopback, at /api, faults and bad bodies included.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHippClient, NotFoundError } from '../../src/index.js';
import { createHippSandbox, MAX_BODY_BYTES, serveHippSandbox, type ServedHippSandbox } from '../../src/sandbox/index.js';
import { expectConforms } from './support/sandbox.js';

const running: ServedHippSandbox[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((served) => served.close()));
});

async function serve(options: Parameters<typeof serveHippSandbox>[0] = {}): Promise<ServedHippSandbox> {
  const served = await serveHippSandbox(options);
  running.push(served);
  return served;
}

const auth = { authorization: 'Bearer sandbox-admin-key' };

describe('serveHippSandbox', () => {
  it('serves at http://127.0.0.1:<port>/api, where the client creates a user and reads it back', async () => {
    const served = await serve();
    expect(served.url).toBe(`http://127.0.0.1:${served.port}/api`);
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', baseUrl: served.url, validateResponses: true });
    const { user } = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' });
    expect(await hipp.users.get(user.publicId)).toMatchObject({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' });
    await expect(hipp.users.get('usr_1000000000_zzzzzzzzz')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('serves a sandbox it is given, so in-process and HTTP share one state', async () => {
    const sandbox = createHippSandbox();
    const served = await serve({ sandbox });
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', baseUrl: served.url });
    const { user } = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith' });
    expect(sandbox.user(user.publicId)).toMatchObject({ firstName: 'Jane' });
  });

  it('listens on loopback only unless told otherwise', async () => {
    const served = await serve();
    const { networkInterfaces } = await import('node:os');
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((address) => address?.family === 'IPv4' && !address.internal);
    if (outside) await expect(fetch(`http://${outside.address}:${served.port}/api/v1/users/x`)).rejects.toThrow();
    expect((await fetch(`${served.url}/v1/users/x`)).status).toBe(401);
  });

  it('answers Prefer faults over HTTP: 503 with Retry-After, and a dropped connection', async () => {
    const served = await serve();
    const faulty = await fetch(`${served.url}/v1/users/usr_1234567890_abc123def`, { headers: { ...auth, prefer: 'fault=503, retry-after=1' } });
    expect([faulty.status, faulty.headers.get('retry-after')]).toEqual([503, '1']);
    await expect(fetch(`${served.url}/v1/users/usr_1234567890_abc123def`, { headers: { ...auth, prefer: 'fault=drop' } })).rejects.toThrow(TypeError);
  });

  it('answers malformed JSON and a wrong content type with a documented 400', async () => {
    const served = await serve();
    for (const [body, type] of [
      ['{"firstName": ', 'application/json'],
      ['firstName=Jane', 'application/x-www-form-urlencoded'],
    ]) {
      const response = await fetch(`${served.url}/v1/users`, { method: 'POST', headers: { ...auth, 'content-type': type! }, body });
      expectConforms('createUser', { status: response.status, body: await response.json(), headers: response.headers });
      expect(response.status).toBe(400);
    }
  });

  it.each([
    ['with a Content-Length over the limit', true],
    ['streamed in chunks with no Content-Length', false],
  ])('answers a body over 1 MiB %s promptly with 400 too_big', async (_what, declared) => {
    const served = await serve();
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const total = MAX_BODY_BYTES * 4;
      const request = httpRequest(`${served.url}/v1/users`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json', ...(declared ? { 'content-length': String(total) } : {}) },
      });
      request.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body: text }));
      });
      request.on('error', reject);
      // Keep writing until the server answers; a server that waited for the whole body would never answer.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < total && request.write(chunk)) sent += chunk.length;
        if (sent < total) {
          request.once('drain', () => {
            sent += chunk.length;
            pump();
          });
        }
      };
      pump();
    });
    expect(status).toBe(400);
    expect(JSON.parse(body)).toMatchObject({ details: [{ code: 'too_big', path: [] }] });
  });

  it('lets a web app on another origin call it: preflight answered, CORS headers on every answer', async () => {
    const served = await serve();
    const preflight = await fetch(`${served.url}/v1/users`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const answer = await fetch(`${served.url}/v1/users/usr_1234567890_abc123def`, {
      headers: { ...auth, origin: 'http://localhost:5173', prefer: 'fault=503, retry-after=1' },
    });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-expose-headers')).toBe('retry-after');
  });

  it('answers odd request targets and Host headers rather than dropping the connection', async () => {
    const served = await serve();
    for (const [path, hostHeader] of [
      ['//', `127.0.0.1:${served.port}`],
      ['/api/v1/users/x', 'bad host name:99999'],
    ] as const) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port: served.port, path, headers: { host: hostHeader } }, (response) => {
          response.resume();
          resolve(response.statusCode!);
        });
        request.on('error', reject);
        request.end();
      });
      expect(status, path).toBe(path === '//' ? 404 : 401);
    }
  });

  it('stops listening on close()', async () => {
    const served = await serveHippSandbox();
    await served.close();
    await expect(fetch(`${served.url}/v1/users/x`)).rejects.toThrow();
  });

  it('says so when the port is taken', async () => {
    const served = await serve();
    await expect(serveHippSandbox({ port: served.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
