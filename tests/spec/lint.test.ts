// npm run lint passes on openapi.yaml and bites on copies that break it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { lintSpec } from '../../scripts/lib/tools/redocly.js';

const dir = mkdtempSync(join(tmpdir(), 'hipp-lint-'));
const spec = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs Redocly as `npm run lint -- <file>` does (with redocly.yaml), on the given spec text, from this process. */
function lint(name: string, text: string) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return lintSpec(file);
}

function replaceOnce(text: string, from: string, to: string): string {
  expect(text, `the spec no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

describe('npm run lint', () => {
  it('passes openapi.yaml with no errors and no warnings', async () => {
    const result = await lint('openapi', spec);
    expect(result.output).toContain('Your API description is valid');
    // The Node 20 deprecation banner says 'warning' too; the linter's count is what matters.
    expect(result.output).not.toMatch(/\d+ warnings?\b/);
    expect(result.code).toBe(0);
  });

  const broken: Array<[string, () => string, string]> = [
    ['an example that breaks its schema', () => replaceOnce(spec, "birthDate: '1990-01-15'", 'birthDate: 19900115'), 'no-invalid-media-type-examples'],
    ['an unresolved $ref', () => replaceOnce(spec, "$ref: '#/components/schemas/CreatedUser'", "$ref: '#/components/schemas/Missing'"), 'no-unresolved-refs'],
    ['a missing operationId', () => replaceOnce(spec, '    get:\n      operationId: getUserById\n', '    get:\n'), 'operation-operationId'],
    [
      'an unused component',
      () => replaceOnce(spec, '  schemas:\n', '  schemas:\n    Unused:\n      type: string\n      description: Used by nothing.\n'),
      'no-unused-components',
    ],
    [
      'an operation without a 400',
      () => replaceOnce(spec, "        '400':\n          description: The `publicId`", "        '422':\n          description: The `publicId`"),
      'operation-documents-400-and-401',
    ],
    [
      'a property without a description',
      () => replaceOnce(spec, "          description: The user's National Provider Identifier (NPI) number.\n", ''),
      'schema-has-description',
    ],
    [
      'a response without a description',
      () => replaceOnce(spec, '          description: No user with this `publicId` exists in your organization.\n', ''),
      'description',
    ],
    [
      'a response without an example',
      () => replaceOnce(spec, '              examples:\n                notFound:', '              x-examples:\n                notFound:'),
      'response-has-example',
    ],
  ];

  it.concurrent.each(broken)('fails on a copy with %s', async (name, mutate, rule) => {
    const result = await lint(name.replace(/\W+/g, '-'), mutate());
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(rule);
  });
});
