// What every handler is given: the request, the caller's key, the state, the options, and the
// steps of the pipeline (replaceable, so a test double can break one promise on purpose).
import type { AssignableRole } from '../types.js';
import type { SandboxReply } from './answers.js';
import type { SandboxKey, SandboxKeys, SandboxOrganization } from './keys.js';
import type { UserStore } from './store.js';
import type { Checked, RequestPart } from './validation.js';

export type { OperationId } from '../../generated/operations.js';

export interface SandboxSteps {
  /** The caller's key, or the 401 answer. */
  authenticate(authorization: string | null, keys: SandboxKeys): SandboxKey | SandboxReply;
  /** Whether this key may create a user of this role (403 otherwise). */
  mayCreate(key: SandboxKey, role: AssignableRole): boolean;
  /** Checks a part of the request against the spec, defaults filled in. */
  check<T>(part: RequestPart, input: unknown): Checked<T>;
  /** Whether a publicId has the documented shape (400 otherwise). */
  isPublicId(publicId: string): boolean;
  newPublicId(): string;
  now(): Date;
}

export interface HandlerContext {
  request: Request;
  /** Path parameters, decoded. */
  params: Record<string, string>;
  key: SandboxKey;
  store: UserStore;
  steps: SandboxSteps;
  /** The caller's organization: users are created in it, and only its users are read. */
  organization: SandboxOrganization;
  /** Payors that exist; others asked for are passed over. */
  payors: ReadonlySet<string>;
}

export type Handler = (context: HandlerContext) => Promise<SandboxReply>;
