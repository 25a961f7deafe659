// npm run spec:diff -- <git-ref>: classifies every change of openapi.yaml since <ref> as breaking or not
// for existing clients; exits 1 when any change is breaking, 2 when it cannot compare.
import { resolve } from 'node:path';
import { projectRoot } from './lib/bin.js';
import { specAtRef } from './lib/git.js';
import { diffSpecs, formatChange, hasBreaking, type SpecChange } from './lib/spec-diff.js';
import { loadSpec } from './lib/spec.js';

const root = projectRoot();
const ref = process.argv[2];
if (!ref) {
  console.error('usage: npm run spec:diff -- <git-ref>   (for example origin/main or v1.0.0)');
  process.exit(2);
}

let changes: SpecChange[];
try {
  changes = diffSpecs(await specAtRef(root, ref), loadSpec(resolve(root, 'openapi.yaml')));
} catch (error) {
  console.error(`spec:diff: ${(error as Error).message}`);
  process.exit(2);
}

const breaking = changes.filter((change) => change.severity === 'breaking').length;
console.log(`openapi.yaml against ${ref}: ${changes.length} change(s), ${breaking} breaking`);
for (const change of changes) console.log(`  ${formatChange(change)}`);
if (hasBreaking(changes)) {
  console.log('\nBreaking changes break existing clients: bump the major version (see npm run release:check).');
  process.exitCode = 1;
}
