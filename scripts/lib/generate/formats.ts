// The format checkers both generated validator modules compile against, so the client's response validation,
// the sandbox's request validation, the contract suite and the spec tests read the spec's formats one way:
// email from ajv-formats; date and date-time from src/spec/rfc3339.ts, RFC 3339 to the letter, which
// generate copies to generated/rfc3339.js (generated/ imports nothing of ours).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { _ } from 'ajv/dist/2020.js';
import { ts } from '../tools/commonjs.js';

export const SPEC_FORMATS = `import { isRfc3339Date, isRfc3339DateTime } from "./rfc3339.js";
const specFormats = {
  email: require("ajv-formats/dist/formats.js").fullFormats.email,
  date: isRfc3339Date,
  "date-time": isRfc3339DateTime,
};`;

/** The formats above as the compiled code names them (ajv's `code.formats` option). */
export const SPEC_FORMATS_REF = _`specFormats`;

const RFC3339_SOURCE = fileURLToPath(new URL('../../../src/spec/rfc3339.ts', import.meta.url));

/** generated/rfc3339.js: src/spec/rfc3339.ts as plain JavaScript. */
export function renderRfc3339(): string {
  const { outputText } = ts.transpileModule(readFileSync(RFC3339_SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: false },
  });
  return outputText;
}

export const RFC3339_DTS = `export declare function isRfc3339Date(value: string): boolean;
export declare function isRfc3339DateTime(value: string): boolean;
`;
