// npm run sandbox: the stateful sandbox at http://127.0.0.1:4020/api (SANDBOX_PORT overrides), one
// log line per request, until Ctrl-C or SIGTERM.
import { serveHippSandbox } from '../src/sandbox/index.js';
import { formatRequestLog } from '../src/sandbox/request-log.js';
import { portsOrExit } from './lib/processes/ports.js';
import { onShutdown } from './lib/processes/shutdown.js';
import { sandboxCurlLines, sandboxKeysText } from '../src/sandbox/banner.js';

const { SANDBOX_PORT } = await portsOrExit('npm run sandbox', { SANDBOX_PORT: 4020 });
const served = await serveHippSandbox({ port: SANDBOX_PORT, onRequest: (entry) => console.log(formatRequestLog('sandbox', entry)) });
onShutdown(() => served.close());

console.log(`
  Sandbox:  ${served.url}

${sandboxKeysText()}

  Try it (create a user, then read it back):
  ${sandboxCurlLines(served.url).join('\n  ')}

  Ctrl-C stops it.
`);
