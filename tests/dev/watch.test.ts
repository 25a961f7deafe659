// watchFile: one run at start, one per burst of saves, never two at once, and a save during a run is not lost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { watchFile } from '../../scripts/lib/dev/watch.js';
import { waitFor } from '../support/processes.js';

const DEBOUNCE_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough past the debounce that a save's run, had one been scheduled, would have started. */
const pastDebounce = () => sleep(2 * DEBOUNCE_MS);

/** A watched file in a directory of its own; each run takes `runMs`. Closed when the test finishes. */
function setup(runMs: number, onTestFinished: TestContext['onTestFinished']) {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-watch-'));
  const file = join(dir, 'openapi.yaml');
  writeFileSync(file, 'a');
  const runs: Array<{ start: number; end: number }> = [];
  let started = 0;
  const watcher = watchFile(
    file,
    async () => {
      started++;
      const start = Date.now();
      await sleep(runMs);
      runs.push({ start, end: Date.now() });
    },
    { debounceMs: DEBOUNCE_MS },
  );
  onTestFinished(() => {
    watcher.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { file, runs, started: () => started, other: join(dir, 'other.yaml') };
}

// Each test watches a directory of its own, so they run side by side.
describe.concurrent('watchFile', () => {
  it('runs once at start and once for a burst of saves', async ({ onTestFinished }) => {
    const { file, runs } = setup(10, onTestFinished);
    await waitFor(() => runs.length >= 1, 'the first run', 5000);
    await pastDebounce();
    expect(runs).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      writeFileSync(file, `save ${i}`);
      await sleep(20);
    }
    await waitFor(() => runs.length >= 2, 'a run for the burst', 5000);
    await pastDebounce();
    expect(runs).toHaveLength(2);
  });

  it('ignores saves of other files in the directory', async ({ onTestFinished }) => {
    const { file, runs, other } = setup(10, onTestFinished);
    writeFileSync(file, 'saved');
    await waitFor(() => runs.length >= 1, 'the first run', 5000);
    await pastDebounce(); // the save above is handled, and nothing is pending
    const settled = runs.length;

    writeFileSync(other, 'not watched');
    await pastDebounce();
    expect(runs).toHaveLength(settled);

    // The watcher still works, so the silence above was the filter's doing.
    writeFileSync(file, 'saved again');
    await waitFor(() => runs.length > settled, 'a run for the watched file', 5000);
  });

  it('never overlaps runs, and runs again for a save made during a run', async ({ onTestFinished }) => {
    const { file, runs, started } = setup(600, onTestFinished);
    await waitFor(() => started() === 1, 'the first run to start', 5000);
    expect(runs).toHaveLength(0);
    writeFileSync(file, 'saved during the run');
    await waitFor(() => runs.length >= 2, 'the run for the save made during the first', 5000);
    expect(runs[1]!.start).toBeGreaterThanOrEqual(runs[0]!.end);
    await pastDebounce();
    expect(runs).toHaveLength(2);
  });
});
