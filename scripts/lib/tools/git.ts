// The git questions spec:diff and release:check ask: a ref's commit, openapi.yaml at a commit, tags, shallowness.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SpawnOptions } from 'node:child_process';
import { run, type ProcessResult } from '../processes/run.js';
import { type OpenApiDocument } from '../../../src/spec/document.js';
import { parseSpec } from '../../../src/spec/load.js';

const TIMEOUT_MS = 60_000;

function runGit(args: string[], cwd: string, options: SpawnOptions = {}): Promise<ProcessResult> {
  return run('git', args, { cwd, timeout: TIMEOUT_MS, ...options });
}

/** Runs git in `cwd` and returns what it printed; throws with git's own words when it fails. */
export async function git(args: string[], cwd: string, options: SpawnOptions = {}): Promise<string> {
  const { code, output } = await runGit(args, cwd, options);
  if (code !== 0) throw new Error(`git ${args.join(' ')} failed: ${output.trim() || `exit ${code}`}`);
  return output;
}

/** The commit `ref` names. The ref never reaches git as an option: `--output=x` would make git write a file. */
export async function resolveCommit(root: string, ref: string): Promise<string> {
  if (!ref || ref.startsWith('-')) throw new Error(`refusing the git ref ${JSON.stringify(ref)}: a ref cannot be empty or start with "-"`);
  const { code, output } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  const commit = /^[0-9a-f]{40,64}$/m.exec(output)?.[0];
  if (code !== 0 || !commit) throw new Error(`${ref} names no commit in ${root} (git rev-parse --verify ${ref}^{commit} found none)`);
  return commit;
}

/** openapi.yaml as it was at `ref`; `./` makes the path relative to `root`, wherever the repository starts. */
export async function specAtRef(root: string, ref: string): Promise<OpenApiDocument> {
  const commit = await resolveCommit(root, ref);
  // Through a file, not a pipe: run() keeps only the tail of what a child prints, and git's warnings go to stderr.
  const dir = mkdtempSync(join(tmpdir(), 'hipp-git-show-'));
  const file = join(dir, 'openapi.yaml');
  const fd = openSync(file, 'w');
  try {
    const { code, output } = await runGit(['show', `${commit}:./openapi.yaml`], root, { stdio: ['ignore', fd, 'pipe'] });
    if (code !== 0) throw new Error(`openapi.yaml at ${ref}: ${output.trim() || `git show exited with ${code}`}`);
    return parseSpec(readFileSync(file, 'utf8'), `openapi.yaml at ${ref}`);
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The newest `v*` tag reachable from HEAD, or undefined when there is none. */
export async function lastReleaseTag(root: string): Promise<string | undefined> {
  const { code, output } = await runGit(['describe', '--tags', '--abbrev=0', '--match', 'v*'], root);
  if (code === 0) return output.trim().split('\n').pop();
  if (/No names found|No tags can describe|cannot describe/i.test(output)) return undefined;
  throw new Error(`git describe --tags --match v* failed: ${output.trim()}`);
}

export async function tagExists(root: string, tag: string): Promise<boolean> {
  const { code } = await runGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/tags/${tag}`], root);
  return code === 0;
}

/** Whether `root` is a shallow clone, whose tags and older commits are missing. Throws outside a repository. */
export async function isShallow(root: string): Promise<boolean> {
  return (await git(['rev-parse', '--is-shallow-repository'], root)).trim().split('\n').pop() === 'true';
}
