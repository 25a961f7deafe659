// A 2xx body that is not JSON never escapes as a raw SyntaxError: it is a ContractViolationError,
// whether or not validateResponses is on, since the spec promises JSON and there is no data to return.
import { describe, expect, it } from 'vitest';
import { ContractViolationError, HippError } from '../../src/index.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, raw, startServer } from './support/server.js';

closeServersAfterEach();

const TRUNCATED = '{"publicId":"usr_1","firstName":"Jane","birthDate":"1990-';

describe('2xx bodies that are not JSON', () => {
  it.each([false, true])('truncated JSON on 200 becomes ContractViolationError (validateResponses %s)', async (validateResponses) => {
    const server = await startServer(raw(200, TRUNCATED, { 'content-type': 'application/json', 'x-request-id': 'req_7' }));
    const error = await rejectionOf(testClient(server.url, { validateResponses }).users.get('usr_1'));

    expect(error).toBeInstanceOf(ContractViolationError);
    expect(error).toBeInstanceOf(HippError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    const violation = error as ContractViolationError;
    expect(violation.operationId).toBe('getUserById');
    expect(violation.status).toBe(200);
    expect(violation.issues).toEqual([{ path: '', keyword: 'json' }]);
    expect(violation.requestId).toBe('req_7');
    expect(violation.message).not.toContain('Jane');
    expect(violation.message).not.toContain('1990');
    // A complete but wrong answer is not retried: asking again would not fix the server.
    expect(server.requests).toHaveLength(1);
  });

  it('an HTML page on 200 becomes ContractViolationError for create', async () => {
    const server = await startServer(raw(200, '<html>Welcome</html>', { 'content-type': 'text/html' }));
    const error = await rejectionOf(testClient(server.url).users.create({ firstName: 'Jane', lastName: 'Smith' }));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).operationId).toBe('createUser');
  });

  it('an empty 200 becomes ContractViolationError', async () => {
    const server = await startServer(raw(200, ''));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).issues).toEqual([{ path: '', keyword: 'json' }]);
  });

  it.each(['null', '"Jane Smith"', '42'])('a 200 whose JSON is %s, not an object, becomes ContractViolationError', async (text) => {
    const server = await startServer(raw(200, text, { 'content-type': 'application/json' }));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).issues).toEqual([{ path: '', keyword: 'type' }]);
    expect((error as Error).message).not.toContain('Jane');
  });

  it('hipp.api throws the same instead of a SyntaxError', async () => {
    const server = await startServer(raw(200, TRUNCATED, { 'content-type': 'application/json' }));
    const error = await rejectionOf(testClient(server.url).api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } }));
    expect(error).toBeInstanceOf(ContractViolationError);
  });

  it('hipp.api with parseAs text gets the raw text untouched', async () => {
    const server = await startServer(raw(200, TRUNCATED));
    const { data } = await testClient(server.url).api.GET('/v1/users/{publicId}', {
      params: { path: { publicId: 'usr_1' } },
      parseAs: 'text',
    });
    expect(data).toBe(TRUNCATED);
  });
});
