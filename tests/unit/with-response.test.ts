// Every promise of users.create and users.get is a HippPromise: awaiting it gives the data, and
// .withResponse() gives { data, response, requestId } of the same, single request.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/index.js';
import { API_KEY, rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';
import { VALID_USER } from './support/users.js';

closeServersAfterEach();

const CREATED = { message: 'User created successfully', user: { publicId: 'usr_2', firstName: 'Jane', lastName: 'Smith' } };

let unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeEach(() => {
  unhandled = [];
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('withResponse', () => {
  it('users.get: the data, the response and its x-request-id, from one request', async () => {
    const server = await startServer(json(200, VALID_USER, { 'x-request-id': 'req_get_1' }));
    const { data, response, requestId } = await testClient(server.url).users.get('usr_1').withResponse();
    expect(data).toEqual(VALID_USER);
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(requestId).toBe('req_get_1');
    expect(server.requests).toHaveLength(1);
  });

  it('users.create: the same, and still one request', async () => {
    const server = await startServer(json(200, CREATED, { 'x-request-id': 'req_create_1' }));
    const result = await testClient(server.url).users.create({ firstName: 'Jane', lastName: 'Smith' }).withResponse();
    expect(result).toEqual({ data: CREATED, response: expect.any(Response) as unknown, requestId: 'req_create_1' });
    expect(server.requests).toHaveLength(1);
  });

  it('awaiting the promise and its withResponse() share the one request', async () => {
    const server = await startServer(json(200, VALID_USER, { 'x-request-id': 'req_shared' }));
    const promise = testClient(server.url).users.get('usr_1');
    const [data, withResponse] = await Promise.all([promise, promise.withResponse()]);
    expect(data).toEqual(VALID_USER);
    expect(withResponse.data).toBe(data);
    expect(server.requests).toHaveLength(1);
  });

  it('gives undefined for requestId when the server sends none, and masks the key if it echoes it', async () => {
    const server = await startServer(json(200, VALID_USER), json(200, VALID_USER, { 'x-request-id': `req ${API_KEY}` }));
    const hipp = testClient(server.url);
    expect((await hipp.users.get('usr_1').withResponse()).requestId).toBeUndefined();
    expect((await hipp.users.get('usr_1').withResponse()).requestId).toBe('req [REDACTED]');
  });

  it('rejects with the same error as the promise, and leaves no unhandled rejection behind', async () => {
    const server = await startServer(json(404, { error: 'Resource not found' }));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1').withResponse());
    expect(error).toBeInstanceOf(NotFoundError);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(unhandled).toEqual([]);
  });
});

describe('the promise itself', () => {
  it('is a Promise: then, catch and finally work as on any other', async () => {
    const server = await startServer(json(200, VALID_USER), json(404, { error: 'Resource not found' }));
    const hipp = testClient(server.url);
    const promise = hipp.users.get('usr_1');
    expect(promise).toBeInstanceOf(Promise);
    let settled = false;
    expect(await promise.then((user) => user.publicId).finally(() => (settled = true))).toBe('usr_1');
    expect(settled).toBe(true);
    expect(await hipp.users.get('usr_1').catch((error: unknown) => error)).toBeInstanceOf(NotFoundError);
  });

  it('rejects a usage error the same way, before any request', async () => {
    const server = await startServer(json(200, VALID_USER));
    const promise = testClient(server.url).users.get('');
    expect(promise).toBeInstanceOf(Promise);
    await expect(promise.withResponse()).rejects.toThrow('users.get expects a publicId');
    await expect(promise).rejects.toThrow('users.get expects a publicId');
    expect(server.requests).toHaveLength(0);
  });
});
