// Schemathesis's positive_data_acceptance: valid data is accepted (2xx). A refusal is reported on the
// fields its 400 names, when they are among the ones the case exercised, else on the request as a whole.
import { namedFields } from './negative-data-rejection.js';
import { violation, type Check } from './types.js';

export const positiveDataAcceptance: Check = {
  id: 'positive_data_acceptance',
  kind: 'promise',
  description: 'Valid data is accepted with a 2xx.',
  check(exchange) {
    const { intent, answer } = exchange;
    if (intent.kind !== 'positive' || !answer) return null;
    if (answer.status >= 200 && answer.status < 300) return [];
    const named = answer.status === 400 ? namedFields(answer, exchange.via).map((field) => intent.fields.find((path) => path.endsWith(`/${field}`))) : [];
    const paths = [...new Set(named.filter((path): path is string => path !== undefined))];
    return (paths.length > 0 ? paths : ['request']).map((path) => violation(exchange, this.id, path, 'a 2xx: the value is valid per the spec'));
  },
};
