// npm run generate:check (scripts/generate-check.ts): fails, naming each stale file, when generated/ or the
// x-codeSamples blocks of openapi.yaml no longer match the rest of openapi.yaml. Writes nothing.
import { readFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { specPath } from '../paths.js';
import { withCodeSamples } from './code-samples-block.js';
import { SAMPLES_FILE } from './generate.js';
import { renderGenerated, staleGenerated } from './render.js';

export const generateCheck: Command = async (_args, root, io) => {
  const spec = readFileSync(specPath(root), 'utf8');
  const stale = staleGenerated(root, await renderGenerated(specPath(root))).map(({ file, missing }) => `${file}${missing ? ' (missing)' : ''}`);
  if (withCodeSamples(spec) !== spec) stale.unshift(SAMPLES_FILE);
  if (stale.length > 0) {
    io.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n${stale.map((name) => `  ${name}`).join('\n')}`);
    return 1;
  }
  io.log('generated/ and the x-codeSamples in openapi.yaml are up to date with openapi.yaml');
  return 0;
};
