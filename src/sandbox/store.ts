// What the sandbox holds: users by publicId, with emails unique regardless of case.
import type { AssignableRole, CreatedUser, Organization, User, UserRole } from '../types.js';
import { SCHEMA_FIELDS } from '../../generated/request-fields.js';
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
  /** Create-body fields the spec documents that the fields above do not model (a field the spec gains), as sent. */
  extra: Record<string, unknown>;
}

/** A user to add (sandbox.addUsers, the initialUsers option): names required, everything else defaulted (a fresh publicId, role TECHNICIAN, demographics null). */
export type NewSandboxUser = Pick<SandboxUser, 'firstName' | 'lastName'> & Partial<Omit<SandboxUser, 'firstName' | 'lastName'>>;

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

/** A full user from one to add: what is not given takes the documented defaults, demographics null, the organization `organizationId`. */
export function userFrom(seed: NewSandboxUser, newId: () => string, now: Date, organizationId: string): SandboxUser {
  if (typeof seed?.firstName !== 'string' || typeof seed.lastName !== 'string') throw new TypeError('a user to add needs firstName and lastName, both strings');
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
    extra: seed.extra ?? {},
  };
}

/** A field's value in the user: one the sandbox models, else one kept from the create body as the spec documents it. */
function valueOf(user: SandboxUser, field: string): unknown {
  return Object.hasOwn(user, field) && field !== 'extra' ? (user as unknown as Record<string, unknown>)[field] : user.extra[field];
}

/** The user in the shape of one of the spec's schemas: every field it documents that the user has, in its order. */
function shaped(schema: 'CreatedUser' | 'User', user: SandboxUser, also: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of SCHEMA_FIELDS[schema] ?? []) {
    const value = Object.hasOwn(also, field) ? also[field] : valueOf(user, field);
    if (value !== undefined) out[field] = structuredClone(value);
  }
  return out;
}

/** The shape create answers with (the spec's CreatedUser): contact and organization fields, no demographics; absent fields left out. */
export function toCreatedUser(user: SandboxUser, organization: Organization): CreatedUser {
  return shaped('CreatedUser', user, { organization: { ...organization } }) as unknown as CreatedUser;
}

/** The shape get answers with (the spec's User): demographics present, `null` when unknown. */
export function toUser(user: SandboxUser): User {
  return shaped('User', user) as unknown as User;
}
