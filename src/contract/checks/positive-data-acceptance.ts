// Schemathesis's positive_data_acceptance: valid data is accepted (2xx). A refusal is reported on the
// fields its 400 names, when they are among the ones the case exercised, else on the request as a whole.
// Valid data a server may refuse for a limit the spec does not state (a long or non-ASCII string): a 4xx
// there is a warning, not a violation; anything else but a 2xx (a 5xx above all) is still a violation.
import { namedFields } from './negative-data-rejection.js';
import { finding, violation, type Check } from './types.js';

export const positiveDataAcceptance: Check = {
  id: 'positive_data_acceptance',
  kind: 'promise',
  description: 'Valid data is accepted with a 2xx (long or non-ASCII text refused with a 4xx: a warning).',
  check(exchange) {
    const { intent, answer } = exchange;
    if (!answer || (intent.kind !== 'positive' && intent.kind !== 'unstated-limit')) return null;
    if (answer.status >= 200 && answer.status < 300) return [];
    if (intent.kind === 'unstated-limit') {
      const path = `request/body/${intent.field}`;
      if (answer.status >= 400 && answer.status < 500) {
        return [finding('warning', exchange, this.id, path, `a 2xx for ${intent.why}, valid per the spec: refusing it is a limit the spec does not state`)];
      }
      return [violation(exchange, this.id, path, `a 2xx for ${intent.why}, valid per the spec (at most a 4xx for a limit it does not state)`)];
    }
    const named = answer.status === 400 ? namedFields(answer, exchange.via).map((field) => intent.fields.find((path) => path.endsWith(`/${field}`))) : [];
    const paths = [...new Set(named.filter((path): path is string => path !== undefined))];
    return (paths.length > 0 ? paths : ['request']).map((path) => violation(exchange, this.id, path, 'a 2xx: the value is valid per the spec'));
  },
};
