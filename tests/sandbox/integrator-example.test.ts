import { beforeEach, expect, it } from 'vitest';
import { createHippClient, NotFoundError } from '../../src/index.js';
import { createHippSandbox } from '../../src/sandbox/index.js';

const statuses: Array<number | string> = [];
const sandbox = createHippSandbox({ onRequest: ({ status }) => statuses.push(status) });
const hipp = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch });

beforeEach(() => {
  sandbox.reset(); // back to the initial users (the docs' example user, the other organization's), no faults queued
  statuses.length = 0;
});

it('creates a patient and reads her back', async () => {
  const { user } = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'PATIENT' });
  expect(await hipp.users.get(user.publicId)).toMatchObject({ firstName: 'Jane', role: 'PATIENT', birthDate: null });
  expect(sandbox.users().map((held) => held.lastName)).toEqual(['Doe', 'Example', 'Smith']);
});

it('reports an unknown user as NotFoundError', async () => {
  await expect(hipp.users.get('usr_1000000000_zzzzzzzzz')).rejects.toBeInstanceOf(NotFoundError);
});

it('gets through a 503 by retrying the GET', async () => {
  sandbox.queueFaults({ status: 503, retryAfterSeconds: 0 }); // the next request only
  expect(await hipp.users.get('usr_1234567890_abc123def')).toMatchObject({ firstName: 'John' });
  expect(statuses).toEqual([503, 200]);
});
