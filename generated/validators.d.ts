// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface ResponseValidator {
  (data: unknown): boolean;
  errors?: SchemaError[] | null;
}

/** Response body validators by `operationId:status`. */
export declare const responseValidators: Record<string, ResponseValidator>;
