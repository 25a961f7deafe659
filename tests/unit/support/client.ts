// Builds clients for tests: real HTTP, but retry waits recorded and shortened.
import { createHippClientWith } from '../../../src/client.js';
import { sleep } from '../../../src/internal/sleep.js';
import type { HippClientOptions } from '../../../src/index.js';

export const API_KEY = 'sk_test_SECRET_4f9a2c7e1b8d';

export interface TestClient extends ReturnType<typeof createHippClientWith> {
  /** Every retry wait the client asked for, in ms, in order. */
  delays: number[];
}

/** Retry waits are recorded, then slept for 1 ms (still abortable); `realSleep` keeps them real. */
export function testClient(baseUrl: string, options: HippClientOptions = {}, { realSleep = false } = {}): TestClient {
  const delays: number[] = [];
  const client = createHippClientWith(
    { apiKey: API_KEY, baseUrl, timeoutMs: 1_000, ...options },
    {
      random: () => 0.5,
      sleep: (ms, signal) => {
        delays.push(ms);
        return sleep(realSleep ? ms : 1, signal);
      },
    },
  );
  return { users: client.users, api: client.api, delays };
}

/** The rejection of `promise`, failing the test when it resolves. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to reject, but it resolved');
}
