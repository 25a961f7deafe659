// Where each operation's 200 answer carries the user: the create wraps it in `user`, the get is the user.
import type { OperationId } from './spec.js';

export const USER_AT: Record<OperationId, string> = { createUser: '/user', getUserById: '' };

/** The user in a 200 answer, or undefined when the body holds none. */
export function userIn(operationId: OperationId, body: unknown): Record<string, unknown> | undefined {
  let node: unknown = body;
  for (const step of USER_AT[operationId].split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[step];
  return node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>) : undefined;
}
