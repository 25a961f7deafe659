// The seam for test doubles (not part of the package): createSandboxWith replaces a step, wraps a
// handler or rewrites an answer, so a deliberately broken variant is a few lines on top of the real
// sandbox. The drift proof's broken variants are built this way.
import { describe, expect, it } from 'vitest';
import { createSandboxWith } from '../../src/sandbox/sandbox.js';
import { serveHippSandbox } from '../../src/sandbox/index.js';

const init = (body?: unknown): RequestInit => ({
  method: body === undefined ? 'GET' : 'POST',
  headers: { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' },
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const URL_BASE = 'https://app.hipp.health/api/v1/users';

describe('sandbox overrides', () => {
  it('rewrites answers before they are sent: status, body and headers', async () => {
    const sandbox = createSandboxWith(
      {},
      {
        answer: (answer, { operationId }) =>
          operationId === 'createUser' && answer.status === 200 ? { ...answer, status: 201, headers: { 'content-type': 'text/plain' } } : answer,
      },
    );
    const response = await sandbox.fetch(URL_BASE, init({ firstName: 'A', lastName: 'B' }));
    expect([response.status, response.headers.get('content-type')]).toEqual([201, 'text/plain']);
    expect((await sandbox.fetch(`${URL_BASE}/usr_1234567890_abc123def`, init())).status).toBe(200);
  });

  it('replaces steps of the pipeline: here authentication is ignored and every role may be created', async () => {
    const sandbox = createSandboxWith({}, { steps: { authenticate: () => ({ role: 'TECHNICIAN', mayCreate: [] }), mayCreate: () => true } });
    const response = await sandbox.fetch(URL_BASE, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ firstName: 'A', lastName: 'B', role: 'ADMIN' }),
    });
    expect(response.status).toBe(200);
  });

  it('wraps a handler: here get forgets every user', async () => {
    const sandbox = createSandboxWith(
      {},
      { handlers: { getUserById: (handler) => (context) => handler({ ...context, params: { publicId: 'usr_1_missing' } }) } },
    );
    expect((await sandbox.fetch(`${URL_BASE}/usr_1234567890_abc123def`, init())).status).toBe(404);
  });

  it('serves a variant over HTTP like the real one', async () => {
    const served = await serveHippSandbox({ sandbox: createSandboxWith({}, { answer: (answer) => ({ ...answer, status: 500 }) }) });
    try {
      expect((await fetch(`${served.url}/v1/users/usr_1234567890_abc123def`, init())).status).toBe(500);
    } finally {
      await served.close();
    }
  });
});
