// A valid request for each operation, drawn from the spec's own examples; an operation added to the spec
// without one fails coverage.
import { operation, requestExamples, type OperationId } from './spec.js';

type CreateBody = { firstName: string; lastName: string } & Record<string, unknown>;

const createExamples = requestExamples('createUser') as Record<string, CreateBody>;
/** The publicId the spec's get operation gives as its example: the documented shape of an id. */
export function documentedPublicId(): string {
  const parameter = operation('getUserById').definition.parameters?.find((candidate) => candidate.in === 'path') as { example?: unknown } | undefined;
  if (typeof parameter?.example !== 'string') throw new Error("openapi.yaml gives getUserById's publicId no example: the contract suite needs one");
  return parameter.example;
}

const bySize = Object.values(createExamples).sort((a, b) => Object.keys(a).length - Object.keys(b).length);

/** The smallest documented create body. */
export const VALID_MINIMAL_CREATE: CreateBody = bySize[0]!;

/** The documented create body with the most fields: the base the boundary phase spoils one field at a time. */
export const VALID_FULL_CREATE: CreateBody = bySize[bySize.length - 1]!;

export const VALID_REQUEST: Record<OperationId, { body?: unknown; publicId?: string }> = {
  createUser: { body: VALID_MINIMAL_CREATE },
  getUserById: { publicId: documentedPublicId() },
};
