// Schemathesis's status_code_conformance: every status answered is one the spec documents for the operation.
import { violation, type Check } from './types.js';

export const statusCodeConformance: Check = {
  id: 'status_code_conformance',
  kind: 'response',
  description: 'Every status answered is documented for the operation.',
  check(exchange) {
    const answer = exchange.answer;
    if (!answer || answer.status >= 500) return null;
    const documented = exchange.spec.documentedStatuses(exchange.operation);
    if (documented.includes(String(answer.status))) return [];
    return [violation(exchange, this.id, 'response/status', `a status documented for ${exchange.operation} (${documented.join(', ')})`)];
  },
};
