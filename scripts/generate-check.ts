// npm run generate:check: fails, naming each stale file, when generated/ no longer matches openapi.yaml. Writes nothing.
import { runCommand } from './lib/command.js';
import { generateCheck } from './lib/generate/check.js';

await runCommand(generateCheck);
