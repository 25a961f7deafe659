// What a run found: per check and operation, how many exchanges it judged, the violations (which fail the
// run), the warnings and notes (which do not), each with the replay command; the users the run created; and
// the checks it skipped, with how to enable them.
import { CHECKS } from '../checks/index.js';
import type { Violation } from '../checks/types.js';
import type { OperationId } from '../spec.js';

export interface ReportedViolation extends Violation {
  /** Replays the request as it was sent, the key as $HIPP_API_KEY. */
  curl: string;
}

export interface Skip {
  checkId: string;
  /** Every operation when absent. */
  operation?: OperationId;
  /** What was not run, and why. */
  what: string;
  /** How to run it. */
  enable: string;
}

/** `failed` only for violations: warnings and notes never fail a check. */
export type Outcome = 'passed' | 'failed' | 'skipped';

export interface Cell {
  checkId: string;
  operation: OperationId;
  outcome: Outcome;
  /** How many exchanges the check judged. */
  judged: number;
  /** Broken promises: each fails the run. */
  violations: ReportedViolation[];
  /** Valid data refused for a limit the spec does not state: reported, never failing. */
  warnings: ReportedViolation[];
  /** What the spec leaves undocumented (a field it does not define, left uncompared): reported, never failing. */
  notes: ReportedViolation[];
  /** Why nothing was judged, or what part was not run. */
  skipped?: string[];
}

/** What a run found: the typed result of runContract, and what report.json holds. */
export interface ContractReport {
  target: string;
  via: 'server' | 'mock' | 'proxy';
  writes: boolean;
  seed: number;
  startedAt: string;
  durationMs: number;
  requests: number;
  /** publicIds of the users the run created. */
  created: string[];
  skips: Skip[];
  cells: Cell[];
}

export class Tally {
  private judged = new Map<string, number>();
  private found = {
    violation: new Map<string, ReportedViolation[]>(),
    warning: new Map<string, ReportedViolation[]>(),
    note: new Map<string, ReportedViolation[]>(),
  };

  count(checkId: string, operation: OperationId): void {
    const key = `${checkId} ${operation}`;
    this.judged.set(key, (this.judged.get(key) ?? 0) + 1);
  }

  add(found: ReportedViolation): void {
    const key = `${found.checkId} ${found.operation}`;
    const kept = this.found[found.severity ?? 'violation'];
    // One finding per (check, operation, path, status): a broken rule repeats on every request.
    const list = kept.get(key) ?? [];
    if (!list.some((seen) => seen.path === found.path && seen.status === found.status)) list.push(found);
    kept.set(key, list);
  }

  /** `unjudged`: why a check judged nothing of an operation that no skip names. */
  cells(skips: Skip[], operations: readonly OperationId[], unjudged: (operation: OperationId) => string): Cell[] {
    return CHECKS.flatMap((check) =>
      operations.map((operationId) => {
        const key = `${check.id} ${operationId}`;
        const judged = this.judged.get(key) ?? 0;
        const violations = this.found.violation.get(key) ?? [];
        const named = skips
          .filter((skip) => skip.checkId === check.id && (skip.operation ?? operationId) === operationId)
          .map((skip) => `${skip.what} (${skip.enable})`);
        const skipped = judged === 0 && named.length === 0 ? [unjudged(operationId)] : named;
        const outcome: Outcome = violations.length > 0 ? 'failed' : judged > 0 ? 'passed' : 'skipped';
        return {
          checkId: check.id,
          operation: operationId,
          outcome,
          judged,
          violations,
          warnings: this.found.warning.get(key) ?? [],
          notes: this.found.note.get(key) ?? [],
          ...(skipped.length > 0 ? { skipped } : {}),
        };
      }),
    );
  }
}

/** Whether any check found a violation: the run fails (warnings and notes never make it fail). */
export function hasViolations(report: ContractReport): boolean {
  return report.cells.some((cell) => cell.outcome === 'failed');
}
