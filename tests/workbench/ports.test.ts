// A port that is already taken, or that is no port, stops npm start, npm run mock, npm run docs:serve and
// npm run dev with one line naming every taken port and one command line that moves them all; nothing is
// started, nothing is left running.
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { freePort, isPortFree, PortError, requestedPorts } from '../../scripts/lib/processes/ports.js';
import { processesOnPort } from '../support/processes.js';
import { runScript } from '../support/scripts.js';

/** A port held by a plain TCP server of this test, as another program would hold it. */
let taken: number;
let holder: Server;
beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  taken = (holder.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

// One case per command runs its script: the check comes before anything starts, and ends it with one line and exit 1.
const cases: Array<{ command: string; file: string; variable: string; others?: string[] }> = [
  { command: 'npm start', file: 'start.ts', variable: 'MOCK_PORT', others: ['SANDBOX_PORT', 'DOCS_PORT'] },
  { command: 'npm run mock', file: 'mock.ts', variable: 'MOCK_PORT' },
  { command: 'npm run sandbox', file: 'sandbox.ts', variable: 'SANDBOX_PORT' },
  { command: 'npm run docs:serve', file: 'docs-serve.ts', variable: 'DOCS_PORT' },
  { command: 'npm run dev', file: 'dev.ts', variable: 'MOCK_PORT' },
];

describe.concurrent('a port that cannot be used', { timeout: 120_000 }, () => {
  it.each(cases)('$command with $variable taken: one line naming $variable, exit 1, nothing left running', async ({ command, file, variable, others = [] }) => {
    const free = await freePort();
    // The other ports are free ones of the test's (they are never bound: the script stops first), not the defaults another run may hold.
    const result = await runScript(file, ROOT, [], { [variable]: String(taken), ...Object.fromEntries(others.map((other) => [other, String(free)])) });

    const lines = result.output.trim().split('\n');
    expect(lines, result.output).toHaveLength(1);
    const suggested = new RegExp(`^${command}: port ${taken} \\(${variable}\\) is already in use; move it with: (.*) ${command}$`).exec(lines[0]!);
    expect(suggested, lines[0]).not.toBeNull();
    // The command line moves the taken port to a free one and keeps the others as they were set.
    const assignments = Object.fromEntries(suggested![1]!.split(' ').map((pair) => pair.split('=') as [string, string]));
    expect(Object.keys(assignments).sort()).toEqual([variable, ...others].sort());
    for (const other of others) expect(assignments[other]).toBe(String(free));
    expect(await isPortFree(Number(assignments[variable]))).toBe(true);
    expect(result.code).toBe(1);
    // The other server never started: its port is free, and no Prism holds either.
    expect(await isPortFree(free)).toBe(true);
    expect(await processesOnPort(free)).toEqual([]);
    expect(await processesOnPort(taken)).toEqual([]);
  });

  // npm start's other ports go through the same check as its MOCK_PORT above, so in-process: of three ports, the
  // one that is taken is the one named, also when the ports before it are free.
  it.each(['SANDBOX_PORT', 'DOCS_PORT'])('npm start with %s taken: the check names %s', async (variable) => {
    const free = String(await freePort());
    const env = { MOCK_PORT: free, SANDBOX_PORT: free, DOCS_PORT: free, [variable]: String(taken) };
    const refused = requestedPorts('npm start', { MOCK_PORT: 4010, SANDBOX_PORT: 4020, DOCS_PORT: 8080 }, env);
    await expect(refused).rejects.toBeInstanceOf(PortError);
    await expect(refused).rejects.toThrow(new RegExp(`^npm start: port ${taken} \\(${variable}\\) is already in use; move it with: `));
  });

  it('npm start with two ports taken: one message names both, and its one command line moves both and keeps the third', async () => {
    const second = createServer();
    await new Promise<void>((resolve) => second.listen(0, '127.0.0.1', resolve));
    try {
      const secondPort = (second.address() as { port: number }).port;
      const free = String(await freePort());
      const env = { MOCK_PORT: String(taken), SANDBOX_PORT: String(secondPort), DOCS_PORT: free };
      const message = await requestedPorts('npm start', { MOCK_PORT: 4010, SANDBOX_PORT: 4020, DOCS_PORT: 8080 }, env).then(
        () => 'not refused',
        (error: unknown) => (error as Error).message,
      );
      const match = new RegExp(
        `^npm start: ports ${taken} \\(MOCK_PORT\\) and ${secondPort} \\(SANDBOX_PORT\\) are already in use; move them with: (.*) npm start$`,
      ).exec(message);
      expect(match, message).not.toBeNull();
      const assignments = Object.fromEntries(match![1]!.split(' ').map((pair) => pair.split('=') as [string, string]));
      expect(assignments.DOCS_PORT).toBe(free);
      for (const moved of [assignments.MOCK_PORT, assignments.SANDBOX_PORT]) expect(await isPortFree(Number(moved))).toBe(true);
      expect(assignments.MOCK_PORT).not.toBe(assignments.SANDBOX_PORT);
      // Following it works: every port it names is free now.
      await expect(requestedPorts('npm start', { MOCK_PORT: 4010, SANDBOX_PORT: 4020, DOCS_PORT: 8080 }, assignments)).resolves.toBeDefined();
    } finally {
      await new Promise<void>((resolve) => second.close(() => resolve()));
    }
  });

  // The same path as a taken port (one line, exit 1, checked above through each script), so in-process.
  it.each([
    ['MOCK_PORT', 'abc'],
    ['DOCS_PORT', '70000'],
    ['MOCK_PORT', '80.5'],
  ])('%s=%s: refused in one line saying it is no port', async (variable, value) => {
    const refused = requestedPorts('npm start', { [variable]: 4010 }, { [variable]: value });
    await expect(refused).rejects.toBeInstanceOf(PortError);
    await expect(refused).rejects.toThrow(new RegExp(`^${variable}=${value.replace('.', '\\.')} is not a port: give a whole number from 1 to 65535$`));
  });
});
