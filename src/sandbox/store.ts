// What the sandbox holds: users by publicId, with emails unique regardless of case.
import type { AssignableRole, CreatedUser, Organization, User, UserRole } from '../types.js';
import { PUBLIC_ID_SHAPE } from './public-id.js';

/** Everything the sandbox knows about a user: the fields of both documented shapes. */
export interface SandboxUser {
  publicId: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  email?: string | undefined;
  phoneNumber?: string | undefined;
  npiNumber?: string | undefined;
  shouldSendSMS: boolean;
  recertificationDate?: string | undefined;
  /** The payors assigned: those asked for that the sandbox knows. */
  providerPayors: string[];
  createdAt: string;
  sex: User['sex'];
  caregiverId: string | null;
  birthDate: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  state: string | null;
  postalCode: string | null;
  /** The publicId of the organization the user belongs to. */
  organizationId: string;
}

/** A user to seed: names required, everything else defaulted (a fresh publicId, role TECHNICIAN, demographics null). */
export type SandboxUserSeed = Pick<SandboxUser, 'firstName' | 'lastName'> & Partial<Omit<SandboxUser, 'firstName' | 'lastName'>>;

export class UserStore {
  readonly #users = new Map<string, SandboxUser>();
  /** Lower-cased email → publicId. */
  readonly #emails = new Map<string, string>();

  get(publicId: string): SandboxUser | undefined {
    const user = this.#users.get(publicId);
    return user && structuredClone(user);
  }

  has(publicId: string): boolean {
    return this.#users.has(publicId);
  }

  emailTaken(email: string): boolean {
    return this.#emails.has(email.toLowerCase());
  }

  /** Adds a user; throws, changing nothing, when its publicId is ill-shaped or taken, or its email taken. */
  add(user: SandboxUser): void {
    if (!PUBLIC_ID_SHAPE.test(user.publicId)) throw new Error('a sandbox user needs a publicId shaped like usr_<digits>_<alphanumerics>');
    if (this.#users.has(user.publicId)) throw new Error(`the sandbox already holds a user with publicId ${user.publicId}`);
    if (user.email !== undefined && this.emailTaken(user.email)) throw new Error('the sandbox already holds a user with that email');
    const copy = structuredClone(user);
    this.#users.set(copy.publicId, copy);
    if (copy.email !== undefined) this.#emails.set(copy.email.toLowerCase(), copy.publicId);
  }

  all(): SandboxUser[] {
    return [...this.#users.values()].map((user) => structuredClone(user));
  }

  clear(): void {
    this.#users.clear();
    this.#emails.clear();
  }
}

/** A full user from a seed: what is not given takes the documented defaults, demographics null, the organization `organizationId`. */
export function userFromSeed(seed: SandboxUserSeed, newId: () => string, now: Date, organizationId: string): SandboxUser {
  if (typeof seed?.firstName !== 'string' || typeof seed.lastName !== 'string') throw new TypeError('a seed user needs firstName and lastName, both strings');
  return {
    publicId: seed.publicId ?? newId(),
    firstName: seed.firstName,
    lastName: seed.lastName,
    role: seed.role ?? ('TECHNICIAN' satisfies AssignableRole),
    email: seed.email,
    phoneNumber: seed.phoneNumber,
    npiNumber: seed.npiNumber,
    shouldSendSMS: seed.shouldSendSMS ?? false,
    recertificationDate: seed.recertificationDate,
    providerPayors: seed.providerPayors ?? [],
    createdAt: seed.createdAt ?? now.toISOString(),
    sex: seed.sex ?? null,
    caregiverId: seed.caregiverId ?? null,
    birthDate: seed.birthDate ?? null,
    addressLine1: seed.addressLine1 ?? null,
    addressLine2: seed.addressLine2 ?? null,
    city: seed.city ?? null,
    state: seed.state ?? null,
    postalCode: seed.postalCode ?? null,
    organizationId: seed.organizationId ?? organizationId,
  };
}

/** The shape create answers with: contact and organization fields, no demographics; absent fields left out. */
export function toCreatedUser(user: SandboxUser, organization: Organization): CreatedUser {
  const created: CreatedUser = {
    publicId: user.publicId,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    shouldSendSMS: user.shouldSendSMS,
    createdAt: user.createdAt,
    organization: { ...organization },
  };
  if (user.email !== undefined) created.email = user.email;
  if (user.phoneNumber !== undefined) created.phoneNumber = user.phoneNumber;
  if (user.npiNumber !== undefined) created.npiNumber = user.npiNumber;
  return created;
}

/** The shape get answers with: demographics present, `null` when unknown. */
export function toUser(user: SandboxUser): User {
  return {
    publicId: user.publicId,
    firstName: user.firstName,
    lastName: user.lastName,
    sex: user.sex,
    caregiverId: user.caregiverId,
    role: user.role,
    birthDate: user.birthDate,
    addressLine1: user.addressLine1,
    addressLine2: user.addressLine2,
    city: user.city,
    state: user.state,
    postalCode: user.postalCode,
  };
}
