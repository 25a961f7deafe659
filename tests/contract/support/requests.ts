// A valid request for each operation, drawn from the spec's own examples; an operation added to the spec
// without one fails coverage.
import { operation, requestExamples, type OperationId } from './spec.js';

type CreateBody = { firstName: string; lastName: string } & Record<string, unknown>;

const createExamples = requestExamples('createUser') as Record<string, CreateBody>;
const pathExample = (operation('getUserById').definition.parameters?.find((parameter) => parameter.in === 'path') as { example?: string } | undefined)?.example;

/** The smallest documented create body. */
export const VALID_MINIMAL_CREATE: CreateBody = Object.values(createExamples).reduce((narrowest, example) =>
  Object.keys(example).length < Object.keys(narrowest).length ? example : narrowest,
);

export const VALID_REQUEST: Record<OperationId, { body?: unknown; publicId?: string }> = {
  createUser: { body: VALID_MINIMAL_CREATE },
  getUserById: { publicId: pathExample ?? 'usr_1234567890_abc123def' },
};
