// Renders every file of generated/ from openapi.yaml, in memory, so generate and check share one path.
import openapiTS, { astToString } from 'openapi-typescript';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { interopDefault } from '../spec/interop.js';
import { createSpecAjv } from '../spec/ajv.js';
import { SPEC_FORMATS, SPEC_FORMATS_REF } from './formats.js';
import { specPath } from '../paths.js';
import { loadSpec, responseEntries, rewriteRefs } from '../spec/document.js';
import { renderRequestValidators, REQUEST_VALIDATORS_DTS } from './request-validators.js';
import { renderOperations } from './operations.js';
import { validatorKey } from '../../../src/internal/validator-key.js';

const standaloneCode = interopDefault(standaloneModule);

const HEADER = [
  '// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:',
  '// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.',
].join('\n');

export type GeneratedFiles = Map<string, string>;

export async function renderGenerated(spec = specPath()): Promise<GeneratedFiles> {
  const files: GeneratedFiles = new Map();
  files.set('generated/openapi.ts', `${HEADER}\n\n${await renderTypes(spec)}`);
  files.set('generated/validators.js', `${HEADER}\n${renderValidators(spec)}`);
  files.set('generated/validators.d.ts', `${HEADER}\n\n${VALIDATORS_DTS}`);
  files.set('generated/request-validators.js', `${HEADER}\n${renderRequestValidators(spec, esmImports)}`);
  files.set('generated/request-validators.d.ts', `${HEADER}\n\n${REQUEST_VALIDATORS_DTS}`);
  files.set('generated/operations.ts', `${HEADER}\n\n${renderOperations(loadSpec(spec))}`);
  return files;
}

/** The rendered files that are missing under `root` or differ from what is there. */
export function staleGenerated(root: string, files: GeneratedFiles): Array<{ file: string; missing: boolean }> {
  const stale: Array<{ file: string; missing: boolean }> = [];
  for (const [file, content] of files) {
    const target = resolve(root, file);
    if (!existsSync(target)) stale.push({ file, missing: true });
    else if (readFileSync(target, 'utf8') !== content) stale.push({ file, missing: false });
  }
  return stale;
}

/** Writes the stale files only, so an unchanged file keeps its mtime; returns their names. */
export function writeGenerated(root: string, files: GeneratedFiles): string[] {
  return staleGenerated(root, files).map(({ file }) => {
    const target = resolve(root, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, files.get(file)!);
    return file;
  });
}

async function renderTypes(specPath: string): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), {
    // A default value does not make a request field required.
    defaultNonNullable: false,
    exportType: true,
  });
  return astToString(ast);
}

function renderValidators(specPath: string): string {
  const spec = loadSpec(specPath);
  const ajv = createSpecAjv(spec, {
    code: { source: true, esm: true, lines: true, formats: SPEC_FORMATS_REF },
  });
  const exportNames: Record<string, string> = {};
  const table: string[] = [];
  for (const entry of responseEntries(spec)) {
    if (!entry.schema) continue;
    const id = validatorKey(entry.operationId, entry.status);
    const exportName = `${entry.operationId}_${entry.status}`;
    ajv.addSchema({ $id: id, ...rewriteRefs(entry.schema) });
    exportNames[exportName] = id;
    table.push(`  ${JSON.stringify(id)}: ${exportName},`);
  }
  const code = standaloneCode(ajv, exportNames).replace(/^"use strict";\n?/, '');
  return [
    esmImports(`${SPEC_FORMATS}\n${code}`),
    '',
    '/** Response body validators by `operationId:status`. */',
    `export const responseValidators = {\n${table.join('\n')}\n};`,
    '',
  ].join('\n');
}

/**
 * ajv's ESM output still `require`s its runtime helpers and format checkers;
 * turn each into a static import so the file loads as an ES module anywhere.
 */
export function esmImports(code: string): string {
  const specifiers: string[] = [];
  const body = code.replace(/^"use strict";\n?/, '').replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    const withExtension = specifier.endsWith('.js') ? specifier : `${specifier}.js`;
    let index = specifiers.indexOf(withExtension);
    if (index === -1) index = specifiers.push(withExtension) - 1;
    return `runtime${index}`;
  });
  const imports = specifiers.map((specifier, index) => `import runtime${index} from ${JSON.stringify(specifier)};`);
  return [...imports, body].join('\n');
}

const VALIDATORS_DTS = `export interface ValidationIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ResponseValidator {
  (data: unknown): boolean;
  errors?: ValidationIssue[] | null;
}

/** Response body validators by \`operationId:status\`. */
export declare const responseValidators: Record<string, ResponseValidator>;
`;
