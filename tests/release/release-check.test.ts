// npm run release:check, on this project and in throwaway repositories: versions, changelog entries, tags.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { isShallow } from '../../scripts/lib/tools/git.js';
import type { OpenApiDocument } from '../../src/spec/document.js';
import { releaseCheck } from '../../scripts/lib/release/check.js';
import { runInProcess, runScript } from '../support/scripts.js';
import { git, tempRepo, type TempRepo } from '../spec-diff/support/temp-repo.js';

const repos: TempRepo[] = [];
const temps: string[] = [];
afterEach(() => {
  repos.splice(0).forEach((repo) => repo.remove());
  temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** CHANGELOG.md with one entry per `[version, date or 'Unreleased']`, newest first. */
const changelog = (...entries: Array<[string, string]>) =>
  `# Changelog\n\n${entries.map(([version, status]) => `## [${version}] - ${status}\n\n- Version ${version}.\n`).join('\n')}`;

/** A project at 1.0.0, not yet released: spec, package.json and changelog agree. */
async function project(): Promise<TempRepo> {
  const repo = await tempRepo();
  repos.push(repo);
  repo.writeJson('package.json', { name: 'example', version: '1.0.0' });
  repo.write('CHANGELOG.md', changelog(['1.0.0', 'Unreleased']));
  return repo;
}

/** Releases the work tree as 1.0.0: dated in the changelog, committed and tagged. */
async function released(): Promise<TempRepo> {
  const repo = await project();
  repo.write('CHANGELOG.md', changelog(['1.0.0', '2026-01-01']));
  await repo.commit('1.0.0');
  await repo.git('tag', 'v1.0.0');
  return repo;
}

/** Moves the work tree to `version`, in the works, on top of the released 1.0.0. */
function bump(repo: TempRepo, version: string, options: { specVersion?: string; mutate?: (spec: OpenApiDocument) => void } = {}): void {
  repo.editSpec((spec) => {
    options.mutate?.(spec);
    spec.info.version = options.specVersion ?? version;
  });
  repo.writeJson('package.json', { name: 'example', version });
  repo.write('CHANGELOG.md', changelog([version, 'Unreleased'], ['1.0.0', '2026-01-01']));
}

const removeCity = (spec: OpenApiDocument) => delete (spec.components.schemas.User!.properties as Record<string, unknown>).city;
const addNickname = (spec: OpenApiDocument) => {
  (spec.components.schemas.User!.properties as Record<string, unknown>).nickname = { type: 'string', description: 'A nickname.' };
};

// In-process through the command the entry file runs, but for the first test, which runs the entry itself.
describe('npm run release:check', () => {
  it('passes on this project itself (or, in a shallow clone of it, refuses and says why)', async () => {
    const result = await runScript('release-check.ts', ROOT);
    if (await isShallow(ROOT)) {
      // A CI that clones with --depth 1 has no tags to compare against: the check must say so, not pass.
      expect(result.output).toContain('this is a shallow clone');
      expect(result.code).toBe(1);
      return;
    }
    expect(result.output).toMatch(/^release:check passed for \d+\.\d+\.\d+/m);
    expect(result.code).toBe(0);
  });

  it('before any release: accepts the version marked Unreleased, and checks the version and the changelog', async () => {
    const repo = await project();
    await repo.commit('first');
    const ok = await runInProcess(releaseCheck, repo.dir);
    expect(ok.output).toContain('no release tag (v*) yet');
    expect(ok.output).toContain('release:check passed for 1.0.0');
    expect(ok.code).toBe(0);

    repo.writeJson('package.json', { name: 'example', version: '1.1.0' });
    const mismatch = await runInProcess(releaseCheck, repo.dir);
    expect(mismatch.code).toBe(1);
    expect(mismatch.output).toContain('package.json version 1.1.0 differs from openapi.yaml info.version 1.0.0');
    expect(mismatch.output).toContain('CHANGELOG.md has no entry for 1.1.0');
  });

  it('fails on an entry with neither a date nor Unreleased', async () => {
    const repo = await project();
    repo.write('CHANGELOG.md', '# Changelog\n\n## [1.0.0]\n\n- Version 1.0.0.\n');
    await repo.commit('first');
    const result = await runInProcess(releaseCheck, repo.dir);
    expect(result.output).toContain('CHANGELOG.md\'s entry for 1.0.0 has neither a date (YYYY-MM-DD) nor "Unreleased"');
    expect(result.code).toBe(1);
  });

  it('fails on a dated entry without its v<version> tag, and passes once it is tagged', async () => {
    const repo = await project();
    repo.write('CHANGELOG.md', changelog(['1.0.0', '2026-01-01'], ['0.9.0', '2025-12-01']));
    await repo.commit('1.0.0');

    const untagged = await runInProcess(releaseCheck, repo.dir);
    expect(untagged.output).toContain('CHANGELOG.md dates 1.0.0 as released (2026-01-01) but the repository has no tag v1.0.0');
    expect(untagged.output).toContain('CHANGELOG.md dates 0.9.0 as released (2025-12-01) but the repository has no tag v0.9.0');
    expect(untagged.code).toBe(1);

    await repo.git('tag', 'v0.9.0');
    await repo.git('tag', 'v1.0.0');
    const tagged = await runInProcess(releaseCheck, repo.dir);
    expect(tagged.output).toContain('release:check passed for 1.0.0');
    expect(tagged.code).toBe(0);
  });

  it('fails when the version is tagged but its entry still says Unreleased', async () => {
    const repo = await project();
    await repo.commit('1.0.0');
    await repo.git('tag', 'v1.0.0');
    const result = await runInProcess(releaseCheck, repo.dir);
    expect(result.output).toContain('v1.0.0 is tagged, so 1.0.0 is released, but CHANGELOG.md marks it Unreleased');
    expect(result.code).toBe(1);
  });

  it('fails in a shallow clone, saying that tags and history are missing', async () => {
    const repo = await released();
    bump(repo, '1.1.0', { mutate: addNickname });
    await repo.commit('1.1.0 in the works');
    const clone = mkdtempSync(join(tmpdir(), 'hipp-shallow-'));
    temps.push(clone);
    await git(clone, 'clone', '-q', '--depth', '1', `file://${repo.dir}`, 'repo');

    const result = await runInProcess(releaseCheck, join(clone, 'repo'));
    expect(result.output).toContain('this is a shallow clone (git rev-parse --is-shallow-repository says true)');
    expect(result.output).toContain('git fetch --unshallow --tags');
    expect(result.code).toBe(1);
  });

  it('fails outside a git repository', async () => {
    const repo = await project();
    await repo.commit('first');
    rmSync(join(repo.dir, '.git'), { recursive: true, force: true });
    const result = await runInProcess(releaseCheck, repo.dir);
    expect(result.output).toContain('release:check reads tags and history');
    expect(result.code).toBe(1);
  });

  it('after v1.0.0: fails on a breaking change without a major bump, passes once the major moved', async () => {
    const repo = await released();

    repo.editSpec(removeCity);
    const unbumped = await runInProcess(releaseCheck, repo.dir);
    expect(unbumped.code).toBe(1);
    expect(unbumped.output).toContain('breaks existing clients since v1.0.0 but the major version did not move (1.0.0)');
    expect(unbumped.output).toContain('BREAKING      getUserById 200 response: removed field /city');

    bump(repo, '1.1.0');
    const minor = await runInProcess(releaseCheck, repo.dir);
    expect(minor.code).toBe(1);
    expect(minor.output).toContain('release it as 2.0.0');

    bump(repo, '2.0.0', { specVersion: '1.1.0' });
    const halfBumped = await runInProcess(releaseCheck, repo.dir);
    expect(halfBumped.code).toBe(1);
    expect(halfBumped.output).toContain('package.json version 2.0.0 differs from openapi.yaml info.version 1.1.0');

    bump(repo, '2.0.0');
    const major = await runInProcess(releaseCheck, repo.dir);
    expect(major.output).toContain('release:check passed for 2.0.0');
    expect(major.code).toBe(0);
  });

  it('after v1.0.0: passes on a non-breaking change with a minor bump', async () => {
    const repo = await released();
    bump(repo, '1.1.0', { mutate: addNickname });
    const result = await runInProcess(releaseCheck, repo.dir);
    expect(result.output).toContain('last release v1.0.0; openapi.yaml has 2 change(s) since, 0 breaking'); // the new field and info.version
    expect(result.output).toContain('release:check passed for 1.1.0');
    expect(result.code).toBe(0);
  });

  it('compares with the newest tag reachable from HEAD and refuses a version below it', async () => {
    const repo = await released();
    bump(repo, '2.0.0', { mutate: removeCity });
    repo.write('CHANGELOG.md', changelog(['2.0.0', '2026-02-01'], ['1.0.0', '2026-01-01']));
    await repo.commit('2.0.0');
    await repo.git('tag', 'v2.0.0');

    bump(repo, '1.5.0');
    repo.write('CHANGELOG.md', changelog(['1.5.0', 'Unreleased'], ['2.0.0', '2026-02-01'], ['1.0.0', '2026-01-01']));
    const lower = await runInProcess(releaseCheck, repo.dir);
    expect(lower.output).toContain('last release v2.0.0');
    expect(lower.output).toContain('version 1.5.0 is lower than the last release v2.0.0');
    expect(lower.code).toBe(1);
  });
});
