// The caller's signal stops a call at once; the call rejects with signal.reason and is never retried.
import { describe, expect, it } from 'vitest';
import { HippError, HippTimeoutError } from '../../src/index.js';
import { waitFor } from '../support/processes.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, hang, json, startServer } from './support/server.js';

closeServersAfterEach();

const USER = { publicId: 'usr_1' };
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

describe('abort', () => {
  it('an already aborted signal sends nothing', async () => {
    const server = await startServer(json(200, USER));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1', { signal: AbortSignal.abort() }));
    expect(isAbortError(error)).toBe(true);
    expect(error).not.toBeInstanceOf(HippError);
    expect(server.requests).toHaveLength(0);
  });

  it('aborting mid-request rejects at once with the abort reason and does not retry', async () => {
    const server = await startServer(hang(), json(200, USER));
    const controller = new AbortController();
    const hipp = testClient(server.url, { timeoutMs: 5_000, maxRetries: 3 });
    const call = rejectionOf(hipp.users.get('usr_1', { signal: controller.signal }));
    // Abort once the server holds the request, however long a loaded machine takes to get there.
    await waitFor(() => server.requests.length === 1, 'the server to hold the request');
    const abortedAt = performance.now();
    controller.abort();

    const error = await call;

    expect(isAbortError(error)).toBe(true);
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(hipp.delays).toEqual([]);
  });

  it('passes a custom reason through unchanged', async () => {
    const server = await startServer(hang());
    const controller = new AbortController();
    const reason = new Error('user navigated away');
    setTimeout(() => controller.abort(reason), 30);
    const error = await rejectionOf(testClient(server.url).users.create({ firstName: 'J', lastName: 'S' }, { signal: controller.signal }));
    expect(error).toBe(reason);
  });

  it('aborting during a retry wait rejects at once and sends no more requests', async () => {
    const server = await startServer(json(503, { error: 'Unavailable' }, { 'retry-after': '5' }), json(200, USER));
    const controller = new AbortController();
    const hipp = testClient(server.url, {}, { realSleep: true });
    const call = rejectionOf(hipp.users.get('usr_1', { signal: controller.signal }));
    await waitFor(() => hipp.delays.length === 1, 'the retry wait to begin');
    const abortedAt = performance.now();
    controller.abort();

    const error = await call;

    expect(isAbortError(error)).toBe(true);
    expect(performance.now() - abortedAt).toBeLessThan(1_000);
    expect(hipp.delays).toEqual([5_000]);
    await settle();
    expect(server.requests).toHaveLength(1);
  });

  it('hipp.api honours the signal too', async () => {
    const server = await startServer(hang());
    const controller = new AbortController();
    const call = rejectionOf(testClient(server.url).api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'u' } }, signal: controller.signal }));
    await waitFor(() => server.requests.length === 1, 'the server to hold the request');
    controller.abort();
    const error = await call;
    expect(isAbortError(error)).toBe(true);
    await settle();
    expect(server.requests).toHaveLength(1);
  });
});

describe('per-call timeoutMs', () => {
  it('overrides the client timeout for that call only', async () => {
    const server = await startServer(hang());
    const hipp = testClient(server.url, { timeoutMs: 10_000, maxRetries: 0 });
    const started = performance.now();
    const error = await rejectionOf(hipp.users.get('usr_1', { timeoutMs: 60 }));
    expect(error).toBeInstanceOf(HippTimeoutError);
    expect((error as HippTimeoutError).timeoutMs).toBe(60);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('bounds a custom fetch that ignores the signal', async () => {
    const hipp = testClient('https://app.hipp.health/api', {
      timeoutMs: 50,
      maxRetries: 0,
      fetch: () => new Promise<Response>(() => {}),
    });
    expect(await rejectionOf(hipp.users.get('usr_1'))).toBeInstanceOf(HippTimeoutError);
  });

  it('bounds a custom fetch whose body stalls and ignores the signal', async () => {
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"publicId":"usr_'));
      },
    });
    const hipp = testClient('https://app.hipp.health/api', {
      timeoutMs: 50,
      maxRetries: 0,
      fetch: () => Promise.resolve(new Response(stalled, { status: 200, headers: { 'content-type': 'application/json' } })),
    });
    expect(await rejectionOf(hipp.users.get('usr_1'))).toBeInstanceOf(HippTimeoutError);
  });
});
