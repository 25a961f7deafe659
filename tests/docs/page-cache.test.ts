// The docs page is built once per document and config, with placeholders for the local servers' URLs that are
// filled in afterwards: what comes out must be the very page Redocly builds with the URLs themselves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { renderDocsPage } from '../../scripts/lib/docs/build.js';
import { npmStartServers } from '../../scripts/lib/docs/local-servers.js';
import { offlineAttribution } from '../../scripts/lib/docs/offline.js';
import { docsView } from '../../scripts/lib/docs/view.js';
import { loadSpec } from '../../src/spec/load.js';
import { buildDocs } from '../../scripts/lib/tools/redocly.js';
import { specPath } from '../../scripts/lib/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'hipp-docs-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderDocsPage', () => {
  it('gives, byte for byte, the page Redocly builds with the local servers in it', { timeout: 120_000 }, async () => {
    const servers = npmStartServers('http://127.0.0.1:4010', 'http://127.0.0.1:4020/api');
    writeFileSync(join(dir, 'openapi.yaml'), stringify(docsView(loadSpec(specPath()), servers), { lineWidth: 0 }));
    const [built, rendered] = await Promise.all([buildDocs(join(dir, 'openapi.yaml'), join(dir, 'index.html')), renderDocsPage(servers)]);
    expect(built.code, built.output).toBe(0);

    const direct = offlineAttribution(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect(rendered).toContain('http://127.0.0.1:4020/api');
    expect(rendered).not.toContain('.invalid');
    expect(rendered === direct, 'the rendered page differs from a direct build').toBe(true);
    // Once more, now that it is built: the same page again.
    expect((await renderDocsPage(servers)) === direct).toBe(true);
  });
});
