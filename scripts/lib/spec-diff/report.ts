// What spec:diff reports, and the small JSON helpers every part of the diff shares.
import type { JsonObject } from '../../../src/spec/document.js';

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
export type Direction = 'request' | 'response';

export interface Where {
  operation: string;
  location: string;
}

/** The two documents being compared, and the changes found so far. */
export class Report {
  readonly changes: SpecChange[] = [];

  constructor(
    readonly before: JsonObject,
    readonly after: JsonObject,
  ) {}

  add(severity: Severity, where: Where, path: string, message: string): void {
    this.changes.push({ severity, operation: where.operation, location: where.location, path, message });
  }

  /** Narrowing (tight) breaks requests, widening (loose) breaks responses; a change that is both breaks either. */
  constraint(dir: Direction, tight: boolean, loose: boolean, where: Where, path: string, message: string): void {
    if (!tight && !loose) return;
    const breaking = dir === 'request' ? tight : loose;
    this.add(breaking ? 'breaking' : 'non-breaking', where, path, at(path, message));
  }
}

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
export const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
export const at = (path: string, text: string) => (path ? `${path}: ${text}` : text);

/** JSON with object keys sorted: equal for values that differ only in the order YAML listed their keys. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) =>
    isObject(node)
      ? Object.fromEntries(
          Object.keys(node)
            .sort()
            .map((key) => [key, node[key]]),
        )
      : node,
  );
}
