// What is retried, how often, after how long; and that a POST is sent exactly once.
import { describe, expect, it } from 'vitest';
import { HippApiError, HippConnectionError, HippTimeoutError, InternalServerError, NotFoundError, RateLimitError } from '../../src/index.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, hang, json, raw, reset, resetMidBody, stallMidBody, startServer } from './support/server.js';

closeServersAfterEach();

const USER = { publicId: 'usr_1', firstName: 'Jane' };
const NEW_USER = { firstName: 'Jane', lastName: 'Smith' };

describe('GET retries', () => {
  it('retries a connection reset, then succeeds', async () => {
    const server = await startServer(reset(), json(200, USER));
    const hipp = testClient(server.url);
    await expect(hipp.users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(2);
  });

  it('retries 5xx with exponential backoff, then succeeds', async () => {
    const server = await startServer(json(503, { error: 'Unavailable' }), raw(502, '<html>Bad Gateway</html>'), json(200, USER));
    const hipp = testClient(server.url);
    await expect(hipp.users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(3);
    // random() is 0.5 in tests: 0.75 of 500 ms, then of 1000 ms.
    expect(hipp.delays).toEqual([375, 750]);
  });

  it('retries 408 and 429', async () => {
    const server = await startServer(json(408, { error: 'Timeout' }), json(429, { error: 'Slow down' }), json(200, USER));
    await expect(testClient(server.url).users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after maxRetries and throws the last error', async () => {
    const server = await startServer(json(500, { error: 'Internal error' }));
    const hipp = testClient(server.url, { maxRetries: 3 });
    const error = await rejectionOf(hipp.users.get('usr_1'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).message).toBe('500 Internal error');
    expect(server.requests).toHaveLength(4);
    expect(hipp.delays).toEqual([375, 750, 1500]);
  });

  it('maxRetries 0 sends once', async () => {
    const server = await startServer(json(503, { error: 'Unavailable' }), json(200, USER));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 0 }).users.get('usr_1'));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry other 4xx', async () => {
    const server = await startServer(json(404, { error: 'Resource not found' }), json(200, USER));
    expect(await rejectionOf(testClient(server.url).users.get('usr_1'))).toBeInstanceOf(NotFoundError);
    expect(server.requests).toHaveLength(1);
  });

  it('honours Retry-After in seconds', async () => {
    const server = await startServer(json(429, { error: 'Slow down' }, { 'retry-after': '2' }), json(200, USER));
    const hipp = testClient(server.url);
    await expect(hipp.users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(2);
    expect(hipp.delays).toEqual([2000]);
  });

  it('honours Retry-After as an HTTP date', async () => {
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString();
    const server = await startServer(json(503, { error: 'Unavailable' }, { 'retry-after': inFiveSeconds }), json(200, USER));
    const hipp = testClient(server.url);
    await expect(hipp.users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(2);
    expect(hipp.delays).toHaveLength(1);
    // The date has whole-second precision and time passes between the answer and the reading.
    expect(hipp.delays[0]).toBeGreaterThan(3_000);
    expect(hipp.delays[0]).toBeLessThanOrEqual(5_000);
  });

  it('caps Retry-After at 60 s', async () => {
    const server = await startServer(json(429, { error: 'Slow down' }, { 'retry-after': '86400' }), json(200, USER));
    const hipp = testClient(server.url);
    await hipp.users.get('usr_1');
    expect(hipp.delays).toEqual([60_000]);
  });

  it('waits for real between attempts', async () => {
    const server = await startServer(json(503, { error: 'Unavailable' }, { 'retry-after': '0.2' }), json(200, USER));
    const hipp = testClient(server.url, {}, { realSleep: true });
    const started = performance.now();
    await hipp.users.get('usr_1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(server.requests).toHaveLength(2);
  });

  it('times out a hanging server on every attempt, then throws HippTimeoutError', async () => {
    const server = await startServer(hang());
    const hipp = testClient(server.url, { timeoutMs: 50, maxRetries: 2 });
    const started = performance.now();
    const error = await rejectionOf(hipp.users.get('usr_1'));
    expect(error).toBeInstanceOf(HippTimeoutError);
    expect(error).toBeInstanceOf(HippConnectionError);
    expect((error as HippTimeoutError).message).toMatch(/timed out after 50 ms/);
    expect((error as HippTimeoutError).timeoutMs).toBe(50);
    expect(server.requests).toHaveLength(3);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('times out a body that stalls halfway, then retries', async () => {
    const server = await startServer(stallMidBody(), json(200, USER));
    await expect(testClient(server.url, { timeoutMs: 100 }).users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(2);
  });

  it('retries a body that breaks off', async () => {
    const server = await startServer(resetMidBody(), json(200, USER));
    await expect(testClient(server.url).users.get('usr_1')).resolves.toEqual(USER);
    expect(server.requests).toHaveLength(2);
  });

  it('throws HippConnectionError with a cause when every attempt is reset', async () => {
    const server = await startServer(reset());
    const error = await rejectionOf(testClient(server.url, { maxRetries: 1 }).users.get('usr_1'));
    expect(error).toBeInstanceOf(HippConnectionError);
    expect(error).not.toBeInstanceOf(HippTimeoutError);
    expect((error as HippConnectionError).message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+ failed: /);
    expect((error as HippConnectionError).cause).toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(2);
  });

  it('throws HippConnectionError when nothing listens', async () => {
    const server = await startServer(json(200, USER));
    await server.close();
    const error = await rejectionOf(testClient(server.url, { maxRetries: 1 }).users.get('usr_1'));
    expect(error).toBeInstanceOf(HippConnectionError);
    expect((error as HippConnectionError).message).toMatch(/ECONNREFUSED/);
  });

  it('hipp.api retries the same way', async () => {
    const server = await startServer(reset(), json(503, { error: 'Unavailable' }), json(200, USER));
    const { data } = await testClient(server.url).api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } });
    expect(data).toEqual(USER);
    expect(server.requests).toHaveLength(3);
  });
});

describe('POST is sent exactly once', () => {
  it('on 503', async () => {
    const server = await startServer(json(503, { error: 'Unavailable' }), json(200, {}));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 5 }).users.create(NEW_USER));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('on 429 with Retry-After', async () => {
    const server = await startServer(json(429, { error: 'Slow down' }, { 'retry-after': '1' }), json(200, {}));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 5 }).users.create(NEW_USER));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(server.requests).toHaveLength(1);
  });

  it('on a connection reset', async () => {
    const server = await startServer(reset(), json(200, {}));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 5 }).users.create(NEW_USER));
    expect(error).toBeInstanceOf(HippConnectionError);
    expect(error).not.toBeInstanceOf(HippApiError);
    expect(server.requests).toHaveLength(1);
  });

  it('on a timeout', async () => {
    const server = await startServer(hang(), json(200, {}));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 5, timeoutMs: 50 }).users.create(NEW_USER));
    expect(error).toBeInstanceOf(HippTimeoutError);
    // Give a wrongly retried request time to arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests).toHaveLength(1);
  });

  it('through hipp.api too', async () => {
    const server = await startServer(json(500, { error: 'Internal error' }), json(200, {}));
    const { error, response } = await testClient(server.url, { maxRetries: 5 }).api.POST('/v1/users', { body: NEW_USER });
    expect(response.status).toBe(500);
    expect(error).toEqual({ error: 'Internal error' });
    expect(server.requests).toHaveLength(1);
  });
});
