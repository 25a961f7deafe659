// npm run lint [-- spec.yaml]: lints openapi.yaml (or the given copy) with the project's redocly.yaml.
import { lintSpec } from './lib/redocly.js';
import { SPEC_PATH } from './lib/spec.js';

const result = await lintSpec(process.argv[2] ?? SPEC_PATH, { echo: true });
process.exitCode = result.code;
