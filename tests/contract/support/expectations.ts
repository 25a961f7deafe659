// What the client turns each documented status into; a status the spec gains without an entry here fails coverage.
import { AuthenticationError, BadRequestError, NotFoundError, PermissionDeniedError, type HippApiError } from '../../../src/index.js';

type ErrorClass = abstract new (...args: never[]) => HippApiError;

export const CLIENT_OUTCOME: Record<string, 'data' | ErrorClass> = {
  '200': 'data',
  '400': BadRequestError,
  '401': AuthenticationError,
  '403': PermissionDeniedError,
  '404': NotFoundError,
};

export function outcomeName(status: string): string {
  const outcome = CLIENT_OUTCOME[status];
  if (outcome === undefined) return '(none)';
  return outcome === 'data' ? 'typed data' : outcome.name;
}
