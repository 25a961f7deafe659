// The requests of a run, phase by phase. Read phases send only GETs; create phases run with writes on.
import { applyCase, bodyCases, MISSING, type BoundaryCase } from '../cases/boundary.js';
import { malformedIds, siblingId } from '../cases/ids.js';
import { userIn } from '../support/resources.js';
import { operation, pathFor, requestExamples, requestSchema, resolveSchema } from '../support/spec.js';
import type { JsonObject } from '../../../scripts/lib/spec/document.js';
import type { Session } from './engine.js';
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

const pathParameter = () => {
  const parameter = operation('getUserById').definition.parameters?.find((candidate) => candidate.in === 'path');
  if (!parameter) throw new Error('getUserById has no path parameter');
  return parameter as { name: string; schema: JsonObject; example?: string };
};

const get = (publicId: string, extra: Partial<Outgoing> = {}): Outgoing => ({ method: 'GET', path: pathFor('getUserById', { [pathParameter().name]: publicId }), auth: 'key', ...extra });
const post = (body: unknown, extra: Partial<Outgoing> = {}): Outgoing => ({ method: 'POST', path: operation('createUser').path, auth: 'key', body, ...extra });

export async function readPhases(session: Session): Promise<void> {
  const { config } = session;
  const documented = pathParameter().example ?? 'usr_1234567890_abc123def';
  // The mock answers any id with its example, so the documented id stands in for an existing user there.
  const existing = config.via === 'mock' ? [documented] : config.userIds;
  for (const publicId of existing) await session.exchange('getUserById', get(publicId), { kind: 'positive', fields: ['request/path/publicId'] });
  const known = existing[0] ?? documented;
  for (const { how, auth, headers } of authCases(session)) await session.exchange('getUserById', get(known, { auth, headers }), { kind: 'auth', how });
  if (config.via === 'mock') return;
  await session.exchange('getUserById', get(siblingId(known)), { kind: 'unknown-id' });
  for (const { value, why } of malformedIds(resolveSchema(pathParameter().schema), known, session.random)) {
    await session.exchange('getUserById', get(value), { kind: 'negative', field: pathParameter().name, location: 'path', also404: true, why });
  }
}

/** The email with a token before the @, so no two creates of any run share one. */
function uniqueEmail(session: Session, email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, at)}.${session.unique()}${email.slice(at)}`;
}

function withUniqueEmail(session: Session, body: Record<string, unknown>): Record<string, unknown> {
  return typeof body.email === 'string' ? { ...body, email: uniqueEmail(session, body.email) } : body;
}

/** Creates one user; when it is created, records it and, against a real server, reads it back. */
async function create(session: Session, outgoing: Outgoing, intent: Parameters<Session['exchange']>[2], readBack: { sent: Record<string, unknown>; compare: boolean } | undefined) {
  const created = await session.exchange('createUser', outgoing, intent);
  const status = created.answer?.status ?? 0;
  if (status < 200 || status >= 300) return created;
  const publicId = userIn('createUser', created.answer?.body)?.publicId;
  session.created(publicId);
  if (readBack && typeof publicId === 'string' && session.config.via !== 'mock') {
    await session.exchange('getUserById', get(publicId), { kind: 'read-back', ...readBack });
  }
  return created;
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
    return !(fieldSchema && resolveSchema(fieldSchema).default === false && boundary.value === true);
  };
}

const WHOLE_BODY_CASES: Array<{ why: string; body?: string; headers: Record<string, string>; malformedJson?: true }> = [
  { why: 'a malformed JSON body', body: '{"firstName": "Jane", "lastName": ', headers: {}, malformedJson: true },
  { why: 'a JSON body that is not an object', body: '"Jane Smith"', headers: {} },
  { why: 'a form-encoded body', body: 'firstName=Jane&lastName=Smith', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
  { why: 'no body at all', headers: { 'content-type': 'application/json' } },
];

export async function createPhases(session: Session): Promise<void> {
  const { config } = session;
  const stateful = config.via !== 'mock';
  const schema = requestSchema('createUser');
  const examples = Object.values(requestExamples('createUser')) as Array<Record<string, unknown>>;
  const base = examples.reduce((widest, example) => (Object.keys(example).length > Object.keys(widest).length ? example : widest));
  const minimal = examples.reduce((narrowest, example) => (Object.keys(example).length < Object.keys(narrowest).length ? example : narrowest));

  for (const { how, auth, headers } of authCases(session)) await create(session, post(minimal, { auth, headers }), { kind: 'auth', how }, undefined);

  // Each documented request example is accepted, echoed with what was sent (defaults for what was not), and read back the same.
  for (const example of examples) {
    const sent = withUniqueEmail(session, example);
    await create(session, post(sent), stateful ? { kind: 'create', sent } : { kind: 'positive', fields: ['request/body'] }, { sent, compare: true });
  }

  if (schema) {
    const cases = bodyCases(schema, session.random).filter(safeFor(session, schema));
    for (const { body, fields } of positiveBodies(session, base, cases.filter((boundary) => boundary.valid))) {
      await create(session, post(body), { kind: 'positive', fields }, { sent: body, compare: false });
    }
    for (const boundary of cases.filter((candidate) => !candidate.valid)) {
      const body = applyCase(withUniqueEmail(session, base), boundary);
      await create(session, post(body), { kind: 'negative', field: boundary.field, location: 'body', why: boundary.why }, undefined);
    }
  }

  for (const { why, body, headers, malformedJson } of WHOLE_BODY_CASES) {
    // Prism (mock or proxy) answers unparsable JSON itself, with an error body of its own.
    const prismAnswers = malformedJson && config.via !== 'server';
    await create(session, { ...post(body, { headers }), ...(prismAnswers ? { answeredByPrism: true } : {}) }, { kind: 'negative', field: '', location: 'body', why }, undefined);
  }

  if (!stateful) return;
  const email = `contract.taken.${session.unique()}@example.com`;
  const first = await create(session, post({ ...minimal, email }), { kind: 'positive', fields: ['request/body/email'] }, undefined);
  if (first.answer && first.answer.status >= 200 && first.answer.status < 300) {
    await create(session, post({ ...minimal, email }), { kind: 'taken-email', how: 'same' }, undefined);
    await create(session, post({ ...minimal, email: email.toUpperCase() }), { kind: 'taken-email', how: 'other case' }, undefined);
  }
  if (config.restrictedApiKey) await create(session, post({ ...minimal, role: 'ADMIN' }, { auth: 'restricted-key' }), { kind: 'forbidden-role', role: 'ADMIN' }, undefined);
}
