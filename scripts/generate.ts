// Writes generated/ from openapi.yaml.
import { projectRoot, specPath } from './lib/paths.js';
import { renderGenerated, writeGenerated } from './lib/generate/render.js';

const written = writeGenerated(projectRoot(), await renderGenerated(specPath()));
for (const file of written) console.log(`wrote ${file}`);
if (written.length === 0) console.log('generated/ was already up to date with openapi.yaml');
