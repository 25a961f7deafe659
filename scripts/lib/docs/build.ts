// Builds the self-contained docs page from openapi.yaml: into dist/docs/index.html, or in memory for npm start.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { projectRoot, specPath } from '../paths.js';
import { loadSpec } from '../spec/document.js';
import { buildDocs } from '../tools/redocly.js';
import { offlineAttribution } from './offline.js';
import { docsView, type DocsServer } from './view.js';

/** Where the page is written: the project's dist/docs. */
export function docsDir(): string {
  return join(projectRoot(), 'dist', 'docs');
}

/** The page's HTML; `localServers` are listed after production (npm start passes the mock it serves). */
export async function renderDocsPage(localServers: DocsServer[] = []): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'hipp-docs-'));
  try {
    const spec = join(dir, 'openapi.yaml');
    writeFileSync(spec, stringify(docsView(loadSpec(specPath()), localServers), { lineWidth: 0 }));
    const page = join(dir, 'index.html');
    const result = await buildDocs(spec, page);
    if (result.code !== 0) throw new Error(`redocly build-docs failed:\n${result.output}`);
    return offlineAttribution(readFileSync(page, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the page (production server only) to dist/docs/index.html and returns its path. */
export async function buildDocsPage(): Promise<string> {
  const html = await renderDocsPage();
  const dir = docsDir();
  mkdirSync(dir, { recursive: true });
  const output = join(dir, 'index.html');
  // Written beside the page and renamed over it, so a server never sends a half-written file.
  const partial = join(dir, `index.${process.pid}.partial.html`);
  try {
    writeFileSync(partial, html);
    renameSync(partial, output);
  } finally {
    rmSync(partial, { force: true });
  }
  return output;
}
