// POST /v1/users in the sandbox: defaults, the created-user shape, payors, unique emails.
import { describe, expect, it } from 'vitest';
import { checkedSandbox } from './support/sandbox.js';

const FULL = {
  firstName: 'John',
  lastName: 'Doe',
  email: 'john.doe@example.com',
  role: 'TECHNICIAN',
  phoneNumber: '+1234567890',
  npiNumber: '1234567890',
  shouldSendSMS: true,
  recertificationDate: '2025-01-15T00:00:00Z',
  providerPayors: ['abc123', 'unknown-payor'],
};

describe('createUser in the sandbox', () => {
  it('answers 200 with the created-user shape, echoing what was sent, and no demographics', async () => {
    const { create } = checkedSandbox({ payors: ['abc123'] });
    const answer = await create(FULL);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      message: 'User created successfully',
      user: {
        publicId: expect.stringMatching(/^usr_\d+_[a-z0-9]+$/) as unknown,
        firstName: 'John',
        lastName: 'Doe',
        email: 'john.doe@example.com',
        role: 'TECHNICIAN',
        phoneNumber: '+1234567890',
        npiNumber: '1234567890',
        shouldSendSMS: true,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/) as unknown,
        organization: { name: 'Example Organization', publicId: 'org_abc123def456' },
      },
    });
  });

  it('defaults role to TECHNICIAN and shouldSendSMS to false, and leaves out fields not sent', async () => {
    const { create } = checkedSandbox();
    const answer = await create({ firstName: 'Jane', lastName: 'Smith' });
    const { user } = answer.body as { user: Record<string, unknown> };
    expect(user).toMatchObject({ role: 'TECHNICIAN', shouldSendSMS: false });
    expect(Object.keys(user)).not.toContain('email');
    expect(Object.keys(user)).not.toContain('phoneNumber');
  });

  it('gives every user a fresh publicId shaped like the documented ones', async () => {
    const { create } = checkedSandbox();
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add(((await create({ firstName: 'A', lastName: `B${i}` })).body as { user: { publicId: string } }).user.publicId);
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^usr_\d{10}_[a-z0-9]{9}$/);
  });

  it('keeps the payors that exist and passes over the others', async () => {
    const { sandbox, create } = checkedSandbox({ payors: ['abc123'] });
    const answer = await create(FULL);
    const { publicId } = (answer.body as { user: { publicId: string } }).user;
    expect(sandbox.user(publicId)?.providerPayors).toEqual(['abc123']);
  });

  it('refuses an email already taken, whatever its case, with 400 naming email, and keeps nothing', async () => {
    const { sandbox, create } = checkedSandbox();
    expect((await create({ firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com' })).status).toBe(200);
    const before = sandbox.users();
    const answer = await create({ firstName: 'Janet', lastName: 'Smythe', email: 'Jane.SMITH@example.com' });
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: 'Validation error', details: [{ code: 'custom', message: 'Email already in use', path: ['email'] }] });
    expect(JSON.stringify(answer.body)).not.toContain('SMITH');
    expect(sandbox.users()).toEqual(before);
  });

  it('accepts the docs’ own create samples on a fresh sandbox', async () => {
    const { create } = checkedSandbox();
    const docsSample = { firstName: 'John', lastName: 'Doe', email: 'john.doe@example.com', role: 'TECHNICIAN' };
    const curlSample = { firstName: 'Jane', lastName: 'Smith', email: 'jane.smith@example.com', role: 'CLINICIAN', phoneNumber: '+1234567890' };
    expect((await create(docsSample)).status).toBe(200);
    expect((await create(curlSample)).status).toBe(200);
  });
});
