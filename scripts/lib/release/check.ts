// The checks of npm run release:check (scripts/release-check.ts): the versions, the changelog, the tags, and
// a new major version for a spec that breaks clients since the last release tag.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command, Io } from '../command.js';
import { specPath } from '../paths.js';
import { isShallow, lastReleaseTag, specAtRef, tagExists } from '../tools/git.js';
import { diffSpecs, formatChange } from '../spec-diff/diff.js';
import { type OpenApiDocument } from '../../../src/spec/document.js';
import { loadSpec } from '../../../src/spec/load.js';

/** `## [1.2.0] - 2026-01-31` (released) or `## [1.2.0] - Unreleased`; a bare `## [Unreleased]` names no version. */
interface Entry {
  version: string;
  date?: string;
  unreleased: boolean;
}

const semver = (version: string) => /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version)?.slice(1, 4).map(Number);

/** What the checks before git found, and the list the git checks add their problems to. */
interface Release {
  problems: string[];
  entries: Entry[];
  entry: Entry | undefined;
  packageVersion: string;
  current: number[] | undefined;
  spec: OpenApiDocument;
}

export const releaseCheck: Command = async (_args, root, io) => {
  const problems: string[] = [];

  const packageVersion = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
  const spec = loadSpec(specPath(root));
  // A spec without info.version is reported below, not a crash.
  const specVersion = (spec as Partial<typeof spec>).info?.version ?? '';

  const current = semver(packageVersion);
  if (!current) problems.push(`package.json version ${JSON.stringify(packageVersion)} is not a semantic version`);
  if (packageVersion !== specVersion) {
    problems.push(`package.json version ${packageVersion} differs from openapi.yaml info.version ${specVersion}; they must move together`);
  }

  const changelogPath = resolve(root, 'CHANGELOG.md');
  const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
  const entries: Entry[] = [...changelog.matchAll(/^## +\[?([^\]\s]+)\]?(?: +- +(.+?))?\s*$/gm)]
    .filter((match) => match[1]!.toLowerCase() !== 'unreleased')
    .map((match) => ({
      version: match[1]!,
      date: /^\d{4}-\d{2}-\d{2}$/.exec(match[2] ?? '')?.[0],
      unreleased: /^unreleased$/i.test(match[2] ?? ''),
    }));
  const entry = entries.find((candidate) => candidate.version === packageVersion);
  if (!entry) {
    problems.push(
      `CHANGELOG.md has no entry for ${packageVersion}: a heading "## [${packageVersion}] - Unreleased" while it is in the works, ` +
        `"## [${packageVersion}] - YYYY-MM-DD" once it is released and tagged v${packageVersion}`,
    );
  } else if (!entry.date && !entry.unreleased) {
    problems.push(`CHANGELOG.md's entry for ${packageVersion} has neither a date (YYYY-MM-DD) nor "Unreleased"`);
  }

  await checkAgainstGit(root, io, { problems, entries, entry, packageVersion, current, spec });

  if (problems.length > 0) {
    io.error(`release:check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  io.log(`release:check passed for ${packageVersion}`);
  return 0;
};

/** Tags and history: a dated release must be tagged, and the spec may break clients only with a new major version. */
async function checkAgainstGit(root: string, io: Io, { problems, entries, entry, packageVersion, current, spec }: Release): Promise<void> {
  let shallow: boolean;
  try {
    shallow = await isShallow(root);
  } catch (error) {
    problems.push(`release:check reads tags and history, and ${root} is not a git repository it can read: ${(error as Error).message}`);
    return;
  }
  if (shallow) {
    problems.push(
      'this is a shallow clone (git rev-parse --is-shallow-repository says true): the tags and history release:check ' +
        'compares against are missing. Fetch them (git fetch --unshallow --tags; in GitHub Actions, actions/checkout ' +
        'with fetch-depth: 0) and run it again.',
    );
    return;
  }

  for (const dated of entries.filter((candidate) => candidate.date)) {
    if (!(await tagExists(root, `v${dated.version}`))) {
      problems.push(
        `CHANGELOG.md dates ${dated.version} as released (${dated.date ?? ''}) but the repository has no tag v${dated.version}: ` +
          `tag the commit it was released from (git tag v${dated.version} <commit>), or mark the entry Unreleased`,
      );
    }
  }
  if (entry?.unreleased && (await tagExists(root, `v${packageVersion}`))) {
    problems.push(`v${packageVersion} is tagged, so ${packageVersion} is released, but CHANGELOG.md marks it Unreleased: give the entry its release date`);
  }

  const tag = await lastReleaseTag(root);
  if (!tag) {
    io.log('no release tag (v*) yet: nothing released to compare the spec against; checked the version and the changelog');
    return;
  }
  const released = semver(tag.replace(/^v/, ''));
  const changes = diffSpecs(await specAtRef(root, tag), spec);
  const breaking = changes.filter((change) => change.severity === 'breaking');
  io.log(`last release ${tag}; openapi.yaml has ${changes.length} change(s) since, ${breaking.length} breaking`);
  if (!released) {
    problems.push(`the tag ${tag} is not v<semantic version>`);
    return;
  }
  if (!current) return;
  const order = current[0]! - released[0]! || current[1]! - released[1]! || current[2]! - released[2]!;
  if (order < 0) problems.push(`version ${packageVersion} is lower than the last release ${tag}`);
  if (breaking.length > 0 && current[0]! <= released[0]!) {
    problems.push(
      `openapi.yaml breaks existing clients since ${tag} but the major version did not move (${packageVersion}); ` +
        `release it as ${released[0]! + 1}.0.0:\n${breaking.map((change) => `    ${formatChange(change)}`).join('\n')}`,
    );
  }
}
