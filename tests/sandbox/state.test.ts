// What a user's tests do with the sandbox's state: read it, seed it, reset it.
import { describe, expect, it } from 'vitest';
import { createHippClient } from '../../src/index.js';
import { createHippSandbox, DOCUMENTED_ORGANIZATION, DOCUMENTED_USER, OTHER_ORGANIZATION, OTHER_ORGANIZATION_USER } from '../../src/sandbox/index.js';
import { SEEDED } from './support/sandbox.js';

describe('sandbox state', () => {
  it('holds the docs’ example user and the other organization’s own user from the start, and nothing else', () => {
    const sandbox = createHippSandbox();
    expect(sandbox.users().map((user) => [user.publicId, user.organizationId])).toEqual([
      [DOCUMENTED_USER.publicId, DOCUMENTED_ORGANIZATION.publicId],
      [OTHER_ORGANIZATION_USER.publicId, OTHER_ORGANIZATION.publicId],
    ]);
  });

  it('shows what a create stored, every field of both documented shapes', async () => {
    const sandbox = createHippSandbox({ payors: ['abc123'] });
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch });
    const { user } = await hipp.users.create({
      firstName: 'Jane',
      lastName: 'Smith',
      npiNumber: '1234567890',
      recertificationDate: '2025-01-15T00:00:00Z',
      providerPayors: ['abc123', 'nope'],
    });
    expect(sandbox.user(user.publicId)).toEqual({
      publicId: user.publicId,
      firstName: 'Jane',
      lastName: 'Smith',
      role: 'TECHNICIAN',
      email: undefined,
      phoneNumber: undefined,
      npiNumber: '1234567890',
      shouldSendSMS: false,
      recertificationDate: '2025-01-15T00:00:00Z',
      providerPayors: ['abc123'],
      createdAt: user.createdAt,
      sex: null,
      caregiverId: null,
      birthDate: null,
      addressLine1: null,
      addressLine2: null,
      city: null,
      organizationId: DOCUMENTED_ORGANIZATION.publicId,
      extra: {},
      state: null,
      postalCode: null,
    });
  });

  it('hands out copies: changing what it returned changes nothing it holds', () => {
    const sandbox = createHippSandbox();
    sandbox.users()[0]!.firstName = 'Mallory';
    sandbox.user(DOCUMENTED_USER.publicId!)!.lastName = 'Mallory';
    expect(sandbox.user(DOCUMENTED_USER.publicId!)).toMatchObject({ firstName: 'John', lastName: 'Doe' });
  });

  it('seeds users, which the API then serves, with defaults for what a seed leaves out', async () => {
    const sandbox = createHippSandbox();
    const [seeded] = sandbox.addUsers({ firstName: 'Grace', lastName: 'Hopper', role: 'HIPP_ADMIN', birthDate: '1906-12-09' });
    expect(seeded!.publicId).toMatch(/^usr_\d+_[a-z0-9]+$/);
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, validateResponses: true });
    expect(await hipp.users.get(seeded!.publicId)).toMatchObject({ firstName: 'Grace', role: 'HIPP_ADMIN', birthDate: '1906-12-09', city: null });
  });

  it('refuses a seed whose publicId or email is taken or whose id is ill-shaped, adding none of the batch', () => {
    const sandbox = createHippSandbox();
    sandbox.addUsers({ firstName: 'A', lastName: 'B', email: 'a@example.com' });
    expect(() => sandbox.addUsers({ firstName: 'C', lastName: 'D' }, { firstName: 'E', lastName: 'F', email: 'A@EXAMPLE.COM' })).toThrow(/email/);
    expect(() => sandbox.addUsers({ firstName: 'C', lastName: 'D', publicId: DOCUMENTED_USER.publicId })).toThrow(/already holds/);
    expect(() => sandbox.addUsers({ firstName: 'C', lastName: 'D', publicId: 'user-1' })).toThrow(/publicId shaped like/);
    expect(sandbox.users()).toHaveLength(SEEDED + 1);
  });

  it('starts from its own seed users when given them, and reset() goes back to them', async () => {
    const sandbox = createHippSandbox({ initialUsers: [{ publicId: 'usr_1_a', firstName: 'Only', lastName: 'One' }] });
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch });
    await hipp.users.create({ firstName: 'Jane', lastName: 'Smith', email: 'jane@example.com' });
    expect(sandbox.users()).toHaveLength(2);
    sandbox.reset();
    expect(sandbox.users().map((user) => user.publicId)).toEqual(['usr_1_a']);
    // The email is free again after a reset.
    await hipp.users.create({ firstName: 'Jane', lastName: 'Smith', email: 'jane@example.com' });
  });

  it('keeps two sandboxes apart', async () => {
    const one = createHippSandbox();
    const other = createHippSandbox();
    await createHippClient({ apiKey: 'sandbox-admin-key', fetch: one.fetch }).users.create({ firstName: 'A', lastName: 'B' });
    expect([one.users().length, other.users().length]).toEqual([SEEDED + 1, SEEDED]);
  });

  it.each([
    ['not an object', 'sandbox-admin-key', /options object/],
    ['a key without mayCreate', { keys: { k: { role: 'ADMIN' } } }, /mayCreate/],
    ['a key with a space', { keys: { 'my key': { role: 'ADMIN', mayCreate: 'all' } } }, /printable ASCII/],
    ['payors that are not strings', { payors: [1] }, /payors/],
    ['onRequest that is not a function', { onRequest: 'log' }, /onRequest/],
    ['an initial user without names', { initialUsers: [{ publicId: 'usr_1_a' }] }, /firstName and lastName/],
  ])('refuses %s at once, naming the option and quoting no key', (_what, options, message) => {
    const attempt = () => createHippSandbox(options as never);
    expect(attempt).toThrow(message);
    expect(attempt).not.toThrow(/my key/);
  });
});
