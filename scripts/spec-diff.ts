// npm run spec:diff -- <git-ref>: classifies every change of openapi.yaml since <ref> as breaking or not
// for existing clients; exits 1 when any change is breaking, 2 when it cannot compare.
import { runCommand } from './lib/command.js';
import { specDiff } from './lib/spec-diff/cli.js';

await runCommand(specDiff);
