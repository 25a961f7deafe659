// Local `$ref`s and `allOf` for spec:diff: following them, and merging mixins into one schema.
import { isObject } from './report.js';
import type { JsonObject } from '../../../src/spec/document.js';

/** Follows local `$ref`s (`#/components/...`); keywords beside a `$ref` override the target's, as in 3.1. */
export function deref(doc: JsonObject, node: unknown): { node: JsonObject | undefined; ref?: string } {
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

function pointer(doc: JsonObject, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = isObject(node) ? node[key] : Array.isArray(node) ? node[Number(key)] : undefined;
  }
  if (node === undefined) throw new Error(`unresolved $ref ${ref}`);
  return node;
}

/** Resolves every `$ref` below `node`, for the parts of a document that cannot be recursive (examples, security schemes). */
export function derefDeep(doc: JsonObject, node: unknown, depth = 0): unknown {
  if (depth > 64) throw new Error('document nested too deep');
  if (Array.isArray(node)) return node.map((item) => derefDeep(doc, item, depth + 1));
  if (!isObject(node)) return node;
  const resolved = typeof node.$ref === 'string' ? (deref(doc, node).node ?? {}) : node;
  return Object.fromEntries(Object.entries(resolved).map(([key, value]) => [key, derefDeep(doc, value, depth + 1)]));
}

/** Merges `allOf` members into one schema, so a property moved into a mixin is not reported as removed. */
export function flattenAllOf(doc: JsonObject, schema: JsonObject, depth = 0): JsonObject {
  if (!Array.isArray(schema.allOf)) return schema;
  if (depth > 32) throw new Error('allOf nested too deep: does a schema include itself?');
  const { allOf, ...rest } = schema;
  let merged: JsonObject = {};
  for (const member of [...(allOf as unknown[]), rest]) {
    const part = flattenAllOf(doc, deref(doc, member).node ?? {}, depth + 1);
    merged = {
      ...merged,
      ...part,
      properties: { ...(merged.properties as JsonObject), ...(part.properties as JsonObject) },
      required: [...new Set([...((merged.required as string[] | undefined) ?? []), ...((part.required as string[] | undefined) ?? [])])],
    };
  }
  if (Object.keys(merged.properties as JsonObject).length === 0) delete merged.properties;
  if ((merged.required as string[]).length === 0) delete merged.required;
  return merged;
}
