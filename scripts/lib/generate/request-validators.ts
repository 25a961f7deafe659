// Renders generated/request-validators.js: ajv standalone validators for what a request carries
// (each operation's JSON body and its path parameters), compiled from openapi.yaml in the same
// `npm run generate` step as the response validators. The sandbox checks requests with them, so the
// rules live once, in the spec. `useDefaults` lets a validator fill in the spec's documented defaults.
// Their only import is ajv-formats, a dependency already.
import standaloneModule from 'ajv/dist/standalone/index.js';
import { dirname } from 'node:path';
import { inlineExternalRefs } from '../spec/external-refs.js';
import { interopDefault } from '../spec/interop.js';
import { createSpecAjv } from '../spec/ajv.js';
import { SPEC_FORMATS, SPEC_FORMATS_REF } from './formats.js';
import { loadSpec, rewriteRefs, type JsonObject, type OpenApiDocument } from '../spec/document.js';

const standaloneCode = interopDefault(standaloneModule);

export interface RequestValidatorEntry {
  /** `operationId:body` or `operationId:path`. */
  key: string;
  exportName: string;
  schema: JsonObject;
}

/** Every part of a request the spec gives a schema: JSON bodies, and path parameters as one object. */
export function requestValidatorEntries(spec: OpenApiDocument): RequestValidatorEntry[] {
  const entries: RequestValidatorEntry[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      const body = operation.requestBody?.content?.['application/json']?.schema;
      if (body) entries.push({ key: `${operation.operationId}:body`, exportName: `${operation.operationId}_body`, schema: body });
      const pathParameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
      if (pathParameters.length > 0) {
        entries.push({
          key: `${operation.operationId}:path`,
          exportName: `${operation.operationId}_path`,
          schema: {
            type: 'object',
            required: pathParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name),
            properties: Object.fromEntries(pathParameters.map((parameter) => [parameter.name, parameter.schema])),
          },
        });
      }
    }
  }
  return entries;
}

/** The module's code, without the generated-file header; `esmImports` is the generator's require → import rewrite. */
export function renderRequestValidators(specPath: string, esmImports: (code: string) => string): string {
  // A schema in another file is inlined: ajv resolves only the schemas it was given.
  const spec = inlineExternalRefs(loadSpec(specPath), dirname(specPath));
  const ajv = createSpecAjv(spec, {
    useDefaults: true,
    // String lengths in UTF-16 code units, as JavaScript (and zod, whose error codes the API's docs
    // show) counts them; it also keeps ajv's runtime helpers, a dev dependency, out of the output.
    // ajv marks the option deprecated (and says so on every run: that notice alone is silenced), yet
    // keeps it; the generate test would see it go.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    unicode: false,
    logger: {
      log: console.log,
      warn: (...args: unknown[]) => {
        if (!String(args[0]).includes('option unicode')) console.warn(...args);
      },
      error: console.error,
    },
    code: { source: true, esm: true, lines: true, formats: SPEC_FORMATS_REF },
  });
  const exportNames: Record<string, string> = {};
  const table: string[] = [];
  for (const entry of requestValidatorEntries(spec)) {
    ajv.addSchema({ $id: entry.key, ...rewriteRefs(entry.schema) });
    exportNames[entry.exportName] = entry.key;
    table.push(`  ${JSON.stringify(entry.key)}: ${entry.exportName},`);
  }
  const code = standaloneCode(ajv, exportNames).replace(/^"use strict";\n?/, '');
  return [
    esmImports(`${SPEC_FORMATS}\n${code}`),
    '',
    '/** Request validators by `operationId:body` and `operationId:path`. Each fills in the defaults the spec documents. */',
    `export const requestValidators = {\n${table.join('\n')}\n};`,
    '',
  ].join('\n');
}

export const REQUEST_VALIDATORS_DTS = `import type { ResponseValidator } from './validators.js';

/**
 * Request validators by \`operationId:body\` and \`operationId:path\`. Each one fills in, on the
 * object it checks, the defaults the spec documents: pass it a copy.
 */
export declare const requestValidators: Record<string, ResponseValidator>;
`;
