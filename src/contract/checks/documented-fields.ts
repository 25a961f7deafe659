// The fields the schema of an operation's 200 answer documents for the user it carries. Round-trip and echo
// checks judge only these: a field a server adds on its own is no promise of the spec's, so never a violation.
import type { JsonObject } from '../../spec/document.js';
import { USER_AT } from '../resources.js';
import type { ContractSpec, OperationId } from '../spec.js';

const cache = new WeakMap<ContractSpec, Map<OperationId, ReadonlySet<string>>>();

export function documentedUserFields(spec: ContractSpec, operation: OperationId): ReadonlySet<string> {
  const known = cache.get(spec) ?? new Map<OperationId, ReadonlySet<string>>();
  cache.set(spec, known);
  let fields = known.get(operation);
  if (!fields) {
    let schema: JsonObject | undefined = spec.entryFor(operation, '200')?.schema;
    for (const step of USER_AT[operation].split('/').slice(1)) {
      schema = schema && ((spec.resolveSchema(schema).properties as Record<string, JsonObject> | undefined)?.[step] ?? undefined);
    }
    fields = new Set(Object.keys((schema && spec.resolveSchema(schema).properties) ?? {}));
    known.set(operation, fields);
  }
  return fields;
}
