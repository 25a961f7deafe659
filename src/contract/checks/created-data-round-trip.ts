// What was created comes back as it was sent: in the create's answer and when read back, every sent field
// that the answer's schema documents and the answer carries holds the value sent (the spec makes none of
// them required, so absence is fine). A sent field the answer carries without its schema documenting it
// (a GET's `email`, say) is no promise: it is not compared, only noted.
import { isDeepStrictEqual } from 'node:util';
import { USER_AT, userIn } from '../resources.js';
import { documentedUserFields } from './documented-fields.js';
import { finding, violation, type Check, type Intent } from './types.js';

/** The data a create sent, when the exchange is one whose answer must hold it. */
function sentData(intent: Intent): Record<string, unknown> | undefined {
  if (intent.kind === 'create' || intent.kind === 'unstated-limit') return intent.sent;
  if (intent.kind === 'read-back' && intent.compare) return intent.sent;
  return undefined;
}

export const createdDataRoundTrip: Check = {
  id: 'created_data_round_trip',
  kind: 'promise',
  description: "A created user is echoed and read back with the data sent, in every field the answer's schema documents.",
  check(exchange) {
    const { intent, answer, operation } = exchange;
    const sent = sentData(intent);
    if (!sent || answer?.status !== 200) return null;
    const user = userIn(operation, answer.body);
    if (!user) return null;
    const documented = documentedUserFields(exchange.spec, operation);
    const at = (field: string) => `response/body${USER_AT[operation]}/${field}`;
    return Object.entries(sent)
      .filter(([field]) => field in user)
      .flatMap(([field, value]) => {
        if (!documented.has(field)) {
          return [finding('note', exchange, this.id, at(field), `no promise: the ${operation} 200 schema does not document ${field}, so it is not compared`)];
        }
        return isDeepStrictEqual(user[field], value) ? [] : [violation(exchange, this.id, at(field), `the ${field} that was sent`)];
      });
  },
};
