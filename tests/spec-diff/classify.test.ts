// The spec:diff classifier, on before/after pairs made from openapi.yaml by one small mutation each.
import { describe, expect, it } from 'vitest';
import { diffSpecs, formatChange, hasBreaking, type SpecChange } from '../../scripts/lib/spec-diff/diff.js';
import { type JsonObject, type OpenApiDocument } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { specPath } from '../../scripts/lib/paths.js';

const original = loadSpec(specPath());
type Mutation = (spec: OpenApiDocument) => void;

const schemas = (spec: OpenApiDocument) =>
  spec.components.schemas as Record<string, JsonObject & { properties: Record<string, JsonObject>; required?: string[]; enum?: unknown[] }>;
const getUser = (spec: OpenApiDocument) => spec.paths['/v1/users/{publicId}']!.get!;
const createUser = (spec: OpenApiDocument) => spec.paths['/v1/users']!.post!;
const operation = (op: unknown) => op as JsonObject;

/** The changes `mutate` makes, applied after `setup` (which both sides get). */
function changesOf(mutate: Mutation, setup: Mutation = () => {}): SpecChange[] {
  const before = structuredClone(original);
  setup(before);
  const after = structuredClone(before);
  mutate(after);
  return diffSpecs(before, after);
}

/** The report lines for `mutate`, applied after `setup` (which both sides get). */
const lines = (mutate: Mutation, setup?: Mutation): string[] => changesOf(mutate, setup).map(formatChange);

/** Moves the operations of `from` to the path `to`, keeping everything else. */
const movePath = (from: string, to: string) => (spec: OpenApiDocument) => {
  spec.paths = Object.fromEntries(Object.entries(spec.paths).map(([path, item]) => [path === from ? to : path, item]));
};

/** An optional query parameter of getUserById, `fields`, defaulting to `all`. */
const fieldsParameter = (spec: OpenApiDocument) => {
  getUser(spec).parameters!.push({
    name: 'fields',
    in: 'query',
    required: false,
    description: 'Which fields.',
    schema: { type: 'string', default: 'all' },
  } as never);
};

/** A copy of openapi.yaml changed by `mutate`. */
function prepared(mutate: Mutation): OpenApiDocument {
  const spec = structuredClone(original);
  mutate(spec);
  return spec;
}

const breaking = (text: string) => `BREAKING      ${text}`;
const nonBreaking = (text: string) => `non-breaking  ${text}`;

describe('spec:diff classifies', () => {
  it('an unchanged spec as no change at all', () => {
    expect(lines(() => {})).toEqual([]);
  });

  describe('as breaking', () => {
    const cases: Array<[string, Mutation, string[], Mutation?]> = [
      ['a removed operation', (s) => delete s.paths['/v1/users/{publicId}'], [breaking('getUserById: removed operation GET /v1/users/{publicId}')]],
      ['a removed response field', (s) => delete schemas(s).User!.properties.city, [breaking('getUserById 200 response: removed field /city')]],
      [
        'a removed field in a nested response object',
        (s) => delete schemas(s).Organization!.properties.name,
        [breaking('createUser 200 response: removed field /user/organization/name')],
      ],
      [
        'a removed request enum value',
        (s) => schemas(s).AssignableRole!.enum!.splice(8, 1),
        [breaking('createUser request body: /role: removed enum value PAYROLL_ADMIN')],
      ],
      [
        'a removed response enum value',
        (s) => schemas(s).UserRole!.enum!.pop(),
        [
          breaking('createUser 200 response: /user/role: removed enum value CLINICAL_SUPERADMIN'),
          breaking('getUserById 200 response: /role: removed enum value CLINICAL_SUPERADMIN'),
        ],
      ],
      [
        'a new required request field',
        (s) => {
          schemas(s).CreateUserRequest!.properties.tenantId = { type: 'string', description: 'The tenant.' };
          schemas(s).CreateUserRequest!.required!.push('tenantId');
        },
        [breaking('createUser request body: new required field /tenantId')],
      ],
      [
        'an optional request field made required',
        (s) => schemas(s).CreateUserRequest!.required!.push('email'),
        [breaking('createUser request body: field /email is now required')],
      ],
      [
        'a request type change',
        (s) => (schemas(s).CreateUserRequest!.properties.phoneNumber!.type = 'integer'),
        [breaking('createUser request body: /phoneNumber: type string → integer')],
      ],
      [
        'an added minLength on a request field',
        (s) => (schemas(s).CreateUserRequest!.properties.npiNumber!.minLength = 10),
        [breaking('createUser request body: /npiNumber: added minLength 10')],
      ],
      [
        'a raised minLength on a request field',
        (s) => (schemas(s).CreateUserRequest!.properties.firstName!.minLength = 2),
        [breaking('createUser request body: /firstName: minLength 1 → 2')],
      ],
      [
        'an added format on a request field',
        (s) => (schemas(s).CreateUserRequest!.properties.phoneNumber!.format = 'uuid'),
        [breaking('createUser request body: /phoneNumber: added format uuid')],
      ],
      [
        'an added enum on a request field',
        (s) => (schemas(s).CreateUserRequest!.properties.npiNumber!.enum = ['1234567890']),
        [breaking('createUser request body: /npiNumber: now restricted to ["1234567890"]')],
      ],
      [
        'a narrowed array item in a request',
        (s) => ((schemas(s).CreateUserRequest!.properties.providerPayors!.items as JsonObject).maxLength = 8),
        [breaking('createUser request body: /providerPayors[]: added maxLength 8')],
      ],
      [
        'a request field that no longer accepts null',
        (s) => (schemas(s).CreateUserRequest!.properties.phoneNumber!.type = 'string'),
        [breaking('createUser request body: /phoneNumber: no longer accepts null')],
        (s) => (schemas(s).CreateUserRequest!.properties.phoneNumber!.type = ['string', 'null']),
      ],
      [
        'a narrowed path parameter',
        (s) => (getUser(s).parameters![0]!.schema.minLength = 5),
        [breaking('getUserById parameter publicId (path): minLength 1 → 5')],
      ],
      ['a removed success status', (s) => delete getUser(s).responses['200'], [breaking('getUserById: removed success response 200')]],
      [
        'a changed default of a request field',
        (s) => (schemas(s).CreateUserRequest!.properties.shouldSendSMS!.default = true),
        [breaking('createUser request body: /shouldSendSMS: default false → true (clients that omit it now get true)')],
      ],
      [
        'a removed default of a request field',
        (s) => delete schemas(s).CreateUserRequest!.properties.shouldSendSMS!.default,
        [breaking('createUser request body: /shouldSendSMS: default false → none (clients that omit it no longer get false)')],
      ],
      [
        'a changed default of a request field given beside a $ref',
        (s) => (schemas(s).CreateUserRequest!.properties.role!.default = 'PATIENT'),
        [breaking('createUser request body: /role: default TECHNICIAN → PATIENT (clients that omit it now get PATIENT)')],
      ],
      [
        'a changed default of a query parameter',
        (s) => (getUser(s).parameters!.at(-1)!.schema.default = 'summary'),
        [breaking('getUserById parameter fields (query): default all → summary (clients that omit it now get summary)')],
        fieldsParameter,
      ],
      [
        'a changed status code',
        (s) => {
          const responses = createUser(s).responses;
          responses['201'] = responses['200']!;
          delete responses['200'];
        },
        [breaking('createUser: response 200 → 201')],
      ],
      [
        'a new value in a response enum',
        (s) => schemas(s).UserRole!.enum!.push('AUDITOR'),
        [
          breaking('createUser 200 response: /user/role: new enum value AUDITOR (breaks exhaustive switches)'),
          breaking('getUserById 200 response: /role: new enum value AUDITOR (breaks exhaustive switches)'),
        ],
      ],
      [
        'a response field that may now be null (3.1 type list)',
        (s) => (schemas(s).CreatedUser!.properties.email!.type = ['string', 'null']),
        [breaking('createUser 200 response: /user/email: may now be null')],
      ],
      [
        'a response field no longer always present',
        (s) => (schemas(s).CreatedUser!.required = ['publicId', 'firstName']),
        [breaking('createUser 200 response: field /user/lastName is no longer always present')],
      ],
      [
        'a new required field named in `required` alone, without a property',
        (s) => schemas(s).CreateUserRequest!.required!.push('tenantId'),
        [breaking('createUser request body: new required field /tenantId')],
      ],
      [
        'a security requirement that now also asks for another scheme (AND)',
        (s) => (operation(getUser(s)).security = [{ apiKey: [], oauth: ['read'] }]),
        [breaking('getUserById: security apiKey → apiKey + oauth[read]')],
      ],
      [
        'a removed security alternative',
        (s) => (operation(getUser(s)).security = [{ oauth: ['read'] }]),
        [breaking('getUserById: security alternative apiKey removed')],
        (s) => (operation(getUser(s)).security = [{ apiKey: [] }, { oauth: ['read'] }]),
      ],
      [
        'authentication asked for where there was none',
        (s) => (operation(getUser(s)).security = [{ apiKey: [] }]),
        [breaking('getUserById: security no authentication → apiKey')],
        (s) => (operation(getUser(s)).security = []),
      ],
      [
        'a keyword the classifier does not know, to be looked at',
        (s) => (schemas(s).User!.properties.city!.readOnly = true),
        [breaking('getUserById 200 response: /city: readOnly changed (not classified by spec:diff; treated as breaking)')],
      ],
      [
        'a removed format on a response field',
        (s) => delete schemas(s).User!.properties.birthDate!.format,
        [breaking('getUserById 200 response: /birthDate: removed format date')],
      ],
    ];

    it.each(cases)('%s', (_name, mutate, expected, setup) => {
      const found = lines(mutate, setup);
      expect(found.filter((line) => line.startsWith('BREAKING'))).toEqual(expected);
    });
  });

  describe('as non-breaking', () => {
    const cases: Array<[string, Mutation, string[], Mutation?]> = [
      [
        'a new optional request field',
        (s) => (schemas(s).CreateUserRequest!.properties.nickname = { type: 'string', description: 'A nickname.' }),
        [nonBreaking('createUser request body: new optional field /nickname')],
      ],
      [
        'a new response field',
        (s) => (schemas(s).User!.properties.country = { type: ['string', 'null'], description: 'The country.' }),
        [nonBreaking('getUserById 200 response: new field /country')],
      ],
      [
        'a new operation',
        (s) => {
          s.paths['/v1/users']!.get = {
            operationId: 'listUsers',
            responses: {
              '200': {
                description: 'The users.',
                content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/User' } } } },
              },
            },
          };
        },
        [nonBreaking('listUsers: new operation GET /v1/users')],
      ],
      [
        'description changes',
        (s) => {
          (createUser(s) as unknown as JsonObject).description = 'Adds a user.';
          schemas(s).User!.properties.city!.description = 'The town.';
        },
        [nonBreaking('createUser: description changed'), nonBreaking('getUserById 200 response: /city: description changed')],
      ],
      [
        'a new value in a request enum',
        (s) => schemas(s).AssignableRole!.enum!.push('AUDITOR'),
        [nonBreaking('createUser request body: /role: new enum value AUDITOR')],
      ],
      [
        'a request field that now accepts null',
        (s) => (schemas(s).CreateUserRequest!.properties.phoneNumber!.type = ['string', 'null']),
        [nonBreaking('createUser request body: /phoneNumber: now accepts null')],
      ],
      [
        'a response field that is never null any more',
        (s) => (schemas(s).User!.properties.city!.type = 'string'),
        [nonBreaking('getUserById 200 response: /city: is never null any more')],
      ],
      [
        'a loosened request constraint',
        (s) => delete schemas(s).CreateUserRequest!.properties.firstName!.minLength,
        [nonBreaking('createUser request body: /firstName: removed minLength 1')],
      ],
      [
        'a new error status',
        (s) => (getUser(s).responses['429'] = structuredClone(getUser(s).responses['403']!)),
        [nonBreaking('getUserById: new response 429')],
      ],
      [
        'a new security alternative (OR): existing clients still meet the old one',
        (s) => (operation(getUser(s)).security = [{ apiKey: [] }, { oauth: ['read'] }]),
        [nonBreaking('getUserById: new security alternative oauth[read]')],
      ],
      [
        'a removed error status: clients never get it again, and code handling it still compiles',
        (s) => delete getUser(s).responses['403'],
        [nonBreaking('getUserById: removed non-success response 403')],
      ],
      [
        'an error status swapped for another',
        (s) => {
          const responses = getUser(s).responses;
          responses['409'] = responses['403']!;
          delete responses['403'];
        },
        [nonBreaking('getUserById: response 403 → 409')],
      ],
      [
        'a new default of a request field: it documents what was unspecified',
        (s) => (schemas(s).CreateUserRequest!.properties.npiNumber!.default = 'unknown'),
        [nonBreaking('createUser request body: /npiNumber: default none → unknown')],
      ],
      [
        'a changed default of a response field',
        (s) => (schemas(s).User!.properties.city!.default = 'Boston'),
        [nonBreaking('getUserById 200 response: /city: default New York → Boston')],
        (s) => (schemas(s).User!.properties.city!.default = 'New York'),
      ],
      [
        'authentication no longer asked for',
        (s) => (operation(getUser(s)).security = []),
        [nonBreaking('getUserById: security apiKey → no authentication (every client that met it still does)')],
      ],
    ];

    it.each(cases)('%s', (_name, mutate, expected, setup) => {
      const changes = changesOf(mutate, setup);
      expect(changes.map(formatChange)).toEqual(expected);
      expect(hasBreaking(changes)).toBe(false);
    });
  });

  it('names each change by operation, location and JSON path, breaking ones first', () => {
    const after = structuredClone(original);
    schemas(after).User!.properties.nickname = { type: 'string', description: 'A nickname.' };
    delete schemas(after).User!.properties.city;
    const changes = diffSpecs(original, after);
    expect(changes.map((change) => [change.severity, change.operation, change.location, change.path])).toEqual([
      ['breaking', 'getUserById', '200 response', '/city'],
      ['non-breaking', 'getUserById', '200 response', '/nickname'],
    ]);
  });

  describe('oneOf and anyOf branches', () => {
    const contact = (branches: JsonObject[]) => (s: OpenApiDocument) => {
      schemas(s).User!.properties.contact = { description: 'How to reach the user.', oneOf: branches };
    };
    const email = { type: 'string', description: 'An email address.' };
    const extension = { type: 'integer', description: 'A phone extension.' };

    it('that only changed places: no change at all', () => {
      expect(lines(contact([extension, email]), contact([email, extension]))).toEqual([]);
    });

    it('that changed places and changed: the change, on the branch that changed', () => {
      expect(lines(contact([{ ...extension, maximum: 9999 }, email]), contact([email, extension]))).toEqual([
        nonBreaking('getUserById 200 response: /contact<oneOf 1>: added maximum 9999'),
      ]);
    });

    it('a removed branch, whichever its place', () => {
      expect(lines(contact([extension]), contact([email, extension]))).toEqual([
        nonBreaking('getUserById 200 response: /contact: removed oneOf alternative 0'),
      ]);
      expect(lines(contact([email]), contact([email, extension]))).toEqual([nonBreaking('getUserById 200 response: /contact: removed oneOf alternative 1')]);
    });
  });

  it('matches header parameters whatever the case of their names', () => {
    const header = (name: string) => (s: OpenApiDocument) => {
      getUser(s).parameters!.push({ name, in: 'header', required: false, schema: { type: 'string' }, description: 'A trace id.' } as never);
    };
    const found = lines((s) => (getUser(s).parameters!.at(-1)!.name = 'x-trace-id'), header('X-Trace-Id'));
    expect(found).toEqual([nonBreaking('getUserById parameter X-Trace-Id (header): spelled x-trace-id now (header names ignore case)')]);
  });

  describe('a renamed path parameter', () => {
    const renamed = (s: OpenApiDocument) => {
      movePath('/v1/users/{publicId}', '/v1/users/{id}')(s);
      s.paths['/v1/users/{id}' as keyof OpenApiDocument['paths']]!.get!.parameters![0]!.name = 'id';
    };
    const rename = breaking(
      'getUserById: path parameter publicId renamed id (/v1/users/{publicId} → /v1/users/{id}): the same operation and URLs, ' +
        'not a removed operation and a new one, but breaking for hipp.api callers, who spell the path template',
    );

    it('as a rename of the same operation, breaking for hipp.api callers, not as a removed operation and a new one', () => {
      const changes = changesOf(renamed);
      expect(changes.map(formatChange)).toEqual([rename]);
      expect(hasBreaking(changes)).toBe(true);
    });

    it('compares the renamed parameter with its old self', () => {
      const found = lines((s) => {
        renamed(s);
        s.paths['/v1/users/{id}' as keyof OpenApiDocument['paths']]!.get!.parameters![0]!.schema.minLength = 5;
      });
      expect(found).toEqual([rename, breaking('getUserById parameter publicId (path): minLength 1 → 5')]);
    });

    it('but a path changed elsewhere as a removed operation and a new one', () => {
      expect(lines(movePath('/v1/users/{publicId}', '/v1/members/{publicId}'))).toEqual([
        breaking('getUserById: removed operation GET /v1/users/{publicId}'),
        nonBreaking('getUserById: new operation GET /v1/members/{publicId}'),
      ]);
    });
  });

  it('terminates on a schema that refers to itself on one side only', () => {
    const tree = (s: OpenApiDocument) => {
      schemas(s).Tree = { type: 'array', description: 'A tree.', items: { $ref: '#/components/schemas/Tree' } } as never;
    };
    const recursive = (s: OpenApiDocument) => {
      tree(s);
      schemas(s).User!.properties.tree = { $ref: '#/components/schemas/Tree' };
    };
    // The same tree, inlined one level deep and no deeper.
    const inlined = (s: OpenApiDocument) => {
      tree(s);
      schemas(s).User!.properties.tree = { type: 'array', description: 'A tree.' };
    };
    const forth = diffSpecs(prepared(recursive), prepared(inlined)).map(formatChange);
    expect(forth).toContain(breaking('getUserById 200 response: /tree[]: type array no longer declared (any value)'));
    expect(forth.filter((line) => line.includes('[][]'))).toEqual([]);
    const back = diffSpecs(prepared(inlined), prepared(recursive)).map(formatChange);
    expect(back).toContain(nonBreaking('getUserById 200 response: /tree[]: now restricted to type array'));
    expect(back.filter((line) => line.includes('[][]'))).toEqual([]);
  });

  it('terminates on recursive schemas, reporting a change once, where the schema is first reached', () => {
    const recursive = (spec: OpenApiDocument) => {
      schemas(spec).User!.properties.caregiver = { $ref: '#/components/schemas/User', description: 'The caregiver.' };
      return spec;
    };
    const before = recursive(structuredClone(original));
    const after = recursive(structuredClone(original));
    delete schemas(after).User!.properties.state;
    const found = diffSpecs(before as unknown as JsonObject, after as unknown as JsonObject).map(formatChange);
    expect(found).toContain(breaking('getUserById 200 response: removed field /state'));
    expect(found.filter((line) => line.includes('/state'))).toEqual([breaking('getUserById 200 response: removed field /state')]);
  });
});
