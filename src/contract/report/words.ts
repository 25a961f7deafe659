// One violation in one line: where, and what was expected. Never a value from the answer.
import type { Violation } from '../checks/types.js';

export function describeViolation(found: Violation): string {
  return `${found.checkId}: ${found.operation} → ${found.status ?? 'no answer'} at ${found.path}: expected ${found.expected}`;
}
