// validateResponses: bodies are checked with the ahead-of-time validators; errors name paths, never values.
import { describe, expect, it } from 'vitest';
import { ContractViolationError, HippApiError, NotFoundError } from '../../src/index.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';

closeServersAfterEach();

const PATIENT = {
  publicId: 'usr_1234567890_abc123def',
  firstName: 'Johanna',
  lastName: 'Doevenbrook',
  sex: 'FEMALE',
  caregiverId: null,
  role: 'PATIENT',
  birthDate: '1990-01-15',
  addressLine1: '123 Main St',
  addressLine2: null,
  city: 'New York',
  state: 'NY',
  postalCode: '10001',
};
const PATIENT_VALUES = ['Johanna', 'Doevenbrook', '123 Main St', 'New York', '10001'];

async function violationFor(body: unknown): Promise<ContractViolationError> {
  const server = await startServer(json(200, body));
  const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
  expect(error).toBeInstanceOf(ContractViolationError);
  expect(server.requests).toHaveLength(1);
  return error as ContractViolationError;
}

describe('validateResponses: true', () => {
  it('accepts a body that matches the spec', async () => {
    const server = await startServer(json(200, PATIENT));
    await expect(testClient(server.url, { validateResponses: true }).users.get('usr_1')).resolves.toEqual(PATIENT);
  });

  it.each([
    ['a missing publicId', { ...PATIENT, publicId: undefined }, '/publicId', 'required', undefined],
    ['an unknown role', { ...PATIENT, role: 'SUPERUSER' }, '/role', 'enum', 'SUPERUSER'],
    ['an impossible birth date', { ...PATIENT, birthDate: '1990-13-45' }, '/birthDate', 'format', '1990-13-45'],
  ])('rejects %s, naming the path but not the value', async (_case, body, path, keyword, value) => {
    const error = await violationFor(body);

    expect(error.operationId).toBe('getUserById');
    expect(error.status).toBe(200);
    expect(error.issues).toEqual([{ path, keyword }]);
    expect(error.message).toContain('getUserById');
    expect(error.message).toContain('200');
    expect(error.message).toContain(path);
    for (const text of [...PATIENT_VALUES, ...(value ? [value] : [])]) {
      expect(error.message).not.toContain(text);
      expect(JSON.stringify(error)).not.toContain(text);
    }
  });

  it('lists every violation at once', async () => {
    const error = await violationFor({ ...PATIENT, publicId: undefined, role: 'SUPERUSER', birthDate: '1990-13-45' });
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['/birthDate', '/publicId', '/role']);
  });

  it('checks create responses, nested paths included', async () => {
    const server = await startServer(
      json(200, { message: 'User created successfully', user: { firstName: 'Johanna', lastName: 'Doevenbrook', createdAt: 'yesterday' } }),
    );
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.create({ firstName: 'Johanna', lastName: 'Doevenbrook' }));
    expect(error).toBeInstanceOf(ContractViolationError);
    const violation = error as ContractViolationError;
    expect(violation.operationId).toBe('createUser');
    expect(violation.issues).toEqual([
      { path: '/user/publicId', keyword: 'required' },
      { path: '/user/createdAt', keyword: 'format' },
    ]);
    expect(violation.message).not.toContain('Johanna');
    expect(violation.message).not.toContain('yesterday');
  });

  it('takes a created-at date-time only with the T of RFC 3339, not with the space ajv-formats allows', async () => {
    const created = { publicId: 'usr_1', firstName: 'Johanna', lastName: 'Doevenbrook' };
    const answer = (createdAt: string) => json(200, { message: 'User created successfully', user: { ...created, createdAt } });
    const strict = await startServer(answer('2025-01-15T10:30:00Z'));
    await expect(testClient(strict.url, { validateResponses: true }).users.create({ firstName: 'Johanna', lastName: 'Doevenbrook' })).resolves.toMatchObject({
      user: created,
    });

    const spaced = await startServer(answer('2025-01-15 10:30:00Z'));
    const error = await rejectionOf(testClient(spaced.url, { validateResponses: true }).users.create({ firstName: 'Johanna', lastName: 'Doevenbrook' }));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).issues).toEqual([{ path: '/user/createdAt', keyword: 'format' }]);
  });

  it('checks documented error bodies too', async () => {
    const server = await startServer(json(404, { message: 'gone' }));
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).status).toBe(404);
    expect((error as ContractViolationError).issues).toEqual([{ path: '/error', keyword: 'required' }]);
  });

  it('keeps a documented error with a conforming body as its status class', async () => {
    const server = await startServer(json(404, { error: 'Resource not found' }));
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
    expect(error).toBeInstanceOf(NotFoundError);
  });

  it('leaves error statuses the spec does not document to the API errors', async () => {
    const server = await startServer(json(409, { anything: true }));
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
    expect(error).toBeInstanceOf(HippApiError);
    expect(error).not.toBeInstanceOf(ContractViolationError);
    expect((error as HippApiError).status).toBe(409);
  });

  it('refuses a success status the spec does not document', async () => {
    const server = await startServer(json(201, {}));
    const error = await rejectionOf(testClient(server.url, { validateResponses: true }).users.get('usr_1'));
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).status).toBe(201);
    expect((error as ContractViolationError).issues).toEqual([{ path: '', keyword: 'status' }]);
  });

  it('applies to hipp.api as well', async () => {
    const server = await startServer(json(200, { ...PATIENT, role: 'SUPERUSER' }));
    const error = await rejectionOf(
      testClient(server.url, { validateResponses: true }).api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } }),
    );
    expect(error).toBeInstanceOf(ContractViolationError);
    expect((error as ContractViolationError).issues).toEqual([{ path: '/role', keyword: 'enum' }]);
  });

  it('judges a hipp.api call by its operation under a per-call baseUrl too', async () => {
    const server = await startServer(json(200, PATIENT), json(200, { ...PATIENT, role: 'SUPERUSER' }));
    const hipp = testClient(server.url, { validateResponses: true });
    const get = () => hipp.api.GET('/v1/users/{publicId}', { baseUrl: `${server.url}/v2`, params: { path: { publicId: 'usr_1' } } });
    expect((await get()).data).toEqual(PATIENT);
    const error = await rejectionOf(get());
    expect((error as ContractViolationError).operationId).toBe('getUserById');
    expect((error as ContractViolationError).issues).toEqual([{ path: '/role', keyword: 'enum' }]);
    expect(server.requests.map((request) => request.url)).toEqual(['/v2/v1/users/usr_1', '/v2/v1/users/usr_1']);
  });
});

describe('validateResponses: false (the default)', () => {
  it('passes a body that breaks the spec through', async () => {
    const body = { ...PATIENT, publicId: undefined, role: 'SUPERUSER', birthDate: '1990-13-45' };
    const server = await startServer(json(200, body));
    await expect(testClient(server.url).users.get('usr_1')).resolves.toEqual(JSON.parse(JSON.stringify(body)));
  });
});
