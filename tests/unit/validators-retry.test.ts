// A validators chunk that fails to load (a network blip in a browser) fails that one response, and the
// next response imports it again instead of failing forever on a memoized rejection.
import { describe, expect, it, vi } from 'vitest';
import { ContractViolationError } from '../../src/index.js';
import { rejectionOf, testClient } from './support/client.js';
import { closeServersAfterEach, json, startServer } from './support/server.js';
import { VALID_USER } from './support/users.js';

closeServersAfterEach();

const load = vi.hoisted(() => ({ failuresLeft: 1, attempts: 0 }));

// Stands in for the chunk: vitest calls this factory on each import() until one succeeds.
vi.mock('../../src/validate.js', async (importOriginal) => {
  load.attempts++;
  if (load.failuresLeft > 0) {
    load.failuresLeft--;
    throw new Error('Failed to fetch dynamically imported module: validate.js');
  }
  return importOriginal();
});

describe('the validators import', () => {
  it('is tried again on the next response after a failed load', async () => {
    const server = await startServer(json(200, VALID_USER), json(200, VALID_USER), json(200, { ...VALID_USER, publicId: undefined }));
    const hipp = testClient(server.url, { validateResponses: true, maxRetries: 0 });

    const failed = await rejectionOf(hipp.users.get('usr_1'));
    // Vitest wraps a failing mock factory's error; the browser's own would come as is.
    const reason = ((failed as Error).cause ?? failed) as Error;
    expect(reason.message).toBe('Failed to fetch dynamically imported module: validate.js');
    expect(load.attempts).toBe(1);

    await expect(hipp.users.get('usr_1')).resolves.toEqual(VALID_USER);
    expect(load.attempts).toBe(2);

    // The validators really run now, from the module loaded on the second try.
    const violation = await rejectionOf(hipp.users.get('usr_1'));
    expect(violation).toBeInstanceOf(ContractViolationError);
    expect(load.attempts).toBe(2);
  });
});
