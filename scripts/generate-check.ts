// Fails, naming each stale file, when generated/ or the x-codeSamples blocks of openapi.yaml no longer
// match the rest of openapi.yaml. Writes nothing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './lib/bin.js';
import { withCodeSamples } from './lib/code-samples-block.js';
import { renderGenerated, staleGenerated } from './lib/render-generated.js';

const root = projectRoot();
const specPath = resolve(root, 'openapi.yaml');
const spec = readFileSync(specPath, 'utf8');
const stale = staleGenerated(root, await renderGenerated(specPath)).map(({ file, missing }) => `  ${file}${missing ? ' (missing)' : ''}`);
if (withCodeSamples(spec) !== spec) stale.unshift('  openapi.yaml (its generated x-codeSamples blocks)');
if (stale.length > 0) {
  console.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n${stale.join('\n')}`);
  process.exit(1);
}
console.log('generated/ and the x-codeSamples in openapi.yaml are up to date with openapi.yaml');
