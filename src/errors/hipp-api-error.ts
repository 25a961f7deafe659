import { HippError } from './hipp-error.js';

export interface HippApiErrorInit {
  message: string;
  status: number;
  /** The response body: parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
  /** Response headers only; never the request's. */
  headers: Headers;
  requestId?: string | undefined;
}

/** The API answered with a status outside 2xx. */
export class HippApiError extends HippError {
  override name = 'HippApiError';
  readonly status: number;
  readonly body: unknown;
  readonly headers: Headers;
  /** The `x-request-id` response header, to quote when contacting support. */
  readonly requestId: string | undefined;

  constructor(init: HippApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.body = init.body;
    this.headers = init.headers;
    this.requestId = init.requestId;
  }
}
