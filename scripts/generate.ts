// npm run generate: writes generated/ and the x-codeSamples blocks of openapi.yaml from openapi.yaml.
import { runCommand } from './lib/command.js';
import { generate } from './lib/generate/generate.js';

await runCommand(generate);
