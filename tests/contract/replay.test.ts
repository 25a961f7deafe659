// A finding's replay command sends the request as it went out: every key by its environment variable, never
// itself, and a long body built in the shell (a 1 MiB name stays one short line) yet byte for byte the same.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { SentRequest } from '../../src/contract/checks/types.js';
import { curlFor } from '../../src/contract/run/send.js';

const request = (overrides: Partial<SentRequest>): SentRequest => ({ method: 'GET', path: '/v1/users/usr_1', headers: {}, auth: 'key', ...overrides });

/** What the shell part of a replay (before `| curl`) prints. */
function printed(curl: string): string {
  const [printer] = curl.split(' | curl ');
  return execFileSync('sh', ['-c', printer!], { encoding: 'utf8', maxBuffer: 4 * 1024 * 1024 });
}

describe('replay commands', () => {
  it('name each key by its variable', () => {
    const url = 'http://127.0.0.1:4020/api';
    expect(curlFor(request({ auth: 'key' }), url)).toContain('"Authorization: Bearer $HIPP_API_KEY"');
    expect(curlFor(request({ auth: 'restricted-key' }), url)).toContain('"Authorization: Bearer $HIPP_RESTRICTED_API_KEY"');
    expect(curlFor(request({ auth: 'other-org-key' }), url)).toContain('"Authorization: Bearer $HIPP_OTHER_ORG_API_KEY"');
    expect(curlFor(request({ auth: 'none' }), url)).not.toContain('Authorization');
  });

  it('send a short body as it is, and a long one through stdin, built by the shell to the same bytes', () => {
    const short = JSON.stringify({ firstName: "O'Brien", lastName: 'Zoë' });
    expect(curlFor(request({ method: 'POST', body: short }), 'http://h/api')).toMatch(/--data-raw '.*O'\\''Brien.*Zoë.*'$/);

    const body = JSON.stringify({ firstName: 'q'.repeat(1024 * 1024 - 4096), lastName: "O'Brien \u0000 José 山田", providerPayors: ['z'.repeat(300), 'abc'] });
    const curl = curlFor(request({ method: 'POST', path: '/v1/users', headers: { 'content-type': 'application/json' }, body }), 'http://h/api');
    expect(curl.length).toBeLessThan(1000);
    expect(curl).toMatch(/ \| curl -sS -X POST 'http:\/\/h\/api\/v1\/users' .* --data-binary @-$/);
    expect(printed(curl)).toBe(body);
  });
});
