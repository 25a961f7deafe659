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
import { tenantIsolation } from './tenant-isolation.js';
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
  tenantIsolation,
  maxResponseTime,
];

export type CheckId = (typeof CHECKS)[number]['id'];

export function checkById(id: string): Check {
  const found = CHECKS.find((check) => check.id === id);
  if (!found) throw new Error(`no contract check ${id}`);
  return found;
}

/**
 * A 4xx to valid data the spec sets no limit on (a long or non-ASCII string) is a limit the spec does not state:
 * everything found in that answer (its status, its media type, its body) is at most a warning.
 */
function refusedForAnUnstatedLimit(exchange: Exchange): boolean {
  const status = exchange.answer?.status ?? 0;
  return exchange.intent.kind === 'unstated-limit' && status >= 400 && status < 500;
}

/** Runs every check on one exchange: which ones applied, and what they found (violations, warnings and notes). */
export function runChecks(exchange: Exchange): { applied: string[]; findings: Violation[] } {
  const applied: string[] = [];
  const findings: Violation[] = [];
  const atMostWarnings = refusedForAnUnstatedLimit(exchange);
  for (const check of CHECKS) {
    if (exchange.answeredByPrism && check.kind === 'response' && check.id !== 'not_a_server_error') continue;
    const found = check.check(exchange);
    if (found === null) continue;
    applied.push(check.id);
    findings.push(...(atMostWarnings ? found.map((each) => (each.severity ? each : { ...each, severity: 'warning' as const })) : found));
  }
  return { applied, findings };
}
