// npm start: lint the spec, then serve the Prism mock, the sandbox and the docs side by side until
// Ctrl-C, with one log line per request the mock or the sandbox answers.
import { serveHippSandbox, type ServedHippSandbox } from '../src/sandbox/index.js';
import { buildDocsPage, DOCS_DIR } from './lib/docs.js';
import { startLoggingProxy, type LoggingProxy } from './lib/logging-proxy.js';
import { startMock } from './lib/prism.js';
import { freePort, stopAllChildren } from './lib/processes.js';
import { lintSpec } from './lib/redocly.js';
import { formatRequestLog } from './lib/request-log.js';
import { sandboxCurlLines, sandboxKeysText } from './lib/sandbox-banner.js';
import { onShutdown, shuttingDown } from './lib/shutdown.js';
import { SPEC_PATH } from './lib/spec.js';
import { createStaticServer, listen } from './lib/static-server.js';

const mockPort = Number(process.env.MOCK_PORT ?? 4010);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4020);
const docsPort = Number(process.env.DOCS_PORT ?? 8080);
const docsServer = createStaticServer(DOCS_DIR);
let mockProxy: LoggingProxy | undefined;
let sandbox: ServedHippSandbox | undefined;

// Registered first, so a Ctrl-C while lint, the docs build or Prism are still starting cleans up too.
onShutdown(async () => {
  await Promise.all([stopAllChildren(), mockProxy?.close(), sandbox?.close()]);
  if (docsServer.listening) await new Promise<void>((resolve) => docsServer.close(() => resolve()));
});

const lint = await lintSpec(SPEC_PATH);
if (lint.code !== 0) {
  console.error(lint.output);
  console.error('openapi.yaml does not pass lint; fix the errors above and run npm start again.');
  process.exit(1);
}
console.log('openapi.yaml passes lint');

await buildDocsPage();
// Prism listens on a port of its own; the logging proxy in front of it takes MOCK_PORT.
const mock = await startMock({ port: await freePort() });
mock.child.process.once('exit', (code) => {
  if (shuttingDown()) return;
  console.error(`the mock exited unexpectedly (${code})\n${mock.child.output()}`);
  docsServer.close();
  process.exit(1);
});
mockProxy = await startLoggingProxy({ upstream: mock.url, port: mockPort, onRequest: (entry) => console.log(formatRequestLog('mock', entry)) });
sandbox = await serveHippSandbox({ port: sandboxPort, onRequest: (entry) => console.log(formatRequestLog('sandbox', entry)) });
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
