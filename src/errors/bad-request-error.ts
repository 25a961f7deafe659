import type { components } from '../../generated/openapi.js';
import { HippApiError, type HippApiErrorInit } from './hipp-api-error.js';

type ValidationIssue = components['schemas']['ValidationIssue'];

/** 400: the request broke a validation rule; `details` names each offending field. */
export class BadRequestError extends HippApiError {
  override name = 'BadRequestError';
  readonly details: ValidationIssue[];

  constructor(init: HippApiErrorInit) {
    super(init);
    const body = init.body as { details?: unknown } | null | undefined;
    this.details = Array.isArray(body?.details) ? (body.details as ValidationIssue[]) : [];
  }
}
