// npm run mock: the Prism mock of openapi.yaml at http://127.0.0.1:4010 (PORT overrides).
import { startMock } from './lib/tools/prism.js';
import { stopAllChildren } from './lib/processes/children.js';
import { onShutdown, shuttingDown } from './lib/processes/shutdown.js';

onShutdown(stopAllChildren);
const mock = await startMock({ port: Number(process.env.PORT ?? 4010) });
console.log(`mock served at ${mock.url} (Ctrl-C stops)`);
mock.child.process.once('exit', (code) => {
  if (shuttingDown()) return;
  console.error(`the mock exited unexpectedly (${code})\n${mock.child.output()}`);
  process.exit(1);
});
