// Type-checked only, under tsconfig.node16.json and tsconfig.bundler.json: the published types as a
// consumer's compiler sees them.
import {
  createHippClient,
  ContractViolationError,
  HippApiError,
  NotFoundError,
  type CreateUserRequest,
  type CreateUserResponse,
  type HippClient,
  type HippClientOptions,
  type User,
  type UserRole,
  type paths,
} from '@hipp-health/users-api';
import { createHippSandbox, serveHippSandbox, type HippSandbox, type SandboxUser } from '@hipp-health/users-api/sandbox';

const sandbox: HippSandbox = createHippSandbox({ faults: [{ status: 503, retryAfterSeconds: 1, times: 2 }] });
export const inProcess: HippClient = createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch });
export const held: SandboxUser[] = sandbox.users();
export const served: Promise<{ url: string; close(): Promise<void> }> = serveHippSandbox({ port: 0, host: '127.0.0.1' });

const options: HippClientOptions = { apiKey: 'test-key', baseUrl: 'http://127.0.0.1:4010', validateResponses: true, headers: { Prefer: 'code=404' } };
const hipp: HippClient = createHippClient(options);

export async function flow(): Promise<string> {
  const request: CreateUserRequest = { firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' };
  const created: CreateUserResponse = await hipp.users.create(request);
  const user: User = await hipp.users.get(created.user.publicId, { timeoutMs: 5_000, signal: AbortSignal.timeout(10_000) });
  const role: UserRole | undefined = user.role;
  const { data, error } = await hipp.api.GET('/v1/users/{publicId}', { params: { path: { publicId: user.publicId } } });
  const firstName: string | null | undefined = data?.firstName;
  const message: string | undefined = error?.error;
  try {
    await hipp.users.get('usr_missing');
  } catch (caught) {
    if (caught instanceof NotFoundError) return `${caught.status} ${caught.requestId ?? ''}`;
    if (caught instanceof HippApiError) return String(caught.body);
    if (caught instanceof ContractViolationError) return caught.issues.map((issue) => issue.path).join();
  }
  return [role, firstName, message].join();
}

// @ts-expect-error HIPP_ADMIN is a role a user may have, not one a create may ask for
export const notAssignable: CreateUserRequest = { firstName: 'A', lastName: 'B', role: 'HIPP_ADMIN' };
// @ts-expect-error firstName is required
export const noFirstName: CreateUserRequest = { lastName: 'B' };
// @ts-expect-error the spec has no such path
export const unknownPath = () => hipp.api.GET('/v1/nope');
export const knownPath: keyof paths = '/v1/users/{publicId}';
