// The response check reads the bytes the transport buffered; a Response the transport never saw (one a
// caller's middleware put in its place) is read from a clone, so openapi-fetch can still read it after.
import { describe, expect, it } from 'vitest';
import { ContractViolationError } from '../../src/index.js';
import { bufferedText, rememberBody } from '../../src/internal/buffered-body.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';
import { VALID_USER } from './support/users.js';

closeServersAfterEach();

/** Registered after the client's own check, so openapi-fetch runs it first on the way back. */
const replaceBody = (text: string) => ({
  onResponse: () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }),
});

describe('bufferedText', () => {
  it('reads a Response it holds no bytes for from a clone, leaving its body unread', async () => {
    const response = new Response('{"publicId":"usr_1"}');
    expect(await bufferedText(response)).toBe('{"publicId":"usr_1"}');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ publicId: 'usr_1' });
  });

  it('hands out remembered bytes once, then falls back to the body itself', async () => {
    const response = new Response('{"from":"stream"}');
    rememberBody(response, new TextEncoder().encode('{"from":"buffer"}').buffer);
    expect(await bufferedText(response)).toBe('{"from":"buffer"}');
    expect(response.bodyUsed).toBe(false);
    expect(await bufferedText(response)).toBe('{"from":"stream"}');
  });
});

describe('a Response the transport did not buffer', () => {
  it.each([false, true])('is still checked and returned whole (validateResponses %s)', async (validateResponses) => {
    const server = await startServer(json(200, { ignored: true }));
    const hipp = testClient(server.url, { validateResponses });
    hipp.api.use(replaceBody(JSON.stringify(VALID_USER)));
    await expect(hipp.users.get('usr_1')).resolves.toEqual(VALID_USER);
  });

  it('that is not JSON becomes a ContractViolationError: the check read it', async () => {
    const server = await startServer(json(200, VALID_USER));
    const hipp = testClient(server.url);
    hipp.api.use(replaceBody('<html>Welcome</html>'));
    const error = await rejectionOf(hipp.users.get('usr_1'));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).issues).toEqual([{ path: '', keyword: 'json' }]);
  });

  it('that breaks the spec is refused with validateResponses', async () => {
    const server = await startServer(json(200, VALID_USER));
    const hipp = testClient(server.url, { validateResponses: true });
    hipp.api.use(replaceBody(JSON.stringify({ ...VALID_USER, publicId: undefined })));
    const error = await rejectionOf(hipp.users.get('usr_1'));
    expect((error as ContractViolationError).issues).toEqual([{ path: '/publicId', keyword: 'required' }]);
  });
});
