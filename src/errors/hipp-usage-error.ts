import { HippError } from './hipp-error.js';

/** The client was created or called wrongly; thrown before any request is sent. */
export class HippUsageError extends HippError {
  override name = 'HippUsageError';
}
