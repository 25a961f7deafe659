// npm run test:arazzo: runs the Arazzo flows with `redocly respect`, against the Prism mock by default,
// or against HIPP_CONTRACT_TARGET with HIPP_API_KEY (where the 404 flow runs too).
import { startMock } from './lib/prism.js';
import { stopAllChildren } from './lib/processes.js';
import { MOCK_WORKFLOWS, respect } from './lib/respect.js';
import { onShutdown } from './lib/shutdown.js';

onShutdown(stopAllChildren);

const target = process.env.HIPP_CONTRACT_TARGET?.trim();
if (target) {
  const apiKey = process.env.HIPP_API_KEY?.trim();
  if (!apiKey) throw new Error('HIPP_CONTRACT_TARGET is set but HIPP_API_KEY is not.');
  process.exitCode = (await respect(target.replace(/\/+$/, ''), apiKey, { echo: true })).code;
} else {
  const mock = await startMock();
  try {
    process.exitCode = (await respect(mock.url, 'arazzo-mock-key', { workflows: MOCK_WORKFLOWS, echo: true })).code;
  } finally {
    await mock.stop();
  }
}
