// npm start lints, serves the mock and the docs side by side, and leaves nothing behind when stopped.
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { startChild } from '../../scripts/lib/processes/children.js';
import { freePort } from '../../scripts/lib/processes/ports.js';
import { processesOnPort, waitFor } from '../support/processes.js';

describe.concurrent('npm start', () => {
  // SIGTERM goes to the script alone (a supervisor's stop); SIGINT to its whole process group, as Ctrl-C does.
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('serves the mock and the docs, then stops both cleanly on %s', async (signal, exitCode) => {
    const mockPort = await freePort();
    const docsPort = await freePort();
    const start = startChild(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      env: { ...process.env, MOCK_PORT: String(mockPort), DOCS_PORT: String(docsPort) },
      detached: true,
    });
    try {
      await waitFor(() => start.output().includes('Ctrl-C stops both') || start.process.exitCode !== null, 'npm start to be ready');
      const output = start.output();
      expect(output).toContain('openapi.yaml passes lint');
      expect(output).toContain(`http://127.0.0.1:${mockPort}`);
      expect(output).toContain(`http://127.0.0.1:${docsPort}`);
      expect(output).toMatch(/curl -s -X POST http:\/\/127\.0\.0\.1:\d+\/v1\/users -H 'Authorization: Bearer/);

      const created = await fetch(`http://127.0.0.1:${mockPort}/v1/users`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
        body: JSON.stringify({ firstName: 'Jane', lastName: 'Smith' }),
      });
      expect(created.status).toBe(200);
      expect(await created.json()).toHaveProperty('user.publicId');
      const docs = await fetch(`http://127.0.0.1:${docsPort}/`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('Hipp Health Users API');
      expect(await processesOnPort(mockPort)).toHaveLength(1);

      process.kill(signal === 'SIGINT' ? -start.pid : start.pid, signal);
      await waitFor(() => start.process.exitCode !== null || start.process.signalCode !== null, 'npm start to exit', 10_000);

      expect(start.process.exitCode).toBe(exitCode);
      expect(start.output()).not.toContain('exited unexpectedly');
      expect(await processesOnPort(mockPort)).toEqual([]);
      await expect(fetch(`http://127.0.0.1:${mockPort}/`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${docsPort}/`)).rejects.toThrow();
    } finally {
      await start.stop();
    }
  });
});
