// npm start lints, serves the mock, the sandbox and the docs side by side, logs each request the mock
// and the sandbox answer, and leaves nothing behind when stopped.
import { describe, expect, it } from 'vitest';
import { npmStartServers } from '../../scripts/lib/docs/local-servers.js';
import { productionServer } from '../../scripts/lib/generate/code-samples.js';
import { loadSpec } from '../../src/spec/load.js';
import { freePort } from '../../scripts/lib/processes/ports.js';
import { run } from '../../scripts/lib/processes/run.js';
import { childProcesses, waitFor } from '../support/processes.js';
import { startScript } from '../support/scripts.js';
import { specPath } from '../../scripts/lib/paths.js';

/** Pids of the processes `pid` started whose command line mentions `text` (Prism sits behind a logging proxy, on a port of its own). */
async function childrenMentioning(pid: number, text: string): Promise<string[]> {
  return (await childProcesses(pid)).filter((line) => line.includes(text)).map((line) => line.split(/\s+/)[0]!);
}

function alive(pid: string): boolean {
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
}

describe.concurrent('npm start', { timeout: 120_000 }, () => {
  // SIGTERM goes to the script alone (a supervisor's stop); SIGINT to its whole process group, as Ctrl-C does.
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('serves the mock, the sandbox and the docs, logs requests, then stops them all cleanly on %s', async (signal, exitCode) => {
    const mockPort = await freePort();
    const sandboxPort = await freePort();
    const docsPort = await freePort();
    const start = startScript('start.ts', { MOCK_PORT: String(mockPort), SANDBOX_PORT: String(sandboxPort), DOCS_PORT: String(docsPort) }, { detached: true });
    try {
      await waitFor(() => start.output().includes('Ctrl-C stops all three') || start.process.exitCode !== null, 'npm start to be ready');
      const banner = start.output();
      expect(banner).toContain('openapi.yaml passes lint');
      expect(banner).toContain(`http://127.0.0.1:${mockPort}`);
      expect(banner).toContain(`http://127.0.0.1:${sandboxPort}/api`);
      expect(banner).toContain(`http://127.0.0.1:${docsPort}`);
      expect(banner).toMatch(/curl -s -X POST http:\/\/127\.0\.0\.1:\d+\/v1\/users -H 'Authorization: Bearer/);

      const created = await fetch(`http://127.0.0.1:${mockPort}/v1/users`, {
        method: 'POST',
        headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
        body: JSON.stringify({ firstName: 'Jane', lastName: 'Smith' }),
      });
      expect(created.status).toBe(200);
      expect(await created.json()).toHaveProperty('user.publicId');
      // The page lists this run's mock and sandbox after production (tests/docs/docs-page.test.ts shows the same
      // page rendered in Chromium).
      const docs = await fetch(`http://127.0.0.1:${docsPort}/`);
      expect(docs.status).toBe(200);
      const page = await docs.text();
      expect(page).toContain('Hipp Health Users API');
      const servers = npmStartServers(`http://127.0.0.1:${mockPort}`, `http://127.0.0.1:${sandboxPort}/api`);
      const production = page.indexOf(`"url":"${productionServer(loadSpec(specPath()))}"`);
      expect(production).toBeGreaterThan(-1);
      for (const server of servers) expect(page.indexOf(`"url":"${server.url}"`)).toBeGreaterThan(production);

      // The sandbox curl lines create a user there and read it back.
      const curlLines = banner
        .split('\n')
        .filter((line) => /^\s+(id=\$\(curl|curl) .*\/api\/v1\/users/.test(line))
        .map((line) => line.trim());
      expect(curlLines).toHaveLength(2);
      const shell = await run('sh', ['-c', curlLines.join('\n')], { timeout: 20_000 });
      expect(shell.code, shell.output).toBe(0);
      expect(JSON.parse(shell.output)).toMatchObject({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' });

      // One line per request, from each server: method, path, status, ms; never a body or a key.
      await waitFor(() => /sandbox +GET +\/api\/v1\/users\/usr_\S+ → 200 \(\d+ ms\)/.test(start.output()), 'the sandbox log lines');
      const log = start.output().slice(banner.length);
      expect(log).toMatch(/mock +POST +\/v1\/users → 200 \(\d+ ms\)/);
      expect(log).toMatch(/sandbox +POST +\/api\/v1\/users → 200 \(\d+ ms\)/);
      expect(log).not.toContain('Jane');
      expect(log).not.toContain('test-key');
      expect(log).not.toContain('sandbox-admin-key');

      const prism = await childrenMentioning(start.pid, 'prism');
      expect(prism).toHaveLength(1);

      process.kill(signal === 'SIGINT' ? -start.pid : start.pid, signal);
      await waitFor(() => start.process.exitCode !== null || start.process.signalCode !== null, 'npm start to exit', 10_000);

      expect(start.process.exitCode).toBe(exitCode);
      expect(start.output()).not.toContain('exited unexpectedly');
      await waitFor(() => !alive(prism[0]!), 'Prism to be gone', 5_000);
      await expect(fetch(`http://127.0.0.1:${mockPort}/`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${sandboxPort}/api/v1/users/x`)).rejects.toThrow();
      await expect(fetch(`http://127.0.0.1:${docsPort}/`)).rejects.toThrow();
    } finally {
      await start.stop();
    }
  });
});
