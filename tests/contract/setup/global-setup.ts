// Points the contract suite at the run's real Prism mock (unless a target server is named, optionally behind
// Prism's validating proxy) and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { startProxy } from '../../../scripts/lib/tools/prism.js';
import { killAllChildrenNow } from '../../../scripts/lib/processes/children.js';
import { targetFromEnv } from '../../../scripts/lib/contract/target.js';
import { useSharedMock } from '../../support/shared-mock.js';
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
  // The run's one Prism mock, shared with the other projects that use it.
  const { mock, release } = await useSharedMock();
  console.log(`contract suite: mock mode, Prism pid ${mock.child.pid} at ${mock.url}`);
  project.provide('contractTarget', { mode: 'mock', baseUrl: mock.url, apiKey: MOCK_API_KEY });
  return release;
}
