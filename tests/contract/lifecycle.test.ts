// Create, then read back: valid bodies are never refused, a created user echoes and keeps what was sent.
import { describe, expect, it } from 'vitest';
import { NotFoundError, PermissionDeniedError } from '../../src/index.js';
import { contractClient } from './support/client.js';
import { call, expectStatus, isMock, target } from './support/http.js';
import { expectedEcho, siblingId, uniqueEmail, VALID_FULL_CREATE, VALID_MINIMAL_CREATE } from './support/requests.js';

interface Created {
  user: { publicId: string; firstName: string; lastName: string; role?: string; shouldSendSMS?: boolean };
}

/** Fields the created user must echo; one the server leaves out is not compared (the docs make none required). */
function echoed(user: Created['user'], expected: ReturnType<typeof expectedEcho>) {
  return Object.fromEntries(Object.keys(expected).map((key) => [key, key in user ? user[key as keyof typeof user] : expected[key as keyof typeof expected]]));
}

describe('create then get', () => {
  it.each([
    ['minimal', VALID_MINIMAL_CREATE],
    ['full', VALID_FULL_CREATE],
  ])('a %s valid body is created (200), and the created user can be read back', async (_kind, template) => {
    const body = 'email' in template ? { ...template, email: uniqueEmail() } : template;
    const created = await call('createUser', { body });
    expectStatus(created, 200);
    const { user } = created.body as Created;

    const fetched = await call('getUserById', { publicId: user.publicId });
    expectStatus(fetched, 200);
    if (!isMock) {
      // Prism answers with the documented example whatever was sent; only a real server can echo and keep it.
      const expected = expectedEcho(body);
      expect(echoed(user, expected), 'createUser echoed a user that differs from the request').toEqual(expected);
      expect(fetched.body, 'getUserById returned a user that differs from the one created').toMatchObject({
        publicId: user.publicId,
        firstName: body.firstName,
        lastName: body.lastName,
        role: expected.role,
      });
    }
  });

  it('through the client, with response validation on, the types line up end to end', async () => {
    const hipp = contractClient();
    const { message, user } = await hipp.users.create({ ...VALID_FULL_CREATE, role: 'CLINICIAN', email: uniqueEmail() });
    expect(message).toEqual(expect.any(String));
    const read = await hipp.users.get(user.publicId);
    expect(read.publicId).toEqual(expect.any(String));
    if (!isMock)
      expect(read, 'getUserById returned a user that differs from the one created').toMatchObject({
        publicId: user.publicId,
        firstName: 'John',
        lastName: 'Doe',
        role: 'CLINICIAN',
      });
  });
});

describe.runIf(!isMock)('promises only a real server can keep (target mode only)', () => {
  it('an unknown publicId of the right shape answers 404 with the documented body, raised as NotFoundError', async () => {
    const created = await call('createUser', { body: VALID_MINIMAL_CREATE });
    const publicId = siblingId((created.body as Created).user.publicId);
    const answer = await call('getUserById', { publicId });
    expectStatus(answer, 404);
    expect(answer.body).toEqual({ error: 'Resource not found' });
    await expect(contractClient().users.get(publicId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a malformed publicId is refused as documented (400 or 404), never a 5xx', async () => {
    const answer = await call('getUserById', { publicId: 'not a valid id!' });
    expect([400, 404], `getUserById answered ${answer.status} to a malformed publicId`).toContain(answer.status);
  });

  it.runIf(Boolean(target.restrictedApiKey))('with the restricted key, creating an ADMIN answers 403 with the documented body', async () => {
    const answer = await call('createUser', { apiKey: target.restrictedApiKey!, body: { ...VALID_MINIMAL_CREATE, role: 'ADMIN' } });
    expectStatus(answer, 403);
    expect(answer.body).toEqual({ error: 'Access denied' });
    const restricted = contractClient({ apiKey: target.restrictedApiKey! });
    await expect(restricted.users.create({ ...VALID_MINIMAL_CREATE, role: 'ADMIN' })).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
