// What every check takes and returns: one exchange (a request as sent, its answer, and what the phase that
// sent it expects), and the violations it finds. A violation names where, never a value: bodies hold patient data.
import type { ContractSpec, OperationId } from '../spec.js';

/** Where a violation sits: `response/status`, `response/headers/content-type`, `response/body/user/role`, `request/body/email`. */
export type ViolationPath = string;

/**
 * How much a finding weighs. A violation (the default, `severity` absent) fails the run. A `warning` does not:
 * valid data refused for a limit the spec does not state. A `note` does not either: something the spec leaves
 * undocumented, such as a field an answer carries that its schema does not define.
 */
export type Severity = 'warning' | 'note';

export interface Violation {
  checkId: string;
  operation: OperationId;
  /** The status answered, or null when no answer came. */
  status: number | null;
  path: ViolationPath;
  /** What the spec or the docs demand, in words drawn from the spec, never from the answer. */
  expected: string;
  /** Absent for a violation; see Severity. */
  severity?: Severity;
}

/** A request exactly as it went out; `auth` says which key the Authorization header carried. */
export interface SentRequest {
  method: string;
  /** Path and query below the base URL, such as `/v1/users/usr_1`. */
  path: string;
  headers: Record<string, string>;
  body?: string;
  auth: 'key' | 'restricted-key' | 'other-org-key' | 'none' | 'literal';
}

export interface ServerResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body, or undefined when the body is not JSON. */
  body: unknown;
  durationMs: number;
}

/** What the phase that sent a request expects of its answer; response-wide checks ignore it. */
export type Intent =
  | { kind: 'read' }
  /** Valid data: must be accepted (2xx). `fields` names the request fields the case exercises. */
  | { kind: 'positive'; fields: string[] }
  /** Invalid data: refused with 400 naming `field` (a body field or a path parameter). */
  | { kind: 'negative'; field: string; location: 'body' | 'path'; also404?: boolean; why: string }
  | { kind: 'auth'; how: 'no key' | 'made-up key' | 'empty bearer' }
  /** A well-shaped id that names no user: 404. */
  | { kind: 'unknown-id' }
  /** The read-back of a user just created from `sent`; `compare`: its data must be the data sent. */
  | { kind: 'read-back'; sent: Record<string, unknown>; compare: boolean }
  /** A create of a canonical body (`sent`) whose answer must echo it, defaults included. */
  | { kind: 'create'; sent: Record<string, unknown> }
  /** A second create with an email already taken (`how`: the same, or in another case). */
  | { kind: 'taken-email'; how: 'same' | 'other case' }
  /** A create of a role the key's own role may not create. */
  | { kind: 'forbidden-role'; role: string }
  /**
   * A create of valid data that a server may refuse for a limit the spec does not state (a long or non-ASCII
   * `field`): a 2xx, or a 4xx as a warning; what was created comes back as `sent` (absent against the mock,
   * which echoes its example).
   */
  | { kind: 'unstated-limit'; field: string; why: string; sent?: Record<string, unknown> }
  /** A read of a user of the run's organization (`whose`: named by HIPP_CONTRACT_USER_IDS, or created by the run) with another organization's key. */
  | { kind: 'other-org-read'; whose: 'named' | 'created' };

export interface Exchange {
  /** The spec the run checks against. */
  spec: ContractSpec;
  operation: OperationId;
  request: SentRequest;
  /** Undefined when no answer came: see `failure`. */
  answer: ServerResponse | undefined;
  /** Why no answer came (a timeout, a closed or refused connection), in the transport's words. */
  failure?: string;
  intent: Intent;
  /** Whether the suite talks to Prism (its mock, or its validating proxy, which adds `sl-violations`). */
  via: 'server' | 'mock' | 'proxy';
  /** The upper bound set by HIPP_CONTRACT_MAX_RESPONSE_MS, if any. */
  maxResponseMs?: number;
  /** Prism answered in the server's stead (unparsable JSON never passes it): only the phase's own expectation applies. */
  answeredByPrism?: boolean;
}

/** A check: a stable id, what it proves, and one signature. It returns null when the exchange is not its business. */
export interface Check {
  id: string;
  description: string;
  /** `response`: judges every answer the server gave; `promise`: judges what the phase that sent the request expects. */
  kind: 'response' | 'promise';
  check(exchange: Exchange): Violation[] | null;
}

export function violation(exchange: Exchange, checkId: string, path: ViolationPath, expected: string): Violation {
  return { checkId, operation: exchange.operation, status: exchange.answer?.status ?? null, path, expected };
}

/** A finding that does not fail the run: see Severity. */
export function finding(severity: Severity, exchange: Exchange, checkId: string, path: ViolationPath, expected: string): Violation {
  return { ...violation(exchange, checkId, path, expected), severity };
}
