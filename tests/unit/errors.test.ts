// Non-2xx answers become HippApiError subclasses carrying status, body, headers and request id.
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  HippApiError,
  HippError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from '../../src/index.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, raw, startServer } from './support/server.js';

closeServersAfterEach();

describe('API errors', () => {
  it.each([
    [401, { error: 'Invalid API key' }, AuthenticationError, '401 Invalid API key'],
    [403, { error: 'Access denied' }, PermissionDeniedError, '403 Access denied'],
    [404, { error: 'Resource not found' }, NotFoundError, '404 Resource not found'],
    [409, { error: 'Conflict' }, HippApiError, '409 Conflict'],
    [429, { error: 'Too many requests' }, RateLimitError, '429 Too many requests'],
    [500, { error: 'Internal error' }, InternalServerError, '500 Internal error'],
    [503, { error: 'Down for maintenance' }, InternalServerError, '503 Down for maintenance'],
  ])('%i becomes the matching class', async (status, body, ErrorClass, message) => {
    const server = await startServer(json(status, body, { 'x-request-id': 'req_42' }));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 0 }).users.get('usr_1'));

    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(HippApiError);
    expect(error).toBeInstanceOf(HippError);
    const apiError = error as HippApiError;
    expect(apiError.name).toBe(ErrorClass.name);
    expect(apiError.message).toBe(message);
    expect(apiError.status).toBe(status);
    expect(apiError.body).toEqual(body);
    expect(apiError.requestId).toBe('req_42');
    expect(apiError.headers.get('content-type')).toBe('application/json');
    expect(server.requests).toHaveLength(1);
  });

  it('a plain HippApiError is not one of the subclasses', async () => {
    const server = await startServer(json(418, { error: "I'm a teapot" }));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(HippApiError);
    for (const Subclass of [BadRequestError, NotFoundError, RateLimitError, InternalServerError]) {
      expect(error).not.toBeInstanceOf(Subclass);
    }
  });

  it('400 carries the validation details', async () => {
    const body = {
      error: 'Validation error',
      details: [{ code: 'invalid_string', message: 'Valid email is required', path: ['email'] }],
    };
    const server = await startServer(json(400, body));
    const error = await rejectionOf(testClient(server.url).users.create({ firstName: 'Jane', lastName: 'Smith', email: 'nope' }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as BadRequestError).message).toBe('400 Validation error');
    expect((error as BadRequestError).details).toEqual(body.details);
  });

  it('an HTML 502 from a proxy becomes InternalServerError with the text as body', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const server = await startServer(raw(502, html, { 'content-type': 'text/html' }));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 0 }).users.get('usr_1'));

    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(502);
    expect((error as InternalServerError).message).toBe('502 Bad Gateway');
    expect((error as InternalServerError).body).toBe(html);
    expect((error as InternalServerError).requestId).toBeUndefined();
  });

  it('truncated JSON on an error status becomes the status error with the text as body', async () => {
    const server = await startServer(raw(404, '{"error":"Resource no', { 'content-type': 'application/json' }));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe('404 Not Found');
    expect((error as NotFoundError).body).toBe('{"error":"Resource no');
  });

  it('an error body with no text becomes an empty body and the status text', async () => {
    const server = await startServer(raw(403, ''));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).message).toBe('403 Forbidden');
  });

  it('errors carry response headers only', async () => {
    const server = await startServer(json(404, { error: 'Resource not found' }, { 'x-extra': 'from-server' }));
    const error = (await rejectionOf(testClient(server.url).users.get('usr_1'))) as NotFoundError;
    expect(error.headers.get('x-extra')).toBe('from-server');
    expect(error.headers.get('authorization')).toBeNull();
  });
});
