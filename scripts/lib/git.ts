// Reads openapi.yaml as it was at a git ref, and finds the last release tag.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import type { JsonObject } from './spec.js';

const run = promisify(execFile);

export async function git(args: string[], cwd: string): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { stderr?: string; message: string };
    throw new Error(`git ${args.join(' ')} failed: ${(e.stderr || e.message).trim()}`);
  }
}

/** The spec at `ref`; `./` makes the path relative to `root`, wherever the repository starts. */
export async function specAtRef(root: string, ref: string): Promise<JsonObject> {
  return parse(await git(['show', `${ref}:./openapi.yaml`], root)) as JsonObject;
}

/** The newest `v*` tag reachable from HEAD, or undefined when there is none. */
export async function lastReleaseTag(root: string): Promise<string | undefined> {
  try {
    return (await git(['describe', '--tags', '--abbrev=0', '--match', 'v*'], root)).trim();
  } catch (error) {
    if (/No names found|No tags can describe|cannot describe/i.test((error as Error).message)) return undefined;
    throw error;
  }
}
