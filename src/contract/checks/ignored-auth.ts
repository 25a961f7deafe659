// Schemathesis's ignored_auth: a request without a valid key is answered 401, never served.
import { violation, type Check } from './types.js';

export const ignoredAuth: Check = {
  id: 'ignored_auth',
  kind: 'promise',
  description: 'A request with no key, an empty bearer or a made-up key is answered 401.',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'auth' || !answer) return null;
    return answer.status === 401 ? [] : [violation(exchange, this.id, 'request/headers/authorization', `401 for a request with ${intent.how}`)];
  },
};
