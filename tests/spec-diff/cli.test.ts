// npm run spec:diff -- <ref> against a real git ref, in a throwaway repository.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { specDiff } from '../../scripts/lib/spec-diff/cli.js';
import { runInProcess, runScript } from '../support/scripts.js';
import { tempRepo, type TempRepo } from './support/temp-repo.js';

const repos: TempRepo[] = [];
const temps: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((repo) => repo.remove());
  temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

async function repoWithRelease(): Promise<TempRepo> {
  const repo = await tempRepo();
  repos.push(repo);
  await repo.commit('the released spec');
  await repo.git('tag', 'v1.0.0');
  return repo;
}

// In-process through the command the entry file runs, but for the last test, which runs the entry itself.
describe('npm run spec:diff', () => {
  it('reports a breaking change by operation and JSON path and exits 1', async () => {
    const repo = await repoWithRelease();
    repo.editSpec((spec) => {
      delete (spec.components.schemas.User!.properties as Record<string, unknown>).city;
    });

    const result = await runInProcess(specDiff, repo.dir, ['v1.0.0']);

    expect(result.output).toContain('openapi.yaml against v1.0.0: 1 change(s), 1 breaking');
    expect(result.output).toContain('BREAKING      getUserById 200 response: removed field /city');
    expect(result.code).toBe(1);
  });

  it('compares against a commit as well as a tag, and exits 0 when nothing breaks', async () => {
    const repo = await repoWithRelease();
    repo.editSpec((spec) => {
      (spec.components.schemas.User!.properties as Record<string, unknown>).nickname = { type: 'string', description: 'A nickname.' };
    });
    await repo.commit('a new response field');
    repo.editSpec((spec) => {
      (spec.components.schemas.AssignableRole!.enum as string[]).push('AUDITOR');
    });

    const sinceTag = await runInProcess(specDiff, repo.dir, ['v1.0.0']);
    expect(sinceTag.output).toContain('non-breaking  getUserById 200 response: new field /nickname');
    expect(sinceTag.output).toContain('non-breaking  createUser request body: /role: new enum value AUDITOR');
    expect(sinceTag.code).toBe(0);

    const sinceHead = await runInProcess(specDiff, repo.dir, ['HEAD']);
    expect(sinceHead.output).toContain('openapi.yaml against HEAD: 1 change(s), 0 breaking');
    expect(sinceHead.output).not.toContain('/nickname');
    expect(sinceHead.code).toBe(0);
  });

  it('passes a removed error status, and fails a changed request default and a renamed path parameter, naming the rename', async () => {
    const repo = await repoWithRelease();
    repo.editSpec((spec) => {
      delete spec.paths['/v1/users/{publicId}']!.get!.responses['403'];
    });

    const removedError = await runInProcess(specDiff, repo.dir, ['v1.0.0']);
    expect(removedError.output).toContain('non-breaking  getUserById: removed non-success response 403');
    expect(removedError.code).toBe(0);

    repo.editSpec((spec) => {
      (spec.components.schemas.CreateUserRequest!.properties as Record<string, { default?: unknown }>).shouldSendSMS!.default = true;
      const paths = spec.paths as Record<string, unknown>;
      paths['/v1/users/{id}'] = paths['/v1/users/{publicId}'];
      delete paths['/v1/users/{publicId}'];
      spec.paths['/v1/users/{id}' as keyof typeof spec.paths]!.get!.parameters![0]!.name = 'id';
    });

    const result = await runInProcess(specDiff, repo.dir, ['v1.0.0']);
    expect(result.output).toContain('BREAKING      createUser request body: /shouldSendSMS: default false → true (clients that omit it now get true)');
    expect(result.output).toContain('BREAKING      getUserById: path parameter publicId renamed id (/v1/users/{publicId} → /v1/users/{id})');
    expect(result.output).not.toContain('removed operation GET');
    expect(result.output).not.toContain('new operation GET');
    expect(result.code).toBe(1);
  });

  it('fails with 2, saying why, on an unknown ref, a ref that is no commit, or none', async () => {
    const repo = await repoWithRelease();
    const unknown = await runInProcess(specDiff, repo.dir, ['v9.9.9']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('v9.9.9 names no commit');

    const tree = await runInProcess(specDiff, repo.dir, ['HEAD^{tree}']);
    expect(tree.code).toBe(2);
    expect(tree.output).toContain('HEAD^{tree} names no commit');

    const missing = await runInProcess(specDiff, repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('usage: npm run spec:diff -- <git-ref>');
  });

  it('never hands git a ref that reads as an option', async () => {
    const repo = await repoWithRelease();
    const dir = mkdtempSync(join(tmpdir(), 'hipp-spec-diff-option-'));
    temps.push(dir);
    // `git show --output=<dir>/out:./openapi.yaml` would write into the directory `out:.`, so it exists.
    const target = join(dir, 'out');
    mkdirSync(`${target}:.`);

    const result = await runInProcess(specDiff, repo.dir, [`--output=${target}`]);

    expect(result.code).toBe(2);
    expect(result.output).toContain(`refusing the git ref "--output=${target}": a ref cannot be empty or start with "-"`);
    expect(readdirSync(`${target}:.`)).toEqual([]);
    expect(existsSync(target)).toBe(false);
  });

  it('runs on this repository against HEAD', async () => {
    const result = await runScript('spec-diff.ts', ROOT, ['HEAD']);
    expect(result.output).toMatch(/^openapi\.yaml against HEAD: \d+ change\(s\), \d+ breaking$/m);
    expect([0, 1]).toContain(result.code);
  });
});
