// Schemathesis's not_a_server_error: no answer is a 5xx, and every request is answered (a hang, a reset or a
// dropped connection is a violation here, with its replay, and the run goes on).
import { violation, type Check } from './types.js';

export const notAServerError: Check = {
  id: 'not_a_server_error',
  kind: 'response',
  description: 'Every request is answered in time, never with a 5xx.',
  check(exchange) {
    if (!exchange.answer) return [violation(exchange, this.id, 'response', `an answer (${exchange.failure ?? 'none came'})`)];
    if (exchange.answer.status >= 500) return [violation(exchange, this.id, 'response/status', 'a status below 500')];
    return [];
  },
};
