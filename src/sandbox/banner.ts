// What `hipp-users-api sandbox`, `npm run sandbox` and `npm start` print about the sandbox: its keys and curl lines that
// create a user in it and read that user back.
import { SANDBOX_ADMIN_KEY, SANDBOX_OTHER_ORG_KEY, SANDBOX_TECHNICIAN_KEY } from './keys.js';

export function sandboxKeysText(): string {
  return [
    `  Keys:  ${SANDBOX_ADMIN_KEY} (ADMIN: creates every role)`,
    `         ${SANDBOX_TECHNICIAN_KEY} (TECHNICIAN: creates PATIENT and CAREGIVER only)`,
    `         ${SANDBOX_OTHER_ORG_KEY} (ADMIN of another organization: reads none of the users above)`,
  ].join('\n');
}

/** Two lines for a shell: create a user and keep its publicId, then read that user back. */
export function sandboxCurlLines(url: string): string[] {
  const auth = `-H 'Authorization: Bearer ${SANDBOX_ADMIN_KEY}'`;
  return [
    `id=$(curl -s -X POST ${url}/v1/users ${auth} -H 'Content-Type: application/json' -d '{"firstName":"Jane","lastName":"Smith","role":"CLINICIAN"}' | sed -E 's/.*"user":\\{"publicId":"([^"]+)".*/\\1/')`,
    `curl -s ${url}/v1/users/$id ${auth}`,
  ];
}

/** What a sandbox served on its own prints at start: its address, its keys, and how to try it. */
export function sandboxBanner(url: string): string {
  return `
  Sandbox:  ${url}

${sandboxKeysText()}

  Try it (create a user, then read it back):
  ${sandboxCurlLines(url).join('\n  ')}

  Ctrl-C stops it.
`;
}
