// Tenant isolation, after OWASP API1:2023 (Broken Object Level Authorization): "Create a new user in your
// organization", says the API reference, and get returns "one user of your organization". So a user of the
// run's organization (named by HIPP_CONTRACT_USER_IDS, or created by the run) is never readable with the key
// of another organization (HIPP_OTHER_ORG_API_KEY). Both documented refusals count: 404 (no such user in
// that organization) and 403 (access denied).
import { violation, type Check } from './types.js';

const REFUSALS = [404, 403];

/** Follows OWASP API1 (BOLA): another organization's key reads none of this organization's users. */
export const tenantIsolation: Check = {
  id: 'tenant_isolation',
  kind: 'promise',
  description: "A user of one organization is never readable with another organization's key (404 or 403; OWASP API1).",
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'other-org-read' || !answer) return null;
    if (REFUSALS.includes(answer.status)) return [];
    const which = intent.whose === 'named' ? 'a user HIPP_CONTRACT_USER_IDS names' : 'a user the run created';
    const hint = answer.status === 401 ? ' (a 401 says the server does not know HIPP_OTHER_ORG_API_KEY: the check cannot judge)' : '';
    return [violation(exchange, this.id, 'request/path/publicId', `404 or 403 for ${which}, read with another organization's key${hint}`)];
  },
};
