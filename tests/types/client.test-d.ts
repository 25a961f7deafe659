import { describe, expectTypeOf, it } from 'vitest';
import {
  createHippClient,
  type AssignableRole,
  type CreatedUser,
  type CreateUserRequest,
  type CreateUserResponse,
  type HippClient,
  type HippPromise,
  type Logger,
  type LogLevel,
  type User,
  type WithResponse,
  type UserRole,
} from '../../src/index.js';
import type { components } from '../../generated/openapi.js';

declare const hipp: HippClient;

type TwelveRoles =
  | 'ADMIN'
  | 'BILLING_MANAGER'
  | 'SCHEDULING_MANAGER'
  | 'CLINICIAN'
  | 'TECHNICIAN'
  | 'PATIENT'
  | 'CAREGIVER'
  | 'HIPP_ADMIN'
  | 'HIPP_BILLING_MANAGER'
  | 'CLINICAL_ADMIN'
  | 'PAYROLL_ADMIN'
  | 'CLINICAL_SUPERADMIN';

describe('users.create', () => {
  it('requires firstName and lastName', () => {
    // @ts-expect-error firstName is required
    void hipp.users.create({ lastName: 'Smith' });
    // @ts-expect-error lastName is required
    void hipp.users.create({ firstName: 'Jane' });
    void hipp.users.create({ firstName: 'Jane', lastName: 'Smith' });
  });

  it('accepts only the nine assignable roles', () => {
    // @ts-expect-error HIPP_ADMIN exists but cannot be assigned
    void hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'HIPP_ADMIN' });
    // @ts-expect-error not a role at all
    void hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'SUPERUSER' });
    void hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' });
    expectTypeOf<CreateUserRequest['role']>().toEqualTypeOf<AssignableRole | undefined>();
  });

  it('returns the message and a created user without demographics', async () => {
    const { message, user } = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith' });
    expectTypeOf(message).toEqualTypeOf<string>();
    expectTypeOf(user).toEqualTypeOf<CreatedUser>();
    expectTypeOf(user.publicId).toEqualTypeOf<string>();
    expectTypeOf(user.role).toEqualTypeOf<UserRole | undefined>();
    // @ts-expect-error a created user carries no birth date
    void user.birthDate;
    // @ts-expect-error nor an address
    void user.addressLine1;
    expectTypeOf(hipp.users.create).returns.resolves.toEqualTypeOf<CreateUserResponse>();
  });

  it('takes a signal, a timeout, retries and headers per call', () => {
    void hipp.users.create({ firstName: 'J', lastName: 'S' }, { signal: new AbortController().signal, timeoutMs: 5_000 });
    void hipp.users.create({ firstName: 'J', lastName: 'S' }, { maxRetries: 0, headers: { 'x-trace': '1' } });
    void hipp.users.get('usr_1', { maxRetries: 3, headers: new Headers() });
    // @ts-expect-error maxRetries is a number
    void hipp.users.get('usr_1', { maxRetries: '3' });
    // @ts-expect-error unknown call option
    void hipp.users.create({ firstName: 'J', lastName: 'S' }, { retries: 3 });
  });
});

describe('users.get', () => {
  it('returns a User with the twelve roles and nullable demographics', async () => {
    const user = await hipp.users.get('usr_1');
    expectTypeOf(user).toEqualTypeOf<User>();
    expectTypeOf(user.role).toEqualTypeOf<UserRole>();
    expectTypeOf<UserRole>().toEqualTypeOf<TwelveRoles>();
    expectTypeOf(user.birthDate).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(user.firstName).toEqualTypeOf<string | null | undefined>();
    expectTypeOf(user.sex).toEqualTypeOf<'MALE' | 'FEMALE' | 'OTHER' | null | undefined>();
    expectTypeOf(user.publicId).toEqualTypeOf<string>();
  });

  it('needs a string publicId', () => {
    // @ts-expect-error publicId is a string
    void hipp.users.get(42);
    // @ts-expect-error publicId is required
    void hipp.users.get();
  });
});

describe('withResponse', () => {
  it('every users.* promise has it, resolving to the data, the Response and the request id', async () => {
    expectTypeOf(hipp.users.get('usr_1')).toEqualTypeOf<HippPromise<User>>();
    expectTypeOf(hipp.users.create({ firstName: 'J', lastName: 'S' })).toEqualTypeOf<HippPromise<CreateUserResponse>>();
    expectTypeOf(hipp.users.get('usr_1')).toExtend<Promise<User>>();
    const { data, response, requestId } = await hipp.users.get('usr_1').withResponse();
    expectTypeOf(data).toEqualTypeOf<User>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(hipp.users.create({ firstName: 'J', lastName: 'S' }).withResponse()).resolves.toEqualTypeOf<WithResponse<CreateUserResponse>>();
  });
});

describe('logging options', () => {
  it('takes the five levels and any logger with four methods', () => {
    expectTypeOf<LogLevel>().toEqualTypeOf<'off' | 'error' | 'warn' | 'info' | 'debug'>();
    createHippClient({ apiKey: 'k', logLevel: 'debug', logger: console });
    const logger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    createHippClient({ apiKey: 'k', logLevel: 'off', logger });
    // @ts-expect-error not a level
    createHippClient({ apiKey: 'k', logLevel: 'verbose' });
    // @ts-expect-error a logger needs all four methods
    createHippClient({ apiKey: 'k', logger: { warn: () => undefined } });
  });
});

describe('exports', () => {
  it('aliases the generated component schemas', () => {
    expectTypeOf<User>().toEqualTypeOf<components['schemas']['User']>();
    expectTypeOf<CreatedUser>().toEqualTypeOf<components['schemas']['CreatedUser']>();
    expectTypeOf<AssignableRole>().toEqualTypeOf<components['schemas']['AssignableRole']>();
    expectTypeOf<AssignableRole>().toExtend<UserRole>();
  });

  it('createHippClient takes only known options', () => {
    expectTypeOf(createHippClient).returns.toEqualTypeOf<HippClient>();
    // @ts-expect-error unknown client option
    createHippClient({ apiKey: 'k', retries: 3 });
    createHippClient({ apiKey: 'k', baseUrl: 'https://x', timeoutMs: 1, maxRetries: 0, validateResponses: true, headers: { a: 'b' } });
  });

  it('exposes the typed openapi-fetch client', async () => {
    const { data } = await hipp.api.GET('/v1/users/{publicId}', { params: { path: { publicId: 'usr_1' } } });
    expectTypeOf(data).toEqualTypeOf<User | undefined>();
    // @ts-expect-error the path parameter is required
    void hipp.api.GET('/v1/users/{publicId}', {});
  });
});
