// A valid request for each operation, drawn from the spec's own examples; an operation added to the spec
// without one fails coverage.
import type { OperationId } from '../../../src/contract/spec.js';
import { contractSpec } from './target.js';

/** The smallest documented create body. */
export const VALID_MINIMAL_CREATE = contractSpec.minimalCreate();

export const VALID_REQUEST: Record<OperationId, { body?: unknown; publicId?: string }> = {
  createUser: { body: VALID_MINIMAL_CREATE },
  getUserById: { publicId: contractSpec.documentedPublicId() },
};
