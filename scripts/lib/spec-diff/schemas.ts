// spec:diff for one schema pair: types, enums, bounds, object fields and alternatives, recursively.
import { deref, flattenAllOf } from './refs.js';
import { at, canonical, isObject, same, show, type Direction, type Report, type Where } from './report.js';
import type { JsonObject } from '../../../src/spec/document.js';

const ANNOTATIONS = new Set(['description', 'title', 'summary', 'example', 'examples', 'default', 'deprecated', 'externalDocs', '$comment']);
const LOWER_BOUNDS = ['minLength', 'minimum', 'exclusiveMinimum', 'minItems', 'minProperties'];
const UPPER_BOUNDS = ['maxLength', 'maximum', 'exclusiveMaximum', 'maxItems', 'maxProperties'];
const COMPARED = new Set([
  ...ANNOTATIONS,
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  '$ref',
  'type',
  'nullable',
  'enum',
  'const',
  'format',
  'pattern',
  'multipleOf',
  'uniqueItems',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'allOf',
  'oneOf',
  'anyOf',
]);

/** Compares the schemas `rawBefore` and `rawAfter` (either may be missing, a `$ref` or a boolean schema). */
export function diffSchema(report: Report, dir: Direction, where: Where, path: string, rawBefore: unknown, rawAfter: unknown): void {
  new SchemaDiff(report, dir, where).schema(path, rawBefore, rawAfter, new Set());
}

const ids = new WeakMap<object, number>();
let nextId = 0;

/**
 * What a schema on one side is, for cutting recursion: its `$ref` target, else the node itself. A document has
 * finitely many of each, so a pair seen again further up the same path ends the descent, however the two sides
 * recurse (a `$ref` cycle on one side against an inlined copy on the other included).
 */
function identity(raw: unknown, ref: string | undefined): string {
  if (ref) return `ref ${ref}`;
  if (typeof raw !== 'object' || raw === null) return String(raw);
  if (!ids.has(raw)) ids.set(raw, nextId++);
  return `node ${String(ids.get(raw))}`;
}

function typesOf(schema: JsonObject): string[] | undefined {
  const declared = schema.type === undefined ? undefined : Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
  if (declared && schema.nullable === true && !declared.includes('null')) return [...declared, 'null'];
  return declared;
}

/** Whether a value of type `type` is accepted by a schema of types `types`. */
const accepts = (types: string[], type: string) => types.includes(type) || (type === 'integer' && types.includes('number'));

function enumOf(schema: JsonObject): unknown[] | undefined {
  if (Array.isArray(schema.enum)) return schema.enum as unknown[];
  return 'const' in schema ? [schema.const] : undefined;
}

class SchemaDiff {
  constructor(
    private readonly report: Report,
    private readonly dir: Direction,
    private readonly where: Where,
  ) {}

  private add(breaking: boolean, path: string, message: string): void {
    this.report.add(breaking ? 'breaking' : 'non-breaking', this.where, path, message);
  }

  private constraint(tight: boolean, loose: boolean, path: string, message: string): void {
    this.report.constraint(this.dir, tight, loose, this.where, path, message);
  }

  schema(path: string, rawBefore: unknown, rawAfter: unknown, chain: Set<string>): void {
    if (rawBefore === undefined && rawAfter === undefined) return;
    const before = deref(this.report.before, rawBefore);
    const after = deref(this.report.after, rawAfter);
    const pair = `${identity(rawBefore, before.ref)} | ${identity(rawAfter, after.ref)}`;
    if (chain.has(pair)) return;
    chain = new Set(chain).add(pair);
    // `true` or a missing schema accepts anything; `false` accepts nothing.
    const b = rawBefore === false ? { not: {} } : flattenAllOf(this.report.before, before.node ?? {});
    const a = rawAfter === false ? { not: {} } : flattenAllOf(this.report.after, after.node ?? {});

    this.types(path, b, a);
    this.enums(path, b, a);
    this.bounds(path, b, a);
    this.objects(path, b, a, chain);
    if (b.items !== undefined || a.items !== undefined) this.schema(`${path}[]`, b.items, a.items, chain);
    for (const keyword of ['oneOf', 'anyOf'] as const) this.alternatives(path, keyword, b, a, chain);

    for (const key of ['description', 'title']) {
      if (!same(b[key], a[key])) this.add(false, path, at(path, path ? `${key} changed` : `schema ${key} changed`));
    }
    this.defaults(path, b, a);
    if (!same(b.example, a.example) || !same(b.examples, a.examples)) this.add(false, path, at(path, 'example changed'));
    if (!same(b.deprecated, a.deprecated)) this.add(false, path, at(path, a.deprecated ? 'deprecated' : 'no longer deprecated'));
    // A keyword this classifier does not understand is reported as breaking, so that it gets a human look.
    for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (COMPARED.has(key) || same(b[key], a[key])) continue;
      if (key.startsWith('x-')) this.add(false, path, at(path, `${key} changed`));
      else this.add(true, path, at(path, `${key} changed (not classified by spec:diff; treated as breaking)`));
    }
  }

  private types(path: string, b: JsonObject, a: JsonObject): void {
    const before = typesOf(b);
    const after = typesOf(a);
    if (!before && !after) return;
    if (!before || !after) {
      const text = before ? `type ${before.join('|')} no longer declared (any value)` : `now restricted to type ${after!.join('|')}`;
      return this.constraint(!before, !after, path, text);
    }
    const removed = before.filter((type) => !accepts(after, type));
    const added = after.filter((type) => !accepts(before, type));
    if (removed.length === 0 && added.length === 0) return;
    let text = `type ${before.join('|')} → ${after.join('|')}`;
    if (removed.length === 0 && added.join() === 'null') text = this.dir === 'request' ? 'now accepts null' : 'may now be null';
    if (added.length === 0 && removed.join() === 'null') text = this.dir === 'request' ? 'no longer accepts null' : 'is never null any more';
    this.constraint(removed.length > 0, added.length > 0, path, text);
  }

  private enums(path: string, b: JsonObject, a: JsonObject): void {
    const before = enumOf(b);
    const after = enumOf(a);
    if (!before && !after) return;
    if (!before || !after) {
      const text = before ? 'no longer restricted to an enum' : `now restricted to ${show(after)}`;
      return this.constraint(!before, !after, path, text);
    }
    // With a declared type, `null` in an enum mirrors `null` in the type, which types() reports.
    const typed = b.type !== undefined || a.type !== undefined;
    const keys = (values: unknown[]) => new Map(values.filter((value) => !(typed && value === null)).map((value) => [JSON.stringify(value), value]));
    const beforeValues = keys(before);
    const afterValues = keys(after);
    for (const [key, value] of beforeValues) {
      // Breaking both ways: clients may send it, and generated unions lose it, so code naming it stops compiling.
      if (!afterValues.has(key)) this.add(true, path, at(path, `removed enum value ${show(value)}`));
    }
    for (const [key, value] of afterValues) {
      if (beforeValues.has(key)) continue;
      if (this.dir === 'request') this.add(false, path, at(path, `new enum value ${show(value)}`));
      else this.add(true, path, at(path, `new enum value ${show(value)} (breaks exhaustive switches)`));
    }
  }

  private bounds(path: string, b: JsonObject, a: JsonObject): void {
    for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
      const before = typeof b[key] === 'number' ? b[key] : undefined;
      const after = typeof a[key] === 'number' ? a[key] : undefined;
      if (before === after) continue;
      const lower = LOWER_BOUNDS.includes(key);
      const tight = before === undefined || (after !== undefined && (lower ? after > before : after < before));
      const text = before === undefined ? `added ${key} ${String(after)}` : after === undefined ? `removed ${key} ${before}` : `${key} ${before} → ${after}`;
      this.constraint(tight, !tight, path, text);
    }
    for (const key of ['format', 'pattern'] as const) {
      if (same(b[key], a[key])) continue;
      const text =
        b[key] === undefined
          ? `added ${key} ${show(a[key])}`
          : a[key] === undefined
            ? `removed ${key} ${show(b[key])}`
            : `${key} ${show(b[key])} → ${show(a[key])}`;
      this.constraint(a[key] !== undefined, b[key] !== undefined, path, text);
    }
    if (!same(b.multipleOf, a.multipleOf)) {
      const before = b.multipleOf as number | undefined;
      const after = a.multipleOf as number | undefined;
      const tight = after !== undefined && (before === undefined || after % before !== 0);
      const loose = before !== undefined && (after === undefined || before % after !== 0);
      this.constraint(tight, loose, path, `multipleOf ${show(before ?? 'none')} → ${show(after ?? 'none')}`);
    }
    if (Boolean(b.uniqueItems) !== Boolean(a.uniqueItems)) {
      this.constraint(Boolean(a.uniqueItems), Boolean(b.uniqueItems), path, a.uniqueItems ? 'items must now be unique' : 'items no longer unique');
    }
  }

  private objects(path: string, b: JsonObject, a: JsonObject, chain: Set<string>): void {
    const before = (b.properties ?? {}) as JsonObject;
    const after = (a.properties ?? {}) as JsonObject;
    const requiredBefore = new Set((b.required as string[] | undefined) ?? []);
    const requiredAfter = new Set((a.required as string[] | undefined) ?? []);
    // `required` may name a field that `properties` does not declare: it must be there all the same, with any value.
    const present = (name: string, properties: JsonObject, required: Set<string>) => name in properties || required.has(name);
    for (const name of new Set([...Object.keys(before), ...requiredBefore, ...Object.keys(after), ...requiredAfter])) {
      const field = `${path}/${name}`;
      const inBefore = present(name, before, requiredBefore);
      const inAfter = present(name, after, requiredAfter);
      if (!inAfter) {
        // A response field gone breaks readers; a request field gone breaks typed callers and drops what they send.
        this.add(true, field, `removed field ${field}`);
      } else if (!inBefore) {
        if (this.dir === 'response') this.add(false, field, `new field ${field}`);
        else if (requiredAfter.has(name)) this.add(true, field, `new required field ${field}`);
        else this.add(false, field, `new optional field ${field}`);
      } else {
        this.requiredness(field, requiredBefore.has(name), requiredAfter.has(name));
        this.schema(field, before[name], after[name], chain);
      }
    }

    const extraBefore = b.additionalProperties;
    const extraAfter = a.additionalProperties;
    if (isObject(extraBefore) && isObject(extraAfter)) {
      this.schema(`${path}/*`, extraBefore, extraAfter, chain);
    } else if (!same(extraBefore, extraAfter)) {
      const closed = (value: unknown) => value === false;
      const text = closed(extraAfter) ? 'no longer allows other fields' : closed(extraBefore) ? 'now allows other fields' : 'additionalProperties changed';
      const tight = closed(extraAfter) || (isObject(extraAfter) && !isObject(extraBefore) && !closed(extraBefore));
      const loose = closed(extraBefore) || (isObject(extraBefore) && !isObject(extraAfter) && !closed(extraAfter));
      this.constraint(tight, loose, path, text);
    }
  }

  /**
   * The server fills a request's `default` in for clients that omit the field: a changed or removed one changes
   * what those clients get, so it breaks them. A new one documents what was unspecified; a response's is a note.
   */
  private defaults(path: string, b: JsonObject, a: JsonObject): void {
    const shown = (schema: JsonObject) => ('default' in schema ? show(schema.default) : 'none');
    if ('default' in b === 'default' in a && same(b.default, a.default)) return;
    const text = `default ${shown(b)} → ${shown(a)}`;
    if (this.dir === 'response' || !('default' in b)) return this.add(false, path, at(path, text));
    const effect = 'default' in a ? `now get ${shown(a)}` : `no longer get ${shown(b)}`;
    this.add(true, path, at(path, `${text} (clients that omit it ${effect})`));
  }

  /** A field that must now be sent breaks requests; one that may now be missing breaks responses. */
  private requiredness(field: string, before: boolean, after: boolean): void {
    if (before === after) return;
    if (this.dir === 'request') this.add(after, field, after ? `field ${field} is now required` : `field ${field} is now optional`);
    else this.add(before, field, before ? `field ${field} is no longer always present` : `field ${field} is now always present`);
  }

  private alternatives(path: string, keyword: 'oneOf' | 'anyOf', b: JsonObject, a: JsonObject, chain: Set<string>): void {
    const before = (b[keyword] as unknown[] | undefined) ?? [];
    const after = (a[keyword] as unknown[] | undefined) ?? [];
    if (before.length === 0 || after.length === 0) {
      if (before.length !== after.length) this.constraint(after.length > 0, before.length > 0, path, `${after.length > 0 ? 'added' : 'removed'} ${keyword}`);
      return;
    }
    // Equal branches pair up first, wherever they moved, so a reordering reports nothing; the rest pair up in order.
    const free = after.map((_branch, index) => index);
    const pairs: Array<[number, number]> = [];
    const unmatched: number[] = [];
    before.forEach((branch, index) => {
      const match = free.findIndex((candidate) => canonical(after[candidate]) === canonical(branch));
      if (match === -1) unmatched.push(index);
      else pairs.push([index, free.splice(match, 1)[0]!]);
    });
    for (const index of unmatched) {
      const partner = free.shift();
      if (partner === undefined) this.constraint(true, false, path, `removed ${keyword} alternative ${index}`);
      else pairs.push([index, partner]);
    }
    for (const index of free) this.constraint(false, true, path, `new ${keyword} alternative ${index}`);
    for (const [index, partner] of pairs) this.schema(`${path}<${keyword} ${index}>`, before[index], after[partner], chain);
  }
}
