// Runs one cleanup on Ctrl-C, SIGTERM or exit, so no child outlives the script.
import { killAllChildrenNow } from './children.js';

let stopping = false;

/** True once a shutdown began: children exiting then are expected, not a crash. */
export function shuttingDown(): boolean {
  return stopping;
}

export function onShutdown(cleanup: () => Promise<void>): void {
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    cleanup()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(code));
  };
  process.once('SIGINT', () => stop(130));
  process.once('SIGTERM', () => stop(143));
  process.once('exit', killAllChildrenNow);
  // `npm start` runs us under `sh -c`, and sh dies on SIGTERM without passing it on.
  // Being re-parented means whoever started us is gone: stop too.
  const parent = process.ppid;
  setInterval(() => process.ppid !== parent && stop(143), 250).unref();
}
