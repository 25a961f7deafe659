// Builds the self-contained docs page from openapi.yaml into dist/docs/index.html.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, specPath } from '../paths.js';
import { buildDocs } from '../tools/redocly.js';

/** Where the page is written: the project's dist/docs. */
export function docsDir(): string {
  return join(projectRoot(), 'dist', 'docs');
}

export async function buildDocsPage(): Promise<string> {
  const dir = docsDir();
  mkdirSync(dir, { recursive: true });
  const output = join(dir, 'index.html');
  // Build beside the page and rename over it, so a server never sends a half-written file.
  const partial = join(dir, `index.${process.pid}.partial.html`);
  try {
    const result = await buildDocs(specPath(), partial);
    if (result.code !== 0) throw new Error(`redocly build-docs failed:\n${result.output}`);
    renameSync(partial, output);
  } finally {
    rmSync(partial, { force: true });
  }
  return output;
}
