// Schemathesis's ensure_resource_availability: a user just created can be read back.
import { violation, type Check } from './types.js';

export const ensureResourceAvailability: Check = {
  id: 'ensure_resource_availability',
  kind: 'promise',
  description: 'A user just created is read back with 200.',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'read-back' || !answer) return null;
    return answer.status === 200 ? [] : [violation(exchange, this.id, 'request/path/publicId', '200 for the publicId the create answered')];
  },
};
