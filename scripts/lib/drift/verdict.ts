// Judges one variant by the report.json its contract run wrote: a broken variant is caught only when every
// violation it names (check id, operation, path) was reported; a faithful one passes only with no violation at
// all and every warning and note it names reported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Expected, Variant } from './variants.js';

export interface FoundInReport extends Expected {
  status: number | null;
  expected: string;
  severity?: 'warning' | 'note';
}

export type Verdict = 'caught' | 'MISSED' | 'WRONG REASON' | 'passes' | 'FALSE POSITIVE' | 'UNREPORTED' | 'NO REPORT';

/** What a run found: violations fail it; warnings and notes do not. */
export interface Findings {
  violations: FoundInReport[];
  warnings: FoundInReport[];
  notes: FoundInReport[];
}

export function findingsIn(reportDir: string): Findings | undefined {
  try {
    const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8')) as { results: Findings[] };
    return {
      violations: report.results.flatMap((cell) => cell.violations),
      warnings: report.results.flatMap((cell) => cell.warnings),
      notes: report.results.flatMap((cell) => cell.notes),
    };
  } catch {
    return undefined;
  }
}

const matches = (found: FoundInReport, wanted: Expected) =>
  found.checkId === wanted.checkId && found.operation === wanted.operation && found.path === wanted.path;

export function verdictFor(variant: Variant, findings: Findings | undefined): { verdict: Verdict; shown: FoundInReport[] } {
  if (!findings) return { verdict: 'NO REPORT', shown: [] };
  const { violations } = findings;
  if (!variant.caughtBy) {
    if (violations.length > 0) return { verdict: 'FALSE POSITIVE', shown: violations };
    const reported = (variant.reports ?? []).map((wanted) =>
      findings[wanted.severity === 'warning' ? 'warnings' : 'notes'].find((found) => matches(found, wanted)),
    );
    if (reported.includes(undefined)) return { verdict: 'UNREPORTED', shown: [...findings.warnings, ...findings.notes] };
    return { verdict: 'passes', shown: reported as FoundInReport[] };
  }
  if (violations.length === 0) return { verdict: 'MISSED', shown: [] };
  const caught = variant.caughtBy.every((wanted) => violations.some((found) => matches(found, wanted)));
  return caught
    ? { verdict: 'caught', shown: violations.filter((found) => variant.caughtBy!.some((wanted) => matches(found, wanted))) }
    : { verdict: 'WRONG REASON', shown: violations };
}
