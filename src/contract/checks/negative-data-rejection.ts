// Schemathesis's negative_data_rejection, to the docs' letter: invalid data is refused with 400 whose
// `details` name the offending field (Prism's mock names it in its `sl-violations` header instead).
import { violation, type ServerResponse, type Check, type Exchange } from './types.js';

/** The fields a 400 names: the first step of each `details[].path`, and in mock mode Prism's request verdicts. */
export function namedFields(answer: ServerResponse, via: Exchange['via']): string[] {
  const details = (answer.body as { details?: Array<{ path?: unknown[] }> } | undefined)?.details;
  // A step is a property name or an array index (ValidationIssue.path); anything else names nothing.
  const first = (path: unknown) => (Array.isArray(path) && (typeof path[0] === 'string' || typeof path[0] === 'number') ? String(path[0]) : '');
  const named = Array.isArray(details) ? details.map((detail) => first(detail.path)) : [];
  const header = via === 'mock' ? answer.headers.get('sl-violations') : null;
  if (header) {
    for (const verdict of JSON.parse(header) as Array<{ location: string[]; code?: unknown; message?: string }>) {
      if (verdict.location[0] !== 'request') continue;
      // A missing property is reported on its parent; the rule's message names the property (never a value).
      const missing = verdict.code === 'required' ? /property '([^']+)'/.exec(verdict.message ?? '')?.[1] : undefined;
      named.push(verdict.location[2] ?? missing ?? '');
    }
  }
  return named;
}

export const negativeDataRejection: Check = {
  id: 'negative_data_rejection',
  kind: 'promise',
  description: 'Invalid data is refused with 400 naming the field (a whole body that is not a JSON object: any 4xx).',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'negative' || !answer) return null;
    const path = intent.field ? `request/${intent.location}/${intent.field}` : `request/${intent.location}`;
    if (!intent.field) {
      return answer.status >= 400 && answer.status < 500 ? [] : [violation(exchange, this.id, path, `a 4xx for ${intent.why}`)];
    }
    if (intent.also404 && answer.status === 404) return [];
    const refusal = intent.also404 ? '400 (or 404)' : '400';
    if (answer.status !== 400) return [violation(exchange, this.id, path, `${refusal} for ${intent.why}`)];
    // A nested field (`providerPayors/0`) is named by its first step at least.
    const top = intent.field.split('/')[0]!;
    if (!namedFields(answer, exchange.via).includes(top)) return [violation(exchange, this.id, path, `a 400 whose details name ${top} (${intent.why})`)];
    return [];
  },
};
