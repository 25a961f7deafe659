// Request validation: every body the spec rejects gets 400 `Validation error` naming each offending
// path, in the documented {code, message, path} shape, never quoting a value; nothing is kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/sandbox/index.js';
import { checkedSandbox, SEEDED } from './support/sandbox.js';

const VALID = { firstName: 'Jane', lastName: 'Smith' };

describe('create body validation in the sandbox', () => {
  it.each([
    ['a missing firstName', { lastName: 'Smith' }, [{ code: 'invalid_type', message: 'Required', path: ['firstName'] }]],
    [
      'an empty lastName',
      { firstName: 'Jane', lastName: '' },
      [{ code: 'too_small', message: 'String must contain at least 1 character(s)', path: ['lastName'] }],
    ],
    [
      'an invalid email (the docs’ own example)',
      { ...VALID, email: 'not-an-email' },
      [{ code: 'invalid_string', message: 'Valid email is required', path: ['email'] }],
    ],
    [
      'a role outside the assignable ones',
      { ...VALID, role: 'HIPP_ADMIN' },
      [{ code: 'invalid_enum_value', message: expect.stringContaining("'ADMIN' | 'BILLING_MANAGER'") as unknown, path: ['role'] }],
    ],
    ['a number for phoneNumber', { ...VALID, phoneNumber: 1234567890 }, [{ code: 'invalid_type', message: 'Expected string', path: ['phoneNumber'] }]],
    ['a string for shouldSendSMS', { ...VALID, shouldSendSMS: 'yes' }, [{ code: 'invalid_type', message: 'Expected boolean', path: ['shouldSendSMS'] }]],
    [
      'a date without a time for recertificationDate',
      { ...VALID, recertificationDate: '2025-01-15' },
      [{ code: 'invalid_string', message: 'Invalid datetime', path: ['recertificationDate'] }],
    ],
    [
      'a space instead of the T of a date-time (RFC 3339 takes only T)',
      { ...VALID, recertificationDate: '2025-01-15 00:00:00Z' },
      [{ code: 'invalid_string', message: 'Invalid datetime', path: ['recertificationDate'] }],
    ],
    [
      'a day that does not exist',
      { ...VALID, recertificationDate: '2025-02-30T00:00:00Z' },
      [{ code: 'invalid_string', message: 'Invalid datetime', path: ['recertificationDate'] }],
    ],
    [
      'a number among providerPayors',
      { ...VALID, providerPayors: ['abc123', 7] },
      [{ code: 'invalid_type', message: 'Expected string', path: ['providerPayors', 1] }],
    ],
    ['an array instead of an object', [VALID], [{ code: 'invalid_type', message: 'Expected object', path: [] }]],
    ['null', null, [{ code: 'invalid_type', message: 'Expected object', path: [] }]],
  ])('answers 400 naming the path for %s', async (_what, body, details) => {
    const { sandbox, create } = checkedSandbox();
    const answer = await create(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: 'Validation error', details });
    expect(sandbox.users()).toHaveLength(SEEDED);
  });

  it.each(['2025-01-15T00:00:00Z', '2025-01-15t00:00:00.5+02:00'])('accepts the RFC 3339 date-time %s', async (recertificationDate) => {
    expect((await checkedSandbox().create({ ...VALID, recertificationDate })).status).toBe(200);
  });

  it('names every offending path at once', async () => {
    const answer = await checkedSandbox().create({ firstName: 3, email: 'x', role: 'NOPE' });
    const paths = (answer.body as { details: Array<{ path: unknown[] }> }).details.map((issue) => issue.path.join('.')).sort();
    expect(paths).toEqual(['email', 'firstName', 'lastName', 'role']);
  });

  it('refuses random invalid bodies with 400 naming the broken field, never quoting its value, keeping nothing', async () => {
    const { sandbox, create } = checkedSandbox();
    const marker = fc.string({ minLength: 6, maxLength: 12 }).map((text) => `Zq${text.replace(/[^a-z0-9]/gi, 'x')}`);
    const broken = fc.oneof(
      marker.map((value) => ['email', value] as const),
      marker.map((value) => ['role', value] as const),
      marker.map((value) => ['recertificationDate', value] as const),
      fc.integer().map((value) => ['firstName', value] as const),
      fc.integer().map((value) => ['npiNumber', value] as const),
      marker.map((value) => ['shouldSendSMS', value] as const),
      marker.map((value) => ['providerPayors', value] as const),
    );
    await fc.assert(
      fc.asyncProperty(broken, async ([field, value]) => {
        const answer = await create({ ...VALID, [field]: value });
        expect(answer.status).toBe(400);
        const details = (answer.body as { details: Array<{ path: unknown[] }> }).details;
        expect(details.map((issue) => issue.path[0])).toEqual([field]);
        expect(JSON.stringify(answer.body)).not.toContain(String(value));
      }),
      { numRuns: 60 },
    );
    expect(sandbox.users()).toHaveLength(SEEDED);
  });
});

describe('create bodies that are not JSON objects', () => {
  const cases: Array<[string, { body: string | Uint8Array; headers?: Record<string, string> }, string]> = [
    ['malformed JSON', { body: '{"firstName": "Jane", "lastName": ' }, 'Body is not valid JSON'],
    ['no body at all', { body: '' }, 'Required: a JSON body'],
    ['bytes that are not UTF-8', { body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }, 'Body is not valid UTF-8'],
    [
      'a form body',
      { body: 'firstName=Jane&lastName=Smith', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      'Content-Type must be application/json',
    ],
    [
      'JSON under another +json type',
      { body: JSON.stringify(VALID), headers: { 'content-type': 'application/vnd.api+json' } },
      'Content-Type must be application/json',
    ],
    ['JSON sent as text/plain', { body: JSON.stringify(VALID), headers: { 'content-type': 'text/plain' } }, 'Content-Type must be application/json'],
  ];

  it.each(cases)('answers %s with 400 in the documented shape', async (_what, { body, headers }, message) => {
    const { sandbox, create } = checkedSandbox();
    const answer = await create(body, headers ? { headers } : {});
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: 'Validation error', details: [{ code: expect.any(String) as unknown, message, path: [] }] });
    expect(sandbox.users()).toHaveLength(SEEDED);
  });

  it('accepts application/json with a charset', async () => {
    const answer = await checkedSandbox().create(VALID, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(answer.status).toBe(200);
  });

  it(`answers a body over ${MAX_BODY_BYTES} bytes with 400 too_big, reading no further`, async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x20));
      },
    });
    const { sandbox } = checkedSandbox();
    const response = await sandbox.fetch('https://app.hipp.health/api/v1/users', {
      method: 'POST',
      headers: { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'Validation error',
      details: [{ code: 'too_big', message: `Body must be at most ${MAX_BODY_BYTES} bytes`, path: [] }],
    });
    expect(pulled).toBeLessThan(MAX_BODY_BYTES + 4 * 64 * 1024);
  });
});
