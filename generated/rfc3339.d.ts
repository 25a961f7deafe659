// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

export declare function isRfc3339Date(value: string): boolean;
export declare function isRfc3339DateTime(value: string): boolean;
