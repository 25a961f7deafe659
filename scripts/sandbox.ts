// npm run sandbox: `hipp-users-api sandbox` at http://127.0.0.1:4020/api (SANDBOX_PORT overrides, checked first
// like every local server's port), one log line per request, until Ctrl-C or SIGTERM.
import { sandboxCommand } from '../src/cli/sandbox.js';
import { portsOrExit } from './lib/processes/ports.js';

const { SANDBOX_PORT } = await portsOrExit('npm run sandbox', { SANDBOX_PORT: 4020 });
process.exitCode = await sandboxCommand(['--port', String(SANDBOX_PORT)], console.log);
