// Schemathesis's max_response_time, opt-in: every answer arrives within HIPP_CONTRACT_MAX_RESPONSE_MS.
import { violation, type Check } from './types.js';

export const maxResponseTime: Check = {
  id: 'max_response_time',
  kind: 'response',
  description: 'Every answer arrives within HIPP_CONTRACT_MAX_RESPONSE_MS (opt-in).',
  check(exchange) {
    const limit = exchange.maxResponseMs;
    if (limit === undefined || !exchange.answer) return null;
    if (exchange.answer.durationMs <= limit) return [];
    return [violation(exchange, this.id, 'response', `an answer within ${limit} ms`)];
  },
};
