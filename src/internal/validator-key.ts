/** The key of a response validator in generated/validators.js: `operationId:status`. The generator uses it too. */
export function validatorKey(operationId: string, status: number | string): string {
  return `${operationId}:${status}`;
}
