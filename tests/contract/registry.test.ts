// The checks of the registry on hand-made exchanges: what each calls a violation, what it lets pass
// (other legal forms included), and that a violation names where, never a value.
import { describe, expect, it } from 'vitest';
import { CHECKS, runChecks } from '../../src/contract/checks/index.js';
import type { Exchange, Intent } from '../../src/contract/checks/types.js';
import { ContractSpec } from '../../src/contract/spec.js';
import { loadSpec } from '../../src/spec/load.js';
import { specPath } from '../../scripts/lib/paths.js';

const spec = new ContractSpec(loadSpec(specPath()));

function exchange(overrides: {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  intent?: Intent;
  via?: Exchange['via'];
  operation?: Exchange['operation'];
  durationMs?: number;
  maxResponseMs?: number;
}): Exchange {
  const body = overrides.body === undefined ? { publicId: 'usr_1', role: 'PATIENT', firstName: 'Johanna', birthDate: '1990-01-15' } : overrides.body;
  return {
    spec,
    operation: overrides.operation ?? 'getUserById',
    request: { method: 'GET', path: '/v1/users/usr_1', headers: {}, auth: 'key' },
    answer: {
      status: overrides.status ?? 200,
      headers: new Headers(overrides.headers ?? { 'content-type': 'application/json' }),
      text: JSON.stringify(body),
      body,
      durationMs: overrides.durationMs ?? 5,
    },
    intent: overrides.intent ?? { kind: 'read' },
    via: overrides.via ?? 'server',
    ...(overrides.maxResponseMs !== undefined ? { maxResponseMs: overrides.maxResponseMs } : {}),
  };
}

const found = (input: Exchange) => runChecks(input).findings;
/** Each finding as `check path`, a warning or a note marked as such. */
const where = (input: Exchange) => found(input).map(({ checkId, path, severity }) => `${severity ? `(${severity}) ` : ''}${checkId} ${path}`);

describe('the check registry', () => {
  it("holds every check the issue names, under Schemathesis's names where they fit, each id once", () => {
    const ids = CHECKS.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'not_a_server_error',
      'status_code_conformance',
      'content_type_conformance',
      'response_schema_conformance',
      'negative_data_rejection',
      'positive_data_acceptance',
      'ignored_auth',
      'ensure_resource_availability',
      'unique_email',
      'documented_defaults',
      'tenant_isolation',
      'max_response_time',
    ]) {
      expect(ids).toContain(id);
    }
    for (const id of ids) expect(id).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('finds nothing in a documented, well-formed answer', () => {
    expect(found(exchange({}))).toEqual([]);
  });

  it('names the check, the operation, the status and the path, never the value', () => {
    const violations = found(exchange({ body: { publicId: 'usr_1', role: 'PATIENT', firstName: 'Johanna', birthDate: '15/01/1990' } }));
    expect(violations).toEqual([
      {
        checkId: 'response_schema_conformance',
        operation: 'getUserById',
        status: 200,
        path: 'response/body/birthDate',
        expected: 'format date (RFC 3339 for dates)',
      },
    ]);
    expect(JSON.stringify(violations)).not.toMatch(/15\/01\/1990|Johanna/);
  });

  it('holds dates to RFC 3339: no space for the T, no impossible days, leap days only in leap years', () => {
    const created = (createdAt: string) =>
      exchange({ operation: 'createUser', body: { message: 'ok', user: { publicId: 'usr_1', firstName: 'A', lastName: 'B', createdAt } } });
    for (const legal of ['2025-01-15T10:30:00Z', '2024-02-29T23:59:59.5+05:30', '2025-01-15t10:30:00z', '2016-12-31T23:59:60Z'])
      expect(where(created(legal)), legal).toEqual([]);
    for (const illegal of [
      '2025-01-15 10:30:00Z',
      '2023-02-29T00:00:00Z',
      '2025-04-31T00:00:00Z',
      '2025-01-15T10:30:00',
      '2025-01-15T24:00:00Z',
      '2025-01-15',
    ]) {
      expect(where(created(illegal)), illegal).toEqual(['response_schema_conformance response/body/user/createdAt']);
    }
  });

  it('takes a media type with parameters and in any case, refuses another one', () => {
    for (const type of ['application/json; charset=utf-8', 'Application/JSON', 'APPLICATION/JSON;charset=UTF-8'])
      expect(found(exchange({ headers: { 'content-type': type } })), type).toEqual([]);
    expect(where(exchange({ headers: { 'content-type': 'text/plain' } }))).toEqual(['content_type_conformance response/headers/content-type']);
  });

  it('calls an undocumented status a status_code_conformance violation and a 5xx not_a_server_error only', () => {
    expect(where(exchange({ status: 201 }))).toEqual(['status_code_conformance response/status']);
    expect(where(exchange({ status: 502, body: { error: 'Bad gateway' } }))).toEqual(['not_a_server_error response/status']);
  });

  it('calls a request that got no answer a not_a_server_error violation', () => {
    expect(where({ ...exchange({}), answer: undefined })).toEqual(['not_a_server_error response']);
  });

  it("counts Prism's proxy verdicts on the response, not on our requests, not its warnings, and only behind the proxy", () => {
    const verdicts = JSON.stringify([
      { location: ['request', 'body', 'firstName'], severity: 'Error', code: 'minLength', message: 'too short' },
      { location: ['response', 'body', 'role'], severity: 'Error', code: 'enum', message: 'must be one of' },
      { location: ['response', 'body', 'city'], severity: 'Warning', code: 'type', message: 'a warning' },
    ]);
    const headers = { 'content-type': 'application/json', 'sl-violations': verdicts };
    expect(where(exchange({ headers, via: 'proxy' }))).toEqual(['response_schema_conformance response/body/role']);
    expect(where(exchange({ headers, via: 'server' }))).toEqual([]);
  });

  it('wants invalid data refused with 400 naming the field, a nested one by its first step', () => {
    const negative: Intent = { kind: 'negative', field: 'email', location: 'body', why: 'an email without @' };
    const refusal = (path: unknown[]) => ({ error: 'Validation error', details: [{ code: 'invalid_string', message: 'Invalid', path }] });
    expect(where(exchange({ operation: 'createUser', status: 400, body: refusal(['email']), intent: negative }))).toEqual([]);
    expect(where(exchange({ operation: 'createUser', status: 400, body: refusal(['firstName']), intent: negative }))).toEqual([
      'negative_data_rejection request/body/email',
    ]);
    expect(
      where(
        exchange({ operation: 'createUser', status: 200, body: { message: 'ok', user: { publicId: 'u', firstName: 'a', lastName: 'b' } }, intent: negative }),
      ),
    ).toEqual(['negative_data_rejection request/body/email']);
    const nested: Intent = { kind: 'negative', field: 'providerPayors/0', location: 'body', why: 'a number in providerPayors' };
    expect(where(exchange({ operation: 'createUser', status: 400, body: refusal(['providerPayors', 0]), intent: nested }))).toEqual([]);
  });

  it('reports a refused valid case on the field its 400 names, when the case exercised it', () => {
    const positive: Intent = { kind: 'positive', fields: ['request/body/role', 'request/body/email'] };
    const refusal = { error: 'Validation error', details: [{ code: 'invalid_enum_value', message: 'Invalid', path: ['role'] }] };
    expect(where(exchange({ operation: 'createUser', status: 400, body: refusal, intent: positive }))).toEqual(['positive_data_acceptance request/body/role']);
  });

  it('wants a taken email refused with a documented 4xx: 409 is not one', () => {
    const taken: Intent = { kind: 'taken-email', how: 'other case' };
    expect(where(exchange({ operation: 'createUser', status: 400, body: { error: 'Validation error', details: [] }, intent: taken }))).toEqual([]);
    expect(where(exchange({ operation: 'createUser', status: 409, body: { error: 'Conflict' }, intent: taken }))).toEqual([
      'status_code_conformance response/status',
      'unique_email request/body/email',
    ]);
  });

  it('checks documented defaults on the echo wherever it carries the field, from the schema', () => {
    const create: Intent = { kind: 'create', sent: { firstName: 'A', lastName: 'B' } };
    const echo = (user: Record<string, unknown>) =>
      exchange({ operation: 'createUser', body: { message: 'ok', user: { publicId: 'u', firstName: 'A', lastName: 'B', ...user } }, intent: create });
    expect(where(echo({ role: 'TECHNICIAN', shouldSendSMS: false }))).toEqual([]);
    expect(where(echo({}))).toEqual([]);
    expect(where(echo({ role: 'PATIENT', shouldSendSMS: true }))).toEqual([
      'documented_defaults response/body/user/role',
      'documented_defaults response/body/user/shouldSendSMS',
    ]);
  });

  it('judges response times only when a limit is set', () => {
    expect(where(exchange({ durationMs: 900 }))).toEqual([]);
    expect(where(exchange({ durationMs: 900, maxResponseMs: 1000 }))).toEqual([]);
    expect(where(exchange({ durationMs: 1100, maxResponseMs: 1000 }))).toEqual(['max_response_time response']);
  });
  it('calls a 4xx to long or non-ASCII valid data a warning in every check, and a 5xx a violation', () => {
    const sent = { firstName: 'José', lastName: 'Doe' };
    const limit: Intent = { kind: 'unstated-limit', field: 'firstName', why: 'a firstName of accented letters', sent };
    const refusal = { error: 'Validation error', details: [{ code: 'custom', message: 'ASCII only', path: ['firstName'] }] };
    expect(where(exchange({ operation: 'createUser', status: 400, body: refusal, intent: limit }))).toEqual([
      '(warning) positive_data_acceptance request/body/firstName',
    ]);
    // A proxy's 413 in text/plain: an undocumented status too, and still only warnings.
    expect(
      where(exchange({ operation: 'createUser', status: 413, headers: { 'content-type': 'text/plain' }, body: 'Payload Too Large', intent: limit })),
    ).toEqual(['(warning) status_code_conformance response/status', '(warning) positive_data_acceptance request/body/firstName']);
    expect(where(exchange({ operation: 'createUser', status: 500, body: { error: 'Internal server error' }, intent: limit }))).toEqual([
      'not_a_server_error response/status',
      'positive_data_acceptance request/body/firstName',
    ]);
    expect(where({ ...exchange({ operation: 'createUser', intent: limit }), answer: undefined })).toEqual(['not_a_server_error response']);
    const echo = (firstName: string) =>
      exchange({ operation: 'createUser', body: { message: 'ok', user: { publicId: 'u', firstName, lastName: 'Doe' } }, intent: limit });
    expect(where(echo('José'))).toEqual([]);
    // Decomposed, or garbled as Latin-1: not the name that was sent.
    expect(where(echo('Jose\u0301'))).toEqual(['created_data_round_trip response/body/user/firstName']);
    expect(where(echo('JosÃ©'))).toEqual(['created_data_round_trip response/body/user/firstName']);
  });

  it('compares only fields the answer documents: an undocumented one is a note, never a violation', () => {
    const readBack: Intent = { kind: 'read-back', sent: { firstName: 'Jane', email: 'jane@example.com', shouldSendSMS: false }, compare: true };
    const got = (extra: Record<string, unknown>) =>
      exchange({ body: { publicId: 'usr_1', role: 'TECHNICIAN', firstName: 'Jane', ...extra }, intent: readBack });
    // The get's User documents neither email nor shouldSendSMS.
    expect(where(got({ email: null, shouldSendSMS: true, timezone: 'UTC' }))).toEqual([
      '(note) created_data_round_trip response/body/email',
      '(note) created_data_round_trip response/body/shouldSendSMS',
    ]);
    expect(where(got({}))).toEqual([]);
    expect(where(got({ firstName: 'Janet' }))).toEqual(['created_data_round_trip response/body/firstName']);
    // A documented default is judged only where the answer's schema documents the field.
    const defaults: Intent = { kind: 'read-back', sent: { firstName: 'Jane' }, compare: true };
    expect(where(exchange({ body: { publicId: 'usr_1', role: 'TECHNICIAN', shouldSendSMS: true }, intent: defaults }))).toEqual([]);
    expect(where(exchange({ body: { publicId: 'usr_1', role: 'PATIENT' }, intent: defaults }))).toEqual(['documented_defaults response/body/role']);
  });

  it("wants a user unreadable with another organization's key: 404 or 403, both documented", () => {
    for (const whose of ['named', 'created'] as const) {
      const read: Intent = { kind: 'other-org-read', whose };
      expect(where(exchange({ status: 404, body: { error: 'Resource not found' }, intent: read }))).toEqual([]);
      expect(where(exchange({ status: 403, body: { error: 'Access denied' }, intent: read }))).toEqual([]);
      expect(where(exchange({ intent: read }))).toEqual(['tenant_isolation request/path/publicId']);
    }
    const unknownKey = found(exchange({ status: 401, body: { error: 'Invalid API key' }, intent: { kind: 'other-org-read', whose: 'named' } }));
    expect(unknownKey.map(({ checkId, expected }) => [checkId, expected.includes('HIPP_OTHER_ORG_API_KEY')])).toEqual([['tenant_isolation', true]]);
  });
});
