// @ts-check
// The smoke flow on the Node that runs this file, against the mock at HIPP_BASE_URL; then the
// ./sandbox subpath, in-process and over HTTP.
import * as client from '@hipp-health/users-api';
import { createHippSandbox, serveHippSandbox } from '@hipp-health/users-api/sandbox';
import { smoke } from './smoke.mjs';

const baseUrl = process.env.HIPP_BASE_URL;
if (!baseUrl) throw new Error('node-smoke needs HIPP_BASE_URL');
for (const validateResponses of [false, true]) {
  const lines = await smoke(client, { baseUrl, validateResponses });
  console.log(`node ${process.versions.node}, validateResponses ${String(validateResponses)}: ${lines.join('; ')}`);
}

// A user created in the sandbox in-process reads back, with its own names, over HTTP from the same sandbox.
const sandbox = createHippSandbox();
const inProcess = client.createHippClient({ apiKey: 'sandbox-admin-key', fetch: sandbox.fetch, validateResponses: true });
const { user } = await inProcess.users.create({ firstName: 'Ada', lastName: 'Lovelace' });
const served = await serveHippSandbox({ sandbox });
try {
  const overHttp = client.createHippClient({ apiKey: 'sandbox-admin-key', baseUrl: served.url });
  const read = await overHttp.users.get(user.publicId);
  if (read.firstName !== 'Ada' || read.lastName !== 'Lovelace') throw new Error('sandbox: the created user did not read back');
  console.log(`sandbox: created ${user.publicId} in-process, read it back over ${served.url}`);
} finally {
  await served.close();
}
