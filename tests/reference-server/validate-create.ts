// Validates a create body as the API's docs describe it, with zod-style issues.
export interface Issue {
  code: string;
  message: string;
  path: string[];
}

export const ASSIGNABLE_ROLES = [
  'ADMIN',
  'BILLING_MANAGER',
  'SCHEDULING_MANAGER',
  'CLINICIAN',
  'TECHNICIAN',
  'PATIENT',
  'CAREGIVER',
  'CLINICAL_ADMIN',
  'PAYROLL_ADMIN',
] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export interface CreateBody {
  firstName: string;
  lastName: string;
  email?: string;
  role?: AssignableRole;
  phoneNumber?: string;
  npiNumber?: string;
  shouldSendSMS?: boolean;
  recertificationDate?: string;
  providerPayors?: string[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_TIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function validateCreate(body: unknown): Issue[] {
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return [{ code: 'invalid_type', message: 'Expected object', path: [] }];
  }
  const input = body as Record<string, unknown>;
  const issues: Issue[] = [];
  const optionalString = (field: string) => {
    if (input[field] !== undefined && typeof input[field] !== 'string') issues.push({ code: 'invalid_type', message: 'Expected string', path: [field] });
  };
  for (const field of ['firstName', 'lastName']) {
    const value = input[field];
    if (typeof value !== 'string') issues.push({ code: 'invalid_type', message: `${field} is required`, path: [field] });
    else if (value.length < 1) issues.push({ code: 'too_small', message: `${field} is required`, path: [field] });
  }
  if (input.email !== undefined && (typeof input.email !== 'string' || !EMAIL.test(input.email))) {
    issues.push({ code: 'invalid_string', message: 'Valid email is required', path: ['email'] });
  }
  if (input.role !== undefined && !ASSIGNABLE_ROLES.includes(input.role as AssignableRole)) {
    issues.push({ code: 'invalid_enum_value', message: 'Invalid role', path: ['role'] });
  }
  optionalString('phoneNumber');
  optionalString('npiNumber');
  if (input.shouldSendSMS !== undefined && typeof input.shouldSendSMS !== 'boolean') {
    issues.push({ code: 'invalid_type', message: 'Expected boolean', path: ['shouldSendSMS'] });
  }
  if (input.recertificationDate !== undefined && (typeof input.recertificationDate !== 'string' || !isDateTime(input.recertificationDate))) {
    issues.push({ code: 'invalid_string', message: 'Invalid datetime', path: ['recertificationDate'] });
  }
  const payors = input.providerPayors;
  if (payors !== undefined && (!Array.isArray(payors) || payors.some((payor) => typeof payor !== 'string'))) {
    issues.push({ code: 'invalid_type', message: 'Expected an array of strings', path: ['providerPayors'] });
  }
  return issues;
}

function isDateTime(value: string): boolean {
  return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}
