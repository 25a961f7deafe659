// Fails, naming each stale file, when generated/ no longer matches openapi.yaml. Writes nothing.
import { projectRoot, specPath } from './lib/paths.js';
import { renderGenerated, staleGenerated } from './lib/generate/render.js';

const root = projectRoot();
const stale = staleGenerated(root, await renderGenerated(specPath(root)));
if (stale.length > 0) {
  const names = stale.map(({ file, missing }) => `  ${file}${missing ? ' (missing)' : ''}`);
  console.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n${names.join('\n')}`);
  process.exit(1);
}
console.log('generated/ is up to date with openapi.yaml');
