// What was created comes back as it was sent: in the create's answer and when read back, every sent
// field the answer carries holds the value sent (the spec makes none of them required, so absence is fine).
import { isDeepStrictEqual } from 'node:util';
import { USER_AT, userIn } from '../resources.js';
import { violation, type Check } from './types.js';

export const createdDataRoundTrip: Check = {
  id: 'created_data_round_trip',
  kind: 'promise',
  description: 'A created user is echoed and read back with the data sent.',
  check(exchange) {
    const { intent, answer } = exchange;
    if ((intent.kind !== 'create' && intent.kind !== 'read-back') || answer?.status !== 200) return null;
    if (intent.kind === 'read-back' && !intent.compare) return null;
    const user = userIn(exchange.operation, answer.body);
    if (!user) return null;
    return Object.entries(intent.sent)
      .filter(([field, value]) => field in user && !isDeepStrictEqual(user[field], value))
      .map(([field]) => violation(exchange, this.id, `response/body${USER_AT[exchange.operation]}/${field}`, `the ${field} that was sent`));
  },
};
