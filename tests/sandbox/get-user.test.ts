// GET /v1/users/{publicId} in the sandbox: the user shape, the documented user, 400 and 404.
import { describe, expect, it } from 'vitest';
import { namedExamples } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { checkedSandbox } from './support/sandbox.js';
import { specPath } from '../../scripts/lib/paths.js';

describe('getUserById in the sandbox', () => {
  it('holds the docs’ example user from the start, exactly as the spec’s `patient` example shows it', async () => {
    const spec = loadSpec(specPath());
    const patient = namedExamples(spec, spec.paths['/v1/users/{publicId}']!.get!.responses['200']!)['patient'];
    const answer = await checkedSandbox().get('usr_1234567890_abc123def');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(patient);
  });

  it('reads back a created user in the user shape: names and role as created, demographics present and null', async () => {
    const { create, get } = checkedSandbox();
    const created = await create({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN', email: 'jane@example.com' });
    const { publicId } = (created.body as { user: { publicId: string } }).user;
    const answer = await get(publicId);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      publicId,
      firstName: 'Jane',
      lastName: 'Smith',
      role: 'CLINICIAN',
      sex: null,
      caregiverId: null,
      birthDate: null,
      addressLine1: null,
      addressLine2: null,
      city: null,
      state: null,
      postalCode: null,
    });
  });

  it('keeps only the create fields of a body: demographics sent along with them stay null', async () => {
    const { create, get } = checkedSandbox();
    const created = await create({ firstName: 'Jane', lastName: 'Smith', birthDate: 'not a date', sex: 'UNKNOWN', city: 'Springfield' });
    const { publicId } = (created.body as { user: { publicId: string } }).user;
    expect((await get(publicId)).body).toMatchObject({ birthDate: null, sex: null, city: null });
  });

  it('answers 404 `Resource not found` for a well-formed id it does not hold', async () => {
    const answer = await checkedSandbox().get('usr_1000000000_zzzzzzzzz');
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual({ error: 'Resource not found' });
  });

  it.each([
    ['not the documented shape', 'abc'],
    ['a missing suffix', 'usr_1234567890_'],
    ['letters where digits go', 'usr_abc_def'],
    ['a space', 'usr_1234567890_abc%20def'],
    ['an encoded slash', 'usr_1234567890%2Fabc'],
    ['a malformed %-escape', 'usr_1234567890_%E0%A4%A'],
    ['nothing at all', ''],
  ])('answers 400 `Invalid publicId format` naming publicId for %s', async (_what, publicId) => {
    const answer = await checkedSandbox().get(publicId);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: 'Validation error', details: [{ code: 'invalid_string', message: 'Invalid publicId format', path: ['publicId'] }] });
  });
});
