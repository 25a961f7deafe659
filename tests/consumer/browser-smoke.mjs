// @ts-check
// The browser entry: bundled with esbuild and loaded by index.html, which is served with
// `script-src 'self'`. It hands the smoke flow to the page as window.hippSmoke.
import * as client from '@hipp-health/users-api';
import { createHippSandbox } from '@hipp-health/users-api/sandbox';
import { smoke } from './smoke.mjs';

/** The sandbox in the page, no network: create, read back, and a body its generated validators refuse. */
async function sandboxSmoke() {
  const sandbox = createHippSandbox();
  const hipp = client.createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, validateResponses: true });
  const { user } = await hipp.users.create({ firstName: 'Ada', lastName: 'Lovelace' });
  const read = await hipp.users.get(user.publicId);
  if (read.lastName !== 'Lovelace') throw new Error('sandbox: the created user did not read back');
  const refused = await hipp.users.create({ firstName: 'Ada', lastName: 'Lovelace', email: 'nope' }).then(
    () => undefined,
    /** @param {unknown} error */ (error) => error,
  );
  if (!(refused instanceof client.BadRequestError) || refused.details[0]?.path[0] !== 'email')
    throw new Error(`sandbox: an invalid email was not refused: ${String(refused)}`);
  return [`created and read back ${user.publicId}`, `refused ${refused.details.map((issue) => `${issue.path.join('.')} ${issue.code}`).join(', ')}`];
}

/** @type {string[]} */
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
// The page is served with script-src 'self': this must throw, or passing validators would prove nothing.
let evalBlocked = false;
try {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the probe: the CSP must refuse it
  new Function('return 1')();
} catch {
  evalBlocked = true;
}
Object.assign(window, {
  hippSmoke: {
    evalBlocked,
    violations,
    /** @param {{ baseUrl: string; validateResponses: boolean }} options */
    run: (options) => smoke(client, options),
    sandbox: sandboxSmoke,
  },
});
