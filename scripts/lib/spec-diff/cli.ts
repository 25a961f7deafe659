// npm run spec:diff -- <git-ref> (scripts/spec-diff.ts): every change of openapi.yaml since <ref>, classified;
// exit code 1 when any change is breaking, 2 when it cannot compare.
import type { Command } from '../command.js';
import { specPath } from '../paths.js';
import { loadSpec } from '../../../src/spec/load.js';
import { specAtRef } from '../tools/git.js';
import { diffSpecs, formatChange, hasBreaking, type SpecChange } from './diff.js';

export const specDiff: Command = async ([ref], root, io) => {
  if (!ref) {
    io.error('usage: npm run spec:diff -- <git-ref>   (for example origin/main or v1.0.0)');
    return 2;
  }
  let changes: SpecChange[];
  try {
    changes = diffSpecs(await specAtRef(root, ref), loadSpec(specPath(root)));
  } catch (error) {
    io.error(`spec:diff: ${(error as Error).message}`);
    return 2;
  }
  const breaking = changes.filter((change) => change.severity === 'breaking').length;
  io.log(`openapi.yaml against ${ref}: ${changes.length} change(s), ${breaking} breaking`);
  for (const change of changes) io.log(`  ${formatChange(change)}`);
  if (!hasBreaking(changes)) return 0;
  io.log('\nBreaking changes break existing clients: bump the major version (see npm run release:check).');
  return 1;
};
