// Every JSON example in the API's own docs validates against the schema openapi.yaml gives it.
import { describe, expect, it } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../../scripts/lib/spec/ajv.js';
import { loadSpec, responseEntries, type JsonObject } from '../../scripts/lib/spec/document.js';
import { seedBlocks, SEED_FILES } from '../support/seed-examples.js';
import { formatErrors } from '../support/validation.js';

const spec = loadSpec();
const ajv = createSpecAjv(spec);

// Each seed page's JSON blocks in the order they appear, with what each one is.
const EXPECTED = {
  createUser: ['request', '200', 'request', '200', '400', '401', '401', '403', 'request'],
  getUserById: ['200', '200', '400', '401', '403', '404'],
} as const;

function schemaFor(operationId: string, kind: string): JsonObject {
  if (kind === 'request') return { $ref: '#/components/schemas/CreateUserRequest' };
  const entry = responseEntries(spec).find((e) => e.operationId === operationId && e.status === kind);
  if (!entry?.schema) throw new Error(`openapi.yaml documents no ${kind} body for ${operationId}`);
  return entry.schema;
}

describe.each(Object.entries(EXPECTED))('the %s page of the API docs', (operationId, kinds) => {
  const blocks = seedBlocks(SEED_FILES[operationId as keyof typeof SEED_FILES]);

  it('holds the JSON examples this test knows about', () => {
    expect(blocks).toHaveLength(kinds.length);
  });

  it.each(kinds.map((kind, index) => [index, kind] as const))('example %i (%s) validates against openapi.yaml', (index, kind) => {
    const validate = compileSpecSchema(ajv, schemaFor(operationId, kind));
    // The top samples' `<string>` placeholders stay as they are: the spec must accept any string there.
    const example = blocks[index];
    expect(validate(example), formatErrors(validate.errors)).toBe(true);
  });
});

describe('the docs disagree, and the spec accepts both readings', () => {
  it('a created user without role (top sample) and with role (detailed sample) are both valid', () => {
    const validate = compileSpecSchema(ajv, schemaFor('createUser', '200'));
    const [, topSample, , detailed] = seedBlocks(SEED_FILES.createUser) as Array<{ user: Record<string, unknown> }>;
    expect(topSample!.user).not.toHaveProperty('role');
    expect(detailed!.user).toHaveProperty('role');
    expect(validate(topSample)).toBe(true);
    expect(validate(detailed)).toBe(true);
  });

  it('a user without role and sex (top sample) is valid, but one with an unknown role is not', () => {
    const validate = compileSpecSchema(ajv, schemaFor('getUserById', '200'));
    const [topSample] = seedBlocks(SEED_FILES.getUserById) as Array<Record<string, unknown>>;
    expect(validate(topSample)).toBe(true);
    expect(validate({ ...topSample, role: 'SUPERUSER' })).toBe(false);
  });
});
