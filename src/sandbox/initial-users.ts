// The user the docs' samples read (GET /v1/users/usr_1234567890_abc123def), as the get page shows
// it, so those samples work against a fresh sandbox. No email: the docs' create samples use
// john.doe@example.com for a new user, and that must not collide. A test checks this against the
// spec's `patient` example.
import { OTHER_ORGANIZATION } from './keys.js';
import type { NewSandboxUser } from './store.js';

export const DOCUMENTED_USER: Readonly<NewSandboxUser> = Object.freeze({
  publicId: 'usr_1234567890_abc123def',
  firstName: 'John',
  lastName: 'Doe',
  sex: 'MALE',
  caregiverId: null,
  role: 'PATIENT',
  birthDate: '1990-01-15',
  addressLine1: '123 Main St',
  addressLine2: 'Apt 4B',
  city: 'New York',
  state: 'NY',
  postalCode: '10001',
  createdAt: '2025-01-15T10:30:00Z',
});

/** The other organization's own user (sandbox-other-org-key reads it; the first organization's keys get 404). */
export const OTHER_ORGANIZATION_USER: Readonly<NewSandboxUser> = Object.freeze({
  publicId: 'usr_1234567890_zyx987wvu',
  firstName: 'Riley',
  lastName: 'Example',
  role: 'PATIENT',
  createdAt: '2025-01-15T10:30:00Z',
  organizationId: OTHER_ORGANIZATION.publicId,
});
