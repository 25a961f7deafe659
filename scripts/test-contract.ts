// npm run test:contract: with HIPP_CONTRACT_TARGET, the contract checks alone against that server, through the
// engine the CLI runs (src/contract), optionally behind Prism's validating proxy (HIPP_CONTRACT_PROXY=1);
// without it, `vitest run tests/contract`: the suite against a Prism mock, and the suite's own tests.
import { resolve } from 'node:path';
import { runAndReport } from '../src/cli/contract.js';
import { DEFAULT_REPORT_DIR, optionsFromEnv, resolveConfig } from '../src/contract/options.js';
import { targetFromEnv } from '../src/contract/target.js';
import { bin, ROOT } from './lib/paths.js';
import { startChild, stopAllChildren } from './lib/processes/children.js';
import { onShutdown } from './lib/processes/shutdown.js';
import { startProxy } from './lib/tools/prism.js';

onShutdown(stopAllChildren);

const target = targetFromEnv(process.env);
if (!target) {
  const vitest = startChild(bin('vitest'), ['run', 'tests/contract', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
  process.exitCode = (await new Promise<number | null>((done) => vitest.process.once('exit', done))) ?? 1;
} else {
  const { reportDir, ...fromEnv } = optionsFromEnv(process.env);
  const proxy = process.env.HIPP_CONTRACT_PROXY === '1' ? await startProxy(target.baseUrl) : undefined;
  try {
    const config = resolveConfig({
      ...fromEnv,
      ...target,
      ...(proxy ? { baseUrl: proxy.url, replayUrl: target.baseUrl, via: 'proxy' as const } : {}),
    });
    process.exitCode = await runAndReport(config, resolve(reportDir ?? DEFAULT_REPORT_DIR), { out: console.log, err: console.error });
  } finally {
    await proxy?.stop();
  }
}
