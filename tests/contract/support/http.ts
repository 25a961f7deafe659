// Raw HTTP against the contract target for the mock-mode tests, every answer judged by the registry's response checks.
import { expect } from 'vitest';
import { runChecks } from '../../../src/contract/checks/index.js';
import type { ServerResponse, Exchange } from '../../../src/contract/checks/types.js';
import { describeViolation } from '../../../src/contract/report/words.js';
import { prepare, send } from '../../../src/contract/run/send.js';
import type { OperationId } from '../../../src/contract/spec.js';
import { isMock, runConfig, target } from './target.js';

export { isMock, target };

export interface RawRequest {
  headers?: Record<string, string>;
  /** A JS value is sent as JSON; a string is sent as it is. */
  body?: unknown;
  publicId?: string;
}

/** Sends one request with the run's key and fails unless the answer keeps the spec's promises. */
export async function call(operationId: OperationId, request: RawRequest = {}): Promise<ServerResponse & { operationId: OperationId }> {
  const spec = runConfig.spec;
  const { method } = spec.operation(operationId);
  const sent = prepare({
    method,
    path: spec.pathFor(operationId, request.publicId === undefined ? {} : { publicId: request.publicId }),
    auth: 'key',
    headers: request.headers ?? {},
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  const { answer } = await send(sent, runConfig);
  const exchange: Exchange = { spec, operation: operationId, request: sent, answer, intent: { kind: 'read' }, via: runConfig.via };
  const { findings } = runChecks(exchange);
  // Warnings and notes keep the contract: only violations break it.
  expect(findings.filter((found) => !found.severity).map(describeViolation), `${operationId} broke the contract`).toEqual([]);
  return { ...answer!, operationId };
}

/** Asserts the status, naming the operation in the failure. */
export function expectStatus(answer: { operationId: string; status: number }, status: number): void {
  expect(answer.status, `${answer.operationId} answered ${answer.status}, not ${status}`).toBe(status);
}
