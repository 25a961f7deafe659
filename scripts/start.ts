// npm start: lint the spec, then serve the Prism mock and the docs side by side until Ctrl-C.
import { buildDocsPage, docsDir } from './lib/docs/build.js';
import { startMock } from './lib/tools/prism.js';
import { stopAllChildren } from './lib/processes/children.js';
import { lintSpec } from './lib/tools/redocly.js';
import { specPath } from './lib/paths.js';
import { portsOrExit } from './lib/processes/ports.js';
import { onShutdown, shuttingDown } from './lib/processes/shutdown.js';
import { createStaticServer, listen } from './lib/http/static-server.js';

// Both checked before anything starts: a taken port is one line naming the variable that moves it.
const { MOCK_PORT: mockPort, DOCS_PORT: docsPort } = await portsOrExit('npm start', { MOCK_PORT: 4010, DOCS_PORT: 8080 });
const docsServer = createStaticServer(docsDir());

// Registered first, so a Ctrl-C while lint, the docs build or Prism are still starting cleans up too.
onShutdown(async () => {
  await stopAllChildren();
  if (docsServer.listening) await new Promise<void>((resolve) => docsServer.close(() => resolve()));
});

const lint = await lintSpec(specPath());
if (lint.code !== 0) {
  console.error(lint.output);
  console.error('openapi.yaml does not pass lint; fix the errors above and run npm start again.');
  process.exit(1);
}
console.log('openapi.yaml passes lint');

await buildDocsPage();
const mock = await startMock({ port: mockPort });
mock.child.process.once('exit', (code) => {
  if (shuttingDown()) return;
  console.error(`the mock exited unexpectedly (${code})\n${mock.child.output()}`);
  docsServer.close();
  process.exit(1);
});
const docsUrl = await listen(docsServer, docsPort);

console.log(`
  Mock (Prism):  ${mock.url}
  Docs (Redoc):  ${docsUrl}

  Try it:
  curl -s -X POST ${mock.url}/v1/users -H 'Authorization: Bearer test-key' -H 'Content-Type: application/json' -d '{"firstName":"Jane","lastName":"Smith"}'

  Ctrl-C stops both.`);
