// Writes generated/ from openapi.yaml.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderGenerated } from './lib/render-generated.js';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [file, content] of await renderGenerated()) {
  const target = resolve(root, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  console.log(`wrote ${file}`);
}
