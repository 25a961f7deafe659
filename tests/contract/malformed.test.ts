// Bodies that are not a JSON object are refused promptly, never left hanging.
import { describe, expect, it } from 'vitest';
import { assertConforms } from './support/conformance.js';
import { isMock, send, target } from './support/http.js';
import { documentedStatuses } from './support/spec.js';

const cases: Array<[string, { body?: string; headers?: Record<string, string> }]> = [
  ['a malformed JSON body', { body: '{"firstName": "Jane", "lastName": ' }],
  ['a body that is JSON but not an object', { body: '"Jane Smith"' }],
  ['a wrong content type', { body: 'firstName=Jane&lastName=Smith', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
  ['no body at all', { headers: { 'content-type': 'application/json' } }],
];

describe('createUser with a body that is not a JSON object', () => {
  it.each(cases)('answers %s promptly with a client error', async (_what, request) => {
    // `send` gives up after 15 s; a hang fails here first.
    const started = Date.now();
    const answer = await send('createUser', request);
    expect(Date.now() - started).toBeLessThan(10_000);
    const malformedJson = request.body?.startsWith('{') === true;
    if (isMock || (target.proxied && malformedJson)) {
      // Prism (the mock, or the proxy, which never forwards unparsable JSON) answers 400 itself;
      // for malformed JSON with an error body of its own rather than the documented one.
      expect(answer.status).toBe(400);
      if (!malformedJson) assertConforms(answer);
      return;
    }
    // The docs do not say how a real server answers these; any client error will do, and a documented one must keep its schema.
    expect(answer.status, `createUser answered ${answer.status} to ${_what}`).toBeGreaterThanOrEqual(400);
    expect(answer.status, `createUser answered ${answer.status} to ${_what}`).toBeLessThan(500);
    if (documentedStatuses('createUser').includes(String(answer.status))) assertConforms(answer);
  });
});
