// npm run test:arazzo: runs the Arazzo flows with `redocly respect`, against the Prism mock by default,
// or against HIPP_CONTRACT_TARGET with HIPP_API_KEY (where the 404 flow runs too).
import { targetFromEnv } from './lib/contract/target.js';
import { startMock } from './lib/tools/prism.js';
import { stopAllChildren } from './lib/processes/children.js';
import { MOCK_WORKFLOWS, respect } from './lib/tools/respect.js';
import { onShutdown } from './lib/processes/shutdown.js';

onShutdown(stopAllChildren);

const target = targetFromEnv(process.env);
if (target) {
  process.exitCode = (await respect(target.baseUrl, target.apiKey, { echo: true })).code;
} else {
  const mock = await startMock();
  try {
    process.exitCode = (await respect(mock.url, 'arazzo-mock-key', { workflows: MOCK_WORKFLOWS, echo: true })).code;
  } finally {
    await mock.stop();
  }
}
