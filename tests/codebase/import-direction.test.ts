// Imports run one way: tests/ -> scripts/ -> src/ -> generated/. A module may import its own folder and
// anything below it in that order, never above: src/ never reaches into scripts/ or tests/, scripts/
// never into tests/, generated/ into none of ours.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { ts } from '../../scripts/lib/tools/commonjs.js';

const LAYERS = ['tests', 'scripts', 'src', 'generated'] as const;
type Layer = (typeof LAYERS)[number];

function sources(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every module specifier the file names: static imports and exports, `import()`, `import type`. */
function specifiers(root: string, file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles.map((imported) => imported.fileName);
}

function layerOf(path: string): Layer | undefined {
  return LAYERS.find((layer) => path === layer || path.startsWith(`${layer}/`));
}

/** `file: specifier` for each relative import that points to a layer above the file's own. */
function upwardImports(root: string, layer: Layer): string[] {
  const own = LAYERS.indexOf(layer);
  return sources(root, layer).flatMap((file) =>
    specifiers(root, file)
      .filter((specifier) => specifier.startsWith('.'))
      .filter((specifier) => {
        const target = layerOf(relative(root, resolve(root, dirname(file), specifier)));
        return target === undefined || LAYERS.indexOf(target) < own;
      })
      .map((specifier) => `${file}: ${specifier}`),
  );
}

describe('import direction tests/ -> scripts/ -> src/ -> generated/', () => {
  it.each(['scripts', 'src', 'generated'] as const)('%s/ imports nothing from a layer above it', (layer) => {
    expect(sources(ROOT, layer).length).toBeGreaterThan(0);
    expect(upwardImports(ROOT, layer)).toEqual([]);
  });

  it('finds upward imports planted in a copy: static, type-only and dynamic', () => {
    const root = mkdtempSync(join(tmpdir(), 'hipp-imports-'));
    try {
      const plant = (file: string, text: string) => {
        mkdirSync(dirname(join(root, file)), { recursive: true });
        writeFileSync(join(root, file), text);
      };
      plant('src/internal/a.ts', "import type { X } from '../../scripts/lib/x.js';\nimport { y } from './y.js';\n");
      plant('scripts/lib/b.ts', "export const b = () => import('../../tests/support/c.js');\n");
      plant('generated/c.ts', "export * from '../src/index.js';\n");
      expect(upwardImports(root, 'src')).toEqual(['src/internal/a.ts: ../../scripts/lib/x.js']);
      expect(upwardImports(root, 'scripts')).toEqual(['scripts/lib/b.ts: ../../tests/support/c.js']);
      expect(upwardImports(root, 'generated')).toEqual(['generated/c.ts: ../src/index.js']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
