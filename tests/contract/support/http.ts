// Raw HTTP against the contract target, with every answer checked against the spec.
import { expect, inject } from 'vitest';
import { assertConforms, type Answer } from './conformance.js';
import type { OperationId } from './spec.js';

export type { Answer };

export const target = inject('contractTarget');
export const isMock = target.mode === 'mock';

export interface RawRequest {
  headers?: Record<string, string>;
  /** A JS value is sent as JSON; a string is sent as it is. */
  body?: unknown;
  /** Leave out the Authorization header. */
  noAuth?: boolean;
  apiKey?: string;
}

const ROUTES: Record<OperationId, { method: string; path: (id?: string) => string }> = {
  createUser: { method: 'POST', path: () => '/v1/users' },
  getUserById: { method: 'GET', path: (id = 'usr_1234567890_abc123def') => `/v1/users/${encodeURIComponent(id)}` },
};

/** Sends one request and returns the answer without judging it. */
export async function send(operationId: OperationId, request: RawRequest & { publicId?: string } = {}): Promise<Answer> {
  const route = ROUTES[operationId];
  const headers: Record<string, string> = { ...request.headers };
  if (!request.noAuth) headers.authorization = `Bearer ${request.apiKey ?? target.apiKey}`;
  let body: string | undefined;
  if (request.body !== undefined) {
    body = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${target.baseUrl}${route.path(request.publicId)}`, {
    method: route.method,
    headers,
    body,
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { operationId, status: response.status, headers: response.headers, text, body: parsed, proxied: target.proxied === true };
}

/** Sends one request and fails unless the answer keeps the spec's promises. */
export async function call(operationId: OperationId, request: RawRequest & { publicId?: string } = {}): Promise<Answer> {
  const answer = await send(operationId, request);
  assertConforms(answer);
  return answer;
}

/** The `sl-violations` header Prism adds: each violation's location and message, one per line. */
export function violationsText(answer: Answer): string {
  const header = answer.headers.get('sl-violations');
  if (!header) return '';
  return (JSON.parse(header) as Array<{ location: string[]; message: string }>)
    .map((violation) => `${violation.location.join('.')} ${violation.message}`)
    .join('\n');
}

/** Asserts the status, naming the operation in the failure. */
export function expectStatus(answer: Answer, status: number): void {
  expect(answer.status, `${answer.operationId} answered ${answer.status}, not ${status}`).toBe(status);
}
