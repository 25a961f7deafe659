// The checker every answer goes through: what it calls a breach, and that it never quotes a value.
import { describe, expect, it } from 'vitest';
import { breaches, type Answer } from './support/conformance.js';

function answer(overrides: Partial<Answer>): Answer {
  const body = { publicId: 'usr_1', role: 'PATIENT', firstName: 'Johanna', birthDate: '1990-01-15' };
  return {
    operationId: 'getUserById',
    status: 200,
    headers: new Headers({ 'content-type': 'application/json' }),
    text: JSON.stringify(body),
    body,
    proxied: false,
    ...overrides,
  };
}

describe('breaches', () => {
  it('finds none in a documented, well-formed answer', () => {
    expect(breaches(answer({}))).toEqual([]);
  });

  it('names the operation, the status and the path, never the value', () => {
    const found = breaches(answer({ body: { publicId: 'usr_1', role: 'PATIENT', firstName: 'Johanna', birthDate: '15/01/1990' } }));
    expect(found).toEqual(['getUserById → 200: body breaks the spec at /birthDate (format must match format "date")']);
    expect(found.join()).not.toContain('15/01/1990');
    expect(found.join()).not.toContain('Johanna');
  });

  it('refuses an undocumented status, a 5xx and a body that is not JSON', () => {
    expect(breaches(answer({ status: 201 }))[0]).toContain('status 201 is not documented for getUserById');
    expect(breaches(answer({ status: 502 }))[0]).toContain('the server failed (5xx)');
    expect(breaches(answer({ body: undefined }))[0]).toContain('the body is not JSON');
    expect(breaches(answer({ headers: new Headers({ 'content-type': 'text/plain' }) }))[0]).toContain('content type is not application/json');
  });

  describe("behind Prism's validating proxy", () => {
    const verdicts = JSON.stringify([
      { location: ['request', 'body', 'firstName'], severity: 'Error', code: 'minLength', message: 'Request body property firstName is too short' },
      { location: ['response', 'body', 'role'], severity: 'Error', code: 'enum', message: 'Response body property role must be one of the allowed values' },
      { location: ['response', 'body', 'city'], severity: 'Warning', code: 'type', message: 'a warning' },
    ]);
    const headers = new Headers({ 'content-type': 'application/json', 'sl-violations': verdicts });

    it('counts its errors on the response, not its verdicts on our requests or its warnings', () => {
      expect(breaches(answer({ headers, proxied: true }))).toEqual(["getUserById → 200: Prism's validating proxy reports body.role (enum)"]);
    });

    it('ignores the header when no proxy stood in between', () => {
      expect(breaches(answer({ headers, proxied: false }))).toEqual([]);
    });
  });
});
