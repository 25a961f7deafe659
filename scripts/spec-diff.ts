// npm run spec:diff -- <git-ref>: classifies every change of openapi.yaml since <ref> as breaking or not
// for existing clients; exits 1 when any change is breaking.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './lib/bin.js';
import { specAtRef } from './lib/git.js';
import { diffSpecs, formatChange, hasBreaking, type SpecChange } from './lib/spec-diff.js';
import type { JsonObject } from './lib/spec.js';

const root = process.env.HIPP_PROJECT_ROOT ?? ROOT;
const ref = process.argv[2];
if (!ref) {
  console.error('usage: npm run spec:diff -- <git-ref>   (for example origin/main or v1.0.0)');
  process.exit(2);
}

let changes: SpecChange[];
try {
  const before = await specAtRef(root, ref);
  const after = parse(readFileSync(resolve(root, 'openapi.yaml'), 'utf8')) as JsonObject;
  changes = diffSpecs(before, after);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const breaking = changes.filter((change) => change.severity === 'breaking').length;
console.log(`openapi.yaml against ${ref}: ${changes.length} change(s), ${breaking} breaking`);
for (const change of changes) console.log(`  ${formatChange(change)}`);
if (hasBreaking(changes)) {
  console.log('\nBreaking changes break existing clients: bump the major version (see npm run release:check).');
  process.exitCode = 1;
}
