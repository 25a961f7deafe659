// Which operation a method and path name, under the base path (`/api`, as in production).
import type { Answer } from './answers.js';
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

export const ROUTES: readonly Route[] = [
  { operationId: 'createUser', method: 'POST', pattern: /^\/v1\/users\/?$/, handler: createUser },
  { operationId: 'getUserById', method: 'GET', pattern: /^\/v1\/users\/(?<publicId>[^/]*)$/, handler: getUserById },
];

export type Routed = { route: Route; params: Record<string, string> } | { answer: Answer };

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
