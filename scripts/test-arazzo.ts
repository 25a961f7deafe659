// npm run test:arazzo: runs the Arazzo flows with `redocly respect`, against the Prism mock by default,
// against the sandbox with `--sandbox` (served on a free loopback port), or against HIPP_CONTRACT_TARGET
// with HIPP_API_KEY. Every flow runs against a server that keeps state, the 404 one included.
import { serveHippSandbox, SANDBOX_ADMIN_KEY } from '../src/sandbox/index.js';
import { targetFromEnv } from '../src/contract/target.js';
import { startMock } from './lib/tools/prism.js';
import { stopAllChildren } from './lib/processes/children.js';
import { MOCK_WORKFLOWS, respect } from './lib/tools/respect.js';
import { onShutdown } from './lib/processes/shutdown.js';

onShutdown(stopAllChildren);

const target = targetFromEnv(process.env);
if (process.argv.includes('--sandbox')) {
  const sandbox = await serveHippSandbox();
  try {
    console.log(`test:arazzo: against the sandbox at ${sandbox.url}`);
    process.exitCode = (await respect(sandbox.url, SANDBOX_ADMIN_KEY, { echo: true })).code;
  } finally {
    await sandbox.close();
  }
} else if (target) {
  process.exitCode = (await respect(target.baseUrl, target.apiKey, { echo: true })).code;
} else {
  const mock = await startMock();
  try {
    process.exitCode = (await respect(mock.url, 'arazzo-mock-key', { workflows: MOCK_WORKFLOWS, echo: true })).code;
  } finally {
    await mock.stop();
  }
}
