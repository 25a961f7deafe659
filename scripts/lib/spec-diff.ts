// Classifies every change between two versions of an OpenAPI 3.1 document as breaking or not for
// existing clients: code written, and generated/ types and validators built, against `before`.
import type { JsonObject } from './spec.js';

export type Severity = 'breaking' | 'non-breaking';

export interface SpecChange {
  severity: Severity;
  /** The operationId (`METHOD /path` when there is none), `components` or `document`. */
  operation: string;
  /** Where in the operation: `request body`, `200 response`, `parameter publicId (path)`; empty for the operation itself. */
  location: string;
  /** The JSON path of the field inside that body or parameter, `''` for the whole of it. */
  path: string;
  message: string;
}

/** Who writes the value: the client (request) or the server (response). It decides which way narrowing breaks. */
type Direction = 'request' | 'response';

type Doc = JsonObject;
type Where = { operation: string; location: string };

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const ANNOTATIONS = new Set(['description', 'title', 'summary', 'example', 'examples', 'default', 'deprecated', 'externalDocs', '$comment']);
const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
const COMPARED = new Set([
  ...ANNOTATIONS, ...LOWER_BOUNDS, ...UPPER_BOUNDS,
  '$ref', 'type', 'nullable', 'enum', 'const', 'format', 'pattern', 'multipleOf', 'uniqueItems',
  'properties', 'required', 'items', 'additionalProperties', 'allOf', 'oneOf', 'anyOf',
]);

export function diffSpecs(before: Doc, after: Doc): SpecChange[] {
  const differ = new Differ(before, after);
  differ.document();
  return sortChanges(differ.changes);
}

export function hasBreaking(changes: SpecChange[]): boolean {
  return changes.some((change) => change.severity === 'breaking');
}

export function formatChange(change: SpecChange): string {
  const label = change.severity === 'breaking' ? 'BREAKING' : 'non-breaking';
  const where = change.location ? `${change.operation} ${change.location}` : change.operation;
  return `${label.padEnd(13)} ${where}: ${change.message}`;
}

/** Breaking first, each group in the order the documents list them; duplicates dropped. */
function sortChanges(changes: SpecChange[]): SpecChange[] {
  const seen = new Set<string>();
  const unique = changes.filter((change) => {
    const key = formatChange(change);
    return !seen.has(key) && seen.add(key);
  });
  return [...unique.filter((c) => c.severity === 'breaking'), ...unique.filter((c) => c.severity !== 'breaking')];
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const at = (path: string, text: string) => (path ? `${path}: ${text}` : text);

/** Follows local `$ref`s (`#/components/...`); keywords beside a `$ref` override the target's, as in 3.1. */
function deref(doc: Doc, node: unknown): { node: JsonObject | undefined; ref?: string } {
  let current = node;
  let ref: string | undefined;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref loop at ${current.$ref}`);
    ref = current.$ref;
    const { $ref: _ignored, ...siblings } = current;
    const target = pointer(doc, ref);
    current = isObject(target) ? { ...target, ...siblings } : target;
  }
  return { node: isObject(current) ? current : undefined, ref };
}

function pointer(doc: Doc, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

/** Resolves every `$ref` below `node`, for the parts of a document that cannot be recursive (examples, parameters). */
function derefDeep(doc: Doc, node: unknown, depth = 0): unknown {
  if (depth > 64) throw new Error('document nested too deep');
  if (Array.isArray(node)) return node.map((item) => derefDeep(doc, item, depth + 1));
  if (!isObject(node)) return node;
  const resolved = typeof node.$ref === 'string' ? deref(doc, node).node ?? {} : node;
  return Object.fromEntries(Object.entries(resolved).map(([key, value]) => [key, derefDeep(doc, value, depth + 1)]));
}

/** Merges `allOf` members into one schema, so a property moved into a mixin is not reported as removed. */
function flattenAllOf(doc: Doc, schema: JsonObject): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  let merged: JsonObject = {};
  for (const member of [...(allOf as unknown[]), rest]) {
    const part = flattenAllOf(doc, deref(doc, member).node ?? {});
    merged = {
      ...merged,
      ...part,
      properties: { ...(merged.properties as JsonObject), ...(part.properties as JsonObject) },
      required: [...new Set([...((merged.required as string[]) ?? []), ...((part.required as string[]) ?? [])])],
    };
  }
  if (Object.keys(merged.properties as JsonObject).length === 0) delete merged.properties;
  if ((merged.required as string[]).length === 0) delete merged.required;
  return merged;
}

function typesOf(schema: JsonObject): string[] | undefined {
  const declared = schema.type === undefined ? undefined : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (declared && schema.nullable === true && !declared.includes('null')) return [...declared, 'null'];
  return declared;
}

/** Whether a value of type `type` is accepted by a schema of types `types`. */
const accepts = (types: string[], type: string) => types.includes(type) || (type === 'integer' && types.includes('number'));

function enumOf(schema: JsonObject): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum;
  return 'const' in schema ? [schema.const] : undefined;
}

class Differ {
  readonly changes: SpecChange[] = [];

  constructor(
    private readonly before: Doc,
    private readonly after: Doc,
  ) {}

  private add(severity: Severity, where: Where, path: string, message: string): void {
    this.changes.push({ severity, operation: where.operation, location: where.location, path, message });
  }

  /** Narrowing (tight) breaks requests, widening (loose) breaks responses; a change that is both breaks either. */
  private constraint(dir: Direction, tight: boolean, loose: boolean, where: Where, path: string, message: string): void {
    if (!tight && !loose) return;
    const breaking = dir === 'request' ? tight : loose;
    this.add(breaking ? 'breaking' : 'non-breaking', where, path, at(path, message));
  }

  document(): void {
    const where = (operation: string): Where => ({ operation, location: '' });
    const beforeOps = this.operations(this.before);
    const afterOps = this.operations(this.after);
    for (const [key, op] of beforeOps) {
      const next = afterOps.get(key);
      if (next) this.operation(op, next);
      else this.add('breaking', where(op.name), '', `removed operation ${key}`);
    }
    for (const [key, op] of afterOps) {
      if (!beforeOps.has(key)) this.add('non-breaking', where(op.name), '', `new operation ${key}`);
    }

    const beforeSchemas = (this.before.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
    const afterSchemas = (this.after.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
    for (const name of Object.keys(beforeSchemas ?? {})) {
      if (!afterSchemas?.[name]) this.add('breaking', where('components'), '', `removed schema ${name} (a named type in generated/openapi.ts)`);
    }
    for (const name of Object.keys(afterSchemas ?? {})) {
      if (!beforeSchemas?.[name]) this.add('non-breaking', where('components'), '', `new schema ${name}`);
    }
    this.securitySchemes();

    const beforeUrls = new Set(((this.before.servers as JsonObject[] | undefined) ?? []).map((server) => server.url));
    const afterUrls = new Set(((this.after.servers as JsonObject[] | undefined) ?? []).map((server) => server.url));
    for (const url of beforeUrls) if (!afterUrls.has(url)) this.add('breaking', where('document'), '', `removed server ${show(url)}`);
    for (const url of afterUrls) if (!beforeUrls.has(url)) this.add('non-breaking', where('document'), '', `new server ${show(url)}`);

    const beforeInfo = (this.before.info ?? {}) as JsonObject;
    const afterInfo = (this.after.info ?? {}) as JsonObject;
    for (const key of new Set([...Object.keys(beforeInfo), ...Object.keys(afterInfo)])) {
      if (same(beforeInfo[key], afterInfo[key])) continue;
      const text = key === 'version' ? `info.version ${show(beforeInfo.version)} → ${show(afterInfo.version)}` : `info.${key} changed`;
      this.add('non-breaking', where('document'), '', text);
    }
    // Security is compared per operation, where it applies; the rest of the top level changes no call.
    for (const key of new Set([...Object.keys(this.before), ...Object.keys(this.after)])) {
      if (['paths', 'components', 'servers', 'info', 'security'].includes(key) || same(this.before[key], this.after[key])) continue;
      this.add('non-breaking', where('document'), '', `${key} changed`);
    }
  }

  private securitySchemes(): void {
    const schemes = (doc: Doc) => (((doc.components as JsonObject | undefined)?.securitySchemes ?? {}) as JsonObject);
    const beforeSchemes = schemes(this.before);
    const afterSchemes = schemes(this.after);
    const where = { operation: 'components', location: '' };
    for (const name of new Set([...Object.keys(beforeSchemes), ...Object.keys(afterSchemes)])) {
      const b = derefDeep(this.before, beforeSchemes[name]) as JsonObject | undefined;
      const a = derefDeep(this.after, afterSchemes[name]) as JsonObject | undefined;
      if (!a) this.add('breaking', where, '', `removed security scheme ${name}`);
      else if (!b) this.add('non-breaking', where, '', `new security scheme ${name}`);
      else if (!same({ ...b, description: null }, { ...a, description: null })) this.add('breaking', where, '', `security scheme ${name} changed`);
      else if (!same(b, a)) this.add('non-breaking', where, '', `security scheme ${name}: description changed`);
    }
  }

  private operations(doc: Doc): Map<string, { name: string; op: JsonObject; pathItem: JsonObject }> {
    const out = new Map<string, { name: string; op: JsonObject; pathItem: JsonObject }>();
    for (const [path, rawItem] of Object.entries((doc.paths ?? {}) as JsonObject)) {
      const pathItem = deref(doc, rawItem).node ?? {};
      for (const method of METHODS) {
        const op = pathItem[method];
        if (!isObject(op)) continue;
        const key = `${method.toUpperCase()} ${path}`;
        out.set(key, { name: typeof op.operationId === 'string' ? op.operationId : key, op, pathItem });
      }
    }
    return out;
  }

  private operation(
    b: { name: string; op: JsonObject; pathItem: JsonObject },
    a: { name: string; op: JsonObject; pathItem: JsonObject },
  ): void {
    const where: Where = { operation: b.name, location: '' };
    if (b.op.operationId !== a.op.operationId) {
      this.add('breaking', where, '', `operationId ${show(b.op.operationId)} → ${show(a.op.operationId)} (generated names change)`);
    }
    for (const key of ['summary', 'description', 'tags', 'externalDocs']) {
      if (!same(b.op[key], a.op[key])) this.add('non-breaking', where, '', `${key} changed`);
    }
    if (b.op.deprecated !== a.op.deprecated) this.add('non-breaking', where, '', a.op.deprecated ? 'deprecated' : 'no longer deprecated');
    const security = (doc: Doc, op: JsonObject) => op.security ?? doc.security ?? [];
    if (!same(security(this.before, b.op), security(this.after, a.op))) this.add('breaking', where, '', 'security requirements changed');

    this.parameters(where.operation, this.parameterMap(this.before, b), this.parameterMap(this.after, a));
    this.requestBody(where.operation, b.op.requestBody, a.op.requestBody);
    this.responses(where.operation, (b.op.responses ?? {}) as JsonObject, (a.op.responses ?? {}) as JsonObject);
  }

  /** Path-level parameters, overridden by the operation's own, keyed by `in:name`. */
  private parameterMap(doc: Doc, entry: { op: JsonObject; pathItem: JsonObject }): Map<string, JsonObject> {
    const out = new Map<string, JsonObject>();
    for (const raw of [...((entry.pathItem.parameters as unknown[]) ?? []), ...((entry.op.parameters as unknown[]) ?? [])]) {
      const parameter = deref(doc, raw).node;
      if (parameter) out.set(`${parameter.in}:${parameter.name}`, parameter);
    }
    return out;
  }

  private parameters(operation: string, before: Map<string, JsonObject>, after: Map<string, JsonObject>): void {
    const label = (p: JsonObject) => `parameter ${show(p.name)} (${show(p.in)})`;
    for (const [key, b] of before) {
      const a = after.get(key);
      const where = { operation, location: label(b) };
      if (!a) {
        this.add('breaking', { operation, location: '' }, '', `removed ${label(b)}`);
        continue;
      }
      if (!b.required && a.required) this.add('breaking', where, '', 'is now required');
      if (b.required && !a.required) this.add('non-breaking', where, '', 'is now optional');
      if (!same(b.description, a.description)) this.add('non-breaking', where, '', 'description changed');
      if (!same(b.example, a.example) || !same(derefDeep(this.before, b.examples), derefDeep(this.after, a.examples))) {
        this.add('non-breaking', where, '', 'example changed');
      }
      for (const key of ['style', 'explode', 'allowReserved']) {
        if (!same(b[key], a[key])) this.add('breaking', where, '', `${key} changed (the value is serialized differently)`);
      }
      this.schema('request', where, '', b.schema, a.schema, new Set());
    }
    for (const [key, a] of after) {
      if (before.has(key)) continue;
      if (a.required) this.add('breaking', { operation, location: '' }, '', `new required ${label(a)}`);
      else this.add('non-breaking', { operation, location: '' }, '', `new optional ${label(a)}`);
    }
  }

  private requestBody(operation: string, rawBefore: unknown, rawAfter: unknown): void {
    const where = { operation, location: 'request body' };
    const b = deref(this.before, rawBefore).node;
    const a = deref(this.after, rawAfter).node;
    if (!b && !a) return;
    if (!a) return this.add('breaking', where, '', 'removed (the API no longer reads it)');
    if (!b) return this.add(a.required ? 'breaking' : 'non-breaking', where, '', a.required ? 'new required request body' : 'new optional request body');
    if (!b.required && a.required) this.add('breaking', where, '', 'is now required');
    if (b.required && !a.required) this.add('non-breaking', where, '', 'is now optional');
    if (!same(b.description, a.description)) this.add('non-breaking', where, '', 'description changed');
    this.content('request', where, (b.content ?? {}) as JsonObject, (a.content ?? {}) as JsonObject);
  }

  private responses(operation: string, before: JsonObject, after: JsonObject): void {
    const removed = Object.keys(before).filter((status) => !(status in after));
    const added = Object.keys(after).filter((status) => !(status in before));
    const where = { operation, location: '' };
    // A status swapped for another of its class (200 → 201) reads best as one change.
    for (const status of removed) {
      const index = added.findIndex((candidate) => candidate[0] === status[0]);
      if (index === -1) {
        this.add('breaking', where, '', `removed response ${status}`);
      } else {
        this.add('breaking', where, '', `response ${status} → ${added[index]}`);
        added.splice(index, 1);
      }
    }
    for (const status of added) {
      // A new success status means a body existing code has never seen; a new error status is handled as an error.
      if (status.startsWith('2')) this.add('breaking', where, '', `new success response ${status}`);
      else this.add('non-breaking', where, '', `new response ${status}`);
    }
    for (const status of Object.keys(before)) {
      if (!(status in after)) continue;
      const b = deref(this.before, before[status]).node ?? {};
      const a = deref(this.after, after[status]).node ?? {};
      const at = { operation, location: `${status} response` };
      if (!same(b.description, a.description)) this.add('non-breaking', at, '', 'description changed');
      const beforeHeaders = (b.headers ?? {}) as JsonObject;
      const afterHeaders = (a.headers ?? {}) as JsonObject;
      for (const name of Object.keys(beforeHeaders)) if (!(name in afterHeaders)) this.add('breaking', at, '', `removed header ${name}`);
      for (const name of Object.keys(afterHeaders)) if (!(name in beforeHeaders)) this.add('non-breaking', at, '', `new header ${name}`);
      for (const name of Object.keys(beforeHeaders)) {
        if (!(name in afterHeaders)) continue;
        const bh = deref(this.before, beforeHeaders[name]).node ?? {};
        const ah = deref(this.after, afterHeaders[name]).node ?? {};
        this.schema('response', { operation, location: `${status} response header ${name}` }, '', bh.schema, ah.schema, new Set());
      }
      this.content('response', at, (b.content ?? {}) as JsonObject, (a.content ?? {}) as JsonObject);
    }
  }

  private content(dir: Direction, where: Where, before: JsonObject, after: JsonObject): void {
    for (const type of Object.keys(before)) {
      if (!(type in after)) this.add('breaking', where, '', dir === 'request' ? `no longer accepts ${type}` : `no longer answers ${type}`);
    }
    for (const type of Object.keys(after)) {
      if (!(type in before)) this.add('non-breaking', where, '', dir === 'request' ? `also accepts ${type}` : `may also answer ${type}`);
    }
    for (const type of Object.keys(before)) {
      if (!(type in after)) continue;
      const b = (before[type] ?? {}) as JsonObject;
      const a = (after[type] ?? {}) as JsonObject;
      if (!same(derefDeep(this.before, b.examples), derefDeep(this.after, a.examples)) || !same(b.example, a.example)) {
        this.add('non-breaking', where, '', 'examples changed');
      }
      this.schema(dir, where, '', b.schema, a.schema, new Set());
    }
  }

  private schema(dir: Direction, where: Where, path: string, rawBefore: unknown, rawAfter: unknown, seen: Set<string>): void {
    if (rawBefore === undefined && rawAfter === undefined) return;
    const before = deref(this.before, rawBefore);
    const after = deref(this.after, rawAfter);
    // Recursive schemas: stop where this pair of $refs is already being compared further up.
    if (before.ref && after.ref) {
      const key = `${before.ref} ${after.ref}`;
      if (seen.has(key)) return;
      seen = new Set(seen).add(key);
    }
    // `true` or a missing schema accepts anything; `false` accepts nothing.
    const b = rawBefore === false ? { not: {} } : flattenAllOf(this.before, before.node ?? {});
    const a = rawAfter === false ? { not: {} } : flattenAllOf(this.after, after.node ?? {});

    this.types(dir, where, path, b, a);
    this.enums(dir, where, path, b, a);
    this.bounds(dir, where, path, b, a);
    this.objects(dir, where, path, b, a, seen);
    if (b.items !== undefined || a.items !== undefined) this.schema(dir, where, `${path}[]`, b.items, a.items, seen);
    for (const keyword of ['oneOf', 'anyOf'] as const) this.alternatives(dir, where, path, keyword, b, a, seen);

    for (const key of ['description', 'title']) {
      if (!same(b[key], a[key])) this.add('non-breaking', where, path, at(path, path ? `${key} changed` : `schema ${key} changed`));
    }
    if (!same(b.default, a.default)) this.add('non-breaking', where, path, at(path, `default ${show(b.default ?? 'none')} → ${show(a.default ?? 'none')}`));
    if (!same(b.example, a.example) || !same(b.examples, a.examples)) this.add('non-breaking', where, path, at(path, 'example changed'));
    if (!same(b.deprecated, a.deprecated)) this.add('non-breaking', where, path, at(path, a.deprecated ? 'deprecated' : 'no longer deprecated'));
    // A keyword this classifier does not understand is reported as breaking, so that it gets a human look.
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (COMPARED.has(key) || same(b[key], a[key])) continue;
      if (key.startsWith('x-')) this.add('non-breaking', where, path, at(path, `${key} changed`));
      else this.add('breaking', where, path, at(path, `${key} changed (not classified by spec:diff; treated as breaking)`));
    }
  }

  private types(dir: Direction, where: Where, path: string, b: JsonObject, a: JsonObject): void {
    const before = typesOf(b);
    const after = typesOf(a);
    if (!before && !after) return;
    if (!before || !after) {
      const text = before ? `type ${before.join('|')} no longer declared (any value)` : `now restricted to type ${after!.join('|')}`;
      return this.constraint(dir, !before, !after, where, path, text);
    }
    const removed = before.filter((type) => !accepts(after, type));
    const added = after.filter((type) => !accepts(before, type));
    if (removed.length === 0 && added.length === 0) return;
    let text = `type ${before.join('|')} → ${after.join('|')}`;
    if (removed.length === 0 && added.join() === 'null') text = dir === 'request' ? 'now accepts null' : 'may now be null';
    if (added.length === 0 && removed.join() === 'null') text = dir === 'request' ? 'no longer accepts null' : 'is never null any more';
    this.constraint(dir, removed.length > 0, added.length > 0, where, path, text);
  }

  private enums(dir: Direction, where: Where, path: string, b: JsonObject, a: JsonObject): void {
    const before = enumOf(b);
    const after = enumOf(a);
    if (!before && !after) return;
    if (!before || !after) {
      const text = before ? 'no longer restricted to an enum' : `now restricted to ${show(after)}`;
      return this.constraint(dir, !before, !after, where, path, text);
    }
    // With a declared type, `null` in an enum mirrors `null` in the type, which types() reports.
    const typed = b.type !== undefined || a.type !== undefined;
    const keys = (values: unknown[]) => new Map(values.filter((value) => !(typed && value === null)).map((value) => [JSON.stringify(value), value]));
    const beforeValues = keys(before);
    const afterValues = keys(after);
    for (const [key, value] of beforeValues) {
      // Breaking both ways: clients may send it, and generated unions lose it, so code naming it stops compiling.
      if (!afterValues.has(key)) this.add('breaking', where, path, at(path, `removed enum value ${show(value)}`));
    }
    for (const [key, value] of afterValues) {
      if (beforeValues.has(key)) continue;
      if (dir === 'request') this.add('non-breaking', where, path, at(path, `new enum value ${show(value)}`));
      else this.add('breaking', where, path, at(path, `new enum value ${show(value)} (breaks exhaustive switches)`));
    }
  }

  private bounds(dir: Direction, where: Where, path: string, b: JsonObject, a: JsonObject): void {
    for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
      const before = typeof b[key] === 'number' ? (b[key] as number) : undefined;
      const after = typeof a[key] === 'number' ? (a[key] as number) : undefined;
      if (before === after) continue;
      const lower = LOWER_BOUNDS.includes(key);
      const tight = before === undefined || (after !== undefined && (lower ? after > before : after < before));
      const text = before === undefined ? `added ${key} ${after}` : after === undefined ? `removed ${key} ${before}` : `${key} ${before} → ${after}`;
      this.constraint(dir, tight, !tight, where, path, text);
    }
    for (const key of ['format', 'pattern'] as const) {
      if (same(b[key], a[key])) continue;
      const text = b[key] === undefined ? `added ${key} ${show(a[key])}` : a[key] === undefined ? `removed ${key} ${show(b[key])}` : `${key} ${show(b[key])} → ${show(a[key])}`;
      this.constraint(dir, a[key] !== undefined, b[key] !== undefined, where, path, text);
    }
    if (!same(b.multipleOf, a.multipleOf)) {
      const before = b.multipleOf as number | undefined;
      const after = a.multipleOf as number | undefined;
      const tight = after !== undefined && (before === undefined || after % before !== 0);
      const loose = before !== undefined && (after === undefined || before % after !== 0);
      this.constraint(dir, tight, loose, where, path, `multipleOf ${show(before ?? 'none')} → ${show(after ?? 'none')}`);
    }
    if (Boolean(b.uniqueItems) !== Boolean(a.uniqueItems)) {
      this.constraint(dir, Boolean(a.uniqueItems), Boolean(b.uniqueItems), where, path, a.uniqueItems ? 'items must now be unique' : 'items no longer unique');
    }
  }

  private objects(dir: Direction, where: Where, path: string, b: JsonObject, a: JsonObject, seen: Set<string>): void {
    const before = (b.properties ?? {}) as JsonObject;
    const after = (a.properties ?? {}) as JsonObject;
    const requiredBefore = new Set((b.required as string[] | undefined) ?? []);
    const requiredAfter = new Set((a.required as string[] | undefined) ?? []);
    for (const name of Object.keys(before)) {
      const field = `${path}/${name}`;
      if (!(name in after)) {
        // A response field gone breaks readers; a request field gone breaks typed callers and drops what they send.
        this.add('breaking', where, field, `removed field ${field}`);
        continue;
      }
      if (dir === 'request' && !requiredBefore.has(name) && requiredAfter.has(name)) this.add('breaking', where, field, `field ${field} is now required`);
      if (dir === 'request' && requiredBefore.has(name) && !requiredAfter.has(name)) this.add('non-breaking', where, field, `field ${field} is now optional`);
      if (dir === 'response' && requiredBefore.has(name) && !requiredAfter.has(name)) this.add('breaking', where, field, `field ${field} is no longer always present`);
      if (dir === 'response' && !requiredBefore.has(name) && requiredAfter.has(name)) this.add('non-breaking', where, field, `field ${field} is now always present`);
      this.schema(dir, where, field, before[name], after[name], seen);
    }
    for (const name of Object.keys(after)) {
      if (name in before) continue;
      const field = `${path}/${name}`;
      if (dir === 'response') this.add('non-breaking', where, field, `new field ${field}`);
      else if (requiredAfter.has(name)) this.add('breaking', where, field, `new required field ${field}`);
      else this.add('non-breaking', where, field, `new optional field ${field}`);
    }

    const extraBefore = b.additionalProperties;
    const extraAfter = a.additionalProperties;
    if (isObject(extraBefore) && isObject(extraAfter)) {
      this.schema(dir, where, `${path}/*`, extraBefore, extraAfter, seen);
    } else if (!same(extraBefore, extraAfter)) {
      const closed = (value: unknown) => value === false;
      const text = closed(extraAfter) ? 'no longer allows other fields' : closed(extraBefore) ? 'now allows other fields' : 'additionalProperties changed';
      const tight = closed(extraAfter) || (isObject(extraAfter) && !isObject(extraBefore) && !closed(extraBefore));
      const loose = closed(extraBefore) || (isObject(extraBefore) && !isObject(extraAfter) && !closed(extraAfter));
      this.constraint(dir, tight, loose, where, path, text);
    }
  }

  private alternatives(dir: Direction, where: Where, path: string, keyword: 'oneOf' | 'anyOf', b: JsonObject, a: JsonObject, seen: Set<string>): void {
    const before = (b[keyword] as unknown[] | undefined) ?? [];
    const after = (a[keyword] as unknown[] | undefined) ?? [];
    if (before.length === 0 || after.length === 0) {
      if (before.length !== after.length) this.constraint(dir, after.length > 0, before.length > 0, where, path, `${after.length > 0 ? 'added' : 'removed'} ${keyword}`);
      return;
    }
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      const branch = `${path}<${keyword} ${index}>`;
      if (index >= after.length) this.constraint(dir, true, false, where, path, `removed ${keyword} alternative ${index}`);
      else if (index >= before.length) this.constraint(dir, false, true, where, path, `new ${keyword} alternative ${index}`);
      else this.schema(dir, where, branch, before[index], after[index], seen);
    }
  }
}
