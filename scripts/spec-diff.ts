// npm run spec:diff -- <git-ref>: classifies every change of openapi.yaml since <ref> as breaking or not
// for existing clients; exits 1 when any change is breaking, 2 when it cannot compare.
import { projectRoot, specPath } from './lib/paths.js';
import { specAtRef } from './lib/tools/git.js';
import { diffSpecs, formatChange, hasBreaking, type SpecChange } from './lib/spec-diff/diff.js';
import { loadSpec } from './lib/spec/document.js';

const root = projectRoot();
const ref = process.argv[2];
if (!ref) {
  console.error('usage: npm run spec:diff -- <git-ref>   (for example origin/main or v1.0.0)');
  process.exit(2);
}

let changes: SpecChange[];
try {
  changes = diffSpecs(await specAtRef(root, ref), loadSpec(specPath(root)));
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
