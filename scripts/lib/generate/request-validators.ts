// Renders generated/request-validators.js: ajv standalone validators for what a request carries
// (each operation's JSON body and its path parameters), compiled from openapi.yaml in the same
// `npm run generate` step as the response validators. The sandbox checks requests with them, so the
// rules live once, in the spec. `useDefaults` lets a validator fill in the spec's documented defaults.
// Their only import is ajv-formats, a dependency already.
import { createSpecAjv } from '../../../src/spec/ajv.js';
import { SPEC_FORMATS_REF } from './formats.js';
import { renderValidatorModule, type ValidatorEntry } from './validator-module.js';
import { type OpenApiDocument, specOperations } from '../../../src/spec/document.js';
import { loadSpec } from '../../../src/spec/load.js';

/** A request part's validator: `operationId:body` or `operationId:path`. */
export type RequestValidatorEntry = ValidatorEntry;

/** Every part of a request the spec gives a schema: JSON bodies, and path parameters as one object. */
export function requestValidatorEntries(spec: OpenApiDocument): RequestValidatorEntry[] {
  const entries: RequestValidatorEntry[] = [];
  for (const { operation } of specOperations(spec)) {
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
  return entries;
}

/** The module's code, without the generated-file header. */
export function renderRequestValidators(specPath: string): string {
  const spec = loadSpec(specPath);
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
  return renderValidatorModule(ajv, requestValidatorEntries(spec), {
    name: 'requestValidators',
    doc: 'Request validators by `operationId:body` and `operationId:path`. Each fills in the defaults the spec documents.',
  });
}

export const REQUEST_VALIDATORS_DTS = `import type { ResponseValidator } from './validators.js';

/**
 * Request validators by \`operationId:body\` and \`operationId:path\`. Each one fills in, on the
 * object it checks, the defaults the spec documents: pass it a copy.
 */
export declare const requestValidators: Record<string, ResponseValidator>;
`;
