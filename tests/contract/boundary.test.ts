// The boundary phase's cases come from the schema: a field the spec gains gets its own, enums bring
// their near misses, formats are held to the letter, and the seed decides every drawn value.
import { describe, expect, it } from 'vitest';
import { isRfc3339DateTime } from '../../src/spec/rfc3339.js';
import { applyCase, bodyCases, MISSING, type BoundaryCase } from '../../src/contract/cases/boundary.js';
import { malformedIds } from '../../src/contract/cases/ids.js';
import { seededRandom } from '../../src/contract/cases/random.js';
import { COMMON_BODY_LIMIT } from '../../src/contract/cases/text.js';
import { ContractSpec } from '../../src/contract/spec.js';
import { loadSpec } from '../../src/spec/load.js';
import { specPath } from '../../scripts/lib/paths.js';

const spec = new ContractSpec(loadSpec(specPath()));
const schema = spec.requestSchema('createUser')!;
const cases = bodyCases(spec, schema, seededRandom(7));
const of = (field: string, valid: boolean) =>
  cases.filter((boundary) => boundary.field === field && boundary.valid === valid).map((boundary) => boundary.value);
/** The valid cases a server may refuse for a limit the spec does not state, by field. */
const unstated = (field: string) => cases.filter((boundary) => boundary.field === field && boundary.unstatedLimit);
const lengthsOf = (values: unknown[]) =>
  values.map((value) => (typeof value === 'string' ? value.length : Array.isArray(value) ? String(value[0]).length : -1));

describe('boundary cases drawn from the request schema', () => {
  it('gives a field the spec gains its cases, without a test of its own', () => {
    const grown = { ...schema, properties: { ...(schema.properties as object), nickname: { type: 'string', minLength: 2, maxLength: 5 } } };
    const nickname = bodyCases(spec, grown, seededRandom(7)).filter((boundary) => boundary.field === 'nickname');
    const lengths = (valid: boolean) =>
      nickname.filter((boundary) => boundary.valid === valid && typeof boundary.value === 'string').map((boundary) => (boundary.value as string).length);
    expect(lengths(true).sort()).toEqual([2, 5]);
    expect(lengths(false).sort()).toEqual([1, 6]);
    expect(nickname.some((boundary) => boundary.value === MISSING && boundary.valid)).toBe(true);
    expect(nickname.filter((boundary) => !boundary.valid).map((boundary) => boundary.value)).toEqual(
      expect.arrayContaining([null, 42, true, ['item'], { key: 'value' }]),
    );
    const age = bodyCases(spec, { type: 'object', properties: { age: { type: 'integer' } } }, seededRandom(7)).filter((boundary) => !boundary.valid);
    expect(age.map((boundary) => boundary.value)).toEqual(expect.arrayContaining([4.5, 'text', true, null]));
    expect(age.map((boundary) => boundary.value)).not.toContain(42);
  });

  it('makes a required field missing, empty or of another type invalid, and its shortest value valid', () => {
    expect(of('firstName', false)).toEqual(expect.arrayContaining([MISSING, '', null, 42, true]));
    expect(of('firstName', true).some((value) => typeof value === 'string' && value.length === 1)).toBe(true);
    expect(of('email', true)).toContain(MISSING);
  });

  it('tries every assignable role, and its near misses: another case, surrounding spaces, the other role list', () => {
    // The docs' list of assignable roles, written out here rather than read from the spec the cases come from.
    const roles = ['ADMIN', 'BILLING_MANAGER', 'SCHEDULING_MANAGER', 'CLINICIAN', 'TECHNICIAN', 'PATIENT', 'CAREGIVER', 'CLINICAL_ADMIN', 'PAYROLL_ADMIN'];
    expect(of('role', true)).toEqual(expect.arrayContaining([MISSING, ...roles]));
    expect(of('role', false)).toEqual(
      expect.arrayContaining(['technician', ' TECHNICIAN ', 'payroll_admin', 'HIPP_ADMIN', 'HIPP_BILLING_MANAGER', 'CLINICAL_SUPERADMIN', '']),
    );
    for (const role of roles) expect(of('role', false)).not.toContain(role);
  });

  it('holds date-times to RFC 3339: impossible month and day, leap days, a missing offset, a space for the T', () => {
    expect(of('recertificationDate', false)).toEqual(
      expect.arrayContaining(['2025-13-01T00:00:00Z', '2025-04-31T00:00:00Z', '2025-02-29T00:00:00Z', '2025-01-15T00:00:00', '2025-01-15 00:00:00Z']),
    );
    expect(of('recertificationDate', true)).toContain('2024-02-29T23:59:59+05:30');
    for (const value of of('recertificationDate', true)) if (typeof value === 'string') expect(isRfc3339DateTime(value), value).toBe(true);
    for (const value of of('recertificationDate', false)) if (typeof value === 'string') expect(isRfc3339DateTime(value), value).toBe(false);
  });

  it('tries emails to the letter, and the items of an array', () => {
    expect(of('email', false)).toEqual(expect.arrayContaining(['contract@', '@example.com', 'con tract@example.com', ' contract@example.com ']));
    expect(cases.some((boundary: BoundaryCase) => boundary.field === 'providerPayors/0' && !boundary.valid && JSON.stringify(boundary.value) === '[42]')).toBe(
      true,
    );
    expect(of('providerPayors', true)).toEqual(expect.arrayContaining([[]]));
  });

  it('draws the same cases from the same seed, and other values from another', () => {
    const draw = (seed: number) => JSON.stringify(bodyCases(spec, schema, seededRandom(seed)).map((boundary) => boundary.value));
    expect(draw(7)).toBe(draw(7));
    expect(draw(7)).not.toBe(draw(8));
  });
  it('sends every field of open text long strings and non-ASCII text, as valid data a server may refuse only with a warning', () => {
    // The fields the spec leaves open: no format, no enum, no pattern, no maxLength (written out, not read from the spec).
    for (const field of ['firstName', 'lastName', 'phoneNumber', 'npiNumber', 'providerPayors']) {
      const values = unstated(field).map((boundary) => boundary.value);
      expect(
        unstated(field).every((boundary) => boundary.valid),
        field,
      ).toBe(true);
      expect(lengthsOf(values), field).toEqual(expect.arrayContaining([256, 4096, 65_536]));
      const texts = values
        .map((value) => (Array.isArray(value) ? (value as unknown[])[0] : value))
        .filter((value): value is string => typeof value === 'string');
      for (const [what, pattern] of [
        ['accents', /é/],
        ['CJK', /\p{Script=Han}/u],
        ['emoji', /\p{Extended_Pictographic}/u],
        ['right-to-left', /\p{Script=Arabic}|\p{Script=Hebrew}/u],
        ['combining marks', /\p{M}/u],
        ['control characters', /\u0000/],
      ] as const) {
        expect(
          texts.some((text) => pattern.test(text)),
          `${field}: ${what}`,
        ).toBe(true);
      }
    }
    for (const field of ['email', 'role', 'recertificationDate', 'shouldSendSMS']) expect(unstated(field), field).toEqual([]);
    // A length bound wins: no long string past maxLength is called valid.
    const grown = { ...schema, properties: { ...(schema.properties as object), nickname: { type: 'string', maxLength: 300 } } };
    const nickname = bodyCases(spec, grown, seededRandom(7)).filter((boundary) => boundary.field === 'nickname' && boundary.unstatedLimit);
    expect(lengthsOf(nickname.map((boundary) => boundary.value)).filter((length) => length > 100)).toEqual([256]);
  });

  it('sends one body just under 1 MiB, and calls it valid', () => {
    const nearLimit = cases.filter((boundary) => boundary.unstatedLimit && JSON.stringify(boundary.value).length > 100_000);
    expect(nearLimit).toHaveLength(1);
    const bytes = Buffer.byteLength(JSON.stringify(applyCase(spec.fullCreate(), nearLimit[0]!)));
    expect(bytes).toBeLessThan(COMMON_BODY_LIMIT);
    expect(bytes).toBeGreaterThan(COMMON_BODY_LIMIT - 8192);
  });

  it('refuses a long string and a non-ASCII lookalike where the spec wants a format or a list of values', () => {
    for (const field of ['email', 'role', 'recertificationDate']) expect(lengthsOf(of(field, false)), field).toContain(65_536);
    // ADMIN with a Cyrillic А: another value, however alike it looks.
    expect(of('role', false)).toContain('\u0410DMIN');
    expect(of('email', false)).toContain('contract\uff20example.com');
    expect(of('recertificationDate', false).some((value) => typeof value === 'string' && value.includes('\uff12'))).toBe(true);
  });

  it('sends made-up payors as valid data (the spec passes over those that do not exist), one twice, and arrays nested deep as invalid', () => {
    const payorLists = of('providerPayors', true).filter((value): value is string[] => Array.isArray(value) && value.length > 0);
    const madeUp = payorLists.filter((list) => list.every((payor) => payor !== 'abc123' && typeof payor === 'string' && payor.length < 50));
    expect(madeUp.length).toBeGreaterThanOrEqual(2);
    expect(madeUp.some((list) => new Set(list).size < list.length)).toBe(true);
    const depthOf = (value: unknown): number => (Array.isArray(value) ? 1 + depthOf(value[0]) : 0);
    const depth = Math.max(...cases.filter((boundary) => boundary.field === 'providerPayors/0' && !boundary.valid).map((boundary) => depthOf(boundary.value)));
    expect(depth).toBeGreaterThanOrEqual(256);
    // Null, numbers, booleans, arrays and objects where a string goes.
    for (const field of ['firstName', 'phoneNumber', 'email', 'role'])
      expect(of(field, false)).toEqual(expect.arrayContaining([null, 42, true, ['item'], { key: 'value' }]));
  });

  it('names the rule a case tries, never its value (only values of the spec: its enums)', () => {
    for (const boundary of cases.filter((each) => each.field !== 'role')) {
      const value = Array.isArray(boundary.value) ? (boundary.value as unknown[])[0] : boundary.value;
      if (typeof value === 'string' && value.trim().length > 3) expect(boundary.why, boundary.why).not.toContain(value.trim());
    }
  });

  it('reads publicIds long and non-ASCII too, each a case of its own', () => {
    const ids = malformedIds(spec.resolveSchema(spec.idParameter().schema), spec.documentedPublicId(), seededRandom(7));
    expect(ids.map(({ value }) => value.length)).toContain(4096);
    expect(ids.some(({ value }) => /\p{Script=Han}/u.test(value))).toBe(true);
    expect(ids.some(({ value }) => value.includes('\u0000'))).toBe(true);
    for (const { value, why } of ids) if (value.length > 3) expect(why).not.toContain(value.trim());
  });
});
