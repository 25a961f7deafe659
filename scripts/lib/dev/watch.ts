// Calls `run` once at start and after each save of a file: debounced, never two runs at once, a save during a run runs again after it.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

export interface WatchOptions {
  debounceMs?: number;
  /** The watcher broke (its directory went away, the OS ran out of watches): no save is seen after this. */
  onError?: (error: Error) => void;
}

export function watchFile(path: string, run: () => Promise<void>, options: WatchOptions = {}): FSWatcher {
  const { debounceMs = 150, onError = (error: Error) => console.error(`no longer watching ${path}: ${error.message}`) } = options;
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
  // Some platforms give no file name: then any event in the directory may be a save of ours.
  const watcher = watch(dirname(path), (_event, name) => {
    if (name === null || name === basename(path)) schedule();
  });
  // Unhandled, an 'error' event would crash the process.
  watcher.on('error', onError);
  watcher.on('close', () => clearTimeout(timer));
  schedule();
  return watcher;
}
