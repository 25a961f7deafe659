// The client as a consumer gets it: `npm run build`, `npm pack`, and the tarball installed with
// `npm install` into a fresh project in a temporary directory.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, ROOT } from '../paths.js';
import { npm, runOrThrow } from '../processes/run.js';

/** Builds dist/ and packs the package into `directory`; returns the tarball's path. */
export async function buildAndPack(directory: string): Promise<string> {
  await runOrThrow(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: ROOT });
  await npm(['pack', '--pack-destination', directory], { cwd: projectRoot() });
  const tarball = readdirSync(directory).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack wrote no tarball into ${directory}`);
  return join(directory, tarball);
}

/** `name@version` as this project pins it, so a consumer installs the same tool (from the npm cache when there). */
export function pinned(name: string): string {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
  const version = manifest.devDependencies[name];
  if (!version) throw new Error(`package.json pins no ${name}`);
  return `${name}@${version}`;
}

/** A fresh project in `directory` holding `files` (its package.json among them), with the tarball and `packages` installed. */
export async function installConsumer(directory: string, tarball: string, files: Record<string, string>, packages: string[] = []): Promise<void> {
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(directory, name), text);
  // --prefix as well as cwd: npm must never walk up into another project.
  await npm(['install', '--prefix', directory, '--prefer-offline', '--no-audit', '--no-fund', tarball, ...packages], { cwd: directory });
}
