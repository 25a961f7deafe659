// Compiles schemas into one ajv standalone ES module with a table of its validators by key: the shape
// of both generated/validators.js (responses) and generated/request-validators.js (requests).
import type { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { interopDefault } from '../../../src/spec/interop.js';
import { rewriteRefs, type JsonObject } from '../../../src/spec/document.js';
import { SPEC_FORMATS } from './formats.js';

const standaloneCode = interopDefault(standaloneModule);

export interface ValidatorEntry {
  /** The table's key, such as `getUserById:200` or `createUser:body`. */
  key: string;
  exportName: string;
  schema: JsonObject;
}

/** `ajv` must compile with `code.formats: SPEC_FORMATS_REF`, the formats this module defines. */
export function renderValidatorModule(ajv: Ajv2020, entries: readonly ValidatorEntry[], table: { name: string; doc: string }): string {
  const exportNames: Record<string, string> = {};
  const rows: string[] = [];
  for (const entry of entries) {
    ajv.addSchema({ $id: entry.key, ...rewriteRefs(entry.schema) });
    exportNames[entry.exportName] = entry.key;
    rows.push(`  ${JSON.stringify(entry.key)}: ${entry.exportName},`);
  }
  const code = standaloneCode(ajv, exportNames).replace(/^"use strict";\n?/, '');
  return [esmImports(`${SPEC_FORMATS}\n${code}`), '', `/** ${table.doc} */`, `export const ${table.name} = {\n${rows.join('\n')}\n};`, ''].join('\n');
}

/**
 * ajv's ESM output still `require`s its runtime helpers and format checkers;
 * turn each into a static import so the file loads as an ES module anywhere.
 */
function esmImports(code: string): string {
  const specifiers: string[] = [];
  const body = code.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
    const withExtension = specifier.endsWith('.js') ? specifier : `${specifier}.js`;
    let index = specifiers.indexOf(withExtension);
    if (index === -1) index = specifiers.push(withExtension) - 1;
    return `runtime${index}`;
  });
  const imports = specifiers.map((specifier, index) => `import runtime${index} from ${JSON.stringify(specifier)};`);
  return [...imports, body].join('\n');
}
