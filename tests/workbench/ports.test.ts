// A port that is already taken, or that is no port, stops npm start, npm run mock, npm run docs:serve and
// npm run dev with one line naming the variable that moves it; nothing is started, nothing is left running.
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

    expect(result.output.trim().split('\n'), result.output).toEqual([
      `${command}: port ${taken} is already in use; set ${variable} to a free port (${variable}=${taken + 1} ${command})`,
    ]);
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
    await expect(refused).rejects.toHaveProperty(
      'message',
      `npm start: port ${taken} is already in use; set ${variable} to a free port (${variable}=${taken + 1} npm start)`,
    );
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
