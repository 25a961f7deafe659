// The boundary phase's cases come from the schema: a field the spec gains gets its own, enums bring
// their near misses, formats are held to the letter, and the seed decides every drawn value.
import { describe, expect, it } from 'vitest';
import { isRfc3339DateTime } from '../../src/spec/rfc3339.js';
import { bodyCases, MISSING, type BoundaryCase } from '../../src/contract/cases/boundary.js';
import { seededRandom } from '../../src/contract/cases/random.js';
import { ContractSpec } from '../../src/contract/spec.js';
import { loadSpec } from '../../src/spec/load.js';
import { specPath } from '../../scripts/lib/paths.js';

const spec = new ContractSpec(loadSpec(specPath()));
const schema = spec.requestSchema('createUser')!;
const cases = bodyCases(spec, schema, seededRandom(7));
const of = (field: string, valid: boolean) =>
  cases.filter((boundary) => boundary.field === field && boundary.valid === valid).map((boundary) => boundary.value);

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
});
