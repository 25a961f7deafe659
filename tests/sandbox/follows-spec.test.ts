// What the sandbox stores and answers follows the spec through generated/: a copy of the project whose spec
// gains an optional `nickname` (in the create request, the created user and the user) regenerates, and the
// copy's sandbox keeps the field, echoes it on create and returns it on get, with no hand edit of src/.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import type * as SandboxModule from '../../src/sandbox/index.js';
import { runScript } from '../support/scripts.js';

const dir = mkdtempSync(join(tmpdir(), 'hipp-sandbox-follows-spec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a field the spec gains', () => {
  it('travels through the sandbox’s create and get after npm run generate alone', { timeout: 120_000 }, async () => {
    for (const part of ['src', 'generated']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    // Text edits, as a person would make them: generate rewrites the spec's x-codeSamples blocks in place.
    const nickname = '        nickname:\n          type: string\n          description: The name the user goes by.\n';
    const phone = "        phoneNumber:\n          type: string\n          description: The user's phone number.\n";
    const postalCode = "        postalCode:\n          type: [string, 'null']\n          description: The postal code of the user's address.\n";
    const text = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
    // The create request and the created user share the phoneNumber lines; the user has postalCode.
    expect(text.split(phone)).toHaveLength(3);
    expect(text).toContain(postalCode);
    writeFileSync(join(dir, 'openapi.yaml'), text.replaceAll(phone, `${phone}${nickname}`).replace(postalCode, `${postalCode}${nickname}`));
    const generated = await runScript('generate.ts', dir);
    expect(generated.code, generated.output).toBe(0);

    const { createHippSandbox } = (await import(pathToFileURL(join(dir, 'src', 'sandbox', 'index.ts')).href)) as typeof SandboxModule;
    const sandbox = createHippSandbox();
    const auth = { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' };
    const created = await sandbox.fetch(
      new Request('http://sandbox/api/v1/users', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ firstName: 'Ana', lastName: 'Lee', nickname: 'Annie' }),
      }),
    );
    expect(created.status).toBe(200);
    expect(created.headers.get('x-sandbox-ignored-fields')).toBeNull();
    const { user } = (await created.json()) as { user: { publicId: string; nickname?: string } };
    expect(user.nickname).toBe('Annie');
    const read = await sandbox.fetch(new Request(`http://sandbox/api/v1/users/${user.publicId}`, { headers: auth }));
    expect(((await read.json()) as { nickname?: string }).nickname).toBe('Annie');
  });

  it('is passed over and named by this checkout’s sandbox, whose spec lacks it', async () => {
    const { createHippSandbox } = await import('../../src/sandbox/index.js');
    const answer = await createHippSandbox().fetch(
      new Request('http://sandbox/api/v1/users', {
        method: 'POST',
        headers: { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' },
        body: JSON.stringify({ firstName: 'Ana', lastName: 'Lee', nickname: 'Annie' }),
      }),
    );
    expect(answer.headers.get('x-sandbox-ignored-fields')).toBe('nickname');
    expect(((await answer.json()) as { user: Record<string, unknown> }).user).not.toHaveProperty('nickname');
  });
});
