// Per-call options: maxRetries and headers for one call, over the client's; never the Authorization header.
import { describe, expect, it } from 'vitest';
import { HippUsageError, InternalServerError, type HeadersInitLike } from '../../src/index.js';
import { API_KEY, rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';
import { VALID_USER } from './support/users.js';

closeServersAfterEach();

const NEW_USER = { firstName: 'Jane', lastName: 'Smith' };

describe('maxRetries for one call', () => {
  it('retries more than the client would', async () => {
    const server = await startServer(json(503, { error: 'busy' }), json(503, { error: 'busy' }), json(200, VALID_USER));
    const hipp = testClient(server.url, { maxRetries: 0 });
    await expect(hipp.users.get('usr_1', { maxRetries: 2 })).resolves.toEqual(VALID_USER);
    expect(server.requests).toHaveLength(3);
  });

  it('retries less than the client would, for that call only', async () => {
    const server = await startServer(json(503, { error: 'busy' }));
    const hipp = testClient(server.url, { maxRetries: 2 });
    expect(await rejectionOf(hipp.users.get('usr_1', { maxRetries: 0 }))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
    await rejectionOf(hipp.users.get('usr_1'));
    expect(server.requests).toHaveLength(4);
  });

  it('never makes a POST go twice', async () => {
    const server = await startServer(json(503, { error: 'busy' }));
    await rejectionOf(testClient(server.url).users.create(NEW_USER, { maxRetries: 5 }));
    expect(server.requests).toHaveLength(1);
  });

  it.each([[-1], [1.5], ['2'], [Number.NaN]])('%j is a usage error, before any request', async (maxRetries) => {
    const server = await startServer(json(200, VALID_USER));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1', { maxRetries: maxRetries as number }));
    expect(error).toBeInstanceOf(HippUsageError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('headers for one call', () => {
  it('are merged over the client headers, for that call only', async () => {
    const server = await startServer(json(200, VALID_USER));
    const hipp = testClient(server.url, { headers: { 'x-team': 'intake', 'x-trace': 'client' } });
    await hipp.users.get('usr_1', { headers: { 'X-Trace': 'call-7' } });
    await hipp.users.get('usr_1');
    expect(server.requests[0]?.headers['x-team']).toBe('intake');
    expect(server.requests[0]?.headers['x-trace']).toBe('call-7');
    expect(server.requests[1]?.headers['x-trace']).toBe('client');
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('may set the content type of a create', async () => {
    const server = await startServer(json(200, { message: 'ok', user: { publicId: 'usr_2', firstName: 'Jane', lastName: 'Smith' } }));
    await testClient(server.url).users.create(NEW_USER, { headers: { 'content-type': 'application/json; charset=utf-8' } });
    expect(server.requests[0]?.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it.each<[string, HeadersInitLike]>([
    ['authorization', { authorization: 'Bearer other' }],
    ['Authorization', { Authorization: 'Bearer other' }],
    ['AUTHORIZATION', { AUTHORIZATION: 'Bearer other' }],
    ['aUtHoRiZaTiOn in a tuple list', [['aUtHoRiZaTiOn', 'Bearer other']]],
    ['Authorization in a Headers', new Headers({ Authorization: 'Bearer other' })],
  ])('can never replace the Authorization header (%s): refused before any request', async (_name, headers) => {
    const server = await startServer(json(200, VALID_USER));
    const hipp = testClient(server.url);
    const error = await rejectionOf(hipp.users.get('usr_1', { headers }));
    expect(error).toBeInstanceOf(HippUsageError);
    expect((error as Error).message).not.toContain('other');
    expect(await rejectionOf(hipp.users.create(NEW_USER, { headers }))).toBeInstanceOf(HippUsageError);
    expect(server.requests).toHaveLength(0);
  });

  it('through hipp.api, cannot replace it either: the key is set last, whatever the spelling', async () => {
    const server = await startServer(json(200, VALID_USER));
    const { data } = await testClient(server.url).api.GET('/v1/users/{publicId}', {
      params: { path: { publicId: 'usr_1' } },
      headers: { AUTHORIZATION: 'Bearer other' },
    });
    expect(data).toEqual(VALID_USER);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it('with an invalid name or value are a usage error', async () => {
    const server = await startServer(json(200, VALID_USER));
    expect(await rejectionOf(testClient(server.url).users.get('usr_1', { headers: { 'bad name': 'x' } }))).toBeInstanceOf(HippUsageError);
    expect(server.requests).toHaveLength(0);
  });
});
