// The promises openapi.yaml makes about its own shape, read straight from the file.
import { describe, expect, it } from 'vitest';
import { namedExamples, responseEntries } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { specPath } from '../../scripts/lib/paths.js';

const spec = loadSpec(specPath()) as ReturnType<typeof loadSpec> & Record<string, unknown>;
const schemas = spec.components.schemas as Record<string, { enum?: unknown[]; properties?: Record<string, Record<string, unknown>>; required?: string[] }>;

describe('openapi.yaml', () => {
  it('is OpenAPI 3.1 with the JSON Schema 2020-12 dialect', () => {
    expect(spec.openapi).toMatch(/^3\.1\./);
    expect(spec.jsonSchemaDialect).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('documents exactly the two operations of the docs, with their statuses', () => {
    const statuses: Record<string, string[]> = {};
    for (const entry of responseEntries(spec)) (statuses[entry.operationId] ??= []).push(entry.status);
    expect(statuses).toEqual({ createUser: ['200', '400', '401', '403'], getUserById: ['200', '400', '401', '403', '404'] });
  });

  it('keeps the 9 assignable roles apart from the 12 roles the API returns', () => {
    expect(schemas.AssignableRole!.enum).toHaveLength(9);
    expect(schemas.UserRole!.enum).toHaveLength(12);
    expect(schemas.UserRole!.enum).toEqual(expect.arrayContaining(schemas.AssignableRole!.enum!));
    expect(schemas.AssignableRole!.enum).not.toContain('HIPP_ADMIN');
  });

  it('uses 3.1 nullable types, never 3.0 nullable', () => {
    expect(JSON.stringify(spec)).not.toContain('"nullable"');
    expect(schemas.User!.properties!.birthDate).toMatchObject({ type: ['string', 'null'], format: 'date' });
  });

  it('carries both documented 401 bodies as named examples', () => {
    const unauthorized = responseEntries(spec).find((e) => e.operationId === 'createUser' && e.status === '401')!;
    expect(Object.values(namedExamples(spec, unauthorized.response))).toEqual([{ error: 'API key required' }, { error: 'Invalid API key' }]);
  });

  it('invents no limits the docs do not state', () => {
    const text = JSON.stringify(spec);
    expect(text).not.toContain('maxLength');
    expect(text).not.toContain('"pattern"');
  });

  it("names no schema after a global type or a generator's own per-operation types", () => {
    const operationIds = responseEntries(spec).map((entry) => entry.operationId);
    // @hey-api/openapi-ts, orval and openapi-generator derive these from each operationId.
    const reserved = new Set(['Error', 'Response', 'Request', 'Date', 'Object', 'Promise']);
    for (const id of operationIds) {
      const pascal = id[0]!.toUpperCase() + id.slice(1);
      for (const suffix of ['Data', 'Error', 'Errors', 'Response', 'Responses', 'Result', 'Body']) reserved.add(`${pascal}${suffix}`);
    }
    expect(Object.keys(schemas).filter((name) => reserved.has(name))).toEqual([]);
  });

  it('requires role on the user that get returns', () => {
    expect(schemas.User!.required).toEqual(['publicId', 'role']);
  });

  it('links the created user to getUserById by the publicId in the create answer', () => {
    const created = responseEntries(spec).find((e) => e.operationId === 'createUser' && e.status === '200')!;
    const links = (created.response as { links?: Record<string, { operationId: string; parameters: Record<string, string> }> }).links ?? {};
    const link = Object.values(links).find((candidate) => candidate.operationId === 'getUserById');
    expect(link?.parameters).toEqual({ publicId: '$response.body#/user/publicId' });
    // The pointer names a real field: it finds the publicId in the documented answer.
    const [example] = Object.values(namedExamples(spec, created.response)) as Array<{ user: { publicId: string } }>;
    expect(example!.user.publicId).toMatch(/^usr_/);
    const getUser = responseEntries(spec).find((e) => e.operationId === 'getUserById')!;
    const parameters = spec.paths[getUser.path]!.get!.parameters!.map((parameter) => parameter.name);
    expect(parameters).toEqual(Object.keys(link!.parameters));
  });
});
