// Prism on openapi.yaml, started from node_modules/.bin on a loopback port: the mock, or the
// validating proxy in front of a real server.
import { bin, ROOT, specPath } from '../paths.js';
import { startChild, type Child } from '../processes/children.js';
import { freePort, waitUntilAnswering } from '../processes/ports.js';

export interface RunningPrism {
  url: string;
  child: Child;
  stop(): Promise<void>;
}

export type RunningMock = RunningPrism;

interface PrismOptions {
  port?: number;
  specPath?: string;
  host?: string;
}

async function startPrism(command: string[], options: PrismOptions): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort());
  // Multiprocess mode crashes on this stack; one process also means one pid to stop.
  const [verb, ...rest] = command;
  const child = startChild(bin('prism'), [verb!, options.specPath ?? specPath(), ...rest, '--host', host, '--port', String(port), '--multiprocess', 'false'], {
    cwd: ROOT,
  });
  const url = `http://${host}:${port}`;
  try {
    await waitUntilAnswering(`${url}/v1/users/ready-check`, child, 30_000, `Prism is listening on ${url}`);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return { url, child, stop: () => child.stop() };
}

export function startMock(options: PrismOptions = {}): Promise<RunningPrism> {
  return startPrism(['mock'], options);
}

/**
 * The validating proxy: every request goes on to `upstream` as it is (no `--errors`, so even
 * requests that break the spec reach the server) and every answer comes back with an
 * `sl-violations` header naming where it breaks the spec.
 */
export function startProxy(upstream: string, options: PrismOptions = {}): Promise<RunningPrism> {
  return startPrism(['proxy', upstream], options);
}
