// spec:diff for one operation: its names, security, parameters, request body and responses.
import { deref, derefDeep } from './refs.js';
import { isObject, same, show, type Direction, type Report, type Where } from './report.js';
import { diffSchema } from './schemas.js';
import { diffSecurity } from './security.js';
import type { JsonObject } from '../../../src/spec/document.js';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export interface Operation {
  /** `METHOD /path`, as the document spells the path. */
  key: string;
  /** The operationId, else `key`. */
  name: string;
  path: string;
  op: JsonObject;
  pathItem: JsonObject;
}

const TEMPLATE_NAME = /\{([^}]*)\}/g;
/** The names in a path template, in order: `/v1/users/{publicId}` → `['publicId']`. */
const templateNames = (path: string) => [...path.matchAll(TEMPLATE_NAME)].map((match) => match[1]!);

/**
 * Every operation of a document by method and path with its parameter names blanked (`GET /v1/users/{}`): OpenAPI
 * forbids two paths that differ in those names alone, as they match the same URLs, so renaming one is not a new path.
 */
export function operationsOf(doc: JsonObject): Map<string, Operation> {
  const out = new Map<string, Operation>();
  for (const [path, rawItem] of Object.entries((doc.paths ?? {}) as JsonObject)) {
    const pathItem = deref(doc, rawItem).node ?? {};
    for (const method of METHODS) {
      const op = pathItem[method];
      if (!isObject(op)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const name = typeof op.operationId === 'string' ? op.operationId : key;
      out.set(`${method.toUpperCase()} ${path.replace(TEMPLATE_NAME, '{}')}`, { key, name, path, op, pathItem });
    }
  }
  return out;
}

export function diffOperation(report: Report, b: Operation, a: Operation): void {
  const where: Where = { operation: b.name, location: '' };
  if (b.op.operationId !== a.op.operationId) {
    report.add('breaking', where, '', `operationId ${show(b.op.operationId)} → ${show(a.op.operationId)} (generated names change)`);
  }
  for (const key of ['summary', 'description', 'tags', 'externalDocs']) {
    if (!same(b.op[key], a.op[key])) report.add('non-breaking', where, '', `${key} changed`);
  }
  if (b.op.deprecated !== a.op.deprecated) report.add('non-breaking', where, '', a.op.deprecated ? 'deprecated' : 'no longer deprecated');
  diffSecurity(report, where, b.op.security ?? report.before.security, a.op.security ?? report.after.security);
  pathTemplate(report, where, b, a);

  parameters(report, b.name, parameterMap(report.before, b), parameterMap(report.after, a));
  requestBody(report, b.name, b.op.requestBody, a.op.requestBody);
  responses(report, b.name, (b.op.responses ?? {}) as JsonObject, (a.op.responses ?? {}) as JsonObject);
}

/**
 * Path parameters renamed with the same method and URLs (`/v1/users/{publicId}` → `/v1/users/{id}`): the wire is
 * unchanged, but `hipp.api` callers spell the template and the parameter's name, so their code stops compiling.
 */
function pathTemplate(report: Report, where: Where, b: Operation, a: Operation): void {
  if (b.path === a.path) return;
  const after = templateNames(a.path);
  const renames = templateNames(b.path)
    .map((name, index) => [name, after[index]!] as const)
    .filter(([old, next]) => old !== next)
    .map(([old, next]) => `${old} renamed ${next}`);
  report.add(
    'breaking',
    where,
    '',
    `path ${renames.length > 1 ? 'parameters' : 'parameter'} ${renames.join(', ')} (${b.path} → ${a.path}): the same operation and URLs, not a removed operation and a new one, ` +
      'but breaking for hipp.api callers, who spell the path template',
  );
}

/** HTTP header names ignore case, so `X-Request-Id` and `x-request-id` are one header. */
const headerKey = (name: string) => name.toLowerCase();

/**
 * Path-level parameters, overridden by the operation's own, keyed by `in:name`; a path parameter by its place in
 * the template instead, so that a renamed one (reported by pathTemplate) is compared with itself.
 */
function parameterMap(doc: JsonObject, entry: Operation): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const template = templateNames(entry.path);
  for (const raw of [...((entry.pathItem.parameters as unknown[] | undefined) ?? []), ...((entry.op.parameters as unknown[] | undefined) ?? [])]) {
    const parameter = deref(doc, raw).node;
    if (!parameter) continue;
    const name = String(parameter.name);
    const place = parameter.in === 'path' ? template.indexOf(name) : -1;
    out.set(`${String(parameter.in)}:${place >= 0 ? `{${place}}` : parameter.in === 'header' ? headerKey(name) : name}`, parameter);
  }
  return out;
}

function parameters(report: Report, operation: string, before: Map<string, JsonObject>, after: Map<string, JsonObject>): void {
  const label = (p: JsonObject) => `parameter ${show(p.name)} (${show(p.in)})`;
  const top = { operation, location: '' };
  for (const [key, b] of before) {
    const a = after.get(key);
    const where = { operation, location: label(b) };
    if (!a) {
      report.add('breaking', top, '', `removed ${label(b)}`);
      continue;
    }
    // A path parameter's new name is reported with its template, by pathTemplate.
    if (b.name !== a.name && b.in === 'header') report.add('non-breaking', where, '', `spelled ${show(a.name)} now (header names ignore case)`);
    if (!b.required && a.required) report.add('breaking', where, '', 'is now required');
    if (b.required && !a.required) report.add('non-breaking', where, '', 'is now optional');
    if (!same(b.description, a.description)) report.add('non-breaking', where, '', 'description changed');
    if (!same(b.example, a.example) || !same(derefDeep(report.before, b.examples), derefDeep(report.after, a.examples))) {
      report.add('non-breaking', where, '', 'example changed');
    }
    for (const key of ['style', 'explode', 'allowReserved']) {
      if (!same(b[key], a[key])) report.add('breaking', where, '', `${key} changed (the value is serialized differently)`);
    }
    diffSchema(report, 'request', where, '', b.schema, a.schema);
  }
  for (const [key, a] of after) {
    if (before.has(key)) continue;
    if (a.required) report.add('breaking', top, '', `new required ${label(a)}`);
    else report.add('non-breaking', top, '', `new optional ${label(a)}`);
  }
}

function requestBody(report: Report, operation: string, rawBefore: unknown, rawAfter: unknown): void {
  const where = { operation, location: 'request body' };
  const b = deref(report.before, rawBefore).node;
  const a = deref(report.after, rawAfter).node;
  if (!b && !a) return;
  if (!a) return report.add('breaking', where, '', 'removed (the API no longer reads it)');
  if (!b) return report.add(a.required ? 'breaking' : 'non-breaking', where, '', a.required ? 'new required request body' : 'new optional request body');
  if (!b.required && a.required) report.add('breaking', where, '', 'is now required');
  if (b.required && !a.required) report.add('non-breaking', where, '', 'is now optional');
  if (!same(b.description, a.description)) report.add('non-breaking', where, '', 'description changed');
  content(report, 'request', where, (b.content ?? {}) as JsonObject, (a.content ?? {}) as JsonObject);
}

/** 2xx and `2XX`; everything else (`default` too, as openapi-fetch types it) reaches code as an error. */
const isSuccess = (status: string) => status.startsWith('2');

function responses(report: Report, operation: string, before: JsonObject, after: JsonObject): void {
  const removed = Object.keys(before).filter((status) => !(status in after));
  const added = Object.keys(after).filter((status) => !(status in before));
  const where = { operation, location: '' };
  // A gone success status is a body existing code reads; a gone error status is one it merely never gets again.
  const severity = (status: string) => (isSuccess(status) ? 'breaking' : 'non-breaking');
  // A status swapped for another of its class (200 → 201) reads best as one change.
  for (const status of removed) {
    const index = added.findIndex((candidate) => candidate.startsWith(status.charAt(0)));
    if (index === -1) {
      report.add(severity(status), where, '', isSuccess(status) ? `removed success response ${status}` : `removed non-success response ${status}`);
    } else {
      report.add(severity(status), where, '', `response ${status} → ${added[index]!}`);
      added.splice(index, 1);
    }
  }
  for (const status of added) {
    // A new success status means a body existing code has never seen; a new error status is handled as an error.
    if (isSuccess(status)) report.add('breaking', where, '', `new success response ${status}`);
    else report.add('non-breaking', where, '', `new response ${status}`);
  }
  for (const status of Object.keys(before)) {
    if (!(status in after)) continue;
    const b = deref(report.before, before[status]).node ?? {};
    const a = deref(report.after, after[status]).node ?? {};
    const at = { operation, location: `${status} response` };
    if (!same(b.description, a.description)) report.add('non-breaking', at, '', 'description changed');
    responseHeaders(report, operation, status, (b.headers ?? {}) as JsonObject, (a.headers ?? {}) as JsonObject);
    content(report, 'response', at, (b.content ?? {}) as JsonObject, (a.content ?? {}) as JsonObject);
  }
}

function responseHeaders(report: Report, operation: string, status: string, before: JsonObject, after: JsonObject): void {
  const byKey = (headers: JsonObject) => new Map(Object.entries(headers).map(([name, header]) => [headerKey(name), { name, header }]));
  const beforeHeaders = byKey(before);
  const afterHeaders = byKey(after);
  const at = { operation, location: `${status} response` };
  for (const [key, { name }] of beforeHeaders) if (!afterHeaders.has(key)) report.add('breaking', at, '', `removed header ${name}`);
  for (const [key, { name }] of afterHeaders) if (!beforeHeaders.has(key)) report.add('non-breaking', at, '', `new header ${name}`);
  for (const [key, b] of beforeHeaders) {
    const a = afterHeaders.get(key);
    if (!a) continue;
    const bh = deref(report.before, b.header).node ?? {};
    const ah = deref(report.after, a.header).node ?? {};
    diffSchema(report, 'response', { operation, location: `${status} response header ${b.name}` }, '', bh.schema, ah.schema);
  }
}

function content(report: Report, dir: Direction, where: Where, before: JsonObject, after: JsonObject): void {
  for (const type of Object.keys(before)) {
    if (!(type in after)) report.add('breaking', where, '', dir === 'request' ? `no longer accepts ${type}` : `no longer answers ${type}`);
  }
  for (const type of Object.keys(after)) {
    if (!(type in before)) report.add('non-breaking', where, '', dir === 'request' ? `also accepts ${type}` : `may also answer ${type}`);
  }
  for (const type of Object.keys(before)) {
    if (!(type in after)) continue;
    const b = (before[type] ?? {}) as JsonObject;
    const a = (after[type] ?? {}) as JsonObject;
    if (!same(derefDeep(report.before, b.examples), derefDeep(report.after, a.examples)) || !same(b.example, a.example)) {
      report.add('non-breaking', where, '', 'examples changed');
    }
    diffSchema(report, dir, where, '', b.schema, a.schema);
  }
}
