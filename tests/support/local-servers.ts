// The local servers a test can point a documented request at: the run's Prism mock (or one started on a free
// port when the run has none), and a fresh stateful sandbox; each is stopped by whoever started it.
import { inject } from 'vitest';
import { startMock } from '../../scripts/lib/tools/prism.js';
import { SANDBOX_ADMIN_KEY, serveHippSandbox } from '../../src/sandbox/index.js';
import { untilMockAnswers } from './run-mock.js';

export interface RunningLocalServer {
  /** What replaces the production server URL: the same paths answer below it. */
  baseUrl: string;
  /** A key this server accepts. */
  apiKey: string;
  stop(): Promise<void>;
}

export interface LocalServer {
  name: string;
  /** Whether what one request does shows in the next: such a server is started fresh for each group of requests. */
  keepsState: boolean;
  start(): Promise<RunningLocalServer>;
}

export const MOCK: LocalServer = {
  name: 'the Prism mock',
  // It answers from the spec's examples alone, so one started mock can serve a whole run.
  keepsState: false,
  async start() {
    // The run's mock, where the run's globalSetup started one (tests/contract/setup/global-setup.ts); it stops it too.
    const shared = inject('sharedMockUrl');
    if (shared) {
      await untilMockAnswers(shared);
      return { baseUrl: shared, apiKey: 'test-key', stop: async () => {} };
    }
    const mock = await startMock();
    // Prism serves the spec's paths at its root, without the servers' `/api`; any bearer token passes.
    return { baseUrl: mock.url, apiKey: 'test-key', stop: () => mock.stop() };
  },
};

export const SANDBOX: LocalServer = {
  name: 'the sandbox',
  keepsState: true,
  async start() {
    // In-process and fresh each time: a user created by one sample does not collide with the next.
    const served = await serveHippSandbox();
    return { baseUrl: served.url, apiKey: SANDBOX_ADMIN_KEY, stop: () => served.close() };
  },
};

export const LOCAL_SERVERS: LocalServer[] = [MOCK, SANDBOX];
