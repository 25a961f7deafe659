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

/**
 * An id of the same shape as `publicId` (same length, same kinds of characters) that names
 * another user: a server that checks the id's format must still answer 404, not 400.
 */
export function siblingId(publicId: string): string {
  const shift = (char: string) => {
    if (/\d/.test(char)) return String((Number(char) + 7) % 10);
    if (/[a-z]/.test(char)) return String.fromCharCode(((char.charCodeAt(0) - 97 + 13) % 26) + 97);
    if (/[A-Z]/.test(char)) return String.fromCharCode(((char.charCodeAt(0) - 65 + 13) % 26) + 65);
    return char;
  };
  const keep = Math.max(0, publicId.length - 8);
  return publicId.slice(0, keep) + Array.from(publicId.slice(keep)).map(shift).join('');
}

/** What a created user must echo of the request: its names, its role (TECHNICIAN by default) and shouldSendSMS (false by default). */
export function expectedEcho(body: { firstName: string; lastName: string; role?: string; shouldSendSMS?: boolean }) {
  return { firstName: body.firstName, lastName: body.lastName, role: body.role ?? 'TECHNICIAN', shouldSendSMS: body.shouldSendSMS ?? false };
}
