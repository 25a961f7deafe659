// The package's own client, pointed at the contract target with response validation on.
import { createHippClient, type HippClientOptions } from '../../../src/index.js';
import { target } from './target.js';

export function contractClient(options: HippClientOptions = {}) {
  return createHippClient({
    apiKey: target.apiKey,
    baseUrl: target.baseUrl,
    validateResponses: true,
    maxRetries: 0,
    timeoutMs: 15_000,
    ...options,
  });
}
