// The docs: an email "must be unique". A second create with a taken email, also in another case,
// is refused with a status the spec documents for create.
import { violation, type Check } from './types.js';

export const uniqueEmail: Check = {
  id: 'unique_email',
  kind: 'promise',
  description: 'A create with an email already taken (also in another case) is refused with a documented 4xx.',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'taken-email' || !answer) return null;
    const refusals = exchange.spec.documentedStatuses(exchange.operation).filter((status) => status.startsWith('4'));
    if (refusals.includes(String(answer.status))) return [];
    return [violation(exchange, this.id, 'request/body/email', `a documented 4xx (${refusals.join(', ')}) for an email already taken (${intent.how})`)];
  },
};
