// A valid request for each operation of the spec; an operation added to the spec without one fails coverage.
import type { OperationId } from './spec.js';

export const VALID_MINIMAL_CREATE = { firstName: 'Jane', lastName: 'Smith' };

export const VALID_FULL_CREATE = {
  firstName: 'John',
  lastName: 'Doe',
  email: 'john.doe@example.com',
  role: 'TECHNICIAN',
  phoneNumber: '+1234567890',
  npiNumber: '1234567890',
  shouldSendSMS: false,
  recertificationDate: '2025-01-15T00:00:00Z',
  providerPayors: ['abc123'],
};

export const VALID_REQUEST: Record<OperationId, { body?: unknown; publicId?: string }> = {
  createUser: { body: VALID_MINIMAL_CREATE },
  getUserById: { publicId: 'usr_1234567890_abc123def' },
};

/** A unique, valid email, so that repeated runs against a real server never collide on uniqueness. */
export function uniqueEmail(): string {
  return `contract.${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 10)}@example.com`;
}
