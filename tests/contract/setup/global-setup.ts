// Starts the real Prism mock for the contract suite (unless a target server is named) and stops it afterwards.
import type { TestProject } from 'vitest/node';
import { startMock } from '../../../scripts/lib/prism.js';
import { killAllChildrenNow } from '../../../scripts/lib/processes.js';
import { MOCK_API_KEY, targetFromEnv } from './target.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const target = targetFromEnv(process.env);
  if (target) {
    console.log(`contract suite: target mode against ${target.baseUrl}`);
    project.provide('contractTarget', { mode: 'target', ...target });
    return async () => {};
  }
  const mock = await startMock();
  // Teardown stops it; this covers a run that dies or is interrupted before teardown.
  process.once('exit', killAllChildrenNow);
  console.log(`contract suite: mock mode, Prism pid ${mock.child.pid} at ${mock.url}`);
  project.provide('contractTarget', { mode: 'mock', baseUrl: mock.url, apiKey: MOCK_API_KEY });
  return () => mock.stop();
}
