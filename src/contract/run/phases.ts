// The requests of a run, phase by phase. Read phases send only GETs; create phases run with writes on.
// With another organization's key, users of the run's own organization are read with it too (tenant_isolation).
import { applyCase, bodyCases, MISSING, type BoundaryCase } from '../cases/boundary.js';
import { malformedIds, siblingId } from '../cases/ids.js';
import { documentedUserFields } from '../checks/documented-fields.js';
import { userIn } from '../resources.js';
import type { JsonObject } from '../../spec/document.js';
import type { ContractSpec } from '../spec.js';
import type { Exchange, Intent } from '../checks/types.js';
import type { Planned, Session } from './engine.js';
import type { Outgoing } from './send.js';

const AUTH_CASES = [
  { how: 'no key', auth: 'none', headers: {} },
  { how: 'empty bearer', auth: 'literal', headers: { authorization: 'Bearer ' } },
  { how: 'made-up key', auth: 'literal', headers: { authorization: 'Bearer made-up-contract-suite-key' } },
] as const;

function authCases(session: Session) {
  // Prism's mock accepts any bearer token; only a missing one is its business.
  return session.config.via === 'mock' ? AUTH_CASES.slice(0, 1) : AUTH_CASES;
}

const get = (spec: ContractSpec, publicId: string, extra: Partial<Outgoing> = {}): Outgoing => ({
  method: 'GET',
  path: spec.pathFor('getUserById', { [spec.idParameter().name]: publicId }),
  auth: 'key',
  ...extra,
});
const post = (spec: ContractSpec, body: unknown, extra: Partial<Outgoing> = {}): Outgoing => ({
  method: 'POST',
  path: spec.operation('createUser').path,
  auth: 'key',
  body,
  ...extra,
});

export async function readPhases(session: Session): Promise<void> {
  const { config, spec } = session;
  const documented = spec.documentedPublicId();
  // The mock answers any id with its example, so the documented id stands in for an existing user there.
  const existing = config.via === 'mock' ? [documented] : config.userIds;
  const known = existing[0] ?? documented;
  const planned: Planned[] = [
    ...existing.map((publicId): Planned => ({
      operation: 'getUserById',
      outgoing: get(spec, publicId),
      intent: { kind: 'positive', fields: ['request/path/publicId'] },
    })),
    ...authCases(session).map(({ how, auth, headers }): Planned => ({
      operation: 'getUserById',
      outgoing: get(spec, known, { auth, headers }),
      intent: { kind: 'auth', how },
    })),
    ...otherOrgReads(session, config.via === 'mock' ? [] : existing, 'named'),
  ];
  if (config.via !== 'mock') {
    // An unknown id must look like a real one, or a server that checks the shape rightly answers 400:
    // from a named user here, else from the first user the create phases make.
    if (existing.length > 0) planned.push(unknownId(spec, existing[0]!));
    for (const { value, why } of malformedIds(spec.resolveSchema(spec.idParameter().schema), known, session.random)) {
      planned.push({
        operation: 'getUserById',
        outgoing: get(spec, value),
        intent: { kind: 'negative', field: spec.idParameter().name, location: 'path', also404: true, why },
      });
    }
  }
  await session.exchangeAll(planned);
}

/** GETs of users of the run's organization with another organization's key, when the run has one (never against the mock). */
function otherOrgReads(session: Session, publicIds: readonly string[], whose: 'named' | 'created'): Planned[] {
  if (!session.config.otherOrgApiKey || session.config.via === 'mock') return [];
  return publicIds.map((publicId) => ({
    operation: 'getUserById',
    outgoing: get(session.spec, publicId, { auth: 'other-org-key' }),
    intent: { kind: 'other-org-read', whose },
  }));
}

/** A GET of an id shaped like `publicId` (same length and kinds of characters) that names no user. */
function unknownId(spec: ContractSpec, publicId: string): Planned {
  return { operation: 'getUserById', outgoing: get(spec, siblingId(publicId)), intent: { kind: 'unknown-id' } };
}

/** The email with a token before the @, so no two creates of any run share one. */
function uniqueEmail(session: Session, email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}.${session.unique()}${email.slice(at)}`;
}

function withUniqueEmail(session: Session, body: Record<string, unknown>): Record<string, unknown> {
  return typeof body.email === 'string' ? { ...body, email: uniqueEmail(session, body.email) } : body;
}

interface PlannedCreate {
  outgoing: Outgoing;
  intent: Intent;
  /** Read the user back when created (against a real server): with what was sent, and whether to compare. */
  readBack?: { sent: Record<string, unknown>; compare: boolean };
}

/** Sends creates; records the users created and, against a real server, reads back those that ask for it. */
async function createAll(session: Session, creates: PlannedCreate[]): Promise<Exchange[]> {
  const exchanges = await session.exchangeAll(creates.map(({ outgoing, intent }) => ({ operation: 'createUser', outgoing, intent })));
  const readBacks: Planned[] = [];
  exchanges.forEach((created, index) => {
    const status = created.answer?.status ?? 0;
    if (status < 200 || status >= 300) return;
    const publicId = userIn('createUser', created.answer?.body)?.publicId;
    session.created(publicId);
    const readBack = creates[index]!.readBack;
    if (readBack && typeof publicId === 'string' && session.config.via !== 'mock') {
      readBacks.push({ operation: 'getUserById', outgoing: get(session.spec, publicId), intent: { kind: 'read-back', ...readBack } });
    }
  });
  await session.exchangeAll(readBacks);
  return exchanges;
}

/**
 * Valid cases, several per body: body i takes each field's i-th valid case (in an order the seed
 * shuffles), so every valid value is sent with as few users created as the longest list needs.
 */
function positiveBodies(session: Session, base: Record<string, unknown>, valid: BoundaryCase[]): Array<{ body: Record<string, unknown>; fields: string[] }> {
  const byField = new Map<string, BoundaryCase[]>();
  for (const boundary of valid) byField.set(boundary.field, [...(byField.get(boundary.field) ?? []), boundary]);
  const groups = [...byField.values()].map((group) => session.random.shuffle(group));
  const count = Math.max(0, ...groups.map((group) => group.length));
  return Array.from({ length: count }, (_, index) => {
    let body = { ...base };
    for (const group of groups) body = applyCase(body, group[index % group.length]!);
    return { body: withUniqueEmail(session, body), fields: groups.map((group) => `request/body/${group[0]!.field}`) };
  });
}

/**
 * Never ask a real server for something off by default (such as an SMS to a made-up number); never send
 * Prism's mock a case its lax format checks cannot refuse (named as skipped).
 */
function safeFor(session: Session, schema: JsonObject) {
  const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
  return (boundary: BoundaryCase) => {
    if (session.config.via === 'mock') return !boundary.lenientValidatorsAccept;
    if (boundary.value === MISSING) return true;
    const fieldSchema = properties[boundary.field];
    return !(fieldSchema && session.spec.resolveSchema(fieldSchema).default === false && boundary.value === true);
  };
}

const WHOLE_BODY_CASES: Array<{ why: string; body?: string; headers: Record<string, string>; malformedJson?: true }> = [
  { why: 'a malformed JSON body', body: '{"firstName": "Jane", "lastName": ', headers: {}, malformedJson: true },
  { why: 'a JSON body that is not an object', body: '"Jane Smith"', headers: {} },
  { why: 'a form-encoded body', body: 'firstName=Jane&lastName=Smith', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  { why: 'no body at all', headers: { 'content-type': 'application/json' } },
];

export async function createPhases(session: Session): Promise<void> {
  const { config, spec } = session;
  const stateful = config.via !== 'mock';
  const schema = spec.requestSchema('createUser');
  const examples = Object.values(spec.requestExamples('createUser')) as Array<Record<string, unknown>>;
  const [base, minimal] = [spec.fullCreate(), spec.minimalCreate()];

  const creates: PlannedCreate[] = authCases(session).map(({ how, auth, headers }) => ({
    outgoing: post(spec, minimal, { auth, headers }),
    intent: { kind: 'auth', how },
  }));

  // Each documented request example is accepted, echoed with what was sent (defaults for what was not), and read back the same.
  for (const example of examples) {
    const sent = withUniqueEmail(session, example);
    creates.push({
      outgoing: post(spec, sent),
      intent: stateful ? { kind: 'create', sent } : { kind: 'positive', fields: ['request/body'] },
      readBack: { sent, compare: true },
    });
  }

  if (schema) {
    const cases = bodyCases(spec, schema, session.random).filter(safeFor(session, schema));
    for (const { body, fields } of positiveBodies(
      session,
      base,
      cases.filter((boundary) => boundary.valid && !boundary.unstatedLimit),
    )) {
      creates.push({ outgoing: post(spec, body), intent: { kind: 'positive', fields }, readBack: { sent: body, compare: false } });
    }
    // One per request: a refusal is only a warning, and must not hide another case's verdict. Read back only
    // where the get's answer documents the field: elsewhere the read-back would compare nothing.
    const readable = documentedUserFields(spec, 'getUserById');
    for (const boundary of cases.filter((candidate) => candidate.unstatedLimit)) {
      const body = applyCase(withUniqueEmail(session, base), boundary);
      creates.push({
        outgoing: post(spec, body),
        // The mock echoes its example, not what was sent.
        intent: { kind: 'unstated-limit', field: boundary.field, why: boundary.why, ...(stateful ? { sent: body } : {}) },
        ...(readable.has(boundary.field) ? { readBack: { sent: body, compare: true } } : {}),
      });
    }
    for (const boundary of cases.filter((candidate) => !candidate.valid)) {
      const body = applyCase(withUniqueEmail(session, base), boundary);
      creates.push({ outgoing: post(spec, body), intent: { kind: 'negative', field: boundary.field, location: 'body', why: boundary.why } });
    }
  }

  for (const { why, body, headers, malformedJson } of WHOLE_BODY_CASES) {
    // Prism (mock or proxy) answers unparsable JSON itself, with an error body of its own.
    const prismAnswers = malformedJson && config.via !== 'server';
    creates.push({
      outgoing: { ...post(spec, body, { headers }), ...(prismAnswers ? { answeredByPrism: true } : {}) },
      intent: { kind: 'negative', field: '', location: 'body', why },
    });
  }
  await createAll(session, creates);

  if (!stateful) return;
  const unknown = config.userIds.length === 0 && session.createdIds()[0] ? [unknownId(spec, session.createdIds()[0]!)] : [];
  // The users made from the documented examples come first.
  await session.exchangeAll([...unknown, ...otherOrgReads(session, session.createdIds().slice(0, examples.length), 'created')]);
  // These depend on each other's order: one at a time.
  const email = `contract.taken.${session.unique()}@example.com`;
  const [first] = await createAll(session, [{ outgoing: post(spec, { ...minimal, email }), intent: { kind: 'positive', fields: ['request/body/email'] } }]);
  if (first!.answer && first!.answer.status >= 200 && first!.answer.status < 300) {
    await createAll(session, [{ outgoing: post(spec, { ...minimal, email }), intent: { kind: 'taken-email', how: 'same' } }]);
    await createAll(session, [{ outgoing: post(spec, { ...minimal, email: email.toUpperCase() }), intent: { kind: 'taken-email', how: 'other case' } }]);
  }
  if (config.restrictedApiKey) {
    await createAll(session, [
      { outgoing: post(spec, { ...minimal, role: 'ADMIN' }, { auth: 'restricted-key' }), intent: { kind: 'forbidden-role', role: 'ADMIN' } },
    ]);
  }
}
