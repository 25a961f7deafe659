// Schemathesis's content_type_conformance: a documented answer comes with a documented media type.
// Media types compare without case and without parameters: `Application/JSON; charset=utf-8` is JSON.
import { violation, type Check } from './types.js';

export function mediaType(contentType: string | null): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}

export const contentTypeConformance: Check = {
  id: 'content_type_conformance',
  kind: 'response',
  description: "A documented answer's Content-Type is one the spec documents for it.",
  check(exchange) {
    const answer = exchange.answer;
    const documented = answer && exchange.spec.entryFor(exchange.operation, String(answer.status))?.response.content;
    if (!answer || !documented) return null;
    const types = Object.keys(documented).map((type) => type.toLowerCase());
    if (types.includes(mediaType(answer.headers.get('content-type')))) return [];
    return [
      violation(exchange, this.id, 'response/headers/content-type', `a media type documented for ${exchange.operation} ${answer.status} (${types.join(', ')})`),
    ];
  },
};
