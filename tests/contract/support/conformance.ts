// Checks one HTTP answer against the spec: documented status, JSON content type, schema-valid body.
// Breaches name the operation, the status and JSON paths, never values: they can be patient data.
import { documentedStatuses, validatorFor } from './spec.js';

export class ContractBreach extends Error {
  override name = 'ContractBreach';
}

export interface Answer {
  operationId: string;
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
  /** Whether Prism's validating proxy stood between the suite and the server. */
  proxied: boolean;
}

/** The proxy's verdicts on the response (its verdicts on our deliberately bad requests are not breaches). */
function proxyBreaches(answer: Answer, where: string): string[] {
  const header = answer.proxied ? answer.headers.get('sl-violations') : null;
  if (!header) return [];
  return (JSON.parse(header) as Array<{ location: string[]; code: string | number; severity: string }>)
    .filter((violation) => violation.location[0] === 'response' && violation.severity === 'Error')
    .map((violation) => `${where}: Prism's validating proxy reports ${violation.location.slice(1).join('.') || 'the response'} (${violation.code})`);
}

export function breaches(answer: Answer): string[] {
  const { operationId, status } = answer;
  const where = `${operationId} → ${status}`;
  if (status >= 500) return [`${where}: the server failed (5xx)`];
  const documented = documentedStatuses(operationId);
  if (!documented.includes(String(status))) {
    return [`${where}: status ${status} is not documented for ${operationId} (documented: ${documented.join(', ')})`];
  }
  const contentType = answer.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(contentType)) return [`${where}: content type is not application/json`];
  if (answer.body === undefined) return [`${where}: the body is not JSON`];
  const validate = validatorFor(operationId, String(status));
  if (!validate || validate(answer.body)) return proxyBreaches(answer, where);
  return (validate.errors ?? []).map((error) => {
    const path = error.instancePath || '/';
    const detail =
      error.keyword === 'required' ? `missing required property ${String(error.params.missingProperty)}` : `${error.keyword} ${error.message ?? ''}`;
    return `${where}: body breaks the spec at ${path} (${detail.trim()})`;
  });
}

export function assertConforms(answer: Answer): void {
  const found = breaches(answer);
  if (found.length > 0) throw new ContractBreach(found.join('\n'));
}
