// The served docs page, opened in real headless Chromium, shows both operations, their statuses and the roles.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { chromiumSkipReason, launchChromium } from '../../scripts/lib/tools/chromium.js';
import { startChild, type Child } from '../../scripts/lib/processes/children.js';
import { freePort, waitUntilAnswering } from '../../scripts/lib/processes/ports.js';
import { loadSpec } from '../../scripts/lib/spec/document.js';

// Throws on CI when Chromium is missing.
const SKIP_REASON = chromiumSkipReason('The docs browser test');
const hasChromium = SKIP_REASON === undefined;
if (!hasChromium) console.warn(`docs browser test skipped: ${SKIP_REASON}`);

const assignableRoles = (loadSpec().components.schemas.AssignableRole as { enum: string[] }).enum;

describe.skipIf(!hasChromium)(`the docs page in Chromium${hasChromium ? '' : ` (skipped: ${SKIP_REASON})`}`, () => {
  // Unset when beforeAll failed before starting them.
  let server: Child | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const offsite: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    // The real `npm run docs:serve` command, on a free port.
    server = startChild(process.execPath, ['--import', 'tsx', 'scripts/docs-serve.ts'], { cwd: ROOT, env: { ...process.env, DOCS_PORT: String(port) } });
    const url = `http://127.0.0.1:${port}/`;
    await waitUntilAnswering(url, server, 90_000);

    const launched = await launchChromium();
    browser = launched;
    page = await launched.newPage();
    // The page must stand alone: anything but loopback is refused and recorded.
    await page.route('**/*', (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === '127.0.0.1' || route.request().url().startsWith('data:')) return route.continue();
      offsite.push(`${route.request().resourceType()} ${route.request().url()}`);
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    // Redoc shows each tag on its own page, reached from the sidebar.
    await page.getByRole('link', { name: 'Users', exact: true }).first().click();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('is built into dist/docs/index.html', () => {
    expect(existsSync(join(ROOT, 'dist/docs/index.html'))).toBe(true);
  });

  /** Clicks an operation in the sidebar, as a reader would, and returns its section of the page. */
  async function openOperation(title: string, sectionId: string) {
    await page.getByRole('link', { name: title }).first().click();
    await page.getByRole('heading', { name: title }).first().waitFor({ timeout: 30_000 });
    return page.locator(`[data-section-id="${sectionId}"]`);
  }

  /** The status tabs of a section's response list, as shown. */
  async function statusTabs(section: ReturnType<Page['locator']>): Promise<string[]> {
    return section.getByRole('tablist', { name: 'Response status' }).first().getByRole('tab').allInnerTexts();
  }

  it('shows "Create a user" with exactly its documented statuses and the nine assignable roles in its request', async () => {
    const section = await openOperation('Create a user', '/users/createuser');
    expect(await section.innerText()).toContain('/v1/users');
    expect(await statusTabs(section)).toEqual(['200', '400', '401', '403']);
    const roleField = await section.locator('[id="users/createuser/t=request&path=role"]').innerText();
    for (const role of assignableRoles) expect(roleField).toContain(role);
    expect(roleField).not.toContain('HIPP_ADMIN');
    expect(assignableRoles).toHaveLength(9);
  });

  it('shows "Get a user" with exactly its documented statuses', async () => {
    const section = await openOperation('Get a user', '/users/getuserbyid');
    expect(await section.innerText()).toContain('/v1/users/{publicId}');
    expect(await statusTabs(section)).toEqual(['200', '400', '401', '403', '404']);
  });

  it('renders with everything outside this machine refused; only the Redoc attribution image is asked for', () => {
    // Redoc's footer links its logo from its CDN; no script, style or data comes from outside.
    expect(offsite.filter((request) => !request.startsWith('image https://cdn.redoc.ly/redoc/logo-'))).toEqual([]);
  });
});
