// Inlines `$ref`s to other files (`nickname.yaml`, `common.yaml#/Name`), so ajv, which knows only the
// schemas it was given, can compile a spec that spreads its schemas over several files.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';

/** A copy of `node` with every `$ref` to another file replaced by what it points at, read relative to `baseDir`. */
export function inlineExternalRefs<T>(node: T, baseDir: string, depth = 0): T {
  if (depth > 64) throw new Error('external $refs nested too deep: does a file refer to itself?');
  if (Array.isArray(node)) return node.map((item: unknown) => inlineExternalRefs(item, baseDir, depth + 1)) as T;
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...siblings } = node as Record<string, unknown>;
  if (typeof $ref === 'string' && !$ref.startsWith('#')) {
    const [file = '', fragment = ''] = $ref.split('#');
    const path = resolve(baseDir, decodeURI(file));
    const target = follow(parse(readFileSync(path, 'utf8')) as unknown, fragment, $ref);
    // Keywords beside a $ref apply too (OpenAPI 3.1); the target's own refs are relative to its file.
    const inlined = inlineExternalRefs(target, dirname(path), depth + 1);
    return (
      inlined && typeof inlined === 'object' && !Array.isArray(inlined) ? { ...inlined, ...inlineExternalRefs(siblings, baseDir, depth + 1) } : inlined
    ) as T;
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, inlineExternalRefs(value, baseDir, depth + 1)])) as T;
}

function follow(document: unknown, fragment: string, ref: string): unknown {
  let node = document;
  for (const raw of fragment.replace(/^\//, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}
