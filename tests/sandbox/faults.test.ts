// Faults on demand: `Prefer` headers per request, or queued for the next requests, in-process
// (over HTTP: http.test.ts). A faulty answer changes no state.
import { describe, expect, it } from 'vitest';
import { createHippClient, HippConnectionError, HippTimeoutError, InternalServerError } from '../../src/index.js';
import { createHippSandbox, type SandboxRequestLog } from '../../src/sandbox/index.js';
import { checkedSandbox, SEEDED } from './support/sandbox.js';

const VALID = { firstName: 'Jane', lastName: 'Smith' };

describe('sandbox faults from a Prefer header', () => {
  it('answers `fault=503, retry-after=2` with 503, a JSON error and Retry-After, and creates nothing', async () => {
    const { sandbox, create } = checkedSandbox();
    const answer = await create(VALID, { headers: { prefer: 'fault=503, retry-after=2' } });
    expect(answer.status).toBe(503);
    expect(answer.body).toEqual({ error: expect.any(String) as unknown });
    expect(answer.headers.get('retry-after')).toBe('2');
    expect(sandbox.users()).toHaveLength(SEEDED);
  });

  it.each([400, 401, 403, 404, 429, 500, 502])('answers `fault=%i` with that status in a body that keeps the spec where it documents one', async (status) => {
    const { get } = checkedSandbox();
    const answer = await get('usr_1234567890_abc123def', { headers: { prefer: `fault=${status}` } });
    expect(answer.status).toBe(status);
  });

  it('rejects the in-process fetch as a network error on `fault=drop`, which the client reports as a connection error', async () => {
    const sandbox = createHippSandbox();
    await expect(sandbox.fetch('https://app.hipp.health/api/v1/users/usr_1234567890_abc123def', { headers: { prefer: 'fault=drop' } })).rejects.toThrow(
      new TypeError('fetch failed'),
    );
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, headers: { prefer: 'fault=drop' } });
    await expect(hipp.users.create(VALID)).rejects.toBeInstanceOf(HippConnectionError);
    expect(sandbox.users()).toHaveLength(SEEDED);
  });

  it('delays the real answer on `delay=<ms>`: a client with a shorter timeout gives up, and an abort stops the wait', async () => {
    const sandbox = createHippSandbox();
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, maxRetries: 0, timeoutMs: 50, headers: { prefer: 'delay=2000' } });
    await expect(hipp.users.get('usr_1234567890_abc123def')).rejects.toBeInstanceOf(HippTimeoutError);
    const reason = new Error('stop');
    const controller = new AbortController();
    const pending = sandbox.fetch('https://app.hipp.health/api/v1/users/usr_1234567890_abc123def', {
      headers: { prefer: 'delay=5000' },
      signal: controller.signal,
    });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    const aborted = sandbox.fetch('https://app.hipp.health/api/v1/users', {
      method: 'POST',
      headers: { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' },
      body: JSON.stringify(VALID),
      signal: AbortSignal.abort(reason),
    });
    await expect(aborted).rejects.toBe(reason);
    expect(sandbox.users()).toHaveLength(SEEDED);
    const patient = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, headers: { prefer: 'delay=20' } });
    expect(await patient.users.get('usr_1234567890_abc123def')).toMatchObject({ firstName: 'John' });
  });

  it.each(['fault=200', 'fault=999', 'fault=boom', 'retry-after=-1, fault=503', 'delay=-5', 'delay=soon'])(
    'refuses `Prefer: %s` with 400 saying what is wrong',
    async (prefer) => {
      const answer = await checkedSandbox().get('usr_1234567890_abc123def', { headers: { prefer } });
      expect(answer.status).toBe(400);
      expect((answer.body as { details: Array<{ message: string }> }).details[0]!.message).toMatch(/^Prefer header: /);
    },
  );

  it('ignores preferences that are not its own, such as Prism’s `code=`', async () => {
    const answer = await checkedSandbox().get('usr_1234567890_abc123def', { headers: { prefer: 'code=404, example=notFound' } });
    expect(answer.status).toBe(200);
  });
});

describe('sandbox faults queued for the next requests', () => {
  it('answers the next N requests with the fault, then normally again: a GET retried by the client succeeds', async () => {
    const log: SandboxRequestLog[] = [];
    const sandbox = createHippSandbox({ onRequest: (entry) => log.push(entry) });
    sandbox.queueFaults({ status: 503, retryAfterSeconds: 0, times: 2 });
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, maxRetries: 2 });
    expect(await hipp.users.get('usr_1234567890_abc123def')).toMatchObject({ publicId: 'usr_1234567890_abc123def' });
    expect(log.map((entry) => entry.status)).toEqual([503, 503, 200]);
  });

  it('never retries a POST: a queued 503 fails the create, which keeps nothing, and the next create succeeds', async () => {
    const sandbox = createHippSandbox({ faults: [{ status: 503 }] });
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch });
    await expect(hipp.users.create(VALID)).rejects.toBeInstanceOf(InternalServerError);
    expect(sandbox.users()).toHaveLength(SEEDED);
    await hipp.users.create(VALID);
    expect(sandbox.users()).toHaveLength(SEEDED + 1);
  });

  it('takes faults in order, drops included, and queues the options’ faults again on reset', async () => {
    const sandbox = createHippSandbox({ faults: [{ status: 'drop' }, { status: 429, retryAfterSeconds: 1 }] });
    const url = 'https://app.hipp.health/api/v1/users/usr_1234567890_abc123def';
    const init = { headers: { authorization: 'Bearer sandbox-admin-key' } };
    const statuses = async () => {
      const seen: Array<number | string> = [];
      for (let i = 0; i < 3; i++)
        seen.push(
          await sandbox.fetch(url, init).then(
            (response) => response.status,
            () => 'dropped',
          ),
        );
      return seen;
    };
    expect(await statuses()).toEqual(['dropped', 429, 200]);
    sandbox.reset();
    expect(await statuses()).toEqual(['dropped', 429, 200]);
  });

  it('refuses an unusable fault at once, naming the problem', () => {
    const sandbox = createHippSandbox();
    expect(() => sandbox.queueFaults({ status: 302 })).toThrow(/fault must be drop or a status from 400 to 599/);
    expect(() => sandbox.queueFaults({ status: 503, times: 0 })).toThrow(/times must be a whole number/);
    expect(() => createHippSandbox({ faults: [{ delayMs: -1 }] })).toThrow(/delay must be/);
  });
});
