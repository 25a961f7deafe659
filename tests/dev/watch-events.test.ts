// watchFile on what some platforms and failures send: events without a file name, and the watcher's 'error'.
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The fake watchers handed out by the mocked fs.watch, newest last. */
const watchers: Array<EventEmitter & { close(): void }> = [];
vi.mock('node:fs', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:fs')>()),
  watch: (_dir: string, listener: (event: string, name: string | null) => void) => {
    const watcher = Object.assign(new EventEmitter(), { close: () => watcher.emit('close') });
    watcher.on('change', listener);
    watchers.push(watcher);
    return watcher;
  },
}));
const { watchFile } = await import('../../scripts/lib/dev/watch.js');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
afterEach(() => watchers.splice(0).forEach((watcher) => watcher.close()));

async function started(onError?: (error: Error) => void) {
  let runs = 0;
  watchFile(
    '/project/openapi.yaml',
    () => {
      runs++;
      return Promise.resolve();
    },
    { debounceMs: 20, ...(onError ? { onError } : {}) },
  );
  await sleep(60);
  expect(runs).toBe(1);
  return { watcher: watchers.at(-1)!, runs: () => runs };
}

describe('watchFile, on events from the platform', () => {
  it('takes an event without a file name as a possible save', async () => {
    const { watcher, runs } = await started();
    watcher.emit('change', 'rename', null);
    await sleep(60);
    expect(runs()).toBe(2);
  });

  it('runs for its own file name only', async () => {
    const { watcher, runs } = await started();
    watcher.emit('change', 'change', 'other.yaml');
    await sleep(60);
    expect(runs()).toBe(1);
    watcher.emit('change', 'change', 'openapi.yaml');
    await sleep(60);
    expect(runs()).toBe(2);
  });

  it("hands the watcher's 'error' to onError instead of crashing", async () => {
    const errors: Error[] = [];
    const { watcher } = await started((error) => errors.push(error));
    // Without a listener, emitting 'error' throws.
    expect(() => watcher.emit('error', new Error('ENOSPC: System limit for number of file watchers reached'))).not.toThrow();
    expect(errors.map((error) => error.message)).toEqual(['ENOSPC: System limit for number of file watchers reached']);
  });

  it('says by default that it stopped watching', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { watcher } = await started();
    watcher.emit('error', new Error('EPERM'));
    expect(log).toHaveBeenCalledWith('no longer watching /project/openapi.yaml: EPERM');
    log.mockRestore();
  });
});
