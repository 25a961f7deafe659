// One configuration of ajv for everything that checks bodies against the spec: 2020-12 with formats.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { interopDefault } from './interop.js';
import { isRfc3339Date, isRfc3339DateTime } from './rfc3339.js';
import type { ValidateFunction } from 'ajv';
import { definitionsSchema, rewriteRefs, type JsonObject, type OpenApiDocument } from './document.js';

const addFormats = interopDefault(addFormatsModule);

/** The formats openapi.yaml uses: email from ajv-formats, dates to RFC 3339's letter (rfc3339.ts). */
export const FORMATS = ['email', 'date', 'date-time'] as const;

export function createSpecAjv(spec: OpenApiDocument, options: Options = {}): Ajv2020 {
  // Union types are plain JSON Schema 2020-12 (`type: [string, integer]`); strict mode only warns about style.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true, ...options });
  addFormats(ajv, ['email']);
  ajv.addFormat('date', isRfc3339Date);
  ajv.addFormat('date-time', isRfc3339DateTime);
  ajv.addKeyword('example');
  ajv.addSchema(definitionsSchema(spec));
  return ajv;
}

/** Compiles a schema taken from openapi.yaml, whose `$ref`s point into `components/schemas`. */
export function compileSpecSchema(ajv: Ajv2020, schema: JsonObject): ValidateFunction {
  return ajv.compile(rewriteRefs(schema));
}
