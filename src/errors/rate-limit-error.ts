import { HippApiError } from './hipp-api-error.js';

/** 429: too many requests; see the `retry-after` header. */
export class RateLimitError extends HippApiError {
  override name = 'RateLimitError';
}
