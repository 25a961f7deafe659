// What the sandbox says about each request beyond its answer: an x-request-id on every answer (so the client's
// `.withResponse().requestId` works against it), the request fields it passed over, and why a key got 403.
import { describe, expect, it } from 'vitest';
import { createHippClient } from '../../src/index.js';
import { createHippSandbox, SANDBOX_TECHNICIAN_KEY, type SandboxRequestLog } from '../../src/sandbox/index.js';
import { formatRequestLog } from '../../src/sandbox/request-log.js';
import { checkedSandbox } from './support/sandbox.js';

describe('the sandbox request log and headers', () => {
  it('gives every answer its own x-request-id, errors included, and the client reads it', async () => {
    const { create, get } = checkedSandbox();
    const answers = [
      await create({ firstName: 'A', lastName: 'B' }),
      await get('usr_1000000000_zzzzzzzzz'),
      await get('bad id'),
      await get('x', { key: null }),
    ];
    const ids = answers.map((answer) => answer.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(/^req_[0-9a-f]{24}$/);
    expect(new Set(ids).size).toBe(ids.length);
    const sandbox = createHippSandbox();
    const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch });
    const { requestId } = await hipp.users.get('usr_1234567890_abc123def').withResponse();
    expect(requestId).toMatch(/^req_/);
  });

  it('passes over a field the spec does not document, and names it (never its value) in a header and the log line', async () => {
    const log: SandboxRequestLog[] = [];
    const { create, sandbox } = checkedSandbox({ onRequest: (entry) => log.push(entry) });
    const answer = await create({ firstName: 'Jane', lastName: 'Smith', emial: 'jane.secret@example.com', nickname: 'JJ' });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('x-sandbox-ignored-fields')).toBe('emial,nickname');
    const line = formatRequestLog('sandbox', log.at(-1)!);
    expect(line).toContain('ignored unknown fields: emial, nickname');
    expect(line).not.toContain('jane.secret');
    expect(line).not.toContain('JJ');
    const created = (answer.body as { user: { publicId: string } }).user.publicId;
    expect(sandbox.user(created)).not.toHaveProperty('emial');
    const clean = await create({ firstName: 'Jane', lastName: 'Smith', email: 'jane@example.com' });
    expect(clean.headers.get('x-sandbox-ignored-fields')).toBeNull();
    expect(log.at(-1)!.note).toBeUndefined();
  });

  it('keeps the documented 403 body, and names in the log line the roles the key may create', async () => {
    const log: SandboxRequestLog[] = [];
    const { create } = checkedSandbox({ onRequest: (entry) => log.push(entry) });
    const answer = await create({ firstName: 'A', lastName: 'B', role: 'ADMIN' }, { key: SANDBOX_TECHNICIAN_KEY });
    expect([answer.status, answer.body]).toEqual([403, { error: 'Access denied' }]);
    expect(formatRequestLog('sandbox', log.at(-1)!)).toMatch(/→ 403 \(\d+ ms\); a TECHNICIAN key may create PATIENT, CAREGIVER$/);
  });
});
