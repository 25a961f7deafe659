// The sandbox holds organizations: a user belongs to the organization whose key created it, and another
// organization's key gets the documented 404 `Resource not found` for it (tenant isolation, OWASP API1).
import { describe, expect, it } from 'vitest';
import {
  createHippSandbox,
  DOCUMENTED_ORGANIZATION,
  DOCUMENTED_USER,
  OTHER_ORGANIZATION,
  OTHER_ORGANIZATION_USER,
  SANDBOX_ADMIN_KEY,
  SANDBOX_OTHER_ORG_KEY,
  SANDBOX_TECHNICIAN_KEY,
} from '../../src/sandbox/index.js';
import { checkedSandbox } from './support/sandbox.js';

describe('sandbox organizations', () => {
  it("answers another organization's user with 404 Resource not found, and its own with 200, for every default key", async () => {
    const { get } = checkedSandbox();
    for (const key of [SANDBOX_ADMIN_KEY, SANDBOX_TECHNICIAN_KEY]) {
      expect((await get(DOCUMENTED_USER.publicId!, { key })).status, key).toBe(200);
      expect(await get(OTHER_ORGANIZATION_USER.publicId!, { key }), key).toMatchObject({ status: 404, body: { error: 'Resource not found' } });
    }
    expect((await get(OTHER_ORGANIZATION_USER.publicId!, { key: SANDBOX_OTHER_ORG_KEY })).status).toBe(200);
    expect(await get(DOCUMENTED_USER.publicId!, { key: SANDBOX_OTHER_ORG_KEY })).toMatchObject({ status: 404, body: { error: 'Resource not found' } });
  });

  it('creates a user in the organization of the key that created it, readable only there', async () => {
    const { create, get, sandbox } = checkedSandbox();
    const made = await create({ firstName: 'Ana', lastName: 'Lee', role: 'CLINICIAN' }, { key: SANDBOX_OTHER_ORG_KEY });
    expect(made.status).toBe(200);
    const user = (made.body as { user: { publicId: string; organization: unknown } }).user;
    expect(user.organization).toEqual(OTHER_ORGANIZATION);
    expect(sandbox.user(user.publicId)?.organizationId).toBe(OTHER_ORGANIZATION.publicId);
    expect((await get(user.publicId, { key: SANDBOX_OTHER_ORG_KEY })).status).toBe(200);
    expect((await get(user.publicId, { key: SANDBOX_ADMIN_KEY })).status).toBe(404);
    const ours = await create({ firstName: 'Bo', lastName: 'Kim', role: 'CLINICIAN' }, { key: SANDBOX_ADMIN_KEY });
    expect((ours.body as { user: { organization: unknown } }).user.organization).toEqual(DOCUMENTED_ORGANIZATION);
  });

  it('takes organizations and keys as options', async () => {
    const north = { name: 'North Clinic', publicId: 'org_north0000001' };
    const south = { name: 'South Clinic', publicId: 'org_south0000001' };
    const sandbox = createHippSandbox({
      organization: north,
      keys: { 'north-key': { role: 'ADMIN', mayCreate: 'all' }, 'south-key': { role: 'ADMIN', mayCreate: 'all', organization: south } },
      initialUsers: [
        { publicId: 'usr_1_north', firstName: 'N', lastName: 'One' },
        { publicId: 'usr_1_south', firstName: 'S', lastName: 'One', organizationId: south.publicId },
      ],
    });
    const read = async (key: string, publicId: string) =>
      (await sandbox.fetch(new Request(`http://sandbox/api/v1/users/${publicId}`, { headers: { authorization: `Bearer ${key}` } }))).status;
    expect([await read('north-key', 'usr_1_north'), await read('north-key', 'usr_1_south')]).toEqual([200, 404]);
    expect([await read('south-key', 'usr_1_south'), await read('south-key', 'usr_1_north')]).toEqual([200, 404]);
  });

  it('refuses a key whose organization is not { name, publicId }', () => {
    expect(() => createHippSandbox({ keys: { k: { role: 'ADMIN', mayCreate: 'all', organization: { name: 'x' } as never } } })).toThrow(/organization/);
  });
});
