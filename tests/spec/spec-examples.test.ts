// Every example in openapi.yaml validates against its own schema under ajv (2020-12, with formats).
import { describe, expect, it } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../../src/spec/ajv.js';
import { namedExamples, responseEntries, specOperations, type JsonObject } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { formatErrors } from '../support/validation.js';
import { specPath } from '../../scripts/lib/paths.js';

const spec = loadSpec(specPath());
const ajv = createSpecAjv(spec);

interface Case {
  where: string;
  schema: JsonObject;
  value: unknown;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (const entry of responseEntries(spec)) {
    for (const [name, value] of Object.entries(namedExamples(spec, entry.response))) {
      out.push({ where: `${entry.operationId} ${entry.status} example ${name}`, schema: entry.schema!, value });
    }
  }
  for (const { operation } of specOperations(spec)) {
    if (operation.requestBody) {
      const schema = operation.requestBody.content!['application/json']!.schema!;
      for (const [name, value] of Object.entries(namedExamples(spec, operation.requestBody))) {
        out.push({ where: `${operation.operationId} request example ${name}`, schema, value });
      }
    }
    for (const parameter of operation.parameters ?? []) {
      const example = (parameter as { example?: unknown }).example;
      if (example !== undefined) {
        out.push({ where: `${operation.operationId} parameter ${parameter.name} example`, schema: parameter.schema, value: example });
      }
    }
  }
  return out;
}

const all = cases();

describe('examples in openapi.yaml', () => {
  it('exist for every response with a body and every request body', () => {
    const withBody = responseEntries(spec).filter((entry) => entry.schema);
    for (const entry of withBody) {
      expect(Object.keys(namedExamples(spec, entry.response)), `${entry.operationId} ${entry.status}`).not.toHaveLength(0);
    }
    expect(all.length).toBeGreaterThanOrEqual(withBody.length);
  });

  it.each(all.map((c) => [c.where, c] as const))('%s validates', (_where, c) => {
    const validate = compileSpecSchema(ajv, c.schema);
    expect(validate(c.value), formatErrors(validate.errors)).toBe(true);
  });

  it('the validator is strict enough to refuse a wrong example', () => {
    const entry = responseEntries(spec).find((e) => e.operationId === 'getUserById' && e.status === '200')!;
    const validate = compileSpecSchema(ajv, entry.schema!);
    expect(validate({ publicId: 'usr_1', role: 'PATIENT', birthDate: '1990-02-30' })).toBe(false);
    expect(validate({ publicId: 'usr_1', role: 'PATIENT', sex: 'UNKNOWN' })).toBe(false);
    expect(validate({ publicId: 'usr_1', sex: null, birthDate: null })).toBe(false);
    expect(validate({ publicId: 'usr_1', role: 'PATIENT', sex: null, birthDate: null })).toBe(true);
  });
});
