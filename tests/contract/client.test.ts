// The package's own client against the same target, response validation on: typed data for what the
// spec promises, the documented error classes for the rest. Writes only where the run may write.
import { describe, expect, it } from 'vitest';
import { AuthenticationError, NotFoundError, PermissionDeniedError } from '../../src/index.js';
import { siblingId } from '../../src/contract/cases/ids.js';
import { contractClient } from './support/client.js';
import { VALID_MINIMAL_CREATE, VALID_REQUEST } from './support/requests.js';
import { isMock, runConfig, target } from './support/target.js';

const knownId = isMock ? VALID_REQUEST.getUserById.publicId! : runConfig.userIds[0];
const uniqueEmail = () => `contract.client.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@example.com`;

const withoutAuthorization = (request: Request) => {
  const stripped = new Request(request);
  stripped.headers.delete('authorization');
  return fetch(stripped);
};

describe('the client against the contract target', () => {
  it.runIf(Boolean(knownId))('reads an existing user as typed data (HIPP_CONTRACT_USER_IDS in target mode)', async () => {
    const user = await contractClient().users.get(knownId!);
    expect(user.publicId).toEqual(expect.any(String));
  });

  it('raises a 401 as AuthenticationError carrying the documented body, without the key in its message', async () => {
    // A proxy that drops the header stands in for a caller without a key (the client refuses to send none).
    const error = await contractClient({ fetch: withoutAuthorization })
      .users.get(VALID_REQUEST.getUserById.publicId!)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(typeof ((error as AuthenticationError).body as { error?: unknown }).error).toBe('string');
    expect((error as Error).message).not.toContain(target.apiKey);
  });

  // Shaped on a real id: a server whose ids differ from the docs' example rightly answers 400 to one shaped like it.
  it.runIf(!isMock && Boolean(knownId))('raises NotFoundError for a publicId that names no user (target mode, HIPP_CONTRACT_USER_IDS)', async () => {
    await expect(contractClient().users.get(siblingId(knownId!))).rejects.toBeInstanceOf(NotFoundError);
  });

  it.runIf(runConfig.writes)('creates a user and reads it back, the types lining up end to end (writes on)', async () => {
    const hipp = contractClient();
    const { message, user } = await hipp.users.create({ ...VALID_MINIMAL_CREATE, role: 'CLINICIAN', email: uniqueEmail() });
    expect(message).toEqual(expect.any(String));
    const read = await hipp.users.get(user.publicId);
    if (!isMock)
      expect(read).toMatchObject({
        publicId: user.publicId,
        firstName: VALID_MINIMAL_CREATE.firstName,
        lastName: VALID_MINIMAL_CREATE.lastName,
        role: 'CLINICIAN',
      });
  });

  it.runIf(!isMock && runConfig.writes && Boolean(target.restrictedApiKey))(
    'raises PermissionDeniedError when a restricted key asks for ADMIN (writes on, HIPP_RESTRICTED_API_KEY)',
    async () => {
      await expect(contractClient({ apiKey: target.restrictedApiKey! }).users.create({ ...VALID_MINIMAL_CREATE, role: 'ADMIN' })).rejects.toBeInstanceOf(
        PermissionDeniedError,
      );
    },
  );
});
