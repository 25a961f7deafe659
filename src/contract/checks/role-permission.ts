// The docs: asking for a role your own role may not create is answered 403.
import { violation, type Check } from './types.js';

export const rolePermission: Check = {
  id: 'role_permission',
  kind: 'promise',
  description: 'A key whose role may not create a role is refused with 403 when it asks for it.',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'forbidden-role' || !answer) return null;
    return answer.status === 403 ? [] : [violation(exchange, this.id, 'request/body/role', `403 for a role the key may not create`)];
  },
};
