// @ts-check
// The ./sandbox subpath in the page, bundled on its own (as an app that uses only the sandbox in its tests
// would be), so the client bundle's lazy validator chunk stays the client's alone. Served with
// `script-src 'self'` too; hands its flow to the page as window.hippSandboxSmoke.
import * as client from '@hipp-health/users-api';
import { createHippSandbox } from '@hipp-health/users-api/sandbox';

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

Object.assign(window, { hippSandboxSmoke: sandboxSmoke });
