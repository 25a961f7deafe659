// Mock mode: every named example of every documented response, drawn from Prism, raw and through the client.
import { describe, expect, it } from 'vitest';
import { HippApiError } from '../../../src/index.js';
import { contractClient } from '../support/client.js';
import { CLIENT_OUTCOME } from '../support/expectations.js';
import { call, expectStatus, isMock } from '../support/http.js';
import { VALID_REQUEST } from '../support/requests.js';
import type { OperationId } from '../../../src/contract/spec.js';
import { contractSpec } from '../support/target.js';

const cases = contractSpec.entries.flatMap((entry) =>
  Object.entries(contractSpec.examplesOf(entry)).map(([name, value]) => ({ operationId: entry.operationId as OperationId, status: entry.status, name, value })),
);

function viaClient(operationId: OperationId, prefer: string) {
  const hipp = contractClient({ headers: { Prefer: prefer } });
  const request = VALID_REQUEST[operationId];
  return operationId === 'createUser' ? hipp.users.create(request.body as { firstName: string; lastName: string }) : hipp.users.get(request.publicId!);
}

describe.runIf(isMock)('every documented example, from the mock (mock mode only)', () => {
  it.each(cases.map((c) => [`${c.operationId} ${c.status} ${c.name}`, c] as const))('%s', async (_title, c) => {
    const prefer = `code=${c.status}, example=${c.name}`;
    const answer = await call(c.operationId, { ...VALID_REQUEST[c.operationId], headers: { Prefer: prefer } });
    expectStatus(answer, Number(c.status));
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.body).toEqual(c.value);

    const outcome = CLIENT_OUTCOME[c.status];
    if (outcome === 'data') {
      await expect(viaClient(c.operationId, prefer)).resolves.toEqual(c.value);
    } else {
      const error = await viaClient(c.operationId, prefer).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(outcome);
      expect(error).toBeInstanceOf(HippApiError);
      expect((error as HippApiError).status).toBe(Number(c.status));
      expect((error as HippApiError).body).toEqual(c.value);
      expect((error as Error).message).toContain((c.value as { error: string }).error);
    }
  });
});
