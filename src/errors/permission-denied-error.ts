import { HippApiError } from './hipp-api-error.js';

/** 403: the API key's role may not do this. */
export class PermissionDeniedError extends HippApiError {
  override name = 'PermissionDeniedError';
}
