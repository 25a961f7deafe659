// The drift proof's variants of the sandbox. Broken ones each break one promise and name the violations
// (check id, operation, path) the contract suite must report for it; faithful ones take another shape a
// real server may legally take, and the suite must pass them, reporting the warnings and notes they name
// (a limit the spec does not state, a field it does not document). Built on the sandbox's override seam.
import type { OperationId } from '../../../generated/operations.js';
import type { SandboxReply } from '../../../src/sandbox/answers.js';
import type { Handler } from '../../../src/sandbox/context.js';
import { authenticate } from '../../../src/sandbox/keys.js';
import { PUBLIC_ID_SHAPE } from '../../../src/sandbox/public-id.js';
import { DOCUMENTED_ORGANIZATION, type SandboxOverrides } from '../../../src/sandbox/sandbox.js';
import { DOCUMENTED_USER } from '../../../src/sandbox/initial-users.js';
import { checkRequestPart, type Checked, type RequestPart } from '../../../src/sandbox/validation.js';

export interface Expected {
  checkId: string;
  operation: OperationId;
  /** The violation's path, such as `response/body/user/publicId`. */
  path: string;
}

export interface Variant {
  id: string;
  description: string;
  overrides?: SandboxOverrides;
  /** Serve header names in Title-Case, as written, rather than lower-cased. */
  titleCaseHeaders?: boolean;
  /** Run with HIPP_CONTRACT_MAX_RESPONSE_MS at MAX_RESPONSE_MS (only these: elsewhere a busy machine would decide). */
  timed?: true;
  /** Broken variants: what the suite must report. Faithful variants have none and must pass. */
  caughtBy?: Expected[];
  /** Faithful variants: the warnings and notes the suite must report, none of which fails the run. */
  reports?: Array<Expected & { severity: 'warning' | 'note' }>;
}

type Body = Record<string, unknown>;

/** Rewrites the answers of one operation (of every one, with `undefined`) that `when` picks. */
function rewrite(
  operation: OperationId | undefined,
  when: (answer: SandboxReply) => boolean,
  change: (answer: SandboxReply) => SandboxReply,
): SandboxOverrides {
  return {
    answer: (answer, context) => ((operation === undefined || context.operationId === operation) && when(answer) ? change(structuredClone(answer)) : answer),
  };
}

const ok = (answer: SandboxReply) => answer.status === 200;
const user = (answer: SandboxReply) => (answer.body as { user: Body }).user;
const body = (answer: SandboxReply) => answer.body as Body;
const notSeeded = (answer: SandboxReply) => ok(answer) && body(answer).publicId !== DOCUMENTED_USER.publicId;

/** A request check applied to a rewritten body (what a server that normalizes or coerces would see). */
function checkBodyAs(change: (input: Body) => Body): SandboxOverrides {
  return {
    steps: {
      check: <T>(part: RequestPart, input: unknown): Checked<T> =>
        checkRequestPart<T>(part, part.endsWith(':body') && isBody(input) ? change({ ...input }) : input),
    },
  };
}

/** A request check whose verdict is rewritten. */
function checkThen(change: (checked: Checked<Body>, input: Body) => Checked<Body>): SandboxOverrides {
  return {
    steps: {
      check: <T>(part: RequestPart, input: unknown): Checked<T> => {
        const checked = checkRequestPart<Body>(part, input);
        return (part.endsWith(':body') && isBody(input) ? change(checked, input) : checked) as unknown as Checked<T>;
      },
    },
  };
}

const isBody = (input: unknown): input is Body => typeof input === 'object' && input !== null && !Array.isArray(input);

/** Wraps one operation's handler. */
function wrapHandler(operation: OperationId, wrap: (handler: Handler) => Handler): SandboxOverrides {
  return { handlers: { [operation]: wrap } };
}

/** A create that ignores a taken email (`ignore` decides which): the user is stored under an alias, echoed with the email sent. */
function ignoringTakenEmail(ignore: (email: string, exact: boolean) => boolean): SandboxOverrides {
  return wrapHandler('createUser', (handler) => async (context) => {
    const sent = (await context.request
      .clone()
      .json()
      .catch(() => undefined)) as Body | undefined;
    const email = sent?.email;
    if (typeof email !== 'string' || !context.store.emailTaken(email)) return handler(context);
    const exact = context.store.all().some((held) => held.email === email);
    if (!ignore(email, exact)) return handler(context);
    const alias = `alias.${Date.now()}.${Math.random().toString(36).slice(2)}@example.com`;
    const request = new Request(context.request.url, { method: 'POST', headers: context.request.headers, body: JSON.stringify({ ...sent, email: alias }) });
    const answer = await handler({ ...context, request });
    if (answer.status === 200) user(answer).email = email;
    return answer;
  });
}

/** A create whose sent body `answerFor` picks gets that answer instead of the sandbox's own. */
function answerCreatesWith(answerFor: (sent: unknown, request: Request) => SandboxReply | undefined): SandboxOverrides {
  return wrapHandler('createUser', (handler) => async (context) => {
    const sent: unknown = await context.request
      .clone()
      .json()
      .catch(() => undefined);
    return answerFor(sent, context.request) ?? handler(context);
  });
}

/** Every string in a JSON value, at any depth. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** How many arrays and objects deep a JSON value goes. */
function depthOf(value: unknown): number {
  return value && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
}

const serverError = (): SandboxReply => ({ status: 500, body: { error: 'Internal server error' } });
const nonAscii = (text: unknown) => typeof text === 'string' && /[^\x00-\x7f]/.test(text);
/** UTF-8 read back as Latin-1: José becomes JosÃ©. */
const garbled = (text: unknown) => (typeof text === 'string' ? Buffer.from(text, 'utf8').toString('latin1') : text);

/** What a server with VARCHAR(255) columns that checks them says: 400 naming each longer string, by its path. */
function refuseLongerThan(limit: number): SandboxOverrides {
  return checkThen((checked, input) => {
    const issues = Object.entries(input).flatMap(([field, value]) =>
      (Array.isArray(value) ? value.map((item, index) => [[field, index], item] as const) : [[[field], value] as const])
        .filter(([, text]) => typeof text === 'string' && text.length > limit)
        .map(([path]) => ({ code: 'too_big', message: `String must contain at most ${limit} character(s)`, path: [...path] })),
    );
    return issues.length > 0 ? { ...checked, issues: [...checked.issues, ...issues] } : checked;
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The slow variant's delay, and the limit test:drift sets: far apart, so a busy machine cannot blur them. */
export const MAX_RESPONSE_MS = 2500;
const SLOW_MS = 6000;
const SLOW_BUT_FINE_MS = 200;

export const BROKEN: Variant[] = [
  {
    id: 'created-201',
    description: 'create answers 201 instead of the documented 200',
    overrides: rewrite('createUser', ok, (answer) => ({ ...answer, status: 201 })),
    caughtBy: [{ checkId: 'status_code_conformance', operation: 'createUser', path: 'response/status' }],
  },
  {
    id: 'created-without-publicId',
    description: 'the created user lacks its required publicId',
    overrides: rewrite('createUser', ok, (answer) => {
      delete user(answer).publicId;
      return answer;
    }),
    caughtBy: [{ checkId: 'response_schema_conformance', operation: 'createUser', path: 'response/body/user/publicId' }],
  },
  {
    id: 'role-outside-enum',
    description: 'get returns a role outside the UserRole enum',
    overrides: rewrite('getUserById', ok, (answer) => ({ ...answer, body: { ...body(answer), role: 'SUPERUSER' } })),
    caughtBy: [{ checkId: 'response_schema_conformance', operation: 'getUserById', path: 'response/body/role' }],
  },
  {
    id: 'malformed-birth-date',
    description: 'get returns a birthDate that is not a YYYY-MM-DD date',
    overrides: rewrite(
      'getUserById',
      (answer) => ok(answer) && typeof body(answer).birthDate === 'string',
      (answer) => ({ ...answer, body: { ...body(answer), birthDate: '15/01/1990' } }),
    ),
    caughtBy: [{ checkId: 'response_schema_conformance', operation: 'getUserById', path: 'response/body/birthDate' }],
  },
  {
    id: 'created-at-with-a-space',
    description: 'createdAt has a space instead of the T (ajv-formats would let it pass)',
    overrides: rewrite('createUser', ok, (answer) => {
      user(answer).createdAt = String(user(answer).createdAt).replace('T', ' ');
      return answer;
    }),
    caughtBy: [{ checkId: 'response_schema_conformance', operation: 'createUser', path: 'response/body/user/createdAt' }],
  },
  {
    id: 'ignores-auth',
    description: 'no key at all is accepted',
    overrides: {
      steps: {
        authenticate: (authorization, keys) => {
          const key = authenticate(authorization, keys);
          return 'status' in key ? Object.values(keys)[0]! : key;
        },
      },
    },
    caughtBy: [
      { checkId: 'ignored_auth', operation: 'getUserById', path: 'request/headers/authorization' },
      { checkId: 'ignored_auth', operation: 'createUser', path: 'request/headers/authorization' },
    ],
  },
  {
    id: 'accepts-made-up-key',
    description: 'an unknown key is accepted',
    overrides: {
      steps: {
        authenticate: (authorization, keys) => {
          const key = authenticate(authorization, keys);
          return 'status' in key && /^Bearer \S+/.test(authorization ?? '') ? Object.values(keys)[0]! : key;
        },
      },
    },
    caughtBy: [{ checkId: 'ignored_auth', operation: 'getUserById', path: 'request/headers/authorization' }],
  },
  {
    id: 'accepts-invalid',
    description: 'invalid create bodies are accepted',
    overrides: checkThen((_checked, input) => ({ value: { role: 'TECHNICIAN', shouldSendSMS: false, ...input }, issues: [] })),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/firstName' }],
  },
  {
    id: 'forgets-created-users',
    description: 'a created user cannot be read back',
    overrides: rewrite('getUserById', notSeeded, () => ({ status: 404, body: { error: 'Resource not found' } })),
    caughtBy: [{ checkId: 'ensure_resource_availability', operation: 'getUserById', path: 'request/path/publicId' }],
  },
  {
    id: 'malformed-error-body',
    description: 'error bodies carry `message` instead of `error`',
    overrides: rewrite(
      undefined,
      (answer) => answer.status >= 400,
      (answer) => ({ ...answer, body: { message: (answer.body as { error: string }).error } }),
    ),
    caughtBy: [{ checkId: 'response_schema_conformance', operation: 'getUserById', path: 'response/body/error' }],
  },
  {
    id: 'text-content-type',
    description: 'answers are sent as text/plain',
    overrides: rewrite(
      undefined,
      () => true,
      (answer) => ({ ...answer, headers: { ...answer.headers, 'content-type': 'text/plain' } }),
    ),
    caughtBy: [{ checkId: 'content_type_conformance', operation: 'getUserById', path: 'response/headers/content-type' }],
  },
  {
    id: 'crashes-on-get',
    description: 'get answers 500',
    overrides: rewrite(
      'getUserById',
      () => true,
      () => ({ status: 500, body: { error: 'Internal server error' } }),
    ),
    caughtBy: [{ checkId: 'not_a_server_error', operation: 'getUserById', path: 'response/status' }],
  },
  {
    id: 'admin-for-anyone',
    description: 'a key whose role may not create ADMIN users creates one',
    overrides: { steps: { mayCreate: () => true } },
    caughtBy: [{ checkId: 'role_permission', operation: 'createUser', path: 'request/body/role' }],
  },
  {
    id: 'swapped-names',
    description: 'the created user comes back with first and last names swapped',
    overrides: rewrite('createUser', ok, (answer) => {
      const created = user(answer);
      [created.firstName, created.lastName] = [created.lastName, created.firstName];
      return answer;
    }),
    caughtBy: [{ checkId: 'created_data_round_trip', operation: 'createUser', path: 'response/body/user/firstName' }],
  },
  {
    id: 'wrong-role-echo',
    description: 'the created user comes back with another role than the one asked for',
    overrides: rewrite('createUser', ok, (answer) => {
      user(answer).role = user(answer).role === 'PATIENT' ? 'CAREGIVER' : 'PATIENT';
      return answer;
    }),
    caughtBy: [{ checkId: 'created_data_round_trip', operation: 'createUser', path: 'response/body/user/role' }],
  },
  {
    id: 'sms-default-true',
    description: 'shouldSendSMS defaults to true instead of false',
    overrides: checkThen((checked, input) => ('shouldSendSMS' in input ? checked : { ...checked, value: { ...checked.value, shouldSendSMS: true } })),
    caughtBy: [{ checkId: 'documented_defaults', operation: 'createUser', path: 'response/body/user/shouldSendSMS' }],
  },
  {
    id: 'role-default-patient',
    description: 'an omitted role makes a PATIENT instead of a TECHNICIAN',
    overrides: checkThen((checked, input) => ('role' in input ? checked : { ...checked, value: { ...checked.value, role: 'PATIENT' } })),
    caughtBy: [
      { checkId: 'documented_defaults', operation: 'createUser', path: 'response/body/user/role' },
      { checkId: 'documented_defaults', operation: 'getUserById', path: 'response/body/role' },
    ],
  },
  {
    id: 'crashes-on-malformed-id',
    description: 'get answers 500 to a malformed publicId instead of 400',
    overrides: {
      steps: {
        isPublicId: (publicId) => {
          if (!PUBLIC_ID_SHAPE.test(publicId)) throw new Error('unexpected id');
          return true;
        },
      },
    },
    caughtBy: [{ checkId: 'not_a_server_error', operation: 'getUserById', path: 'response/status' }],
  },
  {
    id: 'finds-unknown-ids',
    description: 'a publicId that names no user is answered 200 with a made-up user',
    overrides: rewrite(
      'getUserById',
      (answer) => answer.status === 404,
      () => ({ status: 200, body: { publicId: 'usr_1_ghost', firstName: null, lastName: null } }),
    ),
    caughtBy: [{ checkId: 'missing_resource_not_found', operation: 'getUserById', path: 'request/path/publicId' }],
  },
  {
    id: 'read-back-differs',
    description: 'a created user reads back with another lastName',
    overrides: rewrite('getUserById', notSeeded, (answer) => ({ ...answer, body: { ...body(answer), lastName: `${String(body(answer).lastName)}-Other` } })),
    caughtBy: [{ checkId: 'created_data_round_trip', operation: 'getUserById', path: 'response/body/lastName' }],
  },
  {
    id: 'taken-email-accepted',
    description: 'a second create with a taken email is accepted',
    overrides: ignoringTakenEmail(() => true),
    caughtBy: [{ checkId: 'unique_email', operation: 'createUser', path: 'request/body/email' }],
  },
  {
    id: 'email-unique-only-in-its-case',
    description: 'a taken email in another case is accepted',
    overrides: ignoringTakenEmail((_email, exact) => !exact),
    caughtBy: [{ checkId: 'unique_email', operation: 'createUser', path: 'request/body/email' }],
  },
  {
    id: 'taken-email-409',
    description: 'a taken email is refused with 409, which the spec does not document',
    overrides: rewrite(
      'createUser',
      (answer) => answer.status === 400 && JSON.stringify(answer.body).includes('Email already in use'),
      () => ({ status: 409, body: { error: 'Conflict' } }),
    ),
    caughtBy: [{ checkId: 'unique_email', operation: 'createUser', path: 'request/body/email' }],
  },
  {
    id: 'lax-date-time',
    description: 'a date-time with a space instead of the T is accepted (as ajv-formats would)',
    overrides: checkBodyAs((input) =>
      typeof input.recertificationDate === 'string' ? { ...input, recertificationDate: input.recertificationDate.replace(' ', 'T') } : input,
    ),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/recertificationDate' }],
  },
  {
    id: 'leap-day-every-year',
    description: 'February 29th is accepted in a common year',
    overrides: checkBodyAs((input) =>
      typeof input.recertificationDate === 'string'
        ? { ...input, recertificationDate: input.recertificationDate.replace(/^(\d{4})-02-29/, '2024-02-29') }
        : input,
    ),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/recertificationDate' }],
  },
  {
    id: 'role-any-case',
    description: 'a role in lower case is accepted',
    overrides: checkBodyAs((input) => (typeof input.role === 'string' ? { ...input, role: input.role.toUpperCase() } : input)),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/role' }],
  },
  {
    id: 'email-trimmed',
    description: 'an email with surrounding spaces is trimmed and accepted',
    overrides: checkBodyAs((input) => (typeof input.email === 'string' ? { ...input, email: input.email.trim() } : input)),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/email' }],
  },
  {
    id: 'hipp-admin-assignable',
    description: 'a role of the other list (HIPP_ADMIN) is accepted',
    overrides: checkThen((checked, input) =>
      input.role === 'HIPP_ADMIN'
        ? { value: { ...checked.value, role: 'HIPP_ADMIN' }, issues: checked.issues.filter((issue) => issue.path[0] !== 'role') }
        : checked,
    ),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/role' }],
  },
  {
    id: 'sms-coerced',
    description: 'shouldSendSMS of another type is coerced to a boolean',
    overrides: checkBodyAs((input) => ('shouldSendSMS' in input ? { ...input, shouldSendSMS: Boolean(input.shouldSendSMS) } : input)),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/shouldSendSMS' }],
  },
  {
    id: 'null-as-absent',
    description: 'null in an optional field is taken as no value',
    overrides: checkBodyAs((input) => Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null))),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/email' }],
  },
  {
    id: 'refusal-names-no-field',
    description: "a 400's details name no field",
    overrides: rewrite(
      'createUser',
      (answer) => answer.status === 400,
      (answer) => ({ ...answer, body: { error: 'Validation error', details: [{ code: 'custom', message: 'Invalid', path: [] }] } }),
    ),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/firstName' }],
  },
  {
    id: 'refuses-payroll-admin',
    description: 'a valid role (PAYROLL_ADMIN) is refused with 400',
    overrides: checkThen((checked, input) =>
      input.role === 'PAYROLL_ADMIN' ? { ...checked, issues: [{ code: 'invalid_enum_value', message: 'Invalid role', path: ['role'] }] } : checked,
    ),
    caughtBy: [{ checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/role' }],
  },
  {
    id: 'slow-not-found',
    description: `a 404 takes ${SLOW_MS} ms, past the ${MAX_RESPONSE_MS} ms limit`,
    timed: true,
    overrides: wrapHandler('getUserById', (handler) => async (context) => {
      const answer = await handler(context);
      if (answer.status === 404) await sleep(SLOW_MS);
      return answer;
    }),
    caughtBy: [{ checkId: 'max_response_time', operation: 'getUserById', path: 'response' }],
  },
  {
    id: 'crashes-on-long-string',
    description: 'a create with a string over 255 characters answers 500 (a narrow column, unhandled)',
    overrides: answerCreatesWith((sent) => (stringsIn(sent).some((text) => text.length > 255) ? serverError() : undefined)),
    caughtBy: [
      { checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/firstName' },
      { checkId: 'not_a_server_error', operation: 'createUser', path: 'response/status' },
    ],
  },
  {
    id: 'crashes-on-non-ascii-name',
    description: 'a create whose first or last name is not ASCII (José, 山田) answers 500',
    overrides: answerCreatesWith((sent) => {
      const names = sent && typeof sent === 'object' ? [(sent as Body).firstName, (sent as Body).lastName] : [];
      return names.some(nonAscii) ? serverError() : undefined;
    }),
    caughtBy: [
      { checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/firstName' },
      { checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/lastName' },
    ],
  },
  {
    id: 'mangles-non-ascii',
    description: 'names are read back garbled, UTF-8 taken for Latin-1 (José as JosÃ©)',
    overrides: rewrite('getUserById', notSeeded, (answer) => ({
      ...answer,
      body: { ...body(answer), firstName: garbled(body(answer).firstName), lastName: garbled(body(answer).lastName) },
    })),
    caughtBy: [{ checkId: 'created_data_round_trip', operation: 'getUserById', path: 'response/body/firstName' }],
  },
  {
    id: 'reads-across-organizations',
    description: "another organization's key reads every user: get ignores the organization of the key",
    overrides: wrapHandler('getUserById', (handler) => (context) => handler({ ...context, organization: DOCUMENTED_ORGANIZATION })),
    caughtBy: [{ checkId: 'tenant_isolation', operation: 'getUserById', path: 'request/path/publicId' }],
  },
  {
    id: 'refuses-unknown-payor',
    description: 'a payor that does not exist is refused with 400 instead of passed over (only the example abc123 exists)',
    overrides: checkThen((checked, input) => {
      const payors: unknown[] = Array.isArray(input.providerPayors) ? input.providerPayors : [];
      const unknown = payors.findIndex((payor) => typeof payor === 'string' && payor !== 'abc123');
      if (unknown < 0) return checked;
      return { ...checked, issues: [...checked.issues, { code: 'custom', message: 'Unknown payor', path: ['providerPayors', unknown] }] };
    }),
    caughtBy: [{ checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/providerPayors' }],
  },
  {
    id: 'crashes-on-deep-nesting',
    description: 'a create nested over 100 levels deep answers 500 (a recursive validator overflows)',
    overrides: answerCreatesWith((sent) => (depthOf(sent) > 100 ? serverError() : undefined)),
    caughtBy: [{ checkId: 'negative_data_rejection', operation: 'createUser', path: 'request/body/providerPayors/0' }],
  },
];

const EXTRA_FIELDS = { requestId: 'req_0001', apiVersion: '2025-01-15' };

export const FAITHFUL: Variant[] = [
  {
    id: 'json-with-charset',
    description: 'Content-Type: application/json; charset=utf-8',
    overrides: rewrite(
      undefined,
      () => true,
      (answer) => ({ ...answer, headers: { ...answer.headers, 'content-type': 'application/json; charset=utf-8' } }),
    ),
  },
  {
    id: 'header-case',
    description: 'header names in Title-Case and the media type in another case (Application/JSON; Charset=UTF-8)',
    titleCaseHeaders: true,
    overrides: rewrite(
      undefined,
      () => true,
      (answer) => ({ ...answer, headers: { ...answer.headers, 'content-type': 'Application/JSON; Charset=UTF-8' } }),
    ),
  },
  {
    id: 'undocumented-fields',
    description: 'every body carries fields the spec does not document',
    overrides: rewrite(
      undefined,
      () => true,
      (answer) => {
        const extended: Body = { ...body(answer), ...EXTRA_FIELDS };
        if (answer.status === 200 && typeof extended.user === 'object') extended.user = { ...(extended.user as Body), timezone: 'America/New_York' };
        return { ...answer, body: extended };
      },
    ),
  },
  {
    id: 'slow-but-in-time',
    description: `every get takes ${SLOW_BUT_FINE_MS} ms, under the ${MAX_RESPONSE_MS} ms limit`,
    timed: true,
    overrides: wrapHandler('getUserById', (handler) => async (context) => {
      await sleep(SLOW_BUT_FINE_MS);
      return handler(context);
    }),
  },
  {
    id: 'sparse-echo',
    description: 'the created user is echoed with only its required fields (role and the rest are optional)',
    overrides: rewrite('createUser', ok, (answer) => {
      const { publicId, firstName, lastName } = user(answer);
      return { ...answer, body: { message: 'User created successfully', user: { publicId, firstName, lastName } } };
    }),
  },
  {
    id: 'other-error-wording',
    description: 'error texts worded otherwise than the docs',
    overrides: rewrite(
      undefined,
      (answer) => answer.status >= 400,
      (answer) => ({ ...answer, body: { ...body(answer), error: `Request refused (${answer.status})` } }),
    ),
  },
  {
    id: 'not-found-for-malformed-ids',
    description: 'a malformed publicId is answered 404 rather than 400',
    overrides: { steps: { isPublicId: () => true } },
  },
  {
    id: 'null-demographics',
    description: 'get returns null for every nullable field it was not given (names included, for a user made elsewhere)',
    overrides: rewrite('getUserById', ok, (answer) => {
      const nulled = { ...body(answer) };
      const names = nulled.publicId === DOCUMENTED_USER.publicId ? ['firstName', 'lastName'] : [];
      for (const field of [...names, 'sex', 'caregiverId', 'birthDate', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode']) nulled[field] = null;
      return { ...answer, body: nulled };
    }),
  },
  {
    id: 'undocumented-user-fields',
    description: "users carry fields their schema does not document: get an `email: null`, a timezone and the payors, the create's echo the payors kept",
    overrides: rewrite(undefined, ok, (answer) => {
      if (typeof body(answer).user === 'object')
        return { ...answer, body: { ...body(answer), user: { ...user(answer), providerPayors: [], timezone: 'UTC' } } };
      return { ...answer, body: { ...body(answer), email: null, timezone: 'America/New_York', providerPayors: [], recertificationDate: null } };
    }),
    reports: [
      { severity: 'note', checkId: 'created_data_round_trip', operation: 'getUserById', path: 'response/body/email' },
      { severity: 'note', checkId: 'created_data_round_trip', operation: 'createUser', path: 'response/body/user/providerPayors' },
    ],
  },
  {
    id: 'limits-text-length',
    description: 'strings over 255 characters are refused with 400 naming the field: a limit the spec does not state, so warnings',
    overrides: refuseLongerThan(255),
    reports: [
      { severity: 'warning', checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/firstName' },
      { severity: 'warning', checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/providerPayors' },
    ],
  },
  {
    id: 'body-limit-413',
    description: 'a body over 512 KiB is answered 413 in text/plain, as a proxy in front would: warnings, the undocumented status included',
    overrides: wrapHandler(
      'createUser',
      (handler) => async (context) =>
        Number(context.request.headers.get('content-length') ?? 0) > 512 * 1024
          ? // A server that answers before reading the whole body closes the connection, as the sandbox's own limit does.
            { status: 413, body: 'Payload Too Large', headers: { 'content-type': 'text/plain', connection: 'close' } }
          : handler(context),
    ),
    reports: [
      { severity: 'warning', checkId: 'positive_data_acceptance', operation: 'createUser', path: 'request/body/firstName' },
      { severity: 'warning', checkId: 'status_code_conformance', operation: 'createUser', path: 'response/status' },
    ],
  },
  {
    id: 'offset-timestamps',
    description: 'createdAt with fractional seconds and a +00:00 offset rather than Z',
    overrides: rewrite('createUser', ok, (answer) => {
      user(answer).createdAt = String(user(answer).createdAt).replace(/(\.\d+)?Z$/, '.123456+00:00');
      return answer;
    }),
  },
];
