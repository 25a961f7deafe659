// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

/** Every operation of openapi.yaml by operationId: its method, path template and documented response statuses. */
export const OPERATIONS = {
  createUser: { method: "POST", path: "/v1/users", statuses: [200, 400, 401, 403] },
  getUserById: { method: "GET", path: "/v1/users/{publicId}", statuses: [200, 400, 401, 403, 404] },
} as const;

export type OperationId = keyof typeof OPERATIONS;
