// Loopback ports: the ones a user picks (MOCK_PORT, DOCS_PORT), a free one for a server we start, and
// waiting until that server answers on it.
import { createServer } from 'node:net';
import type { Child } from './children.js';

/** A port the user asked for that cannot be used; its message is the one line the script prints. */
export class PortError extends Error {
  override name = 'PortError';
}

/** The port `variable` names in `env`, or `fallback` when it is unset; a value that is no port is refused. */
export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const text = env[variable]?.trim();
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) throw new PortError(`${variable}=${text} is not a port: give a whole number from 1 to 65535`);
  return port;
}

/** Whether a server could listen on `host:port` now (it is tried and closed again). */
export function isPortFree(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' || error.code === 'EACCES' ? resolve(false) : reject(error)));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

/** The first port after `port` (wrapping below 1024 back to it) that is free and not in `avoid`. */
async function nextFreePort(port: number, avoid: Set<number>): Promise<number> {
  for (let candidate = port + 1; ; candidate++) {
    if (candidate > 65_535) candidate = 1024;
    if (candidate === port) throw new PortError('no free port left on this machine');
    if (!avoid.has(candidate) && (await isPortFree(candidate))) return candidate;
  }
}

/**
 * The ports `defaults` names by variable, each read from the environment (or its default) and free right
 * now, checked before any server starts. Throws one PortError naming every taken port, with one command
 * line that moves them all and keeps every other port as it was asked for:
 * `npm start: ports 4010 (MOCK_PORT) and 4020 (SANDBOX_PORT) are already in use; move them with: MOCK_PORT=4011 SANDBOX_PORT=4021 DOCS_PORT=8080 npm start`.
 */
export async function requestedPorts<K extends string>(command: string, defaults: Record<K, number>, env = process.env): Promise<Record<K, number>> {
  const variables = Object.keys(defaults) as K[];
  const ports = {} as Record<K, number>;
  for (const variable of variables) ports[variable] = portFromEnv(variable, defaults[variable], env);
  const taken: K[] = [];
  for (const variable of variables) if (!(await isPortFree(ports[variable]))) taken.push(variable);
  if (taken.length === 0) return ports;
  const moved = { ...ports };
  const avoid = new Set(variables.map((variable) => ports[variable]));
  for (const variable of taken) {
    moved[variable] = await nextFreePort(ports[variable], avoid);
    avoid.add(moved[variable]);
  }
  const named = taken.map((variable) => `${ports[variable]} (${variable})`);
  const list = named.length === 1 ? `port ${named[0]!} is` : `ports ${named.slice(0, -1).join(', ')} and ${named.at(-1)!} are`;
  const line = `${variables.map((variable) => `${variable}=${moved[variable]}`).join(' ')} ${command}`;
  throw new PortError(`${command}: ${list} already in use; move ${taken.length === 1 ? 'it' : 'them'} with: ${line}`);
}

/** requestedPorts for a script's start: a port it cannot use ends it with that one line and exit code 1. */
export async function portsOrExit<K extends string>(command: string, defaults: Record<K, number>): Promise<Record<K, number>> {
  try {
    return await requestedPorts(command, defaults);
  } catch (error) {
    if (!(error instanceof PortError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

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

const POLL_MS = 100;

/**
 * Polls `url` until it answers with any HTTP status: true, or false once `timeoutMs` has passed. A request is sent
 * only while `ready()` holds; `ready` may throw to give up at once.
 */
export async function answersWithin(url: string, timeoutMs: number, ready: () => boolean = () => true): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ready()) {
      try {
        // A refused connection fails at once; a server that accepted the request may take until the deadline to
        // answer (a first request on a loaded machine): abandoning it after a second only sends it again, slower.
        await fetch(url, { signal: AbortSignal.timeout(Math.max(1000, deadline - Date.now())) });
        return true;
      } catch {
        // not answering yet
      }
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}

/**
 * Polls `url` until it answers with any HTTP status, the child exits, or the deadline passes.
 * With `readyText`, the child must also have printed it: a port answering is not proof that
 * our child, rather than some other process, holds it.
 */
export async function waitUntilAnswering(url: string, child: Child, timeoutMs = 30_000, readyText?: string): Promise<void> {
  const ready = () => {
    if (child.process.exitCode !== null || child.process.signalCode !== null) {
      throw new Error(`process ${child.pid} exited (${String(child.process.exitCode ?? child.process.signalCode)}) before answering:\n${child.output()}`);
    }
    return !readyText || child.output().includes(readyText);
  };
  if (!(await answersWithin(url, timeoutMs, ready))) throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${child.output()}`);
}
