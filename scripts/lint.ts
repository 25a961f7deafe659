// npm run lint [-- spec.yaml]: lints openapi.yaml (or the given copy) with the project's redocly.yaml.
import { lintSpec } from './lib/tools/redocly.js';
import { specPath } from './lib/paths.js';

const result = await lintSpec(process.argv[2] ?? specPath(), { echo: true });
process.exitCode = result.code;
