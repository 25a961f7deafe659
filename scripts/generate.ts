// Writes generated/ from openapi.yaml, and the generated x-codeSamples blocks inside openapi.yaml.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './lib/bin.js';
import { withCodeSamples } from './lib/code-samples-block.js';
import { renderGenerated, writeGenerated } from './lib/render-generated.js';

const root = projectRoot();
const specPath = resolve(root, 'openapi.yaml');
const spec = readFileSync(specPath, 'utf8');
const written: string[] = [];
const withSamples = withCodeSamples(spec);
if (withSamples !== spec) {
  writeFileSync(specPath, withSamples);
  written.push('openapi.yaml (x-codeSamples)');
}
written.push(...writeGenerated(root, await renderGenerated(specPath)));
for (const file of written) console.log(`wrote ${file}`);
if (written.length === 0) console.log('generated/ and the x-codeSamples in openapi.yaml were already up to date');
