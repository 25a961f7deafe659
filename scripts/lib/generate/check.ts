// npm run generate:check (scripts/generate-check.ts): fails, naming each stale file, when generated/ no longer
// matches openapi.yaml. Writes nothing.
import type { Command } from '../command.js';
import { specPath } from '../paths.js';
import { renderGenerated, staleGenerated } from './render.js';

export const generateCheck: Command = async (_args, root, io) => {
  const stale = staleGenerated(root, await renderGenerated(specPath(root)));
  if (stale.length > 0) {
    const names = stale.map(({ file, missing }) => `  ${file}${missing ? ' (missing)' : ''}`);
    io.error(`generated/ is stale against openapi.yaml; run \`npm run generate\`:\n${names.join('\n')}`);
    return 1;
  }
  io.log('generated/ is up to date with openapi.yaml');
  return 0;
};
