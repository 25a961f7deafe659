// Coverage by construction: every operation, documented status and named example of openapi.yaml has a test.
// The example tests are generated from the same list, so this fails only when the suite cannot draw one.
import { describe, expect, it } from 'vitest';
import { CLIENT_OUTCOME, outcomeName } from './support/expectations.js';
import { VALID_REQUEST } from './support/requests.js';
import { specOperations } from '../../src/spec/document.js';
import { contractSpec } from './support/target.js';

const { entries } = contractSpec;
const examplesOf = contractSpec.examplesOf.bind(contractSpec);
const operationIds = specOperations(contractSpec.document).map(({ operation }) => operation.operationId);

describe('contract coverage of openapi.yaml', () => {
  it('has a valid request for every operation', () => {
    for (const operationId of operationIds) expect(VALID_REQUEST, `no valid request for ${operationId}`).toHaveProperty(operationId);
  });

  it('knows what the client makes of every documented status', () => {
    for (const entry of entries) expect(CLIENT_OUTCOME, `${entry.operationId} ${entry.status}`).toHaveProperty(entry.status);
  });

  it('can draw every (operation, status) pair by a named example', () => {
    for (const entry of entries) {
      expect(Object.keys(examplesOf(entry)), `${entry.operationId} ${entry.status} has no named example`).not.toHaveLength(0);
    }
  });

  it('prints the coverage table', () => {
    const rows = entries.flatMap((entry) =>
      Object.keys(examplesOf(entry)).map((example) => ({
        operation: entry.operationId,
        status: entry.status,
        example,
        client: outcomeName(entry.status),
      })),
    );
    console.log('contract coverage (operation × status × example):');
    console.table(rows);
    expect(rows.length).toBeGreaterThanOrEqual(entries.length);
  });
});
