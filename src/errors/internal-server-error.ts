import { HippApiError } from './hipp-api-error.js';

/** 5xx: the API or a proxy in front of it failed. */
export class InternalServerError extends HippApiError {
  override name = 'InternalServerError';
}
