// API keys, the role behind each, and which roles each may create. The docs say only that your own
// role limits the roles you may create (403 otherwise); which limits, they do not say. The sandbox's
// defaults are an assumption, documented in the README: an ADMIN may create every assignable role, a
// TECHNICIAN only PATIENT and CAREGIVER users. Both are options.
import type { AssignableRole, Organization, UserRole } from '../types.js';
import { errorAnswer, MESSAGES, type SandboxReply } from './answers.js';

/** An organization the sandbox holds: both its name and its publicId are known. */
export type SandboxOrganization = Required<Organization>;

export interface SandboxKey {
  /** The role behind the key. */
  role: UserRole;
  /** The assignable roles this key may create: a list, or `'all'`. */
  mayCreate: readonly AssignableRole[] | 'all';
  /** The organization the key belongs to: it creates users there and reads only those. Defaults to the sandbox's `organization`. */
  organization?: SandboxOrganization | undefined;
}

export type SandboxKeys = Readonly<Record<string, SandboxKey>>;

export const SANDBOX_ADMIN_KEY = 'sandbox-admin-key';
export const SANDBOX_TECHNICIAN_KEY = 'sandbox-technician-key';
export const SANDBOX_OTHER_ORG_KEY = 'sandbox-other-org-key';

/** The second organization of the default keys, so tenant isolation can be tried: its key reads none of the first's users. */
export const OTHER_ORGANIZATION: SandboxOrganization = Object.freeze({ name: 'Other Organization', publicId: 'org_zyx987wvu654' });

export const DEFAULT_KEYS: SandboxKeys = Object.freeze({
  [SANDBOX_ADMIN_KEY]: Object.freeze({ role: 'ADMIN', mayCreate: 'all' }),
  [SANDBOX_TECHNICIAN_KEY]: Object.freeze({ role: 'TECHNICIAN', mayCreate: Object.freeze(['PATIENT', 'CAREGIVER'] as const) }),
  [SANDBOX_OTHER_ORG_KEY]: Object.freeze({ role: 'ADMIN', mayCreate: 'all', organization: OTHER_ORGANIZATION }),
});

/** The key's entry, or the documented 401: no bearer token at all, or one the sandbox does not know. */
export function authenticate(authorization: string | null, keys: SandboxKeys): SandboxKey | SandboxReply {
  const token = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '')?.[1];
  if (token === undefined) return errorAnswer(401, MESSAGES.apiKeyRequired);
  return Object.hasOwn(keys, token) ? keys[token]! : errorAnswer(401, MESSAGES.invalidApiKey);
}

export function mayCreate(key: SandboxKey, role: AssignableRole): boolean {
  return key.mayCreate === 'all' || key.mayCreate.includes(role);
}
