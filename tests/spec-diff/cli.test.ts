// npm run spec:diff -- <ref> against a real git ref, in a throwaway repository.
import { afterEach, describe, expect, it } from 'vitest';
import { runScript, tempRepo, type TempRepo } from './support/temp-repo.js';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

function repoWithRelease(): TempRepo {
  const repo = tempRepo();
  repos.push(repo);
  repo.commit('the released spec');
  repo.git('tag', 'v1.0.0');
  return repo;
}

describe('npm run spec:diff', () => {
  it('reports a breaking change by operation and JSON path and exits 1', async () => {
    const repo = repoWithRelease();
    repo.editSpec((spec) => {
      delete (spec.components.schemas.User!.properties as Record<string, unknown>).city;
    });

    const result = await runScript('spec-diff.ts', repo.dir, ['v1.0.0']);

    expect(result.output).toContain('openapi.yaml against v1.0.0: 1 change(s), 1 breaking');
    expect(result.output).toContain('BREAKING      getUserById 200 response: removed field /city');
    expect(result.code).toBe(1);
  });

  it('compares against a commit as well as a tag, and exits 0 when nothing breaks', async () => {
    const repo = repoWithRelease();
    repo.editSpec((spec) => {
      (spec.components.schemas.User!.properties as Record<string, unknown>).nickname = { type: 'string', description: 'A nickname.' };
    });
    repo.commit('a new response field');
    repo.editSpec((spec) => {
      (spec.components.schemas.AssignableRole!.enum as string[]).push('AUDITOR');
    });

    const sinceTag = await runScript('spec-diff.ts', repo.dir, ['v1.0.0']);
    expect(sinceTag.output).toContain('non-breaking  getUserById 200 response: new field /nickname');
    expect(sinceTag.output).toContain('non-breaking  createUser request body: /role: new enum value AUDITOR');
    expect(sinceTag.code).toBe(0);

    const sinceHead = await runScript('spec-diff.ts', repo.dir, ['HEAD']);
    expect(sinceHead.output).toContain('openapi.yaml against HEAD: 1 change(s), 0 breaking');
    expect(sinceHead.output).not.toContain('/nickname');
    expect(sinceHead.code).toBe(0);
  });

  it('fails with 2, saying why, on an unknown ref or none', async () => {
    const repo = repoWithRelease();
    const unknown = await runScript('spec-diff.ts', repo.dir, ['v9.9.9']);
    expect(unknown.code).toBe(2);
    expect(unknown.output).toMatch(/git show v9\.9\.9:\.\/openapi\.yaml failed/);

    const missing = await runScript('spec-diff.ts', repo.dir);
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('usage: npm run spec:diff -- <git-ref>');
  });
});
