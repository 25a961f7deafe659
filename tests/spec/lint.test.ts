// npm run lint passes on openapi.yaml and bites on copies that break it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.js';
import { lintSpec, runRedocly } from '../../scripts/lib/tools/redocly.js';

const dir = mkdtempSync(join(tmpdir(), 'hipp-lint-'));
const spec = readFileSync(join(ROOT, 'openapi.yaml'), 'utf8');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function replaceOnce(text: string, from: string, to: string): string {
  expect(text, `the spec no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

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
    'rule/operation-documents-400-and-401',
  ],
  [
    'a property without a description',
    () => replaceOnce(spec, "          description: The user's National Provider Identifier (NPI) number.\n", ''),
    'rule/schema-has-description',
  ],
  [
    'a response without a description',
    () => replaceOnce(spec, '          description: No user with this `publicId` exists in your organization.\n', ''),
    'rule/response-has-description',
  ],
  [
    'a response without an example',
    () => replaceOnce(spec, '              examples:\n                notFound:', '              x-examples:\n                notFound:'),
    'rule/response-has-example',
  ],
];

// Each case names the rule that must report it as an error (the project's own rules in redocly.yaml are rule/<name>).
const fileOf = (name: string) => `${name.replace(/\W+/g, '-')}.yaml`;

/**
 * The broken copies, linted by one Redocly run with the project's rules (redocly.yaml), as `npm run lint` does each:
 * its exit code and, per copy, the rules it reported as errors. Started on first use, shared by the cases below.
 */
let brokenRun: Promise<{ code: number; output: string; errors: Map<string, string[]> }> | undefined;
function lintBroken() {
  brokenRun ??= (async () => {
    for (const [name, mutate] of broken) writeFileSync(join(dir, fileOf(name)), mutate());
    // Run from the copies' directory, so the stylish report heads each copy's problems with its bare file name.
    const files = broken.map(([name]) => fileOf(name));
    const result = await runRedocly(['lint', ...files, '--config', join(ROOT, 'redocly.yaml'), '--format', 'stylish'], { cwd: dir });
    const errors = new Map<string, string[]>();
    let file: string | undefined;
    for (const line of result.output.split('\n')) {
      const heading = /^(\S+\.yaml):$/.exec(line);
      if (heading) file = heading[1];
      const problem = /^\s+\d+:\d+\s+error\s+(\S+)\s/.exec(line);
      if (problem && file) errors.set(file, [...(errors.get(file) ?? []), problem[1]!]);
    }
    return { ...result, errors };
  })();
  return brokenRun;
}

describe('npm run lint', () => {
  it.concurrent('passes openapi.yaml with no errors and no warnings', async () => {
    const file = join(dir, 'openapi.yaml');
    writeFileSync(file, spec);
    const result = await lintSpec(file);
    expect(result.output).toContain('Your API description is valid');
    // The Node 20 deprecation banner says 'warning' too; the linter's count is what matters.
    expect(result.output).not.toMatch(/\d+ warnings?\b/);
    expect(result.code).toBe(0);
  });

  it.concurrent.each(broken)('fails on a copy with %s', async (name, _mutate, rule) => {
    const { code, output, errors } = await lintBroken();
    expect(code).not.toBe(0);
    // An error of this rule in this copy: the copy alone would fail lint on it.
    expect(errors.get(fileOf(name)), output).toContain(rule);
  });
});
