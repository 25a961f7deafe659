// Valid create bodies are accepted; invalid ones are refused with 400 naming the field:
// one fixed case per kind of mistake, then random bodies (fast-check) on top.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, expectStatus, isMock, violationsText, type Answer } from './support/http.js';
import { uniqueEmail, VALID_FULL_CREATE } from './support/requests.js';
import { spec } from './support/spec.js';

const assignable = (spec.components.schemas.AssignableRole as { enum: string[] }).enum;
// Against a real server every valid body creates a user: keep that number small there.
const VALID_RUNS = isMock ? 60 : 8;
const INVALID_RUNS = isMock ? 60 : 20;

const name = fc.string({ minLength: 1, maxLength: 40 });
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/), fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/), fc.constantFrom('com', 'org', 'health'))
  .map(([local, domain, tld]) => `${local}@${domain}.${tld}`);
const dateTime = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true })
  .map((date) => date.toISOString());

// A real server may check phone and NPI numbers (the docs are silent) and may text the user:
// there, values keep the documented shapes and no SMS is asked for.
const validBody = fc.record(
  {
    firstName: name,
    lastName: name,
    email,
    role: fc.constantFrom(...assignable),
    phoneNumber: isMock ? fc.string() : fc.stringMatching(/^\+1\d{10}$/),
    npiNumber: isMock ? fc.string() : fc.stringMatching(/^\d{10}$/),
    shouldSendSMS: isMock ? fc.boolean() : fc.constant(false),
    recertificationDate: dateTime,
    providerPayors: fc.array(isMock ? fc.string() : fc.stringMatching(/^[a-z0-9]{6}$/), { maxLength: 3 }),
  },
  { requiredKeys: ['firstName', 'lastName'] },
);

interface Invalid {
  field: string;
  body: Record<string, unknown>;
}
const without = (body: Record<string, unknown>, field: string) => Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));

/** Each kind of mistake, as a function of a valid body, with the bad values to try. */
const MISTAKES: Array<{ kind: string; field: string; values: unknown[] | 'missing' }> = [
  { kind: 'firstName missing', field: 'firstName', values: 'missing' },
  { kind: 'lastName missing', field: 'lastName', values: 'missing' },
  { kind: 'firstName empty', field: 'firstName', values: [''] },
  { kind: 'lastName empty', field: 'lastName', values: [''] },
  { kind: 'email malformed', field: 'email', values: ['not-an-email', 'jane@', '@example.com', 'jane smith@example.com'] },
  { kind: 'role not assignable', field: 'role', values: ['HIPP_ADMIN', 'CLINICAL_SUPERADMIN', 'SUPERUSER', 'admin', ''] },
  { kind: 'firstName not a string', field: 'firstName', values: [42, true, null] },
  { kind: 'shouldSendSMS not a boolean', field: 'shouldSendSMS', values: ['yes', 1, 'false'] },
  { kind: 'providerPayors not an array of strings', field: 'providerPayors', values: ['abc123', 42, [1, 2]] },
  { kind: 'recertificationDate not a date-time', field: 'recertificationDate', values: ['2025-13-01T00:00:00Z', 'tomorrow'] },
];

function spoil(body: Record<string, unknown>, mistake: (typeof MISTAKES)[number], value: unknown): Invalid {
  return { field: mistake.field, body: mistake.values === 'missing' ? without(body, mistake.field) : { ...body, [mistake.field]: value } };
}

const invalidBody: fc.Arbitrary<Invalid> = fc.oneof(
  ...MISTAKES.map((mistake) =>
    mistake.values === 'missing'
      ? validBody.map((body) => spoil(body, mistake, undefined))
      : fc.tuple(validBody, fc.constantFrom(...mistake.values)).map(([body, value]) => spoil(body, mistake, value)),
  ),
);

function expectRefusalNaming(answer: Answer, field: string): void {
  expectStatus(answer, 400);
  if (isMock) {
    // Prism answers with the documented example; which field broke is in its sl-violations header.
    expect(violationsText(answer)).toContain(field);
  } else {
    const details = (answer.body as { details: Array<{ path: unknown[] }> }).details;
    expect(details.map((detail) => detail.path.join('.')).join(' '), `createUser's 400 details do not name ${field}`).toContain(field);
  }
}

describe('createUser request validation', () => {
  it(`accepts random valid bodies (${VALID_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(validBody, async (body) => {
        expectStatus(await call('createUser', { body: isMock ? body : { ...body, email: uniqueEmail() } }), 200);
      }),
      { numRuns: VALID_RUNS },
    );
  });

  it.each(MISTAKES.map((mistake) => [mistake.kind, mistake] as const))('refuses a body with %s (400 naming the field)', async (_kind, mistake) => {
    const base = { ...VALID_FULL_CREATE, email: uniqueEmail() };
    const { field, body } = spoil(base, mistake, mistake.values === 'missing' ? undefined : mistake.values[0]);
    expectRefusalNaming(await call('createUser', { body }), field);
  });

  it(`refuses random invalid bodies with 400 naming the field (${INVALID_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(invalidBody, async ({ field, body }) => {
        expectRefusalNaming(await call('createUser', { body }), field);
      }),
      { numRuns: INVALID_RUNS },
    );
  });
});
