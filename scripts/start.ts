// npm start: lint the spec, then serve the Prism mock, the sandbox and the docs side by side until
// Ctrl-C, with one log line per request the mock or the sandbox answers.
import { serveHippSandbox, type ServedHippSandbox } from '../src/sandbox/index.js';
import { renderDocsPage } from './lib/docs/build.js';
import { npmStartServers } from './lib/docs/local-servers.js';
import { startFrontProxy, type FrontProxy } from './lib/http/front-proxy.js';
import { formatRequestLog } from '../src/sandbox/request-log.js';
import { createStaticServer, listen } from './lib/http/static-server.js';
import { specPath } from './lib/paths.js';
import { stopAllChildren } from './lib/processes/children.js';
import { freePort, portsOrExit } from './lib/processes/ports.js';
import { onShutdown, shuttingDown } from './lib/processes/shutdown.js';
import { sandboxCurlLines, sandboxKeysText } from '../src/sandbox/banner.js';
import { startMock } from './lib/tools/prism.js';
import { lintSpec } from './lib/tools/redocly.js';

// All checked before anything starts: a taken port is one line naming the variable that moves it.
const {
  MOCK_PORT: mockPort,
  SANDBOX_PORT: sandboxPort,
  DOCS_PORT: docsPort,
} = await portsOrExit('npm start', { MOCK_PORT: 4010, SANDBOX_PORT: 4020, DOCS_PORT: 8080 });
// The page is served from memory: it lists this run's local servers, which dist/docs/index.html must not.
const docsPages = new Map<string, string>();
const docsServer = createStaticServer(docsPages);
// Set once each server is up; the shutdown below closes what is there.
const running: { mockProxy?: FrontProxy; sandbox?: ServedHippSandbox } = {};

// Registered first, so a Ctrl-C while lint, the docs build or Prism are still starting cleans up too.
onShutdown(async () => {
  await Promise.all([stopAllChildren(), running.mockProxy?.close(), running.sandbox?.close()]);
  if (docsServer.listening) await new Promise<void>((resolve) => docsServer.close(() => resolve()));
});

const lint = await lintSpec(specPath());
if (lint.code !== 0) {
  console.error(lint.output);
  console.error('openapi.yaml does not pass lint; fix the errors above and run npm start again.');
  process.exit(1);
}
console.log('openapi.yaml passes lint');

// Prism listens on a port of its own; the logging proxy in front of it takes MOCK_PORT.
const mock = await startMock({ port: await freePort() });
mock.child.process.once('exit', (code) => {
  if (shuttingDown()) return;
  console.error(`the mock exited unexpectedly (${String(code)})\n${mock.child.output()}`);
  docsServer.close();
  process.exit(1);
});
const mockProxy = await startFrontProxy({ upstream: () => mock.url, port: mockPort, onRequest: (entry) => console.log(formatRequestLog('mock', entry)) });
running.mockProxy = mockProxy;
const sandbox = await serveHippSandbox({ port: sandboxPort, onRequest: (entry) => console.log(formatRequestLog('sandbox', entry)) });
running.sandbox = sandbox;
// The docs page lists both after production, so a URL copied from it works on this machine.
docsPages.set('/index.html', await renderDocsPage(npmStartServers(mockProxy.url, sandbox.url)));
const docsUrl = await listen(docsServer, docsPort);

console.log(`
  Mock (Prism):  ${mockProxy.url}       documented examples only; keeps nothing
  Sandbox:       ${sandbox.url}   keeps what you create; real validation errors
  Docs (Redoc):  ${docsUrl}

${sandboxKeysText()}

  Try the mock:
  curl -s -X POST ${mockProxy.url}/v1/users -H 'Authorization: Bearer test-key' -H 'Content-Type: application/json' -d '{"firstName":"Jane","lastName":"Smith"}'

  Try the sandbox (create a user, then read it back):
  ${sandboxCurlLines(sandbox.url).join('\n  ')}

  Ctrl-C stops all three. Requests to the mock and the sandbox are logged below.
`);
