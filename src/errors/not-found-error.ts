import { HippApiError } from './hipp-api-error.js';

/** 404: no such resource in your organization. */
export class NotFoundError extends HippApiError {
  override name = 'NotFoundError';
}
