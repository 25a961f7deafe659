// npm run lint: the spec with Redocly (redocly.yaml), the code with ESLint, its formatting with Prettier; each
// must pass with zero errors and zero warnings. With arguments it checks only those: `npm run lint -- spec.yaml`
// lints that spec, `npm run lint -- src/client.ts` lints and format-checks that file (paths from the project root).
import { projectRoot, specPath } from './lib/paths.js';
import { stopAllChildren } from './lib/processes/children.js';
import { onShutdown } from './lib/processes/shutdown.js';
import { eslint } from './lib/tools/eslint.js';
import { prettier } from './lib/tools/prettier.js';
import { lintSpec } from './lib/tools/redocly.js';

onShutdown(stopAllChildren);
const root = projectRoot();
const args = process.argv.slice(2);
const isSpec = (arg: string) => /\.ya?ml$/.test(arg);
const specs = args.length === 0 ? [specPath(root)] : args.filter(isSpec);
/** undefined: all of the code. */
const code = args.length === 0 ? undefined : args.filter((arg) => !isSpec(arg));

interface Check {
  name: string;
  code: number;
}
const checks: Check[] = [];
// Redocly prints its own report.
for (const spec of specs) checks.push({ name: `${spec} (redocly lint)`, code: (await lintSpec(spec, { echo: true })).code });
if (code?.length !== 0) {
  // One after the other: ESLint's type-aware run keeps both cores busy on its own.
  for (const [name, result] of [
    ['code (eslint)', await eslint(root, code)],
    ['formatting (prettier --check; npm run format fixes it)', await prettier(root, 'check', code)],
  ] as const) {
    console.log(`\n${name}: ${result.code === 0 ? 'ok' : 'FAILED'}`);
    if (result.code !== 0) console.log(result.output.trim());
    checks.push({ name, code: result.code });
  }
}
const failed = checks.filter((check) => check.code !== 0).map((check) => check.name);
if (checks.length > 1) console.log(`\nlint: ${failed.length === 0 ? 'all passed' : `FAILED: ${failed.join(', ')}`}`);
process.exitCode = failed.length === 0 ? 0 : 1;
