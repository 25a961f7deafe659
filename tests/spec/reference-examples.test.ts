// Every JSON example in the API's own docs validates against the schema openapi.yaml gives it.
import { describe, expect, it } from 'vitest';
import { compileSpecSchema, createSpecAjv } from '../../src/spec/ajv.js';
import { responseEntries, type JsonObject } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { referenceBlocks, REFERENCE_PAGES } from '../support/reference-examples.js';
import { formatErrors } from '../support/validation.js';
import { specPath } from '../../scripts/lib/paths.js';

const spec = loadSpec(specPath());
const ajv = createSpecAjv(spec);

// Each reference page's JSON blocks in the order they appear, with what each one is. `top-200` is the short
// sample at the top of the page: a placeholder the docs site renders from its schema, not a documented answer.
const EXPECTED = {
  createUser: ['request', 'top-200', 'request', '200', '400', '401', '401', '403', 'request'],
  getUserById: ['top-200', '200', '400', '401', '403', '404'],
} as const;

function schemaFor(operationId: string, kind: string): JsonObject {
  if (kind === 'request') return { $ref: '#/components/schemas/CreateUserRequest' };
  const entry = responseEntries(spec).find((e) => e.operationId === operationId && e.status === kind);
  if (!entry?.schema) throw new Error(`openapi.yaml documents no ${kind} body for ${operationId}`);
  return entry.schema;
}

/** The user object of a page's 200 body and the component schema that describes it. */
const USER_OF = {
  createUser: { schema: 'CreatedUser', user: (body: unknown) => (body as { user: Record<string, unknown> }).user },
  getUserById: { schema: 'User', user: (body: unknown) => body as Record<string, unknown> },
} as const;

/** The properties of a component schema whose values come from an enum (inline or through a `$ref`). */
function enumTypedProperties(schemaName: string): string[] {
  const properties = spec.components.schemas[schemaName]!.properties as Record<string, JsonObject>;
  return Object.entries(properties)
    .filter(([, property]) => {
      const target = typeof property.$ref === 'string' ? spec.components.schemas[property.$ref.split('/').pop()!]! : property;
      return Array.isArray(target.enum);
    })
    .map(([name]) => name);
}

describe.each(Object.entries(EXPECTED))('the %s page of the API docs', (operationId, kinds) => {
  const blocks = referenceBlocks(REFERENCE_PAGES[operationId as keyof typeof REFERENCE_PAGES]);
  const { schema: userSchema, user } = USER_OF[operationId as keyof typeof USER_OF];
  const top = blocks[(kinds as readonly string[]).indexOf('top-200')];
  const detailed = blocks[(kinds as readonly string[]).indexOf('200')];

  it('holds the JSON examples this test knows about', () => {
    expect(blocks).toHaveLength(kinds.length);
  });

  const documented = kinds.map((kind, index) => [index, kind] as const).filter(([, kind]) => kind !== 'top-200');
  it.each(documented)('example %i (%s) validates against openapi.yaml', (index, kind) => {
    const validate = compileSpecSchema(ajv, schemaFor(operationId, kind));
    expect(validate(blocks[index]), formatErrors(validate.errors)).toBe(true);
  });

  it('has a top sample that is a placeholder: every field of the schema but exactly the enum-typed ones', () => {
    const properties = Object.keys(spec.components.schemas[userSchema]!.properties as object);
    const enumTyped = enumTypedProperties(userSchema);
    expect(enumTyped.length).toBeGreaterThan(0);
    expect(Object.keys(user(top)).sort()).toEqual(properties.filter((name) => !enumTyped.includes(name)).sort());
    // Rendered from the schema, not written by hand: every string is `<string>` or a generic date.
    for (const [name, value] of Object.entries(user(top))) {
      if (typeof value === 'string') expect(value, name).toMatch(/^(<string>|\d{4}-\d{2}-\d{2}(T[\d:]+Z)?)$/);
    }
  });

  it('has a top sample that validates once its enum-typed fields are filled in from the detailed sample', () => {
    const validate = compileSpecSchema(ajv, schemaFor(operationId, '200'));
    const filled = structuredClone(top) as Record<string, unknown>;
    for (const name of enumTypedProperties(userSchema)) {
      if (name in user(detailed)) user(filled)[name] = user(detailed)[name];
    }
    // The placeholders stay as they are: the spec must accept any string there.
    expect(validate(filled), formatErrors(validate.errors)).toBe(true);
  });
});

describe('openapi.yaml follows the field lists, not the placeholder samples', () => {
  it('requires role on the user that get returns, as the field list does, and refuses the top sample as it stands', () => {
    const validate = compileSpecSchema(ajv, schemaFor('getUserById', '200'));
    const [topSample, detailed] = referenceBlocks(REFERENCE_PAGES.getUserById) as Array<Record<string, unknown>>;
    expect(spec.components.schemas.User!.required).toContain('role');
    expect(validate(topSample)).toBe(false);
    expect(validate(detailed)).toBe(true);
    expect(validate({ ...detailed, role: 'SUPERUSER' })).toBe(false);
  });

  it('leaves role optional on the created user, which no field list describes, and checks it when present', () => {
    const validate = compileSpecSchema(ajv, schemaFor('createUser', '200'));
    const [, , , detailed] = referenceBlocks(REFERENCE_PAGES.createUser) as Array<{ user: Record<string, unknown> }>;
    const { role: _role, ...withoutRole } = detailed!.user;
    expect(validate({ ...detailed, user: withoutRole })).toBe(true);
    expect(validate({ ...detailed, user: { ...detailed!.user, role: 'SUPERUSER' } })).toBe(false);
  });
});
