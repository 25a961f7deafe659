// Keys: the documented 401s, the default keys' roles, 403 `Access denied`, and keys as options.
import { describe, expect, it } from 'vitest';
import { SANDBOX_TECHNICIAN_KEY } from '../../src/sandbox/index.js';
import { checkedSandbox, SEEDED } from './support/sandbox.js';

const ASSIGNABLE = ['ADMIN', 'BILLING_MANAGER', 'SCHEDULING_MANAGER', 'CLINICIAN', 'TECHNICIAN', 'PATIENT', 'CAREGIVER', 'CLINICAL_ADMIN', 'PAYROLL_ADMIN'];

describe('sandbox authentication', () => {
  it.each([
    ['no Authorization header', null, 'API key required'],
    ['another scheme', 'Basic c2FuZGJveA==', 'API key required'],
    ['an empty bearer token', 'Bearer ', 'API key required'],
    ['an unknown key', 'Bearer made-up-key', 'Invalid API key'],
  ])('answers 401 to %s, for create and get alike', async (_what, authorization, error) => {
    const { sandbox, create, get } = checkedSandbox();
    const headers: Record<string, string> = authorization === null ? {} : { authorization };
    const created = await create({ firstName: 'Jane', lastName: 'Smith' }, { key: null, headers });
    const read = await get('usr_1234567890_abc123def', { key: null, headers });
    expect([created.status, created.body]).toEqual([401, { error }]);
    expect([read.status, read.body]).toEqual([401, { error }]);
    expect(sandbox.users()).toHaveLength(SEEDED);
  });

  it('lets the admin key create every assignable role', async () => {
    const { create } = checkedSandbox();
    for (const role of ASSIGNABLE) expect((await create({ firstName: 'A', lastName: role, role })).status, role).toBe(200);
  });

  it('lets the technician key create PATIENT and CAREGIVER users only, and answers 403 `Access denied` otherwise, keeping nothing', async () => {
    const { sandbox, create } = checkedSandbox();
    for (const role of ASSIGNABLE) {
      const answer = await create({ firstName: 'A', lastName: role, role }, { key: SANDBOX_TECHNICIAN_KEY });
      if (role === 'PATIENT' || role === 'CAREGIVER') expect(answer.status, role).toBe(200);
      else expect([answer.status, answer.body], role).toEqual([403, { error: 'Access denied' }]);
    }
    // The default role, TECHNICIAN, is not one a technician may create either.
    expect((await create({ firstName: 'A', lastName: 'B' }, { key: SANDBOX_TECHNICIAN_KEY })).status).toBe(403);
    expect(
      sandbox
        .users()
        .map((user) => user.role)
        .sort(),
    ).toEqual(['CAREGIVER', 'PATIENT', 'PATIENT', 'PATIENT']);
  });

  it('takes its keys, their roles and what each may create as options', async () => {
    const { create, get } = checkedSandbox({ keys: { 'scheduler-key': { role: 'SCHEDULING_MANAGER', mayCreate: ['CLINICIAN'] } } });
    expect((await create({ firstName: 'A', lastName: 'B', role: 'CLINICIAN' }, { key: 'scheduler-key' })).status).toBe(200);
    expect((await create({ firstName: 'A', lastName: 'B', role: 'PATIENT' }, { key: 'scheduler-key' })).status).toBe(403);
    expect((await get('usr_1234567890_abc123def', { key: 'sandbox-admin-key' })).status).toBe(401);
  });

  it('never echoes the key it refuses', async () => {
    const answer = await checkedSandbox().create({ firstName: 'A', lastName: 'B' }, { key: 'sk_live_secret_123' });
    expect(JSON.stringify(answer.body)).not.toContain('sk_live_secret_123');
  });
});
