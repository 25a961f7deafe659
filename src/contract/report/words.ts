// One finding in one line: where, and what was expected. Never a value from the answer.
import type { Violation } from '../checks/types.js';

export function describeViolation(found: Violation): string {
  const where = `${found.operation} → ${found.status ?? 'no answer'} at ${found.path}`;
  if (found.severity === 'note') return `${found.checkId} (note): ${where}: ${found.expected}`;
  return `${found.checkId}${found.severity === 'warning' ? ' (warning, does not fail the run)' : ''}: ${where}: expected ${found.expected}`;
}

/** `n thing(s)`, in words a summary line can hold. */
export function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}
