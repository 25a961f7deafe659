// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

import type { ResponseValidator } from './validators.js';

/**
 * Request validators by `operationId:body` and `operationId:path`. Each one fills in, on the
 * object it checks, the defaults the spec documents: pass it a copy.
 */
export declare const requestValidators: Record<string, ResponseValidator>;
