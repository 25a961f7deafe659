// Builds dist/ (npm's prepare runs it, so `npm pack` and a git install always carry it): tsc emits dist/src/**
// (the sandbox, the contract engine and the CLI included) and dist/generated/openapi.*; the standalone validators are
// plain JS, so they are copied beside them, keeping src's `../generated/validators.js` import valid.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from './lib/paths.js';

const root = projectRoot();
const dist = resolve(root, 'dist');

// Only what this script writes: dist/docs belongs to npm run docs.
for (const dir of ['src', 'generated']) rmSync(resolve(dist, dir), { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', resolve(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (compiled.status !== 0) {
  console.error('build: tsc failed');
  process.exit(compiled.status ?? 1);
}

mkdirSync(resolve(dist, 'generated'), { recursive: true });
for (const file of ['validators.js', 'validators.d.ts', 'request-validators.js', 'request-validators.d.ts', 'rfc3339.js', 'rfc3339.d.ts']) {
  copyFileSync(resolve(root, 'generated', file), resolve(dist, 'generated', file));
}

// Load what was built, validators included, so a broken relative import fails the build, not a user.
const entry = (await import(pathToFileURL(resolve(dist, 'src/index.js')).href)) as Record<string, unknown>;
const validate = (await import(pathToFileURL(resolve(dist, 'src/validate.js')).href)) as Record<string, unknown>;
const sandbox = (await import(pathToFileURL(resolve(dist, 'src/sandbox/index.js')).href)) as Record<string, unknown>;
const contract = (await import(pathToFileURL(resolve(dist, 'src/contract/index.js')).href)) as Record<string, unknown>;
const cli = (await import(pathToFileURL(resolve(dist, 'src/cli/main.js')).href)) as Record<string, unknown>;
if (
  typeof entry['createHippClient'] !== 'function' ||
  typeof validate['findContractIssues'] !== 'function' ||
  typeof sandbox['createHippSandbox'] !== 'function' ||
  typeof contract['runContract'] !== 'function' ||
  typeof cli['main'] !== 'function'
) {
  console.error('build: dist/src does not export what it should');
  process.exit(1);
}
console.log('build: wrote dist/src and dist/generated');
