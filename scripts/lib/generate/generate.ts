// npm run generate (scripts/generate.ts): writes generated/ from openapi.yaml, and the generated x-codeSamples
// blocks inside openapi.yaml (see code-samples-block.ts for why they live there). Writes only what changed.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from '../command.js';
import { specPath } from '../paths.js';
import { withCodeSamples } from './code-samples-block.js';
import { renderGenerated, writeGenerated } from './render.js';

export const generate: Command = async (_args, root, io) => {
  const spec = specPath(root);
  const written: string[] = [];
  const text = readFileSync(spec, 'utf8');
  const withSamples = withCodeSamples(text);
  if (withSamples !== text) {
    writeFileSync(spec, withSamples);
    written.push(SAMPLES_FILE);
  }
  written.push(...writeGenerated(root, await renderGenerated(spec)));
  for (const file of written) io.log(`wrote ${file}`);
  if (written.length === 0) io.log('generated/ and the x-codeSamples in openapi.yaml were already up to date');
  return 0;
};

/** How generate and generate:check name the x-codeSamples blocks of openapi.yaml. */
export const SAMPLES_FILE = 'openapi.yaml (its generated x-codeSamples blocks)';
