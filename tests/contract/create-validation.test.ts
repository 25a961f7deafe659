// Property-based: valid create bodies are accepted; invalid ones are refused with 400 naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { call, expectStatus, isMock, violationsText } from './support/http.js';
import { uniqueEmail } from './support/requests.js';
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

const validBody = fc.record(
  {
    firstName: name,
    lastName: name,
    email,
    role: fc.constantFrom(...assignable),
    phoneNumber: fc.string(),
    npiNumber: fc.string(),
    shouldSendSMS: fc.boolean(),
    recertificationDate: dateTime,
    providerPayors: fc.array(fc.string(), { maxLength: 3 }),
  },
  { requiredKeys: ['firstName', 'lastName'] },
);

/** An invalid body and the field it breaks. */
const invalidBody: fc.Arbitrary<{ field: string; body: Record<string, unknown> }> = fc.oneof(
  validBody.map((body) => { const { firstName: _drop, ...rest } = body; return { field: 'firstName', body: rest }; }),
  validBody.map((body) => { const { lastName: _drop, ...rest } = body; return { field: 'lastName', body: rest }; }),
  validBody.map((body) => ({ field: 'firstName', body: { ...body, firstName: '' } })),
  validBody.map((body) => ({ field: 'lastName', body: { ...body, lastName: '' } })),
  fc.tuple(validBody, fc.constantFrom('not-an-email', 'jane@', '@example.com', 'jane smith@example.com')).map(([body, bad]) => ({ field: 'email', body: { ...body, email: bad } })),
  fc.tuple(validBody, fc.constantFrom('HIPP_ADMIN', 'CLINICAL_SUPERADMIN', 'SUPERUSER', 'admin', '')).map(([body, bad]) => ({ field: 'role', body: { ...body, role: bad } })),
  fc.tuple(validBody, fc.oneof(fc.integer(), fc.boolean(), fc.constant(null))).map(([body, bad]) => ({ field: 'firstName', body: { ...body, firstName: bad } })),
  fc.tuple(validBody, fc.constantFrom('yes', 1, 'false')).map(([body, bad]) => ({ field: 'shouldSendSMS', body: { ...body, shouldSendSMS: bad } })),
  fc.tuple(validBody, fc.constantFrom('abc123', 42)).map(([body, bad]) => ({ field: 'providerPayors', body: { ...body, providerPayors: bad } })),
  fc.tuple(validBody, fc.constantFrom('2025-13-01T00:00:00Z', 'tomorrow', '2025-01-15')).map(([body, bad]) => ({ field: 'recertificationDate', body: { ...body, recertificationDate: bad } })),
);

describe('createUser request validation', () => {
  it(`accepts random valid bodies (${VALID_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(validBody, async (body) => {
        const answer = await call('createUser', { body: isMock ? body : { ...body, email: uniqueEmail() } });
        expectStatus(answer, 200);
      }),
      { numRuns: VALID_RUNS },
    );
  });

  it(`refuses random invalid bodies with 400 naming the field (${INVALID_RUNS} runs)`, async () => {
    await fc.assert(
      fc.asyncProperty(invalidBody, async ({ field, body }) => {
        const answer = await call('createUser', { body });
        expectStatus(answer, 400);
        if (isMock) {
          // Prism answers with the documented example; which field broke is in its sl-violations header.
          expect(violationsText(answer)).toContain(field);
        } else {
          const details = (answer.body as { details: Array<{ path: unknown[] }> }).details;
          expect(details.map((detail) => detail.path.join('.')).join(' ')).toContain(field);
        }
      }),
      { numRuns: INVALID_RUNS },
    );
  });
});
