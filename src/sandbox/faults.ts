// Faults on demand, for testing how a client copes: per request with a `Prefer` header (Prism's
// convention: `Prefer: fault=503, retry-after=2`, `Prefer: delay=300`, `Prefer: fault=drop`), or
// queued through the sandbox's options for the next requests, for code that cannot add headers.
import { errorAnswer, validationAnswer, type SandboxReply } from './answers.js';

export interface SandboxFault {
  /** SandboxReply with this 4xx/5xx status (and a JSON `{ "error": … }` body), or `'drop'`: close without an answer. */
  status?: number | 'drop' | undefined;
  /** Adds `Retry-After: <seconds>` to the faulty answer. */
  retryAfterSeconds?: number | undefined;
  /** Waits this long before answering (or dropping); alone, delays the real answer. */
  delayMs?: number | undefined;
}

/** A fault for the next `times` requests (default 1). */
export interface QueuedFault extends SandboxFault {
  times?: number | undefined;
}

/** The fault a `Prefer` header asks for, undefined for none, or a 400 answer naming what is wrong with it. */
export function faultFromPrefer(prefer: string | null): { fault: SandboxFault } | { answer: SandboxReply } | undefined {
  if (!prefer) return undefined;
  const fault: SandboxFault = {};
  for (const preference of prefer.split(/[,;]/)) {
    const [rawName, ...rest] = preference.split('=');
    const name = rawName!.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    // Other preferences (Prism's `code=`, `example=`, `dynamic=`) are none of the sandbox's business.
    if (name === 'fault') fault.status = value.toLowerCase() === 'drop' ? 'drop' : Number(value);
    else if (name === 'retry-after') fault.retryAfterSeconds = Number(value);
    else if (name === 'delay') fault.delayMs = Number(value);
  }
  if (Object.keys(fault).length === 0) return undefined;
  const problem = faultProblem(fault);
  return problem ? { answer: validationAnswer([{ code: 'custom', message: `Prefer header: ${problem}`, path: [] }]) } : { fault };
}

/** What is wrong with a fault, or undefined when it is usable. */
export function faultProblem(fault: SandboxFault): string | undefined {
  const { status, retryAfterSeconds, delayMs } = fault;
  if (status !== undefined && status !== 'drop' && !(Number.isInteger(status) && status >= 400 && status <= 599)) {
    return 'fault must be drop or a status from 400 to 599';
  }
  if (retryAfterSeconds !== undefined && !(Number.isInteger(retryAfterSeconds) && retryAfterSeconds >= 0)) {
    return 'retry-after must be a whole number of seconds';
  }
  if (delayMs !== undefined && !(Number.isFinite(delayMs) && delayMs >= 0 && delayMs <= 60_000)) {
    return 'delay must be a number of milliseconds from 0 to 60000';
  }
  return undefined;
}

/** The answer a faulty status gets; a 400 keeps the documented validation-error shape. */
export function faultAnswer(status: number, retryAfterSeconds: number | undefined): SandboxReply {
  const headers = retryAfterSeconds === undefined ? undefined : { 'retry-after': String(retryAfterSeconds) };
  if (status === 400) return { ...validationAnswer([]), ...(headers ? { headers } : {}) };
  return errorAnswer(status, `Sandbox fault: ${status}`, headers);
}

/** Faults waiting for the next requests, first in, first out. */
export class FaultQueue {
  readonly #queue: Array<{ fault: SandboxFault; left: number }> = [];

  add(...faults: QueuedFault[]): void {
    for (const { times = 1, ...fault } of faults) {
      const problem = faultProblem(fault);
      if (problem) throw new TypeError(`sandbox fault: ${problem}`);
      if (!(Number.isInteger(times) && times >= 1)) throw new TypeError('sandbox fault: times must be a whole number, 1 or more');
      this.#queue.push({ fault, left: times });
    }
  }

  /** The fault for this request, if one is queued. */
  take(): SandboxFault | undefined {
    const head = this.#queue[0];
    if (!head) return undefined;
    if (--head.left === 0) this.#queue.shift();
    return head.fault;
  }

  clear(): void {
    this.#queue.length = 0;
  }
}
