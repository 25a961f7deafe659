// Builds the self-contained docs page from openapi.yaml: into dist/docs/index.html, or in memory for npm start.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { cacheDir, projectRoot, ROOT, specPath } from '../paths.js';
import { loadSpec } from '../../../src/spec/load.js';
import { buildDocs } from '../tools/redocly.js';
import { offlineAttribution } from './offline.js';
import { docsView, type DocsServer } from './view.js';

/** Where the page is written: the project's dist/docs. */
export function docsDir(): string {
  return join(projectRoot(), 'dist', 'docs');
}

/**
 * Built pages by what they were built from (the document handed to Redocly, redocly.yaml and the Redocly
 * version): a page costs about a second of CPU to build, and npm start and docs:serve mostly build one that
 * was built before. The local servers go in as placeholders and their URLs (a port chosen per run) after.
 */
const CACHE_DIR = cacheDir('hipp-docs');
const CACHE_KEPT = 8;

const placeholder = (index: number) => `http://local-server-${index}.hipp-docs.invalid`;

function cacheKey(document: string): string {
  const redocly = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@redocly', 'cli', 'package.json'), 'utf8')) as { version: string };
  return createHash('sha256')
    .update(document)
    .update('\0')
    .update(readFileSync(join(ROOT, 'redocly.yaml')))
    .update('\0')
    .update(redocly.version)
    .digest('hex');
}

/** Written beside `target` and renamed over it, so a reader never gets half a file. */
function writeWhole(target: string, text: string): void {
  const partial = `${target}.${process.pid}.partial`;
  try {
    writeFileSync(partial, text);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

function keepNewest(dir: string, count: number): void {
  const pages = readdirSync(dir)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const page of pages.slice(count)) rmSync(page.path, { force: true });
}

async function buildPage(document: string): Promise<string> {
  const cached = join(CACHE_DIR, `${cacheKey(document)}.html`);
  try {
    return readFileSync(cached, 'utf8');
  } catch {
    // not built yet
  }
  const dir = mkdtempSync(join(tmpdir(), 'hipp-docs-'));
  try {
    const spec = join(dir, 'openapi.yaml');
    writeFileSync(spec, document);
    const page = join(dir, 'index.html');
    const result = await buildDocs(spec, page);
    if (result.code !== 0) throw new Error(`redocly build-docs failed:\n${result.output}`);
    const html = readFileSync(page, 'utf8');
    mkdirSync(CACHE_DIR, { recursive: true });
    writeWhole(cached, html);
    keepNewest(CACHE_DIR, CACHE_KEPT);
    return html;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page's HTML; `localServers` are listed after production (npm start passes the mock it serves). */
export async function renderDocsPage(localServers: DocsServer[] = []): Promise<string> {
  const placeholders = localServers.map((server, index) => ({ ...server, url: placeholder(index) }));
  let html = await buildPage(stringify(docsView(loadSpec(specPath()), placeholders), { lineWidth: 0 }));
  localServers.forEach((server, index) => {
    if (!html.includes(placeholder(index))) throw new Error(`the built docs page does not list the local server ${server.url}`);
    html = html.replaceAll(placeholder(index), server.url);
  });
  return offlineAttribution(html);
}

/** Writes the page (production server only) to dist/docs/index.html and returns its path. */
export async function buildDocsPage(): Promise<string> {
  const html = await renderDocsPage();
  const dir = docsDir();
  mkdirSync(dir, { recursive: true });
  const output = join(dir, 'index.html');
  writeWhole(output, html);
  return output;
}
