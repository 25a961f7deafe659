// npm run release:check: package.json's version equals the spec's info.version; CHANGELOG.md has an entry for it,
// marked Unreleased until it ships and dated once it did; every dated entry has its v<version> tag; and a spec that
// breaks clients since the last release tag (v*) comes with a new major version. The checks: lib/release/check.ts.
import { runCommand } from './lib/command.js';
import { releaseCheck } from './lib/release/check.js';

await runCommand(releaseCheck);
