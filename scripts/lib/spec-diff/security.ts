// spec:diff for security: an operation's requirements, and the schemes they name.
import { derefDeep } from './refs.js';
import { canonical, isObject, same, type Report, type Where } from './report.js';
import type { JsonObject } from '../../../src/spec/document.js';

/** One entry of a `security` list: scheme name → scopes, all of which a client must meet at once. */
type Requirement = Record<string, string[]>;

/** The entries are alternatives: a client meets one of them. An empty list asks for nothing at all. */
function requirements(value: unknown): Requirement[] {
  const list = Array.isArray(value) ? value.filter(isObject) : [];
  if (list.length === 0) return [{}];
  return list.map((entry) =>
    Object.fromEntries(Object.entries(entry).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String).sort() : []])),
  );
}

function label(requirement: Requirement): string {
  const schemes = Object.entries(requirement).map(([scheme, scopes]) => (scopes.length ? `${scheme}[${scopes.join(', ')}]` : scheme));
  return schemes.length ? schemes.join(' + ') : 'no authentication';
}

const equal = (a: Requirement, b: Requirement) => same(Object.entries(a).sort(), Object.entries(b).sort());

/** Whether a client that meets `held` also meets `needed`: every scheme and scope `needed` asks for is one it has. */
const meets = (held: Requirement, needed: Requirement) =>
  Object.entries(needed).every(([scheme, scopes]) => held[scheme] !== undefined && scopes.every((scope) => held[scheme]!.includes(scope)));

/** An operation's effective requirements: its own `security`, else the document's. */
export function diffSecurity(report: Report, where: Where, rawBefore: unknown, rawAfter: unknown): void {
  const before = requirements(rawBefore);
  const after = requirements(rawAfter);
  const removed = before.filter((old) => !after.some((next) => equal(old, next)));
  const added = after.filter((next) => !before.some((old) => equal(old, next)));
  const explained = new Set<Requirement>();
  for (const old of removed) {
    const still = after.find((next) => meets(old, next));
    if (still && added.includes(still)) {
      explained.add(still);
      report.add('non-breaking', where, '', `security ${label(old)} → ${label(still)} (every client that met it still does)`);
    } else if (still) {
      report.add('non-breaking', where, '', `security alternative ${label(old)} removed (its clients still meet ${label(still)})`);
    } else {
      // Clients that met it no longer meet anything: name what asks more of them, when one entry does.
      const stricter = added.find((next) => !explained.has(next) && Object.keys(old).every((scheme) => scheme in next));
      if (stricter) explained.add(stricter);
      report.add('breaking', where, '', stricter ? `security ${label(old)} → ${label(stricter)}` : `security alternative ${label(old)} removed`);
    }
  }
  // A new alternative is one more way in; the clients of the others are not touched.
  for (const next of added) if (!explained.has(next)) report.add('non-breaking', where, '', `new security alternative ${label(next)}`);
}

export function diffSecuritySchemes(report: Report): void {
  const schemes = (doc: JsonObject) => ((doc.components as JsonObject | undefined)?.securitySchemes ?? {}) as JsonObject;
  const beforeSchemes = schemes(report.before);
  const afterSchemes = schemes(report.after);
  const where = { operation: 'components', location: '' };
  for (const name of new Set([...Object.keys(beforeSchemes), ...Object.keys(afterSchemes)])) {
    const b = derefDeep(report.before, beforeSchemes[name]) as JsonObject | undefined;
    const a = derefDeep(report.after, afterSchemes[name]) as JsonObject | undefined;
    if (!a) report.add('breaking', where, '', `removed security scheme ${name}`);
    else if (!b) report.add('non-breaking', where, '', `new security scheme ${name}`);
    else if (canonical({ ...b, description: null }) !== canonical({ ...a, description: null }))
      report.add('breaking', where, '', `security scheme ${name} changed`);
    else if (canonical(b) !== canonical(a)) report.add('non-breaking', where, '', `security scheme ${name}: description changed`);
  }
}
