// npm run mock: the Prism mock of openapi.yaml at http://127.0.0.1:4010 (MOCK_PORT overrides).
import { startMock } from './lib/tools/prism.js';
import { stopAllChildren } from './lib/processes/children.js';
import { portsOrExit } from './lib/processes/ports.js';
import { onShutdown, shuttingDown } from './lib/processes/shutdown.js';

const { MOCK_PORT } = await portsOrExit('npm run mock', { MOCK_PORT: 4010 });
onShutdown(stopAllChildren);
const mock = await startMock({ port: MOCK_PORT });
console.log(`mock served at ${mock.url} (Ctrl-C stops)`);
mock.child.process.once('exit', (code) => {
  if (shuttingDown()) return;
  console.error(`the mock exited unexpectedly (${String(code)})\n${mock.child.output()}`);
  process.exit(1);
});
