// The files of the throwaway consumer project that the package and portability checks install the
// packed client into. They are strings, not files under tests/: a .ts file there would be type-checked
// by this repo's own `tsc`, where `@hipp-health/users-api` resolves only after a build.

/** The one flow every runtime runs, against the Prism mock: create, get, a typed 404, and with
 * `validateResponses`, a body that breaks the spec refused (so the validators really ran). */
const SMOKE = `// Runs against a Prism mock; returns one line per check, throws on the first that fails.
export async function smoke(client, { baseUrl, validateResponses }) {
  const { createHippClient, ContractViolationError, HippError, NotFoundError } = client;
  const options = { apiKey: 'test-key', baseUrl, validateResponses };
  const check = (ok, what) => {
    if (!ok) throw new Error('smoke (validateResponses: ' + validateResponses + '): ' + what);
  };
  const lines = [];

  const hipp = createHippClient(options);
  const created = await hipp.users.create({ firstName: 'Jane', lastName: 'Smith', role: 'CLINICIAN' });
  check(typeof created.user.publicId === 'string' && created.user.publicId !== '', 'create returned no publicId');
  lines.push('create ' + created.user.publicId);

  const user = await hipp.users.get(created.user.publicId);
  check(typeof user.publicId === 'string' && user.publicId !== '', 'get returned no publicId');
  lines.push('get ' + user.publicId);

  // Prism answers with the documented 404 when the request asks for it.
  const missing = createHippClient({ ...options, headers: { Prefer: 'code=404' } });
  const notFound = await missing.users.get('usr_missing').then(() => undefined, (error) => error);
  check(notFound instanceof NotFoundError && notFound instanceof HippError && notFound.status === 404, 'a 404 did not reject with NotFoundError: ' + notFound);
  lines.push('404 ' + notFound.name);

  if (validateResponses) {
    // The runtime's own fetch, with publicId taken out of the body it returns.
    const broken = createHippClient({
      ...options,
      fetch: async (request) => {
        const body = await (await fetch(request)).json();
        delete body.publicId;
        return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const violation = await broken.users.get(user.publicId).then(() => undefined, (error) => error);
    const caught = violation instanceof ContractViolationError && violation.issues.some((issue) => issue.path === '/publicId' && issue.keyword === 'required');
    check(caught, 'a body without publicId was not refused: ' + violation);
    lines.push(violation.name + ' ' + violation.issues.map((issue) => issue.path + ' ' + issue.keyword).join(', '));
  }
  return lines;
}
`;

const NODE_SMOKE = `import * as client from '@hipp-health/users-api';
import { createHippSandbox, serveHippSandbox } from '@hipp-health/users-api/sandbox';
import { smoke } from './smoke.mjs';

for (const validateResponses of [false, true]) {
  const lines = await smoke(client, { baseUrl: process.env.HIPP_BASE_URL, validateResponses });
  console.log('node ' + process.versions.node + ', validateResponses ' + validateResponses + ': ' + lines.join('; '));
}

// The ./sandbox subpath: a user created in-process reads back with its own names, and over HTTP too.
const sandbox = createHippSandbox();
const inProcess = client.createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, validateResponses: true });
const { user } = await inProcess.users.create({ firstName: 'Ada', lastName: 'Lovelace' });
const served = await serveHippSandbox({ sandbox });
try {
  const overHttp = client.createHippClient({ apiKey: 'sandbox-admin-key', baseUrl: served.url });
  const read = await overHttp.users.get(user.publicId);
  if (read.firstName !== 'Ada' || read.lastName !== 'Lovelace') throw new Error('sandbox: the created user did not read back');
  console.log('sandbox: created ' + user.publicId + ' in-process, read it back over ' + served.url);
} finally {
  await served.close();
}
`;

const BROWSER_SMOKE = `import * as client from '@hipp-health/users-api';
import { createHippSandbox } from '@hipp-health/users-api/sandbox';
import { smoke } from './smoke.mjs';

// The sandbox in the page, no network: create, read back, and a body its generated validators refuse.
async function sandboxSmoke() {
  const sandbox = createHippSandbox();
  const hipp = client.createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, validateResponses: true });
  const { user } = await hipp.users.create({ firstName: 'Ada', lastName: 'Lovelace' });
  const read = await hipp.users.get(user.publicId);
  if (read.lastName !== 'Lovelace') throw new Error('sandbox: the created user did not read back');
  const refused = await hipp.users.create({ firstName: 'Ada', lastName: 'Lovelace', email: 'nope' }).then(() => undefined, (error) => error);
  if (!(refused instanceof client.BadRequestError) || refused.details[0].path[0] !== 'email') throw new Error('sandbox: an invalid email was not refused: ' + refused);
  return ['created and read back ' + user.publicId, 'refused ' + refused.details.map((issue) => issue.path.join('.') + ' ' + issue.code).join(', ')];
}

const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective + ' ' + event.blockedURI));
// The page is served with script-src 'self': this must throw, or passing validators would prove nothing.
let evalBlocked = false;
try {
  new Function('return 1')();
} catch {
  evalBlocked = true;
}
window.hippSmoke = { evalBlocked, violations, run: (options) => smoke(client, options), sandbox: sandboxSmoke };
`;

const INDEX_HTML = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8" />
    <title>Hipp client smoke test</title>
    <script type="module" src="/browser-smoke.js"></script>
  </head>
  <body></body>
</html>
`;

/** Type-checked only, once per tsconfig below: the published types as a consumer's compiler sees them. */
const TYPED = `import {
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
    if (caught instanceof NotFoundError) return \`\${caught.status} \${caught.requestId ?? ''}\`;
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
`;

const tsconfig = (compilerOptions: Record<string, unknown>) =>
  `${JSON.stringify({ compilerOptions: { target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, ...compilerOptions }, files: ['typed.ts'] }, null, 2)}\n`;

export const CONSUMER_FILES = {
  'smoke.mjs': SMOKE,
  'node-smoke.mjs': NODE_SMOKE,
  'browser-smoke.mjs': BROWSER_SMOKE,
  'index.html': INDEX_HTML,
  'typed.ts': TYPED,
  // A Node project with Node's own types and no DOM lib: the published types must not need it.
  'tsconfig.node16.json': tsconfig({ module: 'node16', moduleResolution: 'node16', lib: ['ES2022'], types: ['node'] }),
  // A bundled browser app: the DOM, no Node.
  'tsconfig.bundler.json': tsconfig({ module: 'esnext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] }),
};
