// The sandbox: a stateful, in-memory Users API for tests and the workbench.
// `@hipp-health/users-api/sandbox`; nothing here is part of the default entry.
export { createHippSandbox, DOCUMENTED_ORGANIZATION, type HippSandbox, type HippSandboxOptions, type SandboxRequestLog } from './sandbox.js';
export { serveHippSandbox, type ServeHippSandboxOptions, type ServedHippSandbox } from './serve.js';
export {
  DEFAULT_KEYS,
  OTHER_ORGANIZATION,
  SANDBOX_ADMIN_KEY,
  SANDBOX_OTHER_ORG_KEY,
  SANDBOX_TECHNICIAN_KEY,
  type SandboxKey,
  type SandboxKeys,
  type SandboxOrganization,
} from './keys.js';
export { DOCUMENTED_USER, OTHER_ORGANIZATION_USER } from './initial-users.js';
export { MAX_BODY_BYTES } from './body.js';
export type { QueuedFault, SandboxFault } from './faults.js';
export type { SandboxUser, NewSandboxUser } from './store.js';
