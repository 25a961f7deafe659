// The docs: an omitted `role` makes a TECHNICIAN, an omitted `shouldSendSMS` means false. Read from the
// schema's `default`s, checked on the created user and on its read-back wherever the answer's schema
// documents the field and the answer carries it.
import { USER_AT, userIn } from '../resources.js';
import { documentedUserFields } from './documented-fields.js';
import { violation, type Check } from './types.js';

export const documentedDefaultsCheck: Check = {
  id: 'documented_defaults',
  kind: 'promise',
  description: 'A create that leaves out a field with a documented default gets that default, echoed and read back.',
  check(exchange) {
    const { intent, answer } = exchange;
    if ((intent.kind !== 'create' && intent.kind !== 'read-back') || answer?.status !== 200) return null;
    const user = userIn(exchange.operation, answer.body);
    const documented = documentedUserFields(exchange.spec, exchange.operation);
    const omitted = Object.entries(exchange.spec.documentedDefaults()).filter(([field]) => !(field in intent.sent) && documented.has(field));
    if (!user || omitted.length === 0) return null;
    return omitted
      .filter(([field, value]) => field in user && user[field] !== value)
      .map(([field, value]) =>
        violation(exchange, this.id, `response/body${USER_AT[exchange.operation]}/${field}`, `the documented default ${JSON.stringify(value)}`),
      );
  },
};
