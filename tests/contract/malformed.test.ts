// Bodies that are not a JSON object are answered with 400, promptly, never left hanging.
import { describe, expect, it } from 'vitest';
import { assertConforms } from './support/conformance.js';
import { expectStatus, isMock, send } from './support/http.js';

const cases: Array<[string, { body?: string; headers?: Record<string, string> }]> = [
  ['a malformed JSON body', { body: '{"firstName": "Jane", "lastName": ' }],
  ['a body that is JSON but not an object', { body: '"Jane Smith"' }],
  ['a wrong content type', { body: 'firstName=Jane&lastName=Smith', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
  ['no body at all', { headers: { 'content-type': 'application/json' } }],
];

describe('createUser with a body that is not a JSON object', () => {
  it.each(cases)('answers %s with 400 within 10 s', async (_what, request) => {
    // `send` times out after 15 s; a hang fails here first.
    const started = Date.now();
    const answer = await send('createUser', request);
    expect(Date.now() - started).toBeLessThan(10_000);
    expectStatus(answer, 400);
    // Prism answers a malformed body with an error body of its own; a real server must send the documented one.
    if (!isMock || !request.body?.startsWith('{')) assertConforms(answer);
  });
});
