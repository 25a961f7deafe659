// The served docs page, opened in real headless Chromium with everything off this machine refused: both
// operations are rendered on load (no click), with their statuses, roles and both code samples, and no image
// is broken. The page as npm start renders it lists the local mock and sandbox beside production, at URLs that
// answer (tests/workbench/start.test.ts checks that npm start serves that page with its own URLs).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, specPath } from '../../scripts/lib/paths.js';
import { chromiumSkipReason, launchChromium } from '../../scripts/lib/tools/chromium.js';
import { renderDocsPage } from '../../scripts/lib/docs/build.js';
import { npmStartServers } from '../../scripts/lib/docs/local-servers.js';
import { closeServer, createStaticServer, listen } from '../../scripts/lib/http/static-server.js';
import type { Child } from '../../scripts/lib/processes/children.js';
import { freePort, waitUntilAnswering } from '../../scripts/lib/processes/ports.js';
import { specOperations } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { SANDBOX_ADMIN_KEY, serveHippSandbox } from '../../src/sandbox/index.js';
import { MOCK, type RunningLocalServer } from '../support/local-servers.js';
import { waitFor } from '../support/processes.js';
import { startScript } from '../support/scripts.js';

// Throws on CI when Chromium is missing.
const SKIP_REASON = chromiumSkipReason('The docs browser test');
const hasChromium = SKIP_REASON === undefined;
if (!hasChromium) console.warn(`docs browser test skipped: ${SKIP_REASON}`);

const spec = loadSpec(specPath());
const assignableRoles = (spec.components.schemas.AssignableRole as { enum: string[] }).enum;
const operations = specOperations(spec).map(
  ({ operation }) => operation as typeof operation & { summary: string; 'x-codeSamples': Array<{ label: string; source: string }> },
);

/** Opens `url` in a new page that may reach loopback only; every other request is refused and recorded. */
async function openPage(browser: Browser, url: string, offsite: string[]): Promise<Page> {
  // One context for both pages: Chromium runs in one process (CHROMIUM_ARGS), where a second context fails.
  const context = browser.contexts()[0] ?? (await browser.newContext({ viewport: { width: 1400, height: 1000 } }));
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const request = route.request().url();
    if (new URL(request).hostname === '127.0.0.1' || request.startsWith('data:')) return route.continue();
    offsite.push(`${route.request().resourceType()} ${request}`);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  // The prerendered page holds an empty frame for each section; Redoc fills them in once its script has run.
  // From then on, a page whose operations were folded away would show its "+ Show" button.
  await page.waitForFunction(
    () => {
      const sections = [...document.querySelectorAll('[data-section-id]')];
      return sections.length > 0 && sections.every((section) => section.childElementCount > 0);
    },
    undefined,
    { timeout: 30_000 },
  );
  return page;
}

/**
 * An operation's section, reached by scrolling as a reader would: nothing is clicked. The sidebar link's
 * target names the section. Redoc renders a section's content as it nears the viewport.
 */
async function sectionOf(page: Page, summary: string): Promise<Locator> {
  const href = await page.getByRole('link', { name: summary }).first().getAttribute('href');
  const section = page.locator(`[data-section-id="${href!.replace(/^#/, '')}"]`);
  await whileRerendering(() => section.scrollIntoViewIfNeeded({ timeout: 30_000 }));
  await heading(section, summary).waitFor({ timeout: 30_000 });
  return section;
}

/** A heading by its text (its accessible name also holds its deep link's "link to …"). */
function heading(scope: Locator, text: string): Locator {
  return scope
    .getByRole('heading')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first();
}

/** Scrolls to the element as a reader would and checks it is rendered on screen, not only present in the DOM. */
async function expectOnScreen(page: Page, locator: Locator, what: string): Promise<void> {
  await whileRerendering(() => locator.scrollIntoViewIfNeeded({ timeout: 30_000 }));
  await locator.waitFor({ state: 'visible', timeout: 30_000 });
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box, `${what} has no box on screen`).not.toBeNull();
  expect(box!.width * box!.height, `${what} is rendered empty`).toBeGreaterThan(0);
  expect(box!.y, `${what} is not on screen after scrolling to it`).toBeLessThan(viewport.height);
  expect(box!.y + box!.height, `${what} is not on screen after scrolling to it`).toBeGreaterThan(0);
}

// docs:serve, the page as npm start renders it, and Chromium are started together when the file starts: each takes
// seconds, none needs another. Every one is stopped when the file ends, also when a start failed.
const children: Child[] = [];
const closers: Array<() => Promise<void>> = [];
let browser: Promise<Browser> | undefined;
/** The page `npm run docs:serve` serves, once it answers. */
let docsServe: Promise<string>;
/** The page as npm start renders it for the servers it lists, served here, with those servers. */
let npmStartPage: Promise<{ docsUrl: string; mockUrl: string; sandboxUrl: string }>;

async function startDocsServe(): Promise<string> {
  const port = await freePort();
  // The real `npm run docs:serve` command, on a free port.
  const server = startScript('docs-serve.ts', { DOCS_PORT: String(port) });
  children.push(server);
  const url = `http://127.0.0.1:${port}/`;
  await waitUntilAnswering(url, server, 90_000);
  return url;
}

/** The run's Prism mock and a fresh sandbox, and the page npm start would render for them (its own function and list). */
async function serveNpmStartPage(): Promise<{ docsUrl: string; mockUrl: string; sandboxUrl: string }> {
  const mock: RunningLocalServer = await MOCK.start();
  closers.push(() => mock.stop());
  const sandbox = await serveHippSandbox();
  closers.push(() => sandbox.close());
  const page = await renderDocsPage(npmStartServers(mock.baseUrl, sandbox.url));
  const server = createStaticServer(new Map([['/index.html', page]]));
  closers.push(() => closeServer(server));
  const docsUrl = await listen(server, 0);
  return { docsUrl: `${docsUrl}/`, mockUrl: mock.baseUrl, sandboxUrl: sandbox.url };
}

beforeAll(() => {
  if (!hasChromium) return;
  browser = launchChromium();
  docsServe = startDocsServe();
  npmStartPage = serveNpmStartPage();
  // Each is awaited by the tests that need it, which fail with its error; none may go unhandled until then.
  for (const started of [browser, docsServe, npmStartPage]) started.catch(() => {});
});

afterAll(async () => {
  await (await browser?.catch(() => undefined))?.close();
  await Promise.all([...children.map((child) => child.stop()), ...closers.map((close) => close())]);
});

describe.skipIf(!hasChromium)(`the docs page in Chromium${hasChromium ? '' : ` (skipped: ${SKIP_REASON})`}`, { timeout: 120_000 }, () => {
  let page: Page;
  const offsite: string[] = [];

  beforeAll(async () => {
    const url = await docsServe;
    page = await openPage(await browser!, url, offsite);
  });

  it('is built into dist/docs/index.html', () => {
    expect(existsSync(join(ROOT, 'dist/docs/index.html'))).toBe(true);
  });

  it('opens with nothing folded: no "+ Show", and no route was needed', async () => {
    expect(await page.getByRole('button', { name: /Show$/ }).filter({ hasText: '+' }).count()).toBe(0);
    expect(new URL(page.url()).hash).toBe('');
  });

  describe.each(operations.map((operation) => [operation.summary, operation] as const))('"%s"', (summary, operation) => {
    it('is rendered on load with its request, its responses and its first sample on screen', async () => {
      const section = await sectionOf(page, summary);
      await expectOnScreen(page, heading(section, summary), `the heading of ${summary}`);
      await expectOnScreen(page, heading(section, 'Request'), `the request of ${summary}`);
      await expectOnScreen(page, heading(section, 'Responses'), `the responses of ${summary}`);
      await expectOnScreen(page, section.locator('.panel-request-samples'), `the code samples of ${summary}`);
    });

    it('shows each of its documented statuses as a response tab', async () => {
      const section = await sectionOf(page, summary);
      const tabs = await section.getByRole('tablist', { name: 'Response status' }).first().getByRole('tab').allInnerTexts();
      expect(tabs).toEqual(Object.keys(operation.responses));
    });

    it('shows both code samples, curl and TypeScript, each as written in openapi.yaml', async () => {
      const panel = (await sectionOf(page, summary)).locator('.panel-request-samples');
      expect(operation['x-codeSamples'].map((sample) => sample.label)).toEqual(['curl', 'TypeScript']);
      for (const sample of operation['x-codeSamples']) {
        await chooseSample(page, panel, sample.label);
        const code = panel
          .locator('pre')
          .filter({ hasText: sample.source.split('\n')[0]! })
          .first();
        await expectOnScreen(page, code, `the ${sample.label} sample of ${summary}`);
        expect(normalize(await code.innerText())).toBe(normalize(sample.source));
      }
    });
  });

  it('lists production alone in its servers: the built page names no server of this machine', async () => {
    const servers = page.locator('[data-testid="panel-servers"]').first();
    await expectOnScreen(page, servers, 'the servers panel');
    const text = await filledText(servers, 'the servers panel');
    expect(text).toContain(spec.servers![0]!.url);
    expect(text).not.toContain('127.0.0.1');
  });

  it('shows the nine assignable roles, and no other, in the request of "Create a user"', async () => {
    const roleField = (await sectionOf(page, 'Create a user')).locator('[id$="t=request&path=role"]').first();
    await expectOnScreen(page, roleField, 'the role field');
    const text = await roleField.innerText();
    for (const role of assignableRoles) expect(text).toContain(role);
    expect(text).not.toContain('HIPP_ADMIN');
    expect(assignableRoles).toHaveLength(9);
  });

  it('asks nothing of any other host, and shows no broken image', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(offsite).toEqual([]);
    const images = await page
      .locator('img')
      .evaluateAll((nodes) => (nodes as HTMLImageElement[]).map((image) => ({ src: image.src.slice(0, 60), ok: image.complete && image.naturalWidth > 0 })));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((image) => !image.ok)).toEqual([]);
    // The attribution stays: "API docs by Redocly", the name set inline instead of the remote logo.
    await expectOnScreen(page, page.getByRole('link', { name: /API docs by/ }), 'the attribution badge');
  });
});

describe.skipIf(!hasChromium)('the docs page as npm start renders it', { timeout: 120_000 }, () => {
  let page: Page;
  let mockUrl: string;
  let sandboxUrl: string;
  const offsite: string[] = [];

  beforeAll(async () => {
    const started = await npmStartPage;
    ({ mockUrl, sandboxUrl } = started);
    page = await openPage(await browser!, started.docsUrl, offsite);
  });

  it('lists the local mock and sandbox after production in its servers, at URLs that answer the documented paths', async () => {
    const servers = page.locator('[data-testid="panel-servers"]').first();
    await expectOnScreen(page, servers, 'the servers panel');
    const text = await filledText(servers, 'the servers panel');
    const production = spec.servers![0]!.url;
    expect(text).toContain(production);
    expect(text).toContain(mockUrl);
    expect(text).toContain(sandboxUrl);
    expect(text.indexOf(production)).toBeLessThan(text.indexOf(mockUrl));

    // Each listed URL takes the documented paths below it, as production does.
    const mockAnswer = await fetch(`${mockUrl}/v1/users/usr_1234567890_abc123def`, { headers: { authorization: 'Bearer test-key' } });
    expect(mockAnswer.status).toBe(200);
    const sandboxAnswer = await fetch(`${sandboxUrl}/v1/users/usr_1234567890_abc123def`, { headers: { authorization: `Bearer ${SANDBOX_ADMIN_KEY}` } });
    expect(sandboxAnswer.status).toBe(200);
    expect(offsite).toEqual([]);
  });
});

/** Picks a sample in the panel's language menu, unless it is the one shown already. */
async function chooseSample(page: Page, panel: Locator, label: string): Promise<void> {
  const trigger = panel.getByRole('button', { name: /^(curl|TypeScript|Payload)$/ }).first();
  if ((await trigger.innerText()).trim() === label) return;
  await trigger.click();
  await page.getByRole('menuitem', { name: label, exact: true }).click();
  await waitFor(async () => (await trigger.innerText()).trim() === label, `the ${label} sample to be chosen`, 10_000);
}

/** The element's text once Redoc has filled it in: the servers panel is on screen a moment before its list is. */
async function filledText(locator: Locator, what: string): Promise<string> {
  let text = '';
  await waitFor(async () => (text = await locator.innerText()).trim() !== '', `${what} to show its text`, 10_000);
  return text;
}

/** Code as text: highlighting may split lines into spans, but not change a character. */
function normalize(code: string): string {
  return code
    .replace(/\r/g, '')
    .replace(/[ \t]+$/gm, '')
    .trim();
}

/**
 * Redoc replaces parts of the page as it hydrates and as sections come into view; an element found just
 * before is then detached. Such an action is tried again on the element found afresh, a few times.
 */
async function whileRerendering(action: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await action();
      return;
    } catch (error) {
      if (attempt >= 5 || !String(error).includes('not attached to the DOM')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
