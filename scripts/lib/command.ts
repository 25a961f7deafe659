// A command's body as a function of its arguments, the project root and where it prints, so that a test can
// run it in-process and its entry file (scripts/<npm script>.ts) stays one line.
import { projectRoot } from './paths.js';

export interface Io {
  log(text: string): void;
  error(text: string): void;
}

/** Returns the exit code. */
export type Command = (args: string[], root: string, io: Io) => Promise<number>;

/** What an entry file does: runs `command` on the project root with the console, and exits with its code. */
export async function runCommand(command: Command): Promise<void> {
  process.exitCode = await command(process.argv.slice(2), projectRoot(), console);
}
