// Fails, naming each stale file, when generated/ no longer matches openapi.yaml. Writes nothing.
import { resolve } from 'node:path';
import { projectRoot } from './lib/bin.js';
import { renderGenerated, staleGenerated } from './lib/render-generated.js';

const root = projectRoot();
const stale = staleGenerated(root, await renderGenerated(resolve(root, 'openapi.yaml')));
if (stale.length > 0) {
  const names = stale.map(({ file, missing }) => `  ${file}${missing ? ' (missing)' : ''}`);
  console.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n${names.join('\n')}`);
  process.exit(1);
}
console.log('generated/ is up to date with openapi.yaml');
