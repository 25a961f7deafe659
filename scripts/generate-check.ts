// Fails, naming each stale file, when generated/ no longer matches openapi.yaml. Writes nothing.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGenerated } from './lib/render-generated.js';

const root = process.env.HIPP_PROJECT_ROOT ?? fileURLToPath(new URL('..', import.meta.url));
const specPath = resolve(root, 'openapi.yaml');
const stale: string[] = [];
for (const [file, expected] of await renderGenerated(specPath)) {
  const target = resolve(root, file);
  if (!existsSync(target)) stale.push(`${file} (missing)`);
  else if (readFileSync(target, 'utf8') !== expected) stale.push(file);
}
if (stale.length > 0) {
  console.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n${stale.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('generated/ is up to date with openapi.yaml');
