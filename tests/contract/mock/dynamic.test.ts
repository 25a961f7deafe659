// Mock mode: Prism's dynamic bodies (random, spec-valid, nulls and enum values included) all pass the client's validation.
import { describe, expect, it } from 'vitest';
import { contractClient } from '../support/client.js';
import { isMock } from '../support/http.js';
import { VALID_MINIMAL_CREATE } from '../support/requests.js';
import { contractSpec } from '../support/target.js';

const MIN_DRAWS = 50;
const MAX_DRAWS = 600;
const enumOf = (name: string) => (contractSpec.document.components.schemas[name] as { enum: string[] }).enum;

describe.runIf(isMock)('dynamic bodies from the mock through the client with validateResponses (mock mode only)', () => {
  const hipp = contractClient({ headers: { Prefer: 'dynamic=true' } });

  it(`getUserById 200: at least ${MIN_DRAWS} bodies, until every role, every sex and null in every nullable field were seen`, async () => {
    const roles = new Set<string>();
    const sexes = new Set<unknown>();
    const nulled = new Set<string>();
    const nullable = ['firstName', 'lastName', 'sex', 'caregiverId', 'birthDate', 'addressLine1', 'addressLine2', 'city', 'state', 'postalCode'];
    const wanted = () => roles.size === enumOf('UserRole').length && sexes.size === 4 && nulled.size === nullable.length;
    let draws = 0;
    while (draws < MIN_DRAWS || (!wanted() && draws < MAX_DRAWS)) {
      const user = await hipp.users.get(`usr_dynamic_${draws}`);
      draws++;
      roles.add(user.role);
      if ('sex' in user) sexes.add(user.sex);
      for (const field of nullable) if ((user as Record<string, unknown>)[field] === null) nulled.add(field);
    }
    expect([...roles].sort()).toEqual([...enumOf('UserRole')].sort());
    expect(sexes).toEqual(new Set(['MALE', 'FEMALE', 'OTHER', null]));
    expect([...nulled].sort()).toEqual([...nullable].sort());
    expect(draws).toBeGreaterThanOrEqual(MIN_DRAWS);
  });

  it(`createUser 200: at least ${MIN_DRAWS} bodies, until every role was seen`, async () => {
    const roles = new Set<string>();
    let draws = 0;
    while (draws < MIN_DRAWS || (roles.size < enumOf('UserRole').length && draws < MAX_DRAWS)) {
      const { message, user } = await hipp.users.create(VALID_MINIMAL_CREATE);
      draws++;
      expect(typeof message).toBe('string');
      expect(typeof user.publicId).toBe('string');
      if (user.role) roles.add(user.role);
    }
    expect([...roles].sort()).toEqual([...enumOf('UserRole')].sort());
  });
});
