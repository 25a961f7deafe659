// One Prism mock of openapi.yaml for the whole run, for every project whose globalSetup asks for it: the mock keeps
// nothing between requests, so the contract suite and the code samples can share it, and a Prism start costs about
// 1.6 s of CPU. Global setups all run in vitest's main process, so the mock is held on globalThis there; the last
// project to let it go stops it.
import type { TestProject } from 'vitest/node';
import { killAllChildrenNow } from '../../scripts/lib/processes/children.js';
import { startMock, type RunningMock } from '../../scripts/lib/tools/prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's shared Prism mock, where the project's globalSetup includes this file. */
    sharedMockUrl?: string;
  }
}

const HELD = Symbol.for('hipp-health.shared-mock');
interface Held {
  mock: Promise<RunningMock>;
  users: number;
}

export interface SharedMock {
  mock: RunningMock;
  /** Lets go of the mock; the last one to do so stops it. */
  release(): Promise<void>;
}

export async function useSharedMock(): Promise<SharedMock> {
  const holder = globalThis as typeof globalThis & { [HELD]?: Held };
  if (!holder[HELD]) {
    holder[HELD] = { mock: startMock(), users: 0 };
    // Teardown stops it; this covers a run that dies or is interrupted before teardown.
    process.once('exit', killAllChildrenNow);
  }
  const held = holder[HELD];
  held.users++;
  let mock: RunningMock;
  try {
    mock = await held.mock;
  } catch (error) {
    if (--held.users === 0) holder[HELD] = undefined;
    throw error;
  }
  return {
    mock,
    async release() {
      if (--held.users > 0) return;
      holder[HELD] = undefined;
      await mock.stop();
    },
  };
}

/** As a project's globalSetup: provides the shared mock's URL as `sharedMockUrl`, and lets it go after the run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { mock, release } = await useSharedMock();
  project.provide('sharedMockUrl', mock.url);
  return release;
}
