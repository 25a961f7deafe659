// A throwaway git repository holding a copy of openapi.yaml.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ROOT } from '../../../scripts/lib/paths.js';
import { run } from '../../../scripts/lib/processes/run.js';
import { type OpenApiDocument } from '../../../src/spec/document.js';
import { loadSpec } from '../../../src/spec/load.js';

// No user or system git config: the repository behaves the same on every machine.
export const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

/** git in `cwd`, throwing with its output when it fails. */
export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { code, output } = await run('git', args, { cwd, env: GIT_ENV, timeout: 30_000 });
  if (code !== 0) throw new Error(`git ${args.join(' ')} exited with ${code}:\n${output}`);
  return output;
}

export interface TempRepo {
  dir: string;
  git(...args: string[]): Promise<string>;
  /** Rewrites openapi.yaml in the work tree through `mutate`. */
  editSpec(mutate: (spec: OpenApiDocument) => void): void;
  writeJson(file: string, value: unknown): void;
  write(file: string, text: string): void;
  commit(message: string): Promise<void>;
  remove(): void;
}

export async function tempRepo(files: string[] = ['openapi.yaml']): Promise<TempRepo> {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-spec-repo-'));
  for (const file of files) cpSync(join(ROOT, file), join(dir, file));
  await git(dir, 'init', '-q', '-b', 'main');
  return {
    dir,
    git: (...args) => git(dir, ...args),
    editSpec(mutate) {
      const spec = loadSpec(join(dir, 'openapi.yaml'));
      mutate(spec);
      writeFileSync(join(dir, 'openapi.yaml'), stringify(spec));
    },
    writeJson: (file, value) => writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`),
    write: (file, text) => writeFileSync(join(dir, file), text),
    async commit(message) {
      await git(dir, 'add', '-A');
      await git(dir, 'commit', '-q', '-m', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
