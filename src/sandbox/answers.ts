// What a handler decides, before it becomes a Response: status, JSON body, extra headers.
// Kept as data so a test double (the drift proof's broken variants) can rewrite it before it is sent.
import type { ErrorBody, ValidationErrorBody, ValidationIssue } from '../types.js';

export interface SandboxReply {
  status: number;
  /** Sent as JSON; none for a bodiless answer. */
  body?: unknown;
  /** Extra headers; `content-type` here replaces `application/json`. */
  headers?: Record<string, string>;
  /** A note for the request log line (field names, roles: never a value from the body, never a key). */
  note?: string;
}

/** The error texts the API's docs show, word for word. */
export const MESSAGES = {
  apiKeyRequired: 'API key required',
  invalidApiKey: 'Invalid API key',
  accessDenied: 'Access denied',
  validation: 'Validation error',
  notFound: 'Resource not found',
} as const;

export function errorAnswer(status: number, error: string, headers?: Record<string, string>): SandboxReply {
  const body: ErrorBody = { error };
  return { status, body, ...(headers ? { headers } : {}) };
}

export function validationAnswer(details: ValidationIssue[]): SandboxReply {
  const body: ValidationErrorBody = { error: MESSAGES.validation, details };
  return { status: 400, body };
}

export function toResponse(answer: SandboxReply): Response {
  const headers = new Headers(answer.body === undefined ? {} : { 'content-type': 'application/json' });
  for (const [name, value] of Object.entries(answer.headers ?? {})) headers.set(name, value);
  const body = answer.body === undefined ? null : JSON.stringify(answer.body);
  return new Response(body, { status: answer.status, headers });
}
