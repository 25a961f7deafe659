// The servers one test run shares, started as the run begins and stopped after it. By default the real Prism
// mock, which the contract suite checks and the code samples run against (a Prism start costs about 1.6 s of
// CPU, so the run starts one). With HIPP_CONTRACT_TARGET, the contract suite speaks to that server instead,
// optionally through Prism's validating proxy, and no mock is started.
import type { TestProject } from 'vitest/node';
import { startMock, startProxy } from '../../../scripts/lib/tools/prism.js';
import { killAllChildrenNow } from '../../../scripts/lib/processes/children.js';
import { targetFromEnv } from '../../../src/contract/target.js';
import { freePort } from '../../../scripts/lib/processes/ports.js';
import { MOCK_API_KEY } from './target.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = targetFromEnv(process.env);
  if (target && process.env.HIPP_CONTRACT_PROXY === '1') {
    const proxy = await startProxy(target.baseUrl);
    process.once('exit', killAllChildrenNow);
    console.log(`contract suite: target mode against ${target.baseUrl}, through Prism's validating proxy (pid ${proxy.child.pid}) at ${proxy.url}`);
    project.provide('contractTarget', { mode: 'target', ...target, baseUrl: proxy.url, proxied: true, serverUrl: target.baseUrl });
    return () => proxy.stop();
  }
  if (target) {
    console.log(`contract suite: target mode against ${target.baseUrl}`);
    project.provide('contractTarget', { mode: 'target', ...target });
    return async () => {};
  }
  // Started, not awaited: the run's first files need no mock and start at once, and the tests that use it wait
  // until it answers (tests/support/run-mock.ts).
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const starting = startMock({ port });
  starting.then(
    (mock) => console.log(`test run: the Prism mock (pid ${mock.child.pid}) at ${url}, for the contract suite (mock mode) and the code samples`),
    (error: unknown) => console.error(`test run: the Prism mock did not start:\n${error instanceof Error ? error.message : String(error)}`),
  );
  // Teardown stops it; this covers a run that dies or is interrupted before teardown.
  process.once('exit', killAllChildrenNow);
  project.provide('contractTarget', { mode: 'mock', baseUrl: url, apiKey: MOCK_API_KEY });
  project.provide('sharedMockUrl', url);
  return async () => {
    await (await starting.catch(() => undefined))?.stop();
  };
}
