// Wrong calls throw HippUsageError before any request leaves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHippClient, HippError, HippUsageError, type CreateUserRequest } from '../../src/index.js';
import { API_KEY, rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer, type TestServer } from './support/server.js';

closeServersAfterEach();

let server: TestServer;
beforeEach(async () => {
  server = await startServer(json(200, { publicId: 'usr_1' }));
});
afterEach(() => {
  // Every test here must have been stopped before the network.
  expect(server.requests).toHaveLength(0);
});

function usageError(create: () => unknown): HippUsageError {
  let thrown: unknown;
  try {
    create();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(HippUsageError);
  expect(thrown).toBeInstanceOf(HippError);
  return thrown as HippUsageError;
}

describe('createHippClient usage errors', () => {
  it('needs an API key', () => {
    const previous = process.env.HIPP_API_KEY;
    delete process.env.HIPP_API_KEY;
    try {
      expect(usageError(() => createHippClient({ baseUrl: server.url })).message).toMatch(/API key/);
      usageError(() => createHippClient({ apiKey: '', baseUrl: server.url }));
      usageError(() => createHippClient());
    } finally {
      if (previous !== undefined) process.env.HIPP_API_KEY = previous;
    }
  });

  it('rejects a key that cannot go in a header, without repeating it', () => {
    for (const apiKey of ['   ', 'sk_live_with space', 'sk_live_SECRET\nx', 'sk_live_é']) {
      const error = usageError(() => createHippClient({ apiKey, baseUrl: server.url }));
      expect(error.message).not.toContain('sk_live');
    }
    usageError(() => createHippClient({ apiKey: 42 as unknown as string, baseUrl: server.url }));
  });

  it.each([
    'http://example.com/api',
    'http://10.0.0.1',
    'http://localhost.example.com',
    'http://128.0.0.1',
    'ftp://127.0.0.1',
    'not a url',
    '/relative/api',
    'https://user:pass@app.hipp.health/api',
    'https://app.hipp.health/api?x=1',
  ])('rejects baseUrl %j', (baseUrl) => {
    const error = usageError(() => createHippClient({ apiKey: API_KEY, baseUrl }));
    expect(error.message).not.toContain('pass@');
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31, '100'])('rejects timeoutMs %j', (timeoutMs) => {
    usageError(() => createHippClient({ apiKey: API_KEY, baseUrl: server.url, timeoutMs: timeoutMs as number }));
  });

  it.each([-1, 1.5, Number.NaN, '2'])('rejects maxRetries %j', (maxRetries) => {
    usageError(() => createHippClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: maxRetries as number }));
  });

  it('rejects a fetch that is not a function and headers it cannot send', () => {
    usageError(() => createHippClient({ apiKey: API_KEY, fetch: 'fetch' as unknown as typeof fetch }));
    usageError(() => createHippClient({ apiKey: API_KEY, headers: { 'x-secret': 'line\nbreak' } }));
    usageError(() => createHippClient({ apiKey: API_KEY, headers: { Authorization: 'Bearer other' } }));
    usageError(() => createHippClient({ apiKey: API_KEY, validateResponses: 'yes' as unknown as boolean }));
  });

  it('accepts maxRetries 0', () => {
    expect(() => createHippClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 })).not.toThrow();
  });
});

describe('call usage errors', () => {
  it.each(['', ' ', '\t', '.', '..'])('users.get rejects publicId %j', async (publicId) => {
    const error = await rejectionOf(testClient(server.url).users.get(publicId));
    expect(error).toBeInstanceOf(HippUsageError);
  });

  it.each([undefined, null, 42, {}])('users.get rejects a publicId of type %j', async (publicId) => {
    const error = await rejectionOf(testClient(server.url).users.get(publicId as string));
    expect(error).toBeInstanceOf(HippUsageError);
  });

  it.each([null, undefined, 'Jane Smith', 42, [{ firstName: 'Jane', lastName: 'Smith' }]])('users.create rejects a body of %j', async (body) => {
    const error = await rejectionOf(testClient(server.url).users.create(body as unknown as CreateUserRequest));
    expect(error).toBeInstanceOf(HippUsageError);
  });

  it.each([
    ['a BigInt', { firstName: 'Jane', lastName: 'Smith', npiNumber: 10n }],
    [
      'a circular reference',
      (() => {
        const body: Record<string, unknown> = { firstName: 'Jane', lastName: 'Smith' };
        body.self = body;
        return body;
      })(),
    ],
  ])('users.create rejects a body with %s before sending it', async (_what, body) => {
    const error = await rejectionOf(testClient(server.url).users.create(body as unknown as CreateUserRequest));
    expect(error).toBeInstanceOf(HippUsageError);
    expect((error as Error).message).not.toContain('Jane');
    expect(server.requests).toHaveLength(0);
  });

  it.each([0, -5, Number.NaN])('rejects a per-call timeoutMs of %j', async (timeoutMs) => {
    const error = await rejectionOf(testClient(server.url).users.get('usr_1', { timeoutMs }));
    expect(error).toBeInstanceOf(HippUsageError);
  });

  it('rejects a signal that is not an AbortSignal', async () => {
    const signal = { aborted: false } as unknown as AbortSignal;
    expect(await rejectionOf(testClient(server.url).users.get('usr_1', { signal }))).toBeInstanceOf(HippUsageError);
  });
});
