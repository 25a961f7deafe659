// Loopback ports: a free one for a server we start, and waiting until that server answers on it.
import { createServer } from 'node:net';
import type { Child } from './children.js';

/** Asks the OS for a free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Polls `url` until it answers with any HTTP status, the child exits, or the deadline passes.
 * With `readyText`, the child must also have printed it: a port answering is not proof that
 * our child, rather than some other process, holds it.
 */
export async function waitUntilAnswering(url: string, child: Child, timeoutMs = 30_000, readyText?: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`process ${child.pid} exited (${child.process.exitCode ?? child.process.signalCode}) before answering:\n${child.output()}`);
    }
    if (readyText && !child.output().includes(readyText)) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${child.output()}`);
}
