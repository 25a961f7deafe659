// Create, then read back: valid bodies are never refused, a created user is readable, unknown ids are 404.
import { describe, expect, it } from 'vitest';
import { NotFoundError, PermissionDeniedError } from '../../src/index.js';
import { contractClient } from './support/client.js';
import { call, expectStatus, isMock, target } from './support/http.js';
import { uniqueEmail, VALID_FULL_CREATE, VALID_MINIMAL_CREATE } from './support/requests.js';

describe('create then get', () => {
  it.each([
    ['minimal', VALID_MINIMAL_CREATE],
    ['full', VALID_FULL_CREATE],
  ])('a %s valid body is created (200), and the created user can be read back', async (_kind, template) => {
    const body = 'email' in template ? { ...template, email: uniqueEmail() } : template;
    const created = await call('createUser', { body });
    expectStatus(created, 200);
    const { user } = created.body as { user: { publicId: string; role?: string } };

    const fetched = await call('getUserById', { publicId: user.publicId });
    expectStatus(fetched, 200);
    if (!isMock) {
      // Prism keeps no state; only a real server can prove the read matches the write.
      expect(fetched.body).toMatchObject({
        publicId: user.publicId,
        firstName: body.firstName,
        lastName: body.lastName,
        role: 'role' in body ? body.role : 'TECHNICIAN',
      });
    }
  });

  it('through the client, with response validation on, the types line up end to end', async () => {
    const hipp = contractClient();
    const { message, user } = await hipp.users.create({ ...VALID_FULL_CREATE, role: 'CLINICIAN', email: uniqueEmail() });
    expect(message).toEqual(expect.any(String));
    const read = await hipp.users.get(user.publicId);
    expect(read.publicId).toEqual(expect.any(String));
    if (!isMock) expect(read).toMatchObject({ publicId: user.publicId, firstName: 'John', lastName: 'Doe', role: 'CLINICIAN' });
  });
});

describe.runIf(!isMock)('promises only a real server can keep (target mode only)', () => {
  it('an unknown publicId answers 404 with the documented body, raised as NotFoundError', async () => {
    const publicId = `usr_contract_unknown_${Date.now()}`;
    const answer = await call('getUserById', { publicId });
    expectStatus(answer, 404);
    expect(answer.body).toEqual({ error: 'Resource not found' });
    await expect(contractClient().users.get(publicId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it.runIf(Boolean(target.restrictedApiKey))('with the restricted key, creating an ADMIN answers 403 with the documented body', async () => {
    const answer = await call('createUser', { apiKey: target.restrictedApiKey!, body: { ...VALID_MINIMAL_CREATE, role: 'ADMIN' } });
    expectStatus(answer, 403);
    expect(answer.body).toEqual({ error: 'Access denied' });
    const restricted = contractClient({ apiKey: target.restrictedApiKey! });
    await expect(restricted.users.create({ ...VALID_MINIMAL_CREATE, role: 'ADMIN' })).rejects.toBeInstanceOf(PermissionDeniedError);
  });
});
