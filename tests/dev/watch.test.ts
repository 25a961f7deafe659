// watchFile: one run at start, one per burst of saves, never two at once, and a save during a run is not lost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { watchFile } from '../../scripts/lib/dev/watch.js';
import { waitFor } from '../support/processes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function setup(runMs: number) {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-watch-'));
  const file = join(dir, 'openapi.yaml');
  writeFileSync(file, 'a');
  const runs: Array<{ start: number; end: number }> = [];
  const watcher = watchFile(
    file,
    async () => {
      const start = Date.now();
      await sleep(runMs);
      runs.push({ start, end: Date.now() });
    },
    { debounceMs: 250 },
  );
  cleanups.push(() => {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { file, runs, other: join(dir, 'other.yaml') };
}

describe('watchFile', () => {
  it('runs once at start and once for a burst of saves', async () => {
    const { file, runs } = setup(10);
    await sleep(500);
    expect(runs).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      writeFileSync(file, `save ${i}`);
      await sleep(20);
    }
    await sleep(800);
    expect(runs).toHaveLength(2);
  });

  it('ignores saves of other files in the directory', async () => {
    const { file, runs, other } = setup(10);
    writeFileSync(file, 'saved');
    await waitFor(() => runs.length >= 1, 'the first run', 5000);
    await sleep(600); // past the debounce: the save above is handled, and nothing is pending
    const settled = runs.length;

    writeFileSync(other, 'not watched');
    await sleep(800);
    expect(runs).toHaveLength(settled);

    // The watcher still works, so the silence above was the filter's doing.
    writeFileSync(file, 'saved again');
    await waitFor(() => runs.length > settled, 'a run for the watched file', 5000);
  });

  it('never overlaps runs, and runs again for a save made during a run', async () => {
    const { file, runs } = setup(600);
    await sleep(450); // the first run (250 ms debounce, then 600 ms) is under way
    expect(runs).toHaveLength(0);
    writeFileSync(file, 'saved during the run');
    await sleep(1600);
    expect(runs).toHaveLength(2);
    expect(runs[1]!.start).toBeGreaterThanOrEqual(runs[0]!.end);
  });
});
