// npm run test:portability: the packed client runs the same smoke test (create, get, 404, and with
// validateResponses a body that breaks the spec refused) against a Prism mock on Node 20, 22 and 24, and
// in headless Chromium with the browser's own fetch, on a page served with `script-src 'self'`: no eval,
// no new Function, so the validators passing there proves they need neither.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { chromiumSkipReason, launchChromium } from './lib/tools/chromium.js';
import { consumerFiles } from './lib/package/consumer.js';
import { validatorOutputs } from './lib/package/validator-chunk.js';
import { nodeBinary } from './lib/tools/node-binaries.js';
import { buildAndPack, installConsumer } from './lib/package/packed-client.js';
import { startMock, type RunningMock } from './lib/tools/prism.js';
import { runOrThrow } from './lib/processes/run.js';
import { closeServer, createStaticServer, listen, type InMemoryFiles } from './lib/http/static-server.js';
import { indent, runSteps } from './lib/package/steps.js';

const NODE_MAJORS = [20, 22, 24];
const CSP = "script-src 'self'";

interface BrowserBundle {
  files: InMemoryFiles;
  /** The file name of the lazy chunk that holds the validators. */
  validatorChunk: string;
}

/** The consumer's browser entry bundled as a browser app would be: ESM, the validators a lazy chunk. */
async function bundleForBrowser(consumer: string): Promise<BrowserBundle> {
  const result = await build({
    absWorkingDir: consumer,
    entryPoints: ['browser-smoke.mjs'],
    outdir: join(consumer, 'browser'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const chunks = validatorOutputs(result.metafile);
  if (chunks.length !== 1) throw new Error(`expected one output holding the validators, found ${chunks.length}: ${chunks.join(', ')}`);
  const files = new Map<string, string | Uint8Array>([['/index.html', readFileSync(join(consumer, 'index.html'))]]);
  for (const file of result.outputFiles) files.set(`/${basename(file.path)}`, file.contents);
  // The sandbox's page script, one file of its own: sharing chunks with the client would split its validators.
  const sandbox = await build({
    absWorkingDir: consumer,
    entryPoints: ['sandbox-smoke.mjs'],
    outfile: join(consumer, 'browser', 'sandbox-smoke.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  for (const file of sandbox.outputFiles) files.set(`/${basename(file.path)}`, file.contents);
  return { files, validatorChunk: basename(chunks[0]!) };
}

interface SmokeWindow {
  hippSmoke: {
    evalBlocked: boolean;
    violations: string[];
    run(options: { baseUrl: string; validateResponses: boolean }): Promise<string[]>;
  };
  hippSandboxSmoke(): Promise<string[]>;
}

async function inChromium(page: Page, siteUrl: string, mock: RunningMock, validatorChunk: string): Promise<string[]> {
  const requested: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => problems.push(error.message));
  // Nothing leaves loopback.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(siteUrl, { waitUntil: 'load' });
  await page.waitForFunction(() => 'hippSmoke' in window, undefined, { timeout: 10_000 });
  const lines: string[] = [];

  const evalBlocked = await page.evaluate(() => (window as unknown as SmokeWindow).hippSmoke.evalBlocked);
  if (!evalBlocked) throw new Error(`the page ran new Function despite ${CSP}: the CSP is not in force`);
  lines.push(`${CSP}: new Function refused`);

  const run = (validateResponses: boolean) =>
    page.evaluate((options) => (window as unknown as SmokeWindow).hippSmoke.run(options), { baseUrl: mock.url, validateResponses });
  const isValidatorChunk = (url: string) => new URL(url).pathname === `/${validatorChunk}`;

  lines.push(`validateResponses false: ${(await run(false)).join('; ')}`);
  if (requested.some(isValidatorChunk)) throw new Error('the validators were loaded although validateResponses was off');
  lines.push(`validateResponses true: ${(await run(true)).join('; ')}`);
  const chunk = requested.find(isValidatorChunk);
  if (!chunk) throw new Error('validateResponses was on, yet the validators chunk was never requested');
  lines.push(`validators loaded lazily: ${basename(chunk)}`);

  // The sandbox subpath in the page, in-process: nothing of it may reach the network.
  const before = requested.length;
  await page.waitForFunction(() => 'hippSandboxSmoke' in window, undefined, { timeout: 10_000 });
  lines.push(`sandbox in-process: ${(await page.evaluate(() => (window as unknown as SmokeWindow).hippSandboxSmoke())).join('; ')}`);
  if (requested.length !== before) throw new Error(`the in-process sandbox sent requests: ${requested.slice(before).join(', ')}`);

  // The only violation allowed is the page's own new Function probe.
  const violations = await page.evaluate(() => (window as unknown as SmokeWindow).hippSmoke.violations);
  if (violations.length !== 1 || !violations[0]!.includes('eval')) throw new Error(`CSP violations: ${JSON.stringify(violations)}`);
  if (problems.length > 0) throw new Error(`errors in the page: ${problems.join('; ')}`);
  return lines;
}

await runSteps('test:portability', async ({ steps, root, defer }) => {
  const consumer = join(root, 'consumer');
  const tarball = await steps.run('npm run build, npm pack', () => buildAndPack(root));
  await steps.run('npm install the tarball into a fresh project', () => installConsumer(consumer, tarball, consumerFiles()));
  const mock = await steps.run('start the Prism mock', () => startMock());

  for (const major of NODE_MAJORS) {
    const node = await steps.run(`Node ${major}: find or fetch the binary`, () => nodeBinary(major));
    const output = await steps.run(`Node ${major} (${node.version}): smoke test`, () =>
      runOrThrow(node.path, ['node-smoke.mjs'], { cwd: consumer, env: { ...process.env, HIPP_BASE_URL: mock.url } }),
    );
    console.log(indent(output));
  }

  // Throws with CI=true, which counts as a failure.
  const skipReason = chromiumSkipReason('The browser check');
  if (skipReason !== undefined) {
    steps.skip(`Chromium, ${CSP}: smoke test`, skipReason);
    return;
  }
  const bundle = await steps.run('bundle the browser entry with esbuild', () => bundleForBrowser(consumer));
  const site = createStaticServer(bundle.files, { 'content-security-policy': CSP });
  const siteUrl = await listen(site, 0);
  defer(() => closeServer(site));
  const lines = await steps.run(`Chromium, ${CSP}: smoke test`, async () => {
    const browser = await launchChromium();
    defer(() => browser.close());
    return [`Chromium ${browser.version()}`, ...(await inChromium(await browser.newPage(), siteUrl, mock, bundle.validatorChunk))];
  });
  console.log(indent(lines.join('\n')));
});
