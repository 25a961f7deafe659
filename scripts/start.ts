// npm start: lint the spec, then serve the Prism mock and the docs side by side until Ctrl-C.
import { renderDocsPage } from './lib/docs/build.js';
import type { DocsServer } from './lib/docs/view.js';
import { startMock } from './lib/tools/prism.js';
import { stopAllChildren } from './lib/processes/children.js';
import { lintSpec } from './lib/tools/redocly.js';
import { specPath } from './lib/paths.js';
import { portsOrExit } from './lib/processes/ports.js';
import { onShutdown, shuttingDown } from './lib/processes/shutdown.js';
import { createStaticServer, listen } from './lib/http/static-server.js';

// Both checked before anything starts: a taken port is one line naming the variable that moves it.
const { MOCK_PORT: mockPort, DOCS_PORT: docsPort } = await portsOrExit('npm start', { MOCK_PORT: 4010, DOCS_PORT: 8080 });
// The page is served from memory: it lists this run's local servers, which dist/docs/index.html must not.
const docsPages = new Map<string, string>();
const docsServer = createStaticServer(docsPages);

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

const mock = await startMock({ port: mockPort });
mock.child.process.once('exit', (code) => {
  if (shuttingDown()) return;
  console.error(`the mock exited unexpectedly (${String(code)})\n${mock.child.output()}`);
  docsServer.close();
  process.exit(1);
});
// The servers the docs page lists after production, so a URL copied from it works on this machine.
// When npm start serves the sandbox too, it goes here: { url: 'http://127.0.0.1:4020/api', description: '…' }.
const localServers: DocsServer[] = [{ url: mock.url, description: 'This machine: the Prism mock (npm start). Its paths have no /api.' }];
docsPages.set('/index.html', await renderDocsPage(localServers));
const docsUrl = await listen(docsServer, docsPort);

console.log(`
  Mock (Prism):  ${mock.url}
  Docs (Redoc):  ${docsUrl}

  Try it:
  curl -s -X POST ${mock.url}/v1/users -H 'Authorization: Bearer test-key' -H 'Content-Type: application/json' -d '{"firstName":"Jane","lastName":"Smith"}'

  Ctrl-C stops both.`);
