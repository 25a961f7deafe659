// The Prism mock of openapi.yaml, started from node_modules/.bin on a loopback port.
import { bin, ROOT } from './bin.js';
import { freePort, startChild, waitUntilAnswering, type Child } from './processes.js';
import { SPEC_PATH } from './spec.js';

export interface RunningMock {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

export async function startMock(options: { port?: number; specPath?: string; host?: string } = {}): Promise<RunningMock> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  // Multiprocess mode crashes on this stack; one process also means one pid to stop.
  const child = startChild(
    bin('prism'),
    ['mock', options.specPath ?? SPEC_PATH, '--host', host, '--port', String(port), '--multiprocess', 'false'],
    { cwd: ROOT },
  );
  const url = `http://${host}:${port}`;
  try {
    await waitUntilAnswering(`${url}/v1/users/ready-check`, child, 30_000, `Prism is listening on ${url}`);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url, child, stop: () => child.stop() };
}
