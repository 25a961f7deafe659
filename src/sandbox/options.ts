// The sandbox's options, checked when it is made: a wrong one fails at once, naming the option.
import { API_KEY_PATTERN } from '../internal/api-key.js';
import type { HippSandboxOptions } from './sandbox.js';

export function checkSandboxOptions(options: unknown): asserts options is HippSandboxOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw new TypeError('createHippSandbox expects an options object');
  const { keys, initialUsers, organization, payors, faults, onRequest } = options as Record<string, unknown>;
  if (keys !== undefined) {
    if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) throw new TypeError('keys must map each API key to { role, mayCreate }');
    for (const [name, key] of Object.entries(keys)) {
      // The key itself is never quoted: it may be a real secret someone pasted in.
      if (!API_KEY_PATTERN.test(name)) throw new TypeError('keys: every API key must be printable ASCII without spaces');
      const { role, mayCreate, organization: keyOrganization } = (key ?? {}) as Record<string, unknown>;
      if (typeof role !== 'string') throw new TypeError('keys: every key needs a role');
      if (mayCreate !== 'all' && !(Array.isArray(mayCreate) && mayCreate.every((each) => typeof each === 'string'))) {
        throw new TypeError(`keys: the ${role} key needs mayCreate, a list of roles or 'all'`);
      }
      if (keyOrganization !== undefined) checkOrganization(keyOrganization, `keys: the ${role} key's organization`);
    }
  }
  if (initialUsers !== undefined && !Array.isArray(initialUsers)) throw new TypeError('initialUsers must be a list of users');
  if (payors !== undefined && !(Array.isArray(payors) && payors.every((payor) => typeof payor === 'string')))
    throw new TypeError('payors must be a list of strings');
  if (faults !== undefined && !Array.isArray(faults)) throw new TypeError('faults must be a list of faults');
  if (onRequest !== undefined && typeof onRequest !== 'function') throw new TypeError('onRequest must be a function');
  if (organization !== undefined) checkOrganization(organization, 'organization');
}

function checkOrganization(organization: unknown, what: string): void {
  const { name, publicId } = (organization ?? {}) as Record<string, unknown>;
  if (typeof organization !== 'object' || typeof name !== 'string' || typeof publicId !== 'string')
    throw new TypeError(`${what} must be { name, publicId }, both strings`);
}
