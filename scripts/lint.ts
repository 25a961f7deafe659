// npm run lint: the spec with Redocly (redocly.yaml), the code with ESLint, its formatting with Prettier; each
// must pass with zero errors and zero warnings. `npm run lint -- spec.yaml` lints only that spec.
import { projectRoot, specPath } from './lib/paths.js';
import { onShutdown } from './lib/processes/shutdown.js';
import { stopAllChildren } from './lib/processes/children.js';
import { eslint } from './lib/tools/eslint.js';
import { prettier } from './lib/tools/prettier.js';
import { lintSpec } from './lib/tools/redocly.js';

onShutdown(stopAllChildren);
const file = process.argv[2];
if (file) {
  process.exitCode = (await lintSpec(file, { echo: true })).code;
} else {
  const root = projectRoot();
  const spec = await lintSpec(specPath(root), { echo: true });
  // One after the other: ESLint's type-aware run keeps both cores busy on its own.
  const checks = [
    { name: 'openapi.yaml (redocly lint)', code: spec.code, output: '' },
    { name: 'code (eslint)', ...(await eslint(root)) },
    { name: 'formatting (prettier --check; npm run format fixes it)', ...(await prettier(root, 'check')) },
  ];
  for (const { name, code, output } of checks.slice(1)) {
    console.log(`\n${name}: ${code === 0 ? 'ok' : 'FAILED'}`);
    if (code !== 0) console.log(output.trim());
  }
  const failed = checks.filter((check) => check.code !== 0).map((check) => check.name);
  console.log(`\nlint: ${failed.length === 0 ? 'the spec, the code and its formatting pass' : `FAILED: ${failed.join(', ')}`}`);
  process.exitCode = failed.length === 0 ? 0 : 1;
}
