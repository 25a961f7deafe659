// Renders every file of generated/ from openapi.yaml, in memory, so generate and check share one path.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createSpecAjv } from '../../../src/spec/ajv.js';
import { RFC3339_DTS, renderRfc3339, SPEC_FORMATS_REF } from './formats.js';
import { renderValidatorModule } from './validator-module.js';
import { openapiTypescript } from '../tools/commonjs.js';
import { specPath } from '../paths.js';
import { responseEntries } from '../../../src/spec/document.js';
import { loadSpec } from '../../../src/spec/load.js';
import { renderRequestValidators, REQUEST_VALIDATORS_DTS } from './request-validators.js';
import { renderOperations, renderRequestFields } from './operations.js';
import { validatorKey } from '../../../src/internal/validator-key.js';

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
  files.set('generated/request-validators.js', `${HEADER}\n${renderRequestValidators(spec)}`);
  files.set('generated/request-validators.d.ts', `${HEADER}\n\n${REQUEST_VALIDATORS_DTS}`);
  files.set(
    'generated/rfc3339.js',
    `${HEADER}\n// Copied from src/spec/rfc3339.ts: the one reading of the spec's date and date-time formats.\n${renderRfc3339()}`,
  );
  files.set('generated/rfc3339.d.ts', `${HEADER}\n\n${RFC3339_DTS}`);
  files.set('generated/request-fields.ts', `${HEADER}\n\n${renderRequestFields(loadSpec(spec))}`);
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
  // The document the one loader reads (other files' $refs inlined), as every other generated file sees it.
  const ast = await openapiTypescript.default(loadSpec(specPath) as unknown as Parameters<typeof openapiTypescript.default>[0], {
    // A default value does not make a request field required.
    defaultNonNullable: false,
    exportType: true,
  });
  return openapiTypescript.astToString(ast);
}

function renderValidators(specPath: string): string {
  const spec = loadSpec(specPath);
  const ajv = createSpecAjv(spec, { code: { source: true, esm: true, lines: true, formats: SPEC_FORMATS_REF } });
  const entries = responseEntries(spec).flatMap((entry) =>
    entry.schema ? [{ key: validatorKey(entry.operationId, entry.status), exportName: `${entry.operationId}_${entry.status}`, schema: entry.schema }] : [],
  );
  return renderValidatorModule(ajv, entries, { name: 'responseValidators', doc: 'Response body validators by `operationId:status`.' });
}

const VALIDATORS_DTS = `export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ResponseValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Response body validators by \`operationId:status\`. */
export declare const responseValidators: Record<string, ResponseValidator>;
`;
