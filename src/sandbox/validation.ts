// Glue between the request validators generated from openapi.yaml and the documented 400 body:
// ajv's errors become zod-style `{ code, message, path }` issues (the docs' `invalid_string` is zod's
// code). Messages name the rule, never the value: it may be patient data.
import { requestValidators } from '../../generated/request-validators.js';
import type { SchemaError } from '../../generated/validators.js';
import { pointerSteps, schemaErrorPointer } from '../internal/contract-issues.js';
import type { ValidationIssue } from '../types.js';

/** Keys into the generated table: `operationId:body` or `operationId:path`. */
export type RequestPart = `${string}:body` | `${string}:path`;

export interface Checked<T> {
  /** A copy of the input, with the spec's defaults filled in. */
  value: T;
  issues: ValidationIssue[];
}

/** Checks one part of a request against the spec; the input itself is left as it was. */
export function checkRequestPart<T>(part: RequestPart, input: unknown): Checked<T> {
  const validate = requestValidators[part];
  if (!validate) throw new Error(`openapi.yaml describes no ${part}`);
  // The generated validators fill in defaults where they check: give them a copy.
  const value = structuredClone(input) as T;
  if (validate(value)) return { value, issues: [] };
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  for (const error of validate.errors ?? []) {
    const issue = toIssue(error);
    const key = `${issue.code} ${JSON.stringify(issue.path)}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return { value, issues };
}

function toIssue(error: SchemaError): ValidationIssue {
  const params = error.params;
  const path = pointerSteps(schemaErrorPointer(error));
  switch (error.keyword) {
    case 'required':
      return { code: 'invalid_type', message: 'Required', path };
    case 'type':
      return { code: 'invalid_type', message: `Expected ${String(params['type']).replace(',', ' or ')}`, path };
    case 'enum':
      return { code: 'invalid_enum_value', message: `Invalid enum value. Expected ${quoted(params['allowedValues'])}`, path };
    case 'format':
      return { code: 'invalid_string', message: FORMAT_MESSAGES[String(params['format'])] ?? `Invalid ${String(params['format'])}`, path };
    case 'minLength':
      return { code: 'too_small', message: `String must contain at least ${String(params['limit'])} character(s)`, path };
    case 'maxLength':
      return { code: 'too_big', message: `String must contain at most ${String(params['limit'])} character(s)`, path };
    case 'minItems':
      return { code: 'too_small', message: `Array must contain at least ${String(params['limit'])} element(s)`, path };
    case 'maxItems':
      return { code: 'too_big', message: `Array must contain at most ${String(params['limit'])} element(s)`, path };
    case 'minimum':
    case 'exclusiveMinimum':
      return { code: 'too_small', message: `Number must be ${error.keyword === 'minimum' ? 'at least' : 'above'} ${String(params['limit'])}`, path };
    case 'maximum':
    case 'exclusiveMaximum':
      return { code: 'too_big', message: `Number must be ${error.keyword === 'maximum' ? 'at most' : 'below'} ${String(params['limit'])}`, path };
    case 'pattern':
      return { code: 'invalid_string', message: 'Invalid', path };
    case 'additionalProperties':
      return { code: 'unrecognized_keys', message: 'Unrecognized key', path };
    default:
      return { code: 'custom', message: `Invalid (${error.keyword})`, path };
  }
}

/** The docs' own message for a bad email; the others are zod's. */
const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Valid email is required',
  'date-time': 'Invalid datetime',
  date: 'Invalid date',
};

function quoted(values: unknown): string {
  return Array.isArray(values) ? values.map((value) => `'${String(value)}'`).join(' | ') : '';
}
