// Users who never turn validation on never load it: only a dynamic import reaches the validators.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*'([^']+)'\s*\)/g;

/** Files reachable from `entry` through static imports only (`.js` specifiers resolve to `.ts` sources where they exist). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith(SRC)) return;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (!specifier?.startsWith('.')) continue;
      const target = resolve(dirname(file), specifier);
      const source = target.replace(/\.js$/, '.ts');
      visit(existsSync(source) ? source : target);
    }
  };
  visit(entry);
  return seen;
}

describe('lazy validation', () => {
  it('no static import chain leads from src/index.ts to the validators', () => {
    const graph = staticGraph(resolve(SRC, 'index.ts'));
    expect(graph.has(resolve(SRC, 'client.ts'))).toBe(true);
    expect(graph.has(resolve(SRC, 'internal/pipeline.ts'))).toBe(true);
    expect(graph.has(resolve(SRC, 'internal/answer.ts'))).toBe(true);
    expect(graph.has(resolve(SRC, 'validate.ts'))).toBe(false);
    expect([...graph].some((file) => file.includes('generated/validators'))).toBe(false);
  });

  it('src/validate.ts is reached by one dynamic import, in src/internal/validators.ts, and holds the validators', () => {
    const imports = [...staticGraph(resolve(SRC, 'index.ts'))].flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)].map((match) => `${file.slice(SRC.length + 1)} ${match[1]}`),
    );
    expect(imports).toEqual(['internal/validators.ts ../validate.js']);
    const graph = staticGraph(resolve(SRC, 'validate.ts'));
    expect([...graph].some((file) => file.endsWith('generated/validators.js'))).toBe(true);
  });
});
