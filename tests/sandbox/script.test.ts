// npm run sandbox: a real child process serves the sandbox, prints its address, keys and working curl
// lines, logs one line per request (never a body or a key), and stops cleanly when signalled by pid.
// (A taken SANDBOX_PORT: tests/workbench/ports.test.ts.)
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/processes/ports.js';
import { run } from '../../scripts/lib/processes/run.js';
import { waitFor } from '../support/processes.js';
import { startScript } from '../support/scripts.js';

const hasCurl = (() => {
  try {
    execFileSync('curl', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function startSandboxScript(port: number) {
  return startScript('sandbox.ts', { SANDBOX_PORT: String(port) }, { detached: true });
}

describe.concurrent('npm run sandbox', () => {
  // SIGTERM to the script alone (a supervisor's stop); SIGINT to its process group, as Ctrl-C does.
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('serves on SANDBOX_PORT, prints the keys and curl lines that work, logs requests, and stops on %s', async (signal, exitCode) => {
    const port = await freePort();
    const child = startSandboxScript(port);
    try {
      await waitFor(() => child.output().includes('Ctrl-C stops it.') || child.process.exitCode !== null, 'npm run sandbox to be ready');
      const banner = child.output();
      expect(banner).toContain(`Sandbox:  http://127.0.0.1:${port}/api`);
      expect(banner).toContain('sandbox-admin-key');
      expect(banner).toContain('sandbox-technician-key');
      const curlLines = banner
        .split('\n')
        .filter((line) => /^\s+(id=\$\(curl|curl) /.test(line))
        .map((line) => line.trim());
      expect(curlLines).toHaveLength(2);

      if (hasCurl) {
        const shell = await run('sh', ['-c', curlLines.join('\n')], { timeout: 20_000 });
        expect(shell.code, shell.output).toBe(0);
        expect(JSON.parse(shell.output)).toMatchObject({
          publicId: expect.stringMatching(/^usr_/) as unknown,
          firstName: 'Jane',
          lastName: 'Smith',
          role: 'CLINICIAN',
        });
      } else {
        // Without curl, the same two requests through fetch, so the log lines below are still checked.
        const created = await fetch(`http://127.0.0.1:${port}/api/v1/users`, {
          method: 'POST',
          headers: { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' },
          body: JSON.stringify({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' }),
        });
        const { user } = (await created.json()) as { user: { publicId: string } };
        await fetch(`http://127.0.0.1:${port}/api/v1/users/${user.publicId}`, { headers: { authorization: 'Bearer sandbox-admin-key' } });
      }
      await waitFor(() => /GET +\/api\/v1\/users\/usr_\S+ → 200 \(\d+ ms\)/.test(child.output()), 'the request log lines');
      const log = child.output().slice(banner.length);
      expect(log).toMatch(/sandbox +POST +\/api\/v1\/users → 200 \(\d+ ms\)/);
      expect(log).not.toContain('sandbox-admin-key');
      expect(log).not.toContain('Jane');

      process.kill(signal === 'SIGINT' ? -child.pid : child.pid, signal);
      await waitFor(() => child.process.exitCode !== null || child.process.signalCode !== null, 'npm run sandbox to exit', 10_000);
      expect(child.process.exitCode).toBe(exitCode);
      await expect(fetch(`http://127.0.0.1:${port}/api/v1/users/x`)).rejects.toThrow();
    } finally {
      await child.stop();
    }
  });
});
