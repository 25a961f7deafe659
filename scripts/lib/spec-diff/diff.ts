// Classifies every change between two versions of an OpenAPI 3.1 document as breaking or not for
// existing clients: code written, and generated/ types and validators built, against `before`.
// This file compares the document as a whole; operations, security and schemas have files of their own.
import { diffOperation, operationsOf } from './operations.js';
import { Report, same, show, type SpecChange, type Where } from './report.js';
import { diffSecuritySchemes } from './security.js';
import type { JsonObject } from '../../../src/spec/document.js';

export type { Severity, SpecChange } from './report.js';

/** Takes the parsed documents (`loadSpec`, `specAtRef`). */
export function diffSpecs(before: object, after: object): SpecChange[] {
  const report = new Report(before as JsonObject, after as JsonObject);
  diffDocument(report);
  return sortChanges(report.changes);
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

function diffDocument(report: Report): void {
  const { before, after } = report;
  const where = (operation: string): Where => ({ operation, location: '' });
  const beforeOps = operationsOf(before);
  const afterOps = operationsOf(after);
  for (const [key, op] of beforeOps) {
    const next = afterOps.get(key);
    if (next) diffOperation(report, op, next);
    else report.add('breaking', where(op.name), '', `removed operation ${op.key}`);
  }
  for (const [key, op] of afterOps) {
    if (!beforeOps.has(key)) report.add('non-breaking', where(op.name), '', `new operation ${op.key}`);
  }

  const beforeSchemas = (before.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
  const afterSchemas = (after.components as JsonObject | undefined)?.schemas as JsonObject | undefined;
  for (const name of Object.keys(beforeSchemas ?? {})) {
    if (!afterSchemas?.[name]) report.add('breaking', where('components'), '', `removed schema ${name} (a named type in generated/openapi.ts)`);
  }
  for (const name of Object.keys(afterSchemas ?? {})) {
    if (!beforeSchemas?.[name]) report.add('non-breaking', where('components'), '', `new schema ${name}`);
  }
  diffSecuritySchemes(report);

  const beforeUrls = new Set(((before.servers as JsonObject[] | undefined) ?? []).map((server) => server.url));
  const afterUrls = new Set(((after.servers as JsonObject[] | undefined) ?? []).map((server) => server.url));
  for (const url of beforeUrls) if (!afterUrls.has(url)) report.add('breaking', where('document'), '', `removed server ${show(url)}`);
  for (const url of afterUrls) if (!beforeUrls.has(url)) report.add('non-breaking', where('document'), '', `new server ${show(url)}`);

  const beforeInfo = (before.info ?? {}) as JsonObject;
  const afterInfo = (after.info ?? {}) as JsonObject;
  for (const key of new Set([...Object.keys(beforeInfo), ...Object.keys(afterInfo)])) {
    if (same(beforeInfo[key], afterInfo[key])) continue;
    const text = key === 'version' ? `info.version ${show(beforeInfo.version)} → ${show(afterInfo.version)}` : `info.${key} changed`;
    report.add('non-breaking', where('document'), '', text);
  }
  // Security is compared per operation, where it applies; the rest of the top level changes no call.
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (['paths', 'components', 'servers', 'info', 'security'].includes(key) || same(before[key], after[key])) continue;
    report.add('non-breaking', where('document'), '', `${key} changed`);
  }
}
