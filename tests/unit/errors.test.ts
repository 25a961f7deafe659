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
    [401, { error: 'Invalid API key' }, AuthenticationError, 'getUserById: 401 Invalid API key'],
    [403, { error: 'Access denied' }, PermissionDeniedError, 'getUserById: 403 Access denied'],
    [404, { error: 'Resource not found' }, NotFoundError, 'getUserById: 404 Resource not found'],
    [409, { error: 'Conflict' }, HippApiError, 'getUserById: 409 Conflict'],
    [429, { error: 'Too many requests' }, RateLimitError, 'getUserById: 429 Too many requests'],
    [500, { error: 'Internal error' }, InternalServerError, 'getUserById: 500 Internal error'],
    [503, { error: 'Down for maintenance' }, InternalServerError, 'getUserById: 503 Down for maintenance'],
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
    expect((error as BadRequestError).message).toBe('createUser: 400 Validation error');
    expect((error as BadRequestError).details).toEqual(body.details);
  });

  it('an HTML 502 from a proxy becomes InternalServerError with the text as body', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const server = await startServer(raw(502, html, { 'content-type': 'text/html' }));
    const error = await rejectionOf(testClient(server.url, { maxRetries: 0 }).users.get('usr_1'));

    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).status).toBe(502);
    expect((error as InternalServerError).message).toBe('getUserById: 502 Bad Gateway');
    expect((error as InternalServerError).body).toBe(html);
    expect((error as InternalServerError).requestId).toBeUndefined();
  });

  it('truncated JSON on an error status becomes the status error with the text as body', async () => {
    const server = await startServer(raw(404, '{"error":"Resource no', { 'content-type': 'application/json' }));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe('getUserById: 404 Not Found');
    expect((error as NotFoundError).body).toBe('{"error":"Resource no');
  });

  it('an error body with no text becomes an empty body and the status text', async () => {
    const server = await startServer(raw(403, ''));
    const error = await rejectionOf(testClient(server.url).users.get('usr_1'));
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as PermissionDeniedError).message).toBe('getUserById: 403 Forbidden');
  });

  it('errors carry response headers only', async () => {
    const server = await startServer(json(404, { error: 'Resource not found' }, { 'x-extra': 'from-server' }));
    const error = (await rejectionOf(testClient(server.url).users.get('usr_1'))) as NotFoundError;
    expect(error.headers.get('x-extra')).toBe('from-server');
    expect(error.headers.get('authorization')).toBeNull();
  });
});

describe('API error messages', () => {
  it('name the operation, the status and the server text', async () => {
    const server = await startServer(json(404, { error: 'Resource not found' }), json(403, { error: 'Access denied' }));
    const hipp = testClient(server.url);
    expect((await rejectionOf(hipp.users.get('usr_1'))) as Error).toHaveProperty('message', 'getUserById: 404 Resource not found');
    expect((await rejectionOf(hipp.users.create({ firstName: 'Jane', lastName: 'Smith' }))) as Error).toHaveProperty(
      'message',
      'createUser: 403 Access denied',
    );
  });

  it('never carry the publicId, even when the server echoes it', async () => {
    const server = await startServer(json(404, { error: 'User usr_8hq2 not found (looked up usr_8hq2)' }));
    const error = (await rejectionOf(testClient(server.url).users.get('usr_8hq2'))) as NotFoundError;
    expect(error.message).toBe('getUserById: 404 User [REDACTED] not found (looked up [REDACTED])');
    // The body is the server's, as it sent it: only the message, which ends up in logs, is masked.
    expect(error.body).toEqual({ error: 'User usr_8hq2 not found (looked up usr_8hq2)' });
  });

  it('never carry a value of the create body, even when the server echoes it', async () => {
    const patient = { firstName: 'Marguerite', lastName: 'Oyelaran', email: 'm.oyelaran@example.org', phoneNumber: '+15555550199' };
    const server = await startServer(json(400, { error: `Marguerite Oyelaran (m.oyelaran@example.org, +15555550199) is invalid`, details: [] }));
    const error = (await rejectionOf(testClient(server.url).users.create(patient))) as BadRequestError;
    expect(error.message).toBe('createUser: 400 [REDACTED] [REDACTED] ([REDACTED], [REDACTED]) is invalid');
  });

  it('mask a value only where it stands as a whole word', async () => {
    const server = await startServer(json(404, { error: 'User u not found' }));
    const error = (await rejectionOf(testClient(server.url).users.get('u'))) as NotFoundError;
    expect(error.message).toBe('getUserById: 404 User [REDACTED] not found');
  });
});
