// npm run release:check in a throwaway repository: version rules against the last v* tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/bin.js';
import type { OpenApiDocument } from '../../scripts/lib/spec.js';
import { runScript, tempRepo, type TempRepo } from '../spec-diff/support/temp-repo.js';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((repo) => repo.remove()));

const changelog = (...versions: string[]) => `# Changelog\n\n${versions.map((v) => `## [${v}] - 2026-01-01\n\n- Release ${v}.\n`).join('\n')}`;

/** A project at 1.0.0: spec, package.json and changelog agree. */
function project(): TempRepo {
  const repo = tempRepo();
  repos.push(repo);
  repo.writeJson('package.json', { name: 'example', version: '1.0.0' });
  repo.write('CHANGELOG.md', changelog('1.0.0'));
  return repo;
}

function release(repo: TempRepo, version: string, options: { specVersion?: string; mutate?: (spec: OpenApiDocument) => void } = {}): void {
  repo.editSpec((spec) => {
    options.mutate?.(spec);
    spec.info.version = options.specVersion ?? version;
  });
  repo.writeJson('package.json', { name: 'example', version });
  repo.write('CHANGELOG.md', changelog(version, '1.0.0'));
}

const removeCity = (spec: OpenApiDocument) => delete (spec.components.schemas.User!.properties as Record<string, unknown>).city;
const addNickname = (spec: OpenApiDocument) => {
  (spec.components.schemas.User!.properties as Record<string, unknown>).nickname = { type: 'string', description: 'A nickname.' };
};

describe('npm run release:check', () => {
  it('passes on this project itself: package.json and openapi.yaml agree, and CHANGELOG.md has the entry', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(join(ROOT, 'openapi.yaml'), 'utf8')).toMatch(new RegExp(`^  version: ${version.replace(/\./g, '\\.')}$`, 'm'));
    expect(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8')).toMatch(new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });

  it('without a tag, says so and checks only the version and the changelog', async () => {
    const repo = project();
    repo.commit('first');
    const ok = await runScript('release-check.ts', repo.dir);
    expect(ok.output).toContain('no release tag (v*) yet');
    expect(ok.code).toBe(0);

    repo.writeJson('package.json', { name: 'example', version: '1.1.0' });
    const mismatch = await runScript('release-check.ts', repo.dir);
    expect(mismatch.code).toBe(1);
    expect(mismatch.output).toContain('package.json version 1.1.0 differs from openapi.yaml info.version 1.0.0');
    expect(mismatch.output).toContain('CHANGELOG.md has no entry for 1.1.0');
  });

  it('after v1.0.0: fails on a breaking change without a major bump, passes once the major moved', async () => {
    const repo = project();
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');

    repo.editSpec(removeCity);
    const unbumped = await runScript('release-check.ts', repo.dir);
    expect(unbumped.code).toBe(1);
    expect(unbumped.output).toContain('breaks existing clients since v1.0.0 but the major version did not move (1.0.0)');
    expect(unbumped.output).toContain('BREAKING      getUserById 200 response: removed field /city');

    release(repo, '1.1.0');
    const minor = await runScript('release-check.ts', repo.dir);
    expect(minor.code).toBe(1);
    expect(minor.output).toContain('release it as 2.0.0');

    release(repo, '2.0.0', { specVersion: '1.1.0' });
    const halfBumped = await runScript('release-check.ts', repo.dir);
    expect(halfBumped.code).toBe(1);
    expect(halfBumped.output).toContain('package.json version 2.0.0 differs from openapi.yaml info.version 1.1.0');

    release(repo, '2.0.0');
    const major = await runScript('release-check.ts', repo.dir);
    expect(major.output).toContain('release:check passed for 2.0.0');
    expect(major.code).toBe(0);
  });

  it('after v1.0.0: passes on a non-breaking change with a minor bump', async () => {
    const repo = project();
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');

    release(repo, '1.1.0', { mutate: addNickname });
    const result = await runScript('release-check.ts', repo.dir);
    expect(result.output).toContain('last release v1.0.0; openapi.yaml has 2 change(s) since, 0 breaking'); // the new field and info.version
    expect(result.output).toContain('release:check passed for 1.1.0');
    expect(result.code).toBe(0);
  });

  it('compares with the newest tag reachable from HEAD and refuses a version below it', async () => {
    const repo = project();
    repo.commit('1.0.0');
    repo.git('tag', 'v1.0.0');
    release(repo, '2.0.0', { mutate: removeCity });
    repo.commit('2.0.0');
    repo.git('tag', 'v2.0.0');

    release(repo, '1.5.0');
    const lower = await runScript('release-check.ts', repo.dir);
    expect(lower.output).toContain('last release v2.0.0');
    expect(lower.output).toContain('version 1.5.0 is lower than the last release v2.0.0');
    expect(lower.code).toBe(1);
  });
});
