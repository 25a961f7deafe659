// A throwaway git repository holding a copy of openapi.yaml, and a runner for the scripts that read it.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { ROOT } from '../../../scripts/lib/bin.js';
import type { OpenApiDocument } from '../../../scripts/lib/spec.js';

const execFileAsync = promisify(execFile);

// No user or system git config: the repository behaves the same on every machine.
const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  /** Rewrites openapi.yaml in the work tree through `mutate`. */
  editSpec(mutate: (spec: OpenApiDocument) => void): void;
  writeJson(file: string, value: unknown): void;
  write(file: string, text: string): void;
  commit(message: string): void;
  remove(): void;
}

export function tempRepo(files: string[] = ['openapi.yaml']): TempRepo {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-spec-repo-'));
  for (const file of files) cpSync(join(ROOT, file), join(dir, file));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    editSpec(mutate) {
      const spec = parse(readFileSync(join(dir, 'openapi.yaml'), 'utf8')) as OpenApiDocument;
      mutate(spec);
      writeFileSync(join(dir, 'openapi.yaml'), stringify(spec));
    },
    writeJson: (file, value) => writeFileSync(join(dir, file), `${JSON.stringify(value, null, 2)}\n`),
    write: (file, text) => writeFileSync(join(dir, file), text),
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `scripts/<script>` on the repository at `root`, as `npm run` would, and collects its exit code and output. */
export async function runScript(script: string, root: string, args: string[] = []): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, ['--import', 'tsx', join('scripts', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, HIPP_PROJECT_ROOT: root },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, output: e.stdout + e.stderr };
  }
}
