// The one spec loader inlines `$ref`s to other files for every reader: a copy of the project whose schemas take a
// field from ./schemas/common.yaml lints, generates, passes generate:check, and its sandbox validates and keeps it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import type * as SandboxModule from '../../src/sandbox/index.js';
import { runScript } from '../support/scripts.js';

const dir = mkdtempSync(join(tmpdir(), 'hipp-external-refs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REQUEST_FIELD = "        phoneNumber:\n          type: string\n          description: The user's phone number.\n";
const RESPONSE_FIELD = "        postalCode:\n          type: [string, 'null']\n          description: The postal code of the user's address.\n";

describe('a spec whose schemas take a field from another file', () => {
  it('lints, generates and passes generate:check, and the sandbox validates the field', { timeout: 120_000 }, async () => {
    for (const part of ['src', 'generated', 'redocly.yaml']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
    mkdirSync(join(dir, 'schemas'));
    writeFileSync(join(dir, 'schemas', 'common.yaml'), 'Nickname:\n  type: string\n  minLength: 3\n  description: The name the user goes by.\n');
    const spec = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
    expect(spec).toContain(REQUEST_FIELD);
    expect(spec).toContain(RESPONSE_FIELD);
    const nickname = "        nickname:\n          $ref: './schemas/common.yaml#/Nickname'\n";
    writeFileSync(
      join(dir, 'openapi.yaml'),
      spec.replace(REQUEST_FIELD, `${REQUEST_FIELD}${nickname}`).replace(RESPONSE_FIELD, `${RESPONSE_FIELD}${nickname}`),
    );

    const lint = await runScript('lint.ts', dir, [join(dir, 'openapi.yaml')]);
    expect(lint.output).not.toMatch(/error/i);
    expect(lint.code).toBe(0);
    const generate = await runScript('generate.ts', dir);
    expect(generate.code, generate.output).toBe(0);
    expect(readFileSync(join(dir, 'generated', 'openapi.ts'), 'utf8')).toContain('nickname?: string');
    const check = await runScript('generate-check.ts', dir);
    expect(check.output).toContain('up to date');
    expect(check.code).toBe(0);

    // The copy's sandbox, on the copy's regenerated validators.
    const { createHippSandbox } = (await import(pathToFileURL(join(dir, 'src', 'sandbox', 'index.ts')).href)) as typeof SandboxModule;
    const sandbox = createHippSandbox();
    const create = (body: Record<string, unknown>) =>
      sandbox.fetch(
        new Request('http://sandbox/api/v1/users', {
          method: 'POST',
          headers: { authorization: 'Bearer sandbox-admin-key', 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
      );
    const refused = await create({ firstName: 'Ana', lastName: 'Lee', nickname: 'Al' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('nickname');
    const accepted = await create({ firstName: 'Ana', lastName: 'Lee', nickname: 'Annie' });
    expect(accepted.status).toBe(200);
  });
});
