// What the client sends: URL, path encoding, headers, body.
import { describe, expect, it } from 'vitest';
import { createHippClient } from '../../src/index.js';
import { API_KEY, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';

closeServersAfterEach();

const CREATED = {
  message: 'User created successfully',
  user: { publicId: 'usr_1', firstName: 'Jane', lastName: 'Smith', role: 'TECHNICIAN' },
};

describe('requests', () => {
  it('create POSTs the JSON body to /v1/users with the bearer key and returns the body', async () => {
    const server = await startServer(json(200, CREATED));
    const hipp = testClient(server.url);

    const result = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith' });

    expect(result).toEqual(CREATED);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/users');
    expect(request?.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(await request!.body)).toEqual({ firstName: 'Jane', lastName: 'Smith' });
  });

  it('get GETs /v1/users/{publicId} and returns the user', async () => {
    const user = { publicId: 'usr_1', role: 'HIPP_ADMIN', birthDate: null };
    const server = await startServer(json(200, user));
    const hipp = testClient(server.url);

    await expect(hipp.users.get('usr_1')).resolves.toEqual(user);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['GET /v1/users/usr_1']);
  });

  it.each([
    ['a/b', '/v1/users/a%2Fb'],
    ['a?b=1', '/v1/users/a%3Fb%3D1'],
    ['a#b', '/v1/users/a%23b'],
    ['../admin', '/v1/users/..%2Fadmin'],
    ['%2e%2e', '/v1/users/%252e%252e'],
    ['...', '/v1/users/...'],
    ['usr 1', '/v1/users/usr%201'],
  ])('keeps publicId %j inside its path segment', async (publicId, path) => {
    const server = await startServer(json(200, { publicId }));
    const hipp = testClient(server.url);

    await hipp.users.get(publicId);

    expect(server.requests.map((r) => r.url)).toEqual([path]);
  });

  it('keeps the path of baseUrl, with or without a trailing slash', async () => {
    const server = await startServer(json(200, { publicId: 'usr_1' }));
    await testClient(`${server.url}/api`).users.get('usr_1');
    await testClient(`${server.url}/api/`).users.get('usr_1');
    expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/users/usr_1', '/api/v1/users/usr_1']);
  });

  it('sends the extra headers', async () => {
    const server = await startServer(json(200, { publicId: 'usr_1' }));
    const hipp = testClient(server.url, { headers: { 'x-trace': 't-1' } });
    await hipp.users.get('usr_1');
    expect(server.requests[0]?.headers['x-trace']).toBe('t-1');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('hipp.api shares the key and the response checks', async () => {
    const server = await startServer(json(200, { publicId: 'usr_1' }), json(404, { error: 'Resource not found' }));
    const hipp = testClient(server.url);

    const ok = await hipp.api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } });
    const missing = await hipp.api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'nope' } } });

    expect(ok.data).toEqual({ publicId: 'usr_1' });
    expect(missing.error).toEqual({ error: 'Resource not found' });
    expect(missing.response.status).toBe(404);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${API_KEY}`, `Bearer ${API_KEY}`]);
  });

  it('uses https://app.hipp.health/api by default, through the given fetch', async () => {
    const seen: string[] = [];
    const hipp = createHippClient({
      apiKey: API_KEY,
      fetch: async (request) => {
        seen.push(`${request.method} ${request.url} ${request.headers.get('authorization')}`);
        return new Response(JSON.stringify({ publicId: 'usr_1' }), { headers: { 'content-type': 'application/json' } });
      },
    });
    await hipp.users.get('usr_1');
    expect(seen).toEqual([`GET https://app.hipp.health/api/v1/users/usr_1 Bearer ${API_KEY}`]);
  });

  it('reads the key from HIPP_API_KEY when none is passed', async () => {
    const server = await startServer(json(200, { publicId: 'usr_1' }));
    const previous = process.env.HIPP_API_KEY;
    process.env.HIPP_API_KEY = 'sk_from_env_123';
    try {
      await createHippClient({ baseUrl: server.url }).users.get('usr_1');
    } finally {
      if (previous === undefined) delete process.env.HIPP_API_KEY;
      else process.env.HIPP_API_KEY = previous;
    }
    expect(server.requests[0]?.headers.authorization).toBe('Bearer sk_from_env_123');
  });

  it('accepts http: for loopback hosts', async () => {
    const server = await startServer(json(200, { publicId: 'usr_1' }));
    const port = new URL(server.url).port;
    await testClient(`http://localhost:${port}`).users.get('usr_1');
    expect(server.requests).toHaveLength(1);
    expect(() => createHippClient({ apiKey: API_KEY, baseUrl: `http://[::1]:${port}` })).not.toThrow();
    expect(() => createHippClient({ apiKey: API_KEY, baseUrl: 'http://127.10.0.3:8080/api' })).not.toThrow();
  });
});
