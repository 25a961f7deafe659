// openapi-fetch middleware, so `hipp.api` shares the checks of `hipp.users` (src/internal/answer.ts):
// a 2xx that is not a JSON object becomes a ContractViolationError instead of openapi-fetch's raw
// SyntaxError or a `null`, and with `validateResponses` every documented response body is checked.
import type { Middleware } from 'openapi-fetch';
import { schemaPaths } from './api-fetch.js';
import { contractIssues, contractViolation, parseBody } from './answer.js';
import { bufferedText } from './buffered-body.js';
import { operationIdOf } from './operations.js';
import type { Redactor } from './redact.js';
import { validators } from './validators.js';

export function responseCheck(options: { validateResponses: boolean; redact: Redactor }): Middleware {
  return {
    onRequest({ request, schemaPath }) {
      schemaPaths.set(request, schemaPath);
      return undefined;
    },
    async onResponse({ request, response, schemaPath, options: callOptions }) {
      if (callOptions.parseAs !== 'json') return undefined;
      if (!response.ok && !options.validateResponses) return undefined; // openapi-fetch reads error bodies leniently
      const operationId = operationIdOf(request.method, schemaPath);
      const parsed = parseBody(await bufferedText(response));
      // Once loaded, no await: the check then runs in the same tick as the response.
      const loaded = options.validateResponses ? validators() : undefined;
      const issues = contractIssues(operationId, response, parsed, loaded instanceof Promise ? await loaded : loaded);
      if (issues.length > 0) throw contractViolation(operationId, response, issues, options.redact);
      return undefined;
    },
  };
}
