import { HippConnectionError } from './hipp-connection-error.js';

/** An attempt got no complete response within `timeoutMs`. */
export class HippTimeoutError extends HippConnectionError {
  override name = 'HippTimeoutError';
  readonly timeoutMs: number;

  constructor(message: string, timeoutMs: number, options?: ErrorOptions) {
    super(message, options);
    this.timeoutMs = timeoutMs;
  }
}
