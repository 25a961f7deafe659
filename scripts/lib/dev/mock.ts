// The mock of `npm run dev`: a front proxy holds MOCK_PORT for the whole session, and each version's Prism runs on
// a port of its own behind it. The next version's Prism starts while the last one still answers, and takes over
// once it answers too: no request is refused between saves, and a version Prism will not start on changes nothing.
import { startFrontProxy, type FrontProxy } from '../http/front-proxy.js';
import { shuttingDown } from '../processes/shutdown.js';
import { startMock, type RunningMock } from '../tools/prism.js';

/** How long a Prism that no longer serves is left to answer the requests it already has. */
const DRAIN_MS = 5000;

export interface Served<V> {
  version: V;
  mock: RunningMock;
}

export interface DevMock<V> {
  url: string;
  /** The version the mock serves now, if any. */
  served(): Served<V> | undefined;
  /** Starts Prism on `specPath` and, once it answers, serves `version` with it; throws (serving as before) if it will not start. */
  serve(version: V, specPath: string): Promise<void>;
  close(): Promise<void>;
}

export async function startDevMock<V>(options: {
  port: number;
  /** What a request gets while no version is served. */
  unavailable: () => string;
  /** The served Prism exited by itself (not stopped by us, nor by a shutdown). */
  onUnexpectedExit: (served: Served<V>, code: number | string) => void;
}): Promise<DevMock<V>> {
  let current: Served<V> | undefined;
  const front: FrontProxy = await startFrontProxy({ port: options.port, upstream: () => current?.mock.url, unavailable: options.unavailable });

  return {
    url: front.url,
    served: () => current,
    async serve(version, specPath) {
      const mock = await startMock({ specPath });
      const previous = current;
      const next: Served<V> = { version, mock };
      current = next;
      mock.child.process.once('exit', (code, signal) => {
        if (current !== next || shuttingDown()) return;
        current = undefined;
        options.onUnexpectedExit(next, code ?? signal ?? 'unknown');
      });
      if (!previous) return;
      // Requests already on their way to the last version get their answers before its Prism stops.
      await front.drained(previous.mock.url, DRAIN_MS);
      await previous.mock.stop();
    },
    async close() {
      await Promise.all([current?.mock.stop(), front.close()]);
    },
  };
}
