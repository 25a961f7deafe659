// The run's Prism mock is started by the global setup (tests/contract/setup/global-setup.ts) without waiting for
// it: the first files of a run (a dev session, a browser) need no mock and start at once. A test that sends it a
// request waits here until it answers.
import { answersWithin } from '../../scripts/lib/processes/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's Prism mock, for the tests that send documented requests to one (unset in target mode). */
    sharedMockUrl?: string;
  }
}

/** Resolves once the mock at `url` answers any request; throws after `timeoutMs`, pointing at why. */
export async function untilMockAnswers(url: string, timeoutMs = 60_000): Promise<void> {
  if (await answersWithin(url, timeoutMs)) return;
  throw new Error(
    `the run's Prism mock at ${url} did not answer within ${timeoutMs / 1000} s; the run's log says why ("test run: the Prism mock did not start")`,
  );
}
