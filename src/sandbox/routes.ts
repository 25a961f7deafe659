// Which operation a method and path name, under the base path (`/api`, as in production).
import { OPERATIONS } from '../../generated/operations.js';
import type { SandboxReply } from './answers.js';
import { errorAnswer, MESSAGES } from './answers.js';
import type { Handler, OperationId } from './context.js';
import { createUser } from './handlers/create-user.js';
import { getUserById } from './handlers/get-user.js';

interface Route {
  operationId: OperationId;
  method: string;
  /** Matches the path below the base path; named groups are the path parameters (still %-encoded). */
  pattern: RegExp;
  handler: Handler;
}

const HANDLERS: Record<OperationId, Handler> = { createUser, getUserById };

/** One route per operation of the generated table; a path parameter matches one segment (possibly empty, refused later). */
export const ROUTES: readonly Route[] = (Object.keys(OPERATIONS) as OperationId[]).map((operationId) => {
  const { method, path } = OPERATIONS[operationId];
  return { operationId, method, pattern: patternOf(path), handler: HANDLERS[operationId] };
});

function patternOf(template: string): RegExp {
  const source = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]*)');
  // A trailing slash is taken after a fixed segment (`/v1/users/`), never after a parameter's value.
  return new RegExp(`^${source}${template.endsWith('}') ? '' : '\\/?'}$`);
}

export type Routed = { route: Route; params: Record<string, string> } | { answer: SandboxReply };

export function route(method: string, pathname: string, basePath: string): Routed {
  const below = pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
  const matching = below === undefined ? [] : ROUTES.filter((candidate) => candidate.pattern.test(below));
  if (matching.length === 0) return { answer: errorAnswer(404, MESSAGES.notFound) };
  const found = matching.find((candidate) => candidate.method === method);
  if (!found) {
    const allow = matching.map((candidate) => candidate.method).join(', ');
    return { answer: errorAnswer(405, 'Method not allowed', { allow }) };
  }
  const params: Record<string, string> = {};
  for (const [name, raw] of Object.entries(found.pattern.exec(below!)?.groups ?? {})) {
    try {
      params[name] = decodeURIComponent(raw);
    } catch {
      params[name] = raw; // a malformed %-escape: the handler refuses the value as it stands
    }
  }
  return { route: found, params };
}
