// npm run release:check: package.json's version equals the spec's info.version, CHANGELOG.md has an entry for it,
// and a spec that breaks clients since the last release tag (v*) comes with a new major version.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './lib/bin.js';
import { lastReleaseTag, specAtRef } from './lib/git.js';
import { diffSpecs, formatChange } from './lib/spec-diff.js';
import type { JsonObject } from './lib/spec.js';

const root = process.env.HIPP_PROJECT_ROOT ?? ROOT;
const problems: string[] = [];

const packageVersion = (JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version?: string }).version ?? '';
const spec = parse(readFileSync(resolve(root, 'openapi.yaml'), 'utf8')) as JsonObject;
const specVersion = String((spec.info as JsonObject | undefined)?.version ?? '');

const semver = (version: string) => /^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$/.exec(version)?.slice(1, 4).map(Number);
const current = semver(packageVersion);
if (!current) problems.push(`package.json version ${JSON.stringify(packageVersion)} is not a semantic version`);
if (packageVersion !== specVersion) {
  problems.push(`package.json version ${packageVersion} differs from openapi.yaml info.version ${specVersion}; they must move together`);
}

const changelogPath = resolve(root, 'CHANGELOG.md');
const changelog = existsSync(changelogPath) ? readFileSync(changelogPath, 'utf8') : '';
const escaped = packageVersion.replace(/[.+]/g, '\\$&');
if (!new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`, 'm').test(changelog)) {
  problems.push(`CHANGELOG.md has no entry for ${packageVersion} (a heading "## [${packageVersion}] - YYYY-MM-DD")`);
}

const tag = await lastReleaseTag(root);
if (!tag) {
  console.log('no release tag (v*) yet: nothing to compare the spec against; checked the version and the changelog only');
} else {
  const released = semver(tag.replace(/^v/, ''));
  const changes = diffSpecs(await specAtRef(root, tag), spec);
  const breaking = changes.filter((change) => change.severity === 'breaking');
  console.log(`last release ${tag}; openapi.yaml has ${changes.length} change(s) since, ${breaking.length} breaking`);
  if (!released) problems.push(`the tag ${tag} is not v<semantic version>`);
  else if (current) {
    const order = current[0]! - released[0]! || current[1]! - released[1]! || current[2]! - released[2]!;
    if (order < 0) problems.push(`version ${packageVersion} is lower than the last release ${tag}`);
    if (breaking.length > 0 && current[0]! <= released[0]!) {
      problems.push(
        `openapi.yaml breaks existing clients since ${tag} but the major version did not move (${packageVersion}); ` +
          `release it as ${released[0]! + 1}.0.0:\n${breaking.map((change) => `    ${formatChange(change)}`).join('\n')}`,
      );
    }
  }
}

if (problems.length > 0) {
  console.error(`release:check failed:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  process.exit(1);
}
console.log(`release:check passed for ${packageVersion}`);
