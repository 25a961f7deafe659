import type { WithResponse } from '../types.js';
import { redactRequestId, type Redactor } from './redact.js';

/** What a call settles with; the request id is read only for `.withResponse()`. */
export interface Answered<T> {
  data: T;
  response: Response;
}

/**
 * The promise every resource method returns (Stainless's APIPromise): awaiting it gives the data;
 * `.withResponse()` gives `{ data, response, requestId }` of the same, single request. The data is
 * derived only when someone awaits it, so a caller who uses `.withResponse()` alone leaves no
 * second, unhandled rejection behind.
 */
export class HippPromise<T> extends Promise<T> {
  readonly #answer: Promise<Answered<T>>;
  readonly #redact: Redactor;

  constructor(answer: Promise<Answered<T>>, redact: Redactor) {
    super(noop);
    this.#answer = answer;
    this.#redact = redact;
  }

  // `finally` and `catch` go through `then` below; what they return is a plain Promise.
  static override get [Symbol.species]() {
    return Promise;
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#answer.then(({ data, response }) => ({ data, response, requestId: redactRequestId(response, this.#redact) }));
  }

  override then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#answer.then((answer) => (onFulfilled ? onFulfilled(answer.data) : (answer.data as unknown as R1)), onRejected);
  }
}

function noop(): void {
  // The promise's own state is never used: `then` answers from the call's promise.
}
