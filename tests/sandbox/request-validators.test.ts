// The request validators the sandbox checks with are generated from openapi.yaml: one per request body
// and per set of path parameters, schemas in other files included.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestValidators } from '../../generated/request-validators.js';
import { renderRequestValidators, requestValidatorEntries } from '../../scripts/lib/generate/request-validators.js';
import { loadSpec } from '../../src/spec/load.js';
import { specPath } from '../../scripts/lib/paths.js';

describe('generated request validators', () => {
  it('cover every request body and every operation with path parameters in openapi.yaml', () => {
    const keys = requestValidatorEntries(loadSpec(specPath())).map((entry) => entry.key);
    expect(keys).toEqual(['createUser:body', 'getUserById:path']);
    expect(Object.keys(requestValidators).sort()).toEqual([...keys].sort());
  });

  it('inline a schema kept in another file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hipp-request-validators-'));
    try {
      writeFileSync(join(dir, 'nickname.yaml'), 'type: string\nminLength: 3\ndescription: The name the user goes by.\n');
      const field = "        phoneNumber:\n          type: string\n          description: The user's phone number.\n";
      const spec = readFileSync(specPath(), 'utf8');
      expect(spec).toContain(field);
      writeFileSync(join(dir, 'openapi.yaml'), spec.replace(field, `${field}        nickname:\n          $ref: 'nickname.yaml'\n`));
      const code = renderRequestValidators(join(dir, 'openapi.yaml'));
      expect(code).toContain('The name the user goes by.');
      expect(code).toMatch(/nickname/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
