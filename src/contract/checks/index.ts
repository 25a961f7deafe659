// The registry: every check the contract suite runs, by stable id. Names follow Schemathesis where one fits.
import { contentTypeConformance } from './content-type-conformance.js';
import { createdDataRoundTrip } from './created-data-round-trip.js';
import { documentedDefaultsCheck } from './documented-defaults.js';
import { ensureResourceAvailability } from './ensure-resource-availability.js';
import { ignoredAuth } from './ignored-auth.js';
import { maxResponseTime } from './max-response-time.js';
import { missingResourceNotFound } from './missing-resource-not-found.js';
import { negativeDataRejection } from './negative-data-rejection.js';
import { notAServerError } from './not-a-server-error.js';
import { positiveDataAcceptance } from './positive-data-acceptance.js';
import { responseSchemaConformance } from './response-schema-conformance.js';
import { rolePermission } from './role-permission.js';
import { statusCodeConformance } from './status-code-conformance.js';
import type { Check, Exchange, Violation } from './types.js';
import { uniqueEmail } from './unique-email.js';

export const CHECKS: readonly Check[] = [
  notAServerError,
  statusCodeConformance,
  contentTypeConformance,
  responseSchemaConformance,
  negativeDataRejection,
  positiveDataAcceptance,
  ignoredAuth,
  ensureResourceAvailability,
  missingResourceNotFound,
  uniqueEmail,
  documentedDefaultsCheck,
  createdDataRoundTrip,
  rolePermission,
  maxResponseTime,
];

export type CheckId = (typeof CHECKS)[number]['id'];

export function checkById(id: string): Check {
  const found = CHECKS.find((check) => check.id === id);
  if (!found) throw new Error(`no contract check ${id}`);
  return found;
}

/** Runs every check on one exchange: which ones applied, and what they found. */
export function runChecks(exchange: Exchange): { applied: string[]; violations: Violation[] } {
  const applied: string[] = [];
  const violations: Violation[] = [];
  for (const check of CHECKS) {
    if (exchange.answeredByPrism && check.kind === 'response' && check.id !== 'not_a_server_error') continue;
    const found = check.check(exchange);
    if (found === null) continue;
    applied.push(check.id);
    violations.push(...found);
  }
  return { applied, violations };
}
