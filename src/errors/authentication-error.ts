import { HippApiError } from './hipp-api-error.js';

/** 401: the API key is missing or unknown. */
export class AuthenticationError extends HippApiError {
  override name = 'AuthenticationError';
}
