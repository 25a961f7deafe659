// A sandbox whose every answer is checked against the spec with the generated response validators,
// and short helpers to call its two operations in-process.
import { expect } from 'vitest';
import { responseValidators } from '../../../generated/validators.js';
import { createHippSandbox, SANDBOX_ADMIN_KEY, type HippSandbox, type HippSandboxOptions } from '../../../src/sandbox/index.js';

export const BASE_URL = 'https://app.hipp.health/api';

/** How many users a fresh sandbox holds (its default initial users): what a refused request must leave it with. */
export const SEEDED = createHippSandbox().users().length;

export interface SandboxResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Checks one answer: a documented status must have a body that validates; any other must still be a JSON `{ error }`. */
export function expectConforms(operationId: 'createUser' | 'getUserById', answer: SandboxResponse): void {
  expect(answer.headers.get('content-type')).toBe('application/json');
  const validate = responseValidators[`${operationId}:${answer.status}`];
  if (validate) {
    const ok = validate(answer.body);
    expect(ok, `${operationId} → ${answer.status} breaks the spec: ${JSON.stringify(validate.errors)}`).toBe(true);
  } else {
    expect(answer.status, `${operationId} answered the undocumented ${answer.status} on its own`).toBeGreaterThanOrEqual(400);
    expect(answer.body).toEqual({ error: expect.any(String) as unknown });
  }
}

/** `key: null` sends no Authorization header at all. */
interface CallOptions {
  key?: string | null;
  headers?: Record<string, string>;
}

export function checkedSandbox(options?: HippSandboxOptions) {
  const sandbox: HippSandbox = createHippSandbox(options);

  async function send(operationId: 'createUser' | 'getUserById', path: string, init: RequestInit): Promise<SandboxResponse> {
    const response = await sandbox.fetch(`${BASE_URL}${path}`, init);
    const text = await response.text();
    const answer = { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown), headers: response.headers };
    expectConforms(operationId, answer);
    return answer;
  }

  return {
    sandbox,
    /** POST /v1/users; `body` is sent as JSON unless it is a string or bytes, sent as they are. */
    create(body: unknown, { key = SANDBOX_ADMIN_KEY, headers = {} }: CallOptions = {}) {
      return send('createUser', '/v1/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...headers },
        body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
      });
    },
    /** GET /v1/users/{publicId}; the id is put in the path as given (encode it yourself if needed). */
    get(publicId: string, { key = SANDBOX_ADMIN_KEY, headers = {} }: CallOptions = {}) {
      return send('getUserById', `/v1/users/${publicId}`, {
        headers: { ...(key === null ? {} : { authorization: `Bearer ${key}` }), ...headers },
      });
    },
  };
}
