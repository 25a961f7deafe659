// Authentication: the server must not ignore it.
import { describe, expect, it } from 'vitest';
import { AuthenticationError } from '../../src/index.js';
import { contractClient } from './support/client.js';
import { call, isMock, target } from './support/http.js';
import { VALID_REQUEST } from './support/requests.js';

const withoutAuthorization = (request: Request) => {
  const stripped = new Request(request);
  stripped.headers.delete('authorization');
  return fetch(stripped);
};

describe('authentication', () => {
  it.each(['createUser', 'getUserById'] as const)('%s without an Authorization header answers 401 with the documented body', async (operationId) => {
    const answer = await call(operationId, { ...VALID_REQUEST[operationId], noAuth: true });
    expect(answer.status, `${operationId} without a key answered ${answer.status}, not 401`).toBe(401);
    expect(answer.body).toEqual({ error: 'API key required' });
  });

  it('the client raises that 401 as AuthenticationError carrying the documented body', async () => {
    // A proxy that drops the header stands in for a caller without a key (the client refuses to send none).
    const hipp = contractClient({ fetch: withoutAuthorization });
    const error = await hipp.users.get(VALID_REQUEST.getUserById.publicId!).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).body).toEqual({ error: 'API key required' });
    expect((error as Error).message).not.toContain(target.apiKey);
  });

  // `Invalid API key` is documented on the create page only; for get, any documented 401 body will do.
  it.runIf(!isMock).each([
    ['createUser', { error: 'Invalid API key' }],
    ['getUserById', undefined],
  ] as const)('%s with a made-up key answers 401 (target mode only: Prism accepts any token)', async (operationId, body) => {
    const answer = await call(operationId, { ...VALID_REQUEST[operationId], apiKey: `made-up-${Date.now()}` });
    expect(answer.status, `${operationId} with a made-up key answered ${answer.status}, not 401`).toBe(401);
    if (body) expect(answer.body).toEqual(body);
  });
});
