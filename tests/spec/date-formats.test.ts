// One reading of the spec's `date` and `date-time`: RFC 3339 to the letter. Each string of one table goes through
// the four readers (the client's response validators, the sandbox's request validators, the contract suite's
// validators and the spec tests' ajv) and must get the same verdict from each, and the verdict the table gives.
import { describe, expect, it } from 'vitest';
import { specPath } from '../../scripts/lib/paths.js';
import { ContractSpec } from '../../src/contract/spec.js';
import { checkRequestPart } from '../../src/sandbox/validation.js';
import { compileSpecSchema, createSpecAjv } from '../../src/spec/ajv.js';
import { namedExamples } from '../../src/spec/document.js';
import { loadSpec } from '../../src/spec/load.js';
import { findContractIssues } from '../../src/validate.js';

const DATE_TIMES: Array<[string, boolean, string]> = [
  ['2025-01-15T10:30:00Z', true, 'UTC'],
  ['2025-01-15t10:30:00z', true, 'lower-case t and z'],
  ['2025-01-15T10:30:00+05:30', true, 'an offset with a colon'],
  ['2025-01-15T10:30:00-08:00', true, 'a negative offset'],
  ['2025-01-15T10:30:00.123456Z', true, 'fractional seconds'],
  ['2024-02-29T23:59:59Z', true, 'a leap day'],
  ['2016-12-31T23:59:60Z', true, 'a leap second'],
  ['2025-01-15T10:30:00+0530', false, 'an offset without a colon'],
  ['2025-01-15T10:30:00+05', false, 'an offset of hours only'],
  ['2025-01-15 10:30:00Z', false, 'a space for the T'],
  ['2025-01-15T10:30:00', false, 'no offset'],
  ['2025-01-15T24:00:00Z', false, 'the hour 24:00'],
  ['2025-02-29T00:00:00Z', false, 'a leap day in a common year'],
  ['2025-04-31T00:00:00Z', false, 'the 31st of April'],
  ['2025-01-15T10:30Z', false, 'no seconds'],
  ['2025-01-15', false, 'a date alone'],
];

const DATES: Array<[string, boolean, string]> = [
  ['1990-01-15', true, 'a date'],
  ['2024-02-29', true, 'a leap day'],
  ['2000-02-29', true, 'a leap day in a year divisible by 400'],
  ['1900-02-29', false, 'a leap day in a year divisible by 100 only'],
  ['2023-02-29', false, 'a leap day in a common year'],
  ['1990-13-01', false, 'month 13'],
  ['1990-1-15', false, 'a one-digit month'],
  ['1990-01-15T00:00:00Z', false, 'a date-time'],
];

const spec = loadSpec(specPath());
const contract = new ContractSpec(spec);
const ajv = createSpecAjv(spec);
const byFormat = {
  date: compileSpecSchema(ajv, { type: 'string', format: 'date' }),
  'date-time': compileSpecSchema(ajv, { type: 'string', format: 'date-time' }),
};

/** A documented 200 body of an operation, from the spec's examples. */
function documented200(operationId: 'createUser' | 'getUserById'): Record<string, unknown> {
  const entry = contract.entryFor(operationId, '200')!;
  return structuredClone(Object.values(namedExamples(spec, entry.response))[0]) as Record<string, unknown>;
}
const created = (createdAt: string) => {
  const body = documented200('createUser');
  (body.user as Record<string, unknown>).createdAt = createdAt;
  return body;
};
const user = (birthDate: string) => ({ ...documented200('getUserById'), birthDate });

const readers = {
  'date-time': {
    client: (value: string) => findContractIssues('createUser', 200, created(value))!.length === 0,
    sandbox: (value: string) => checkRequestPart('createUser:body', { firstName: 'A', lastName: 'B', recertificationDate: value }).issues.length === 0,
    'contract suite': (value: string) => contract.validatorFor('createUser', '200')!(created(value)),
    'spec tests': (value: string) => byFormat['date-time'](value),
  },
  date: {
    client: (value: string) => findContractIssues('getUserById', 200, user(value))!.length === 0,
    'contract suite': (value: string) => contract.validatorFor('getUserById', '200')!(user(value)),
    'spec tests': (value: string) => byFormat.date(value),
  },
};

describe('date-time: one verdict from every reader', () => {
  it.each(DATE_TIMES)('%s → valid: %s (%s)', (value, valid) => {
    const verdicts = Object.fromEntries(Object.entries(readers['date-time']).map(([reader, read]) => [reader, read(value)]));
    expect(verdicts).toEqual({ client: valid, sandbox: valid, 'contract suite': valid, 'spec tests': valid });
  });
});

describe('date: one verdict from every reader that reads one (the request takes no date)', () => {
  it.each(DATES)('%s → valid: %s (%s)', (value, valid) => {
    const verdicts = Object.fromEntries(Object.entries(readers.date).map(([reader, read]) => [reader, read(value)]));
    expect(verdicts).toEqual({ client: valid, 'contract suite': valid, 'spec tests': valid });
  });
});
