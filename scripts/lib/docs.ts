// Builds the self-contained docs page from openapi.yaml into dist/docs/index.html.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bin.js';
import { buildDocs } from './redocly.js';
import { SPEC_PATH } from './spec.js';

export const DOCS_DIR = join(ROOT, 'dist', 'docs');

export async function buildDocsPage(): Promise<string> {
  mkdirSync(DOCS_DIR, { recursive: true });
  const output = join(DOCS_DIR, 'index.html');
  // Build beside the page and rename over it, so a server never sends a half-written file.
  const partial = join(DOCS_DIR, `index.${process.pid}.partial.html`);
  try {
    const result = await buildDocs(SPEC_PATH, partial);
    if (result.code !== 0) throw new Error(`redocly build-docs failed:\n${result.output}`);
    renameSync(partial, output);
  } finally {
    rmSync(partial, { force: true });
  }
  return output;
}
