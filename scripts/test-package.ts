// npm run test:package: the package as a consumer gets it. publint and arethetypeswrong (ESM-only profile)
// check the packed tarball; installed into a fresh project, an ESM script runs create → get → 404 (and,
// with validateResponses, a body that breaks the spec refused) against a Prism mock, and a TypeScript
// file type-checks under node16 and under bundler resolution. The installed package carries its LICENSE.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bin } from './lib/paths.js';
import { consumerFiles } from './lib/package/consumer.js';
import { buildAndPack, installConsumer, pinned } from './lib/package/packed-client.js';
import { startMock } from './lib/tools/prism.js';
import { runOrThrow } from './lib/processes/run.js';
import { indent, runSteps } from './lib/package/steps.js';

/** The package as installed names the MIT license and carries its text. */
async function checkLicense(installed: string): Promise<void> {
  const license = await readFile(join(installed, 'LICENSE'), 'utf8');
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as { license?: string };
  if (manifest.license !== 'MIT' || !license.startsWith('MIT License\n')) {
    throw new Error(`package.json says ${String(manifest.license)}; LICENSE begins ${JSON.stringify(license.split('\n')[0])}`);
  }
}

await runSteps('test:package', async ({ steps, root }) => {
  const consumer = join(root, 'consumer');
  const tarball = await steps.run('npm run build, npm pack', () => buildAndPack(root));
  await steps.run('publint --strict', () => runOrThrow(bin('publint'), ['run', tarball, '--strict']));
  // ESM-only by design: only the CommonJS require() resolution is left out.
  await steps.run('attw --profile esm-only', () => runOrThrow(bin('attw'), [tarball, '--profile', 'esm-only', '--no-definitely-typed', '--no-color']));
  await steps.run('npm install the tarball into a fresh project', () =>
    installConsumer(consumer, tarball, consumerFiles(), [pinned('typescript'), pinned('@types/node')]),
  );
  await steps.run('the installed package carries LICENSE, the MIT license package.json names', () =>
    checkLicense(join(consumer, 'node_modules', '@hipp-health', 'users-api')),
  );
  const mock = await steps.run('start the Prism mock', () => startMock());
  const output = await steps.run('ESM script: create, get, 404, refused body', () =>
    runOrThrow(process.execPath, ['node-smoke.mjs'], { cwd: consumer, env: { ...process.env, HIPP_BASE_URL: mock.url } }),
  );
  console.log(indent(output));
  const tsc = join(consumer, 'node_modules', 'typescript', 'bin', 'tsc');
  // Side by side: with skipLibCheck off, each checks all of @types/node or the DOM library.
  const typecheck = (config: string) => steps.run(`tsc --noEmit -p ${config}`, () => runOrThrow(process.execPath, [tsc, '-p', config], { cwd: consumer }));
  await Promise.all([typecheck('tsconfig.node16.json'), typecheck('tsconfig.bundler.json')]);
});
