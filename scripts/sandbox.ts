// npm run sandbox: the stateful sandbox at http://127.0.0.1:4020/api (SANDBOX_PORT overrides), one
// log line per request, until Ctrl-C or SIGTERM.
import { serveHippSandbox } from '../src/sandbox/index.js';
import { formatRequestLog } from './lib/request-log.js';
import { sandboxCurlLines, sandboxKeysText } from './lib/sandbox-banner.js';
import { onShutdown } from './lib/processes/shutdown.js';

const port = Number(process.env.SANDBOX_PORT ?? 4020);
const served = await serveHippSandbox({ port, onRequest: (entry) => console.log(formatRequestLog('sandbox', entry)) }).catch((error: unknown) => {
  const code = (error as { code?: unknown }).code;
  console.error(code === 'EADDRINUSE' ? `port ${port} is taken; set SANDBOX_PORT to another port` : String(error));
  process.exit(1);
});
onShutdown(() => served.close());

console.log(`
  Sandbox:  ${served.url}

${sandboxKeysText()}

  Try it (create a user, then read it back):
  ${sandboxCurlLines(served.url).join('\n  ')}

  Ctrl-C stops it.
`);
