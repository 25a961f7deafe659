// GET /v1/users/{publicId}: 400 for an id not shaped like the documented ones, 404 for an unknown one or one of
// another organization.
import { errorAnswer, MESSAGES, validationAnswer, type SandboxReply } from '../answers.js';
import type { HandlerContext } from '../context.js';
import { toUser } from '../store.js';

export function getUserById({ params, store, steps, organization }: HandlerContext): Promise<SandboxReply> {
  const { issues } = steps.check('getUserById:path', params);
  const publicId = params['publicId'] ?? '';
  if (issues.length > 0 || !steps.isPublicId(publicId)) {
    // The docs' own 400 for this operation, whichever rule the id breaks.
    return Promise.resolve(validationAnswer([{ code: 'invalid_string', message: 'Invalid publicId format', path: ['publicId'] }]));
  }
  // Another organization's user is answered as one that does not exist: its existence is not the caller's to learn.
  const user = store.get(publicId);
  const ours = user?.organizationId === organization.publicId ? user : undefined;
  return Promise.resolve(ours ? { status: 200, body: toUser(ours) } : errorAnswer(404, MESSAGES.notFound));
}
