// Schemathesis's response_schema_conformance: a documented answer's body keeps its schema, with `date` and
// `date-time` to RFC 3339's letter. Behind Prism's validating proxy, the proxy's verdicts on the response count too.
import type { ErrorObject } from 'ajv';
import { schemaErrorPointer } from '../../internal/contract-issues.js';
import { mediaType } from './content-type-conformance.js';
import { violation, type Check, type Exchange, type Violation } from './types.js';

/** What a schema rule demands, from the rule's keyword and the schema's own parameters, never the value. */
function demanded(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `required property ${String(params.missingProperty)}`;
    case 'format':
      return `format ${String(params.format)} (RFC 3339 for dates)`;
    case 'enum':
      return `one of ${(params.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'type':
      return `type ${Array.isArray(params.type) ? params.type.join(' or ') : String(params.type)}`;
    default:
      return `the schema's ${error.keyword} rule`;
  }
}

function pathOf(error: ErrorObject): string {
  return `response/body${schemaErrorPointer(error)}`;
}

function proxyViolations(exchange: Exchange, id: string): Violation[] {
  const header = exchange.via === 'proxy' ? exchange.answer?.headers.get('sl-violations') : null;
  if (!header) return [];
  return (JSON.parse(header) as Array<{ location: string[]; code: string | number; severity: string }>)
    .filter((verdict) => verdict.location[0] === 'response' && verdict.severity === 'Error')
    .map((verdict) => violation(exchange, id, verdict.location.join('/'), `what Prism's validating proxy demands (${verdict.code})`));
}

export const responseSchemaConformance: Check = {
  id: 'response_schema_conformance',
  kind: 'response',
  description: "A documented answer's JSON body keeps the schema, dates to RFC 3339.",
  check(exchange) {
    const answer = exchange.answer;
    const entry = answer && exchange.spec.entryFor(exchange.operation, String(answer.status));
    if (!answer || !entry) return null;
    // A body of an undocumented media type is content_type_conformance's to report.
    if (mediaType(answer.headers.get('content-type')) !== 'application/json') return null;
    if (answer.body === undefined) return [violation(exchange, this.id, 'response/body', 'a JSON body')];
    const validate = exchange.spec.validatorFor(exchange.operation, String(answer.status));
    const found =
      validate && !validate(answer.body) ? (validate.errors ?? []).map((error) => violation(exchange, this.id, pathOf(error), demanded(error))) : [];
    return [...found, ...proxyViolations(exchange, this.id)];
  },
};
