// The one spec loader: parses openapi.yaml (or another version of it) and inlines its `$ref`s to other files,
// so every reader (generation, validators, the contract suite, spec:diff, the tests) sees the same document.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import type { OpenApiDocument } from './document.js';
import { inlineExternalRefs } from './external-refs.js';
import { packageRoot } from './package-root.js';

/**
 * The last texts parsed, and what they parsed to. The same spec is read many times in one process (a test run
 * reads it over a hundred times); a copy of the parsed object costs about a hundredth of parsing the YAML again.
 */
const parsedTexts = new Map<string, OpenApiDocument>();
const PARSED_TEXTS_KEPT = 8;

/**
 * Parses a spec's text; `source` names it in the error when the text is not a YAML mapping. With `baseDir`, `$ref`s
 * to other files are inlined, read relative to it. Each call gets its own object.
 */
export function parseSpec(text: string, source = 'openapi.yaml', baseDir?: string): OpenApiDocument {
  const key = `${baseDir ?? ''}\0${text}`;
  let spec = parsedTexts.get(key);
  if (!spec) {
    let parsed: unknown;
    try {
      parsed = parse(text);
    } catch (error) {
      throw new Error(`${source} is not valid YAML: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${source} is not a YAML mapping`);
    spec = (baseDir === undefined ? parsed : inlineExternalRefs(parsed, baseDir)) as OpenApiDocument;
    parsedTexts.set(key, spec);
    if (parsedTexts.size > PARSED_TEXTS_KEPT) parsedTexts.delete(parsedTexts.keys().next().value!);
  }
  return structuredClone(spec);
}

/** Reads a spec file, its `$ref`s to other files inlined. */
export function loadSpec(path: string): OpenApiDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read the spec ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseSpec(text, path, dirname(path));
}

/** The openapi.yaml this package ships. */
export function packagedSpecPath(): string {
  return join(packageRoot(), 'openapi.yaml');
}
