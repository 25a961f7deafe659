// A well-shaped publicId that names no user is answered 404, as documented.
import { violation, type Check } from './types.js';

export const missingResourceNotFound: Check = {
  id: 'missing_resource_not_found',
  kind: 'promise',
  description: 'A publicId shaped like a real one but naming no user is answered 404.',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'unknown-id' || !answer) return null;
    return answer.status === 404 ? [] : [violation(exchange, this.id, 'request/path/publicId', '404 for a publicId that names no user')];
  },
};
