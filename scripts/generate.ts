// Writes generated/ from openapi.yaml.
import { ROOT } from './lib/bin.js';
import { renderGenerated, writeGenerated } from './lib/render-generated.js';

const written = writeGenerated(ROOT, await renderGenerated());
for (const file of written) console.log(`wrote ${file}`);
if (written.length === 0) console.log('generated/ was already up to date with openapi.yaml');
