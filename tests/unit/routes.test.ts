// hipp.api's requests reach the pipeline as a Request: their operation, for log lines and the answer
// check, is found in the generated operation table by method and path, or by openapi-fetch's path template.
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../generated/operations.js';
import { routeOf } from '../../src/internal/pipeline.js';

const NOT_KNOWN = (method: string) => ({ operationId: `${method} (path not known)`, path: '(path not known)' });

describe('routeOf', () => {
  it.each(Object.entries(OPERATIONS))('finds %s by its own method and path template', (operationId, { method, path }) => {
    expect(routeOf(method, path)).toMatchObject({ operationId, path });
  });

  it.each([
    ['GET', '/v1/users/usr_1', 'getUserById'],
    ['GET', '/v1/users/a%2Fb?x=1', 'getUserById'],
    ['GET', '/v1/users/usr_1#top', 'getUserById'],
    ['POST', '/v1/users', 'createUser'],
    ['POST', '/v1/users?dryRun=true', 'createUser'],
  ])('finds %s %s, a filled-in path, as %s', (method, path, operationId) => {
    expect(routeOf(method, path).operationId).toBe(operationId);
  });

  it.each([
    ['DELETE', '/v1/users/usr_1'],
    ['GET', '/v1/users'],
    ['POST', '/v1/users/usr_1'],
    ['GET', '/v1/users/usr_1/records'],
    ['GET', '/v2/users/usr_1'],
    ['GET', 'https://elsewhere.example/v1/users/usr_1'],
  ])('names %s %s by its method alone, not by the path', (method, path) => {
    expect(routeOf(method, path)).toEqual(NOT_KNOWN(method));
  });
});
