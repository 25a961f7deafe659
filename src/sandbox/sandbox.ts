// createHippSandbox: the Users API in memory, answering WHATWG Requests in-process. Node's HTTP
// server (serve.ts) and the in-process fetch both go through `dispatch`, so they behave alike.
import { errorAnswer, toResponse, type SandboxReply } from './answers.js';
import type { HandlerContext, Handler, OperationId, SandboxSteps } from './context.js';
import { sleep } from '../internal/sleep.js';
import { faultAnswer, faultFromPrefer, FaultQueue, type QueuedFault } from './faults.js';
import { authenticate, DEFAULT_KEYS, mayCreate, type SandboxKeys, type SandboxOrganization } from './keys.js';
import { checkSandboxOptions } from './options.js';
import { newPublicId, PUBLIC_ID_SHAPE } from './public-id.js';
import { route, type Routed } from './routes.js';
import { DOCUMENTED_USER, OTHER_ORGANIZATION_USER } from './initial-users.js';
import { userFrom, UserStore, type SandboxUser, type NewSandboxUser } from './store.js';
import { checkRequestPart } from './validation.js';

export interface HippSandboxOptions {
  /**
   * API keys, what each may do and the organization each belongs to. Defaults to `sandbox-admin-key` (ADMIN) and
   * `sandbox-technician-key` (TECHNICIAN) of `organization`, and `sandbox-other-org-key` (ADMIN of a second one).
   */
  keys?: SandboxKeys | undefined;
  /** The users held at the start and after every `reset()`. Defaults to the docs' example user, usr_1234567890_abc123def, and the second organization's own user. */
  initialUsers?: readonly NewSandboxUser[] | undefined;
  /** The organization of every key that names none, and of initial users that name none. Defaults to the docs' `Example Organization`. */
  organization?: SandboxOrganization | undefined;
  /** Payors that exist; a create's other `providerPayors` are passed over. Defaults to none. */
  payors?: readonly string[] | undefined;
  /** Faults for the next requests, in order (see `queueFaults`). */
  faults?: readonly QueuedFault[] | undefined;
  /** Called once per answered (or dropped) request: method, path, status, milliseconds. Never a body or a key. */
  onRequest?: ((entry: SandboxRequestLog) => void) | undefined;
}

export interface SandboxRequestLog {
  method: string;
  /** The URL's path, without the query. */
  path: string;
  status: number | 'dropped';
  ms: number;
  /** The `x-request-id` the answer carried. */
  requestId: string;
  /** What the log line adds: request fields passed over, the roles a refused key may create. Names only. */
  note?: string;
}

export interface HippSandbox {
  /** A WHATWG fetch that the sandbox answers in-process: pass it to `createHippClient({ fetch })`. Any origin; the path starts with `/api`. */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** Forgets every user and queued fault, and holds the initial users again. */
  reset(): void;
  /** Adds users (a fresh publicId unless one is given); returns them as stored. Throws, adding none, on a taken publicId or email. */
  addUsers(...users: NewSandboxUser[]): SandboxUser[];
  /** Every user held, as copies. */
  users(): SandboxUser[];
  /** One user, as a copy, or undefined. */
  user(publicId: string): SandboxUser | undefined;
  /** Faults for the next requests, in order, each for `times` requests (default 1). */
  queueFaults(...faults: QueuedFault[]): void;
}

/** Not part of the package's surface: a seam for test doubles (the drift proof's broken variants). */
export interface SandboxOverrides {
  /** Replaces steps of the pipeline (authentication, the role check, validation, id shape, ids, clock). */
  steps?: Partial<SandboxSteps> | undefined;
  /** Wraps an operation's handler. */
  handlers?: Partial<Record<OperationId, (handler: Handler) => Handler>> | undefined;
  /** Rewrites every answer just before it is sent (status, headers, body). */
  answer?: ((answer: SandboxReply, context: { operationId: OperationId | undefined; request: Request }) => SandboxReply) | undefined;
}

export const DOCUMENTED_ORGANIZATION: SandboxOrganization = Object.freeze({ name: 'Example Organization', publicId: 'org_abc123def456' });
const BASE_PATH = '/api';

/** What a request comes to: a Response, or a connection closed without one. */
export const DROPPED = Symbol('dropped');
export type Dispatch = (request: Request) => Promise<Response | typeof DROPPED>;

const dispatchers = new WeakMap<HippSandbox, Dispatch>();

/** The dispatcher behind a sandbox, for the HTTP server. */
export function dispatchOf(sandbox: HippSandbox): Dispatch {
  const dispatch = dispatchers.get(sandbox);
  if (!dispatch) throw new TypeError('not a sandbox made by createHippSandbox');
  return dispatch;
}

/** `req_` and 24 random hex digits (getRandomValues: unlike randomUUID, it works on any page, secure or not). */
function newRequestId(): string {
  return `req_${Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export function createHippSandbox(options: HippSandboxOptions = {}): HippSandbox {
  return createSandboxWith(options, {});
}

export function createSandboxWith(options: HippSandboxOptions, overrides: SandboxOverrides): HippSandbox {
  checkSandboxOptions(options);
  const keys = options.keys ?? DEFAULT_KEYS;
  const organization = options.organization ?? DOCUMENTED_ORGANIZATION;
  const payors: ReadonlySet<string> = new Set(options.payors ?? []);
  const initialUsers = [...(options.initialUsers ?? [DOCUMENTED_USER, OTHER_ORGANIZATION_USER])];
  const steps: SandboxSteps = {
    authenticate,
    mayCreate,
    check: checkRequestPart,
    isPublicId: (publicId) => PUBLIC_ID_SHAPE.test(publicId),
    newPublicId: () => newPublicId(),
    now: () => new Date(),
    ...overrides.steps,
  };
  const store = new UserStore();
  const faults = new FaultQueue();

  function addUsers(...users: NewSandboxUser[]): SandboxUser[] {
    const made = users.map((user) => userFrom(user, steps.newPublicId, steps.now(), organization.publicId));
    // All or nothing: check every user against the store and each other before adding any.
    const trial = new UserStore();
    for (const user of [...store.all(), ...made]) trial.add(user);
    for (const user of made) store.add(user);
    return made.map((user) => store.get(user.publicId)!);
  }

  function reset(): void {
    store.clear();
    faults.clear();
    addUsers(...initialUsers);
    if (options.faults) faults.add(...options.faults);
  }
  reset();

  async function answerFor(request: Request, routed: Routed): Promise<SandboxReply | typeof DROPPED> {
    const preferred = faultFromPrefer(request.headers.get('prefer'));
    if (preferred && 'answer' in preferred) return preferred.answer;
    const fault = preferred?.fault ?? faults.take();
    if (fault?.delayMs) await sleep(fault.delayMs, request.signal);
    if (fault?.status === 'drop') return DROPPED;
    if (typeof fault?.status === 'number') return faultAnswer(fault.status, fault.retryAfterSeconds);
    if ('answer' in routed) return routed.answer;

    const key = steps.authenticate(request.headers.get('authorization'), keys);
    if ('status' in key) return key;
    const wrap = overrides.handlers?.[routed.route.operationId];
    const handler = wrap ? wrap(routed.route.handler) : routed.route.handler;
    const context: HandlerContext = { request, params: routed.params, key, store, steps, organization: key.organization ?? organization, payors };
    return handler(context);
  }

  const dispatch: Dispatch = async (request) => {
    const started = performance.now();
    const url = new URL(request.url);
    const routed = route(request.method, url.pathname, BASE_PATH);
    let answer: SandboxReply | typeof DROPPED;
    try {
      answer = await answerFor(request, routed);
    } catch (error) {
      if (request.signal.aborted) throw error;
      answer = errorAnswer(500, 'Internal server error');
    }
    if (answer !== DROPPED && overrides.answer) {
      answer = overrides.answer(answer, { operationId: 'route' in routed ? routed.route.operationId : undefined, request });
    }
    const status = answer === DROPPED ? 'dropped' : answer.status;
    // Every answer names itself, as the API's do, so `.withResponse().requestId` works against the sandbox.
    const requestId = newRequestId();
    const note = answer === DROPPED ? undefined : answer.note;
    try {
      options.onRequest?.({
        method: request.method,
        path: url.pathname,
        status,
        ms: Math.round(performance.now() - started),
        requestId,
        ...(note ? { note } : {}),
      });
    } catch {
      // A log line that fails to be written is no reason to fail the request it describes.
    }
    if (answer === DROPPED) return DROPPED;
    return toResponse({ ...answer, headers: { 'x-request-id': requestId, ...answer.headers } });
  };

  const sandbox: HippSandbox = Object.freeze({
    async fetch(input: string | URL | Request, init?: RequestInit) {
      const request = new Request(input, init);
      // As fetch does: an aborted signal sends nothing, so the sandbox changes nothing.
      request.signal.throwIfAborted();
      const result = await dispatch(request);
      request.signal.throwIfAborted();
      // What fetch does when a server closes the connection without answering.
      if (result === DROPPED) throw new TypeError('fetch failed', { cause: new Error('the sandbox closed the connection without an answer (fault: drop)') });
      return result;
    },
    reset,
    addUsers,
    users: () => store.all(),
    user: (publicId: string) => store.get(publicId),
    queueFaults: (...queued: QueuedFault[]) => faults.add(...queued),
  });
  dispatchers.set(sandbox, dispatch);
  return sandbox;
}
