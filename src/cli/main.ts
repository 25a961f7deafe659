// The CLI's dispatch: a command's module is loaded only when it runs, so `--help` answers at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../spec/package-root.js';
import { EXIT, MAIN_HELP, UsageError } from './usage.js';

import type { Io } from './contract.js';

const stdio: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/** Runs the command line; returns the exit code. Every expected failure is one line on stderr, never a stack trace. */
export async function main(argv: string[], env: NodeJS.ProcessEnv, io: Io = stdio): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.out(MAIN_HELP);
      return command === undefined ? EXIT.cannotJudge : EXIT.passed;
    }
    if (command === '-v' || command === '--version') {
      io.out(version());
      return EXIT.passed;
    }
    if (command === 'contract') return await (await import('./contract.js')).contractCommand(rest, env, io);
    if (command === 'sandbox') return await (await import('./sandbox.js')).sandboxCommand(rest, io.out);
    throw new UsageError(`unknown command ${JSON.stringify(command)}: use contract or sandbox (see hipp-users-api --help)`);
  } catch (error) {
    const { ContractUsageError } = await import('../contract/options.js');
    if (error instanceof UsageError || error instanceof ContractUsageError) {
      io.err(`hipp-users-api: ${error.message}`);
      return EXIT.cannotJudge;
    }
    // Not expected: still one line, and still "cannot judge" rather than a pass.
    io.err(`hipp-users-api: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.cannotJudge;
  }
}
