import { HippUsageError } from '../errors/hipp-usage-error.js';
import type { HippPromise } from '../internal/api-promise.js';
import type { Pipeline } from '../internal/pipeline.js';
import type { CreateUserRequest, CreateUserResponse, RequestOptions, User } from '../types.js';

export interface UsersResource {
  /** Creates a user in the organization that owns the API key. Sent once, never retried. */
  create(body: CreateUserRequest, options?: RequestOptions): HippPromise<CreateUserResponse>;
  /** Reads a user by the `publicId` that `create` returned. */
  get(publicId: string, options?: RequestOptions): HippPromise<User>;
}

export function createUsersResource(call: Pipeline['call']): UsersResource {
  return Object.freeze({
    create: (body: CreateUserRequest, options?: RequestOptions) =>
      call<CreateUserResponse>('createUser', options, () => {
        if (typeof body !== 'object' || body === null || Array.isArray(body)) {
          throw new HippUsageError('users.create expects the user to create as an object');
        }
        return { body: serializeBody(body), values: stringsOf(body) };
      }),

    get: (publicId: string, options?: RequestOptions) =>
      call<User>('getUserById', options, () => {
        assertPublicId(publicId);
        return { path: { publicId }, values: [publicId] };
      }),
  });
}

/**
 * The value goes into the path with encodeURIComponent, so `/`, `?` and `#` stay inside the
 * segment; but an empty segment, `.` or `..` would name another URL.
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

/** The string values of a create body (names, email, phone...), to keep them out of error messages. */
function stringsOf(body: object): string[] {
  return Object.values(body).filter((value): value is string => typeof value === 'string');
}
