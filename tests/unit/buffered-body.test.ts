// The response check reads the bytes the transport buffered, which the Response handed to openapi-fetch
// carries; a Response the transport never saw (one a caller's middleware put in its place) is read from a
// clone, so openapi-fetch can still read it after.
import { describe, expect, it, vi } from 'vitest';
import { ContractViolationError } from '../../src/index.js';
import { WholeResponse } from '../../src/internal/pipeline.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';
import { VALID_USER } from './support/users.js';

closeServersAfterEach();

/** Registered after the client's own check, so openapi-fetch runs it first on the way back. */
const replaceBody = (text: string) => ({
  onResponse: () => new Response(text, { status: 200, headers: { 'content-type': 'application/json' } }),
});

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('WholeResponse.text', () => {
  it('reads a Response it holds no bytes for from a clone, leaving its body unread', async () => {
    const response = new Response('{"publicId":"usr_1"}');
    expect(await WholeResponse.text(response)).toBe('{"publicId":"usr_1"}');
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ publicId: 'usr_1' });
  });

  it('hands out its bytes once without a clone, then falls back to a clone of the body itself', async () => {
    const response = new WholeResponse(bytes('{"from":"buffer"}'), new Response(null, { status: 200 }));
    const clone = vi.spyOn(response, 'clone');
    expect(WholeResponse.text(response)).toBe('{"from":"buffer"}'); // at once: no Promise, no stream read
    expect(clone).not.toHaveBeenCalled();
    expect(await WholeResponse.text(response)).toBe('{"from":"buffer"}');
    expect(clone).toHaveBeenCalledTimes(1);
    expect(response.bodyUsed).toBe(false);
    expect(await response.json()).toEqual({ from: 'buffer' });
  });

  it('keeps status and headers, without the encoding and length its decoded body no longer has', () => {
    const from = new Response(null, {
      status: 404,
      statusText: 'Not Found',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': '12', 'x-request-id': 'req_1' },
    });
    const response = new WholeResponse(bytes('{}'), from);
    expect([response.status, response.statusText]).toEqual([404, 'Not Found']);
    expect([...response.headers]).toEqual([
      ['content-type', 'application/json'],
      ['x-request-id', 'req_1'],
    ]);
  });
});

const getUser = (hipp: ReturnType<typeof testClient>) => hipp.api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } });

describe('a Response the transport did not buffer (hipp.api with a middleware of the caller)', () => {
  it.each([false, true])('is still checked and returned whole (validateResponses %s)', async (validateResponses) => {
    const server = await startServer(json(200, { ignored: true }));
    const hipp = testClient(server.url, { validateResponses });
    hipp.api.use(replaceBody(JSON.stringify(VALID_USER)));
    expect((await getUser(hipp)).data).toEqual(VALID_USER);
  });

  it('that is not JSON becomes a ContractViolationError: the check read it', async () => {
    const server = await startServer(json(200, VALID_USER));
    const hipp = testClient(server.url);
    hipp.api.use(replaceBody('<html>Welcome</html>'));
    const error = await rejectionOf(getUser(hipp));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).issues).toEqual([{ path: '', keyword: 'json' }]);
  });

  it('that breaks the spec is refused with validateResponses', async () => {
    const server = await startServer(json(200, VALID_USER));
    const hipp = testClient(server.url, { validateResponses: true });
    hipp.api.use(replaceBody(JSON.stringify({ ...VALID_USER, publicId: undefined })));
    const error = await rejectionOf(getUser(hipp));
    expect((error as ContractViolationError).issues).toEqual([{ path: '/publicId', keyword: 'required' }]);
  });
});
