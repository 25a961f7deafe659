// `hipp-users-api sandbox`: the stateful sandbox over HTTP, one log line per request, until Ctrl-C or SIGTERM.
import { sandboxBanner } from '../sandbox/banner.js';
import { formatRequestLog } from '../sandbox/request-log.js';
import { serveHippSandbox } from '../sandbox/serve.js';
import { parseCommand, wholeNumber } from './args.js';
import { EXIT, SANDBOX_HELP, UsageError } from './usage.js';

export async function sandboxCommand(args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseCommand('sandbox', args, { port: { type: 'string' }, host: { type: 'string' } });
  if (values.help) {
    out(SANDBOX_HELP);
    return EXIT.passed;
  }
  if (positionals.length > 0) throw new UsageError(`sandbox takes no arguments, only --port and --host (see hipp-users-api sandbox --help)`);
  const port = wholeNumber('port', values.port) ?? 4020;
  if (port > 65_535) throw new UsageError(`--port must be at most 65535, not ${port}`);
  let served;
  try {
    served = await serveHippSandbox({ port, host: values.host ?? '127.0.0.1', onRequest: (entry) => out(formatRequestLog('sandbox', entry)) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${port} is taken: pass --port with a free one (0 picks one)`);
    throw new UsageError(`cannot listen on ${values.host ?? '127.0.0.1'}:${port} (${code ?? String(error)})`);
  }
  out(sandboxBanner(served.url));
  const signal = await new Promise<'SIGINT' | 'SIGTERM'>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
  await served.close();
  out('  sandbox stopped');
  // As a shell reports a process a signal ended: 128 + the signal's number.
  return signal === 'SIGINT' ? 130 : 143;
}
