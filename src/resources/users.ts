import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { ContractViolationError } from '../errors/contract-violation-error.js';
import { HippUsageError } from '../errors/hipp-usage-error.js';
import { apiErrorFromResponse } from '../internal/api-error.js';
import { resolveRequestOptions } from '../internal/options.js';
import { redactRequestId, type Redactor } from '../internal/redact.js';
import type { Transport } from '../internal/transport.js';
import type { CreateUserRequest, CreateUserResponse, RequestOptions, User } from '../types.js';

export interface UsersResource {
  /** Creates a user in the organization that owns the API key. Sent once, never retried. */
  create(body: CreateUserRequest, options?: RequestOptions): Promise<CreateUserResponse>;
  /** Reads a user by the `publicId` that `create` returned. */
  get(publicId: string, options?: RequestOptions): Promise<User>;
}

export interface ResourceContext {
  api: Client<paths>;
  transport: Transport;
  defaultTimeoutMs: number;
  redact: Redactor;
}

export function createUsersResource(ctx: ResourceContext): UsersResource {
  return Object.freeze({
    async create(body: CreateUserRequest, options?: RequestOptions) {
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new HippUsageError('users.create expects the user to create as an object');
      }
      const { data, error, response } = await ctx.api.POST('/v1/users', { body, bodySerializer: serializeBody, ...init(ctx, options) });
      return unwrap(data, error, response, 'createUser', ctx.redact);
    },

    async get(publicId: string, options?: RequestOptions) {
      assertPublicId(publicId);
      const { data, error, response } = await ctx.api.GET('/v1/users/{publicId}', {
        params: { path: { publicId } },
        ...init(ctx, options),
      });
      return unwrap(data, error, response, 'getUserById', ctx.redact);
    },
  });
}

function init(ctx: ResourceContext, options: RequestOptions | undefined) {
  const { signal, timeoutMs } = resolveRequestOptions(options, ctx.defaultTimeoutMs);
  return { signal, fetch: ctx.transport(timeoutMs) };
}

/**
 * openapi-fetch puts the value in the path with encodeURIComponent, so `/`, `?` and `#`
 * stay inside the segment; but an empty segment, `.` or `..` would name another URL.
 */
function assertPublicId(publicId: unknown): asserts publicId is string {
  if (typeof publicId !== 'string' || publicId.trim() === '' || publicId === '.' || publicId === '..') {
    throw new HippUsageError('users.get expects a publicId: a non-blank string other than "." and ".."');
  }
}

/** JSON.stringify, with its TypeError (a BigInt, a cycle) turned into a usage error that quotes no value. */
function serializeBody(body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch {
    throw new HippUsageError('users.create expects a body that JSON can represent: no BigInt values and no circular references');
  }
}

function unwrap<T>(data: T | undefined, error: unknown, response: Response, operationId: string, redact: Redactor): T {
  if (!response.ok) throw apiErrorFromResponse(response, error, redact);
  if (data === null || typeof data !== 'object') {
    // The spec promises a JSON object on every 2xx: no body, a bare `null` or a string is no user.
    throw new ContractViolationError({
      operationId,
      status: response.status,
      issues: [{ path: '', keyword: data === undefined ? 'json' : 'type' }],
      requestId: redactRequestId(response, redact),
    });
  }
  return data;
}
