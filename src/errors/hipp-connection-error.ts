import { HippError } from './hipp-error.js';

/** The request could not complete: no response, or the response broke off. `cause` holds the reason. */
export class HippConnectionError extends HippError {
  override name = 'HippConnectionError';
}
