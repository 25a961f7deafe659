// The API key never leaves through an error, its inspection or serialization, or the console.
import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHippClient, HippConnectionError, HippError, HippUsageError } from '../../src/index.js';
import { API_KEY, rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, hang, json, raw, reset, startServer, type Step } from './support/server.js';

closeServersAfterEach();

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
let printed: string[] = [];

beforeEach(() => {
  printed = [];
  for (const method of CONSOLE_METHODS) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map((arg) => inspect(arg, { depth: Number.POSITIVE_INFINITY })).join(' '));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Every form an error takes when someone logs or reports it. */
function renderings(error: unknown): string[] {
  const asError = error as Error;
  return [
    asError.message,
    String(asError.stack),
    inspect(error, { depth: Number.POSITIVE_INFINITY }),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    JSON.stringify(error),
    String(error),
  ];
}

function expectNoKey(error: unknown): void {
  expect(error).toBeInstanceOf(HippError);
  for (const text of [...renderings(error), ...printed]) expect(text).not.toContain(API_KEY);
}

/** A server that echoes the Authorization header back everywhere it can. */
const echoKey =
  (status: number): Step =>
  (req, res) => {
    const auth = req.headers.authorization ?? '';
    res.writeHead(status, { 'content-type': 'application/json', 'x-echo': auth, 'x-request-id': auth });
    res.end(JSON.stringify({ error: `Invalid API key: ${auth}`, details: [{ code: auth, message: auth, path: [auth] }] }));
  };

describe('the API key stays secret', () => {
  it('in an API error whose body and headers echo it', async () => {
    const server = await startServer(echoKey(401));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expectNoKey(error);
    expect((error as Error).message).toBe('401 Invalid API key: Bearer [REDACTED]');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('in a 400 whose details echo it', async () => {
    const server = await startServer(echoKey(400));
    expectNoKey(await rejectionOf(testClient(server.url).users.create({ firstName: 'J', lastName: 'S' })));
  });

  it('in an HTML error page that echoes it', async () => {
    const server = await startServer((req, res) => raw(502, `<pre>${req.headers.authorization}</pre>`)(req, res));
    expectNoKey(await rejectionOf(testClient(server.url, { maxRetries: 0 }).users.get('usr_1')));
  });

  it('in a connection error', async () => {
    const server = await startServer(reset());
    expectNoKey(await rejectionOf(testClient(server.url, { maxRetries: 1 }).users.get('usr_1')));
  });

  it('in a timeout', async () => {
    const server = await startServer(hang());
    expectNoKey(await rejectionOf(testClient(server.url, { timeoutMs: 50, maxRetries: 0 }).users.create({ firstName: 'J', lastName: 'S' })));
  });

  it('in a contract violation whose body is keyed by it', async () => {
    const server = await startServer((req, res) => json(200, { [String(req.headers.authorization)]: 1 })(req, res));
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
    expectNoKey(error);
  });

  it('in a truncated 200 body', async () => {
    const server = await startServer((req, res) => raw(200, `{"k":"${req.headers.authorization}`)(req, res));
    expectNoKey(await rejectionOf(testClient(server.url).users.get('usr_1')));
  });

  it('when a custom fetch fails with a message that quotes it', async () => {
    const hipp = testClient('https://app.hipp.health/api', {
      maxRetries: 0,
      fetch: async (request) => {
        throw new Error(`proxy refused ${request.headers.get('authorization')}`);
      },
    });
    const error = await rejectionOf(hipp.users.get('usr_1'));
    expect(error).toBeInstanceOf(HippConnectionError);
    expectNoKey(error);
  });

  it.each([
    ['a nested cause quoting it', (request: Request) => new Error('fetch failed', { cause: new Error(`refused ${request.headers.get('authorization')}`) })],
    ['the request attached to the error', (request: Request) => Object.assign(new Error('fetch failed'), { request })],
    [
      'axios-style config headers',
      (request: Request) => Object.assign(new Error('fetch failed'), { config: { headers: { Authorization: request.headers.get('authorization') } } }),
    ],
    ['a thrown plain object holding the headers', (request: Request) => ({ headers: Object.fromEntries(request.headers) })],
  ])('when a custom fetch fails with %s', async (_what, failure) => {
    const hipp = testClient('https://app.hipp.health/api', {
      maxRetries: 0,
      fetch: async (request) => {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- some cases throw a plain object on purpose
        throw failure(request);
      },
    });
    const error = await rejectionOf(hipp.users.get('usr_1'));
    expect(error).toBeInstanceOf(HippConnectionError);
    expectNoKey(error);
  });

  it('in the request id of a contract violation', async () => {
    const server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': String(req.headers.authorization) });
      res.end(JSON.stringify({ publicId: 1 }));
    });
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
    expectNoKey(error);
    expect((error as { requestId?: string }).requestId).toBe('Bearer [REDACTED]');
  });

  it('in the request id of a truncated 200 body', async () => {
    const server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': String(req.headers.authorization) });
      res.end('{"publicId":');
    });
    expectNoKey(await rejectionOf(testClient(server.url).users.get('usr_1')));
  });

  it('in usage errors raised after the key was read', async () => {
    expectNoKey(
      (() => {
        try {
          createHippClient({ apiKey: API_KEY, baseUrl: 'http://example.com' });
        } catch (error) {
          return error;
        }
      })(),
    );
    const error = await rejectionOf(testClient('http://127.0.0.1:9').users.get('..'));
    expect(error).toBeInstanceOf(HippUsageError);
    expectNoKey(error);
  });

  it('on the client object', () => {
    const hipp = createHippClient({ apiKey: API_KEY });
    expect(inspect(hipp, { depth: Number.POSITIVE_INFINITY, showHidden: true })).not.toContain(API_KEY);
    expect(JSON.stringify(hipp)).not.toContain(API_KEY);
    expect(Object.keys(hipp).sort()).toEqual(['api', 'users']);
    expect(Object.isFrozen(hipp)).toBe(true);
  });

  it('and the client never prints anything', async () => {
    const server = await startServer(reset(), json(503, { error: 'x' }), echoKey(401));
    await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(printed).toEqual([]);
  });
});
