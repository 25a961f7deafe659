// Calls `run` once at start and after each save of a file: debounced, never two runs at once, a save during a run runs again after it.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export function watchFile(path: string, run: () => Promise<void>, debounceMs = 150): FSWatcher {
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  const fire = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await run();
    } catch (error) {
      console.error(error); // One failed run must not end the watching.
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void fire(), debounceMs);
  };
  // Watching the directory, not the file, also sees editors that save by renaming a new file over the old one.
  const watcher = watch(dirname(path), (_event, name) => {
    if (name === basename(path)) schedule();
  });
  watcher.on('close', () => clearTimeout(timer));
  schedule();
  return watcher;
}
