// Where an ajv error points (a JSON pointer, the missing or unknown property included) and which rule it names,
// never the value: the one reading of ajv errors, which the client's issues, the sandbox's 400 details and the
// contract suite's violations each put in their own words.
import type { ContractIssue } from '../errors/contract-violation-error.js';

/** The fields of an ajv error this reads; its params and message, which may quote the value, are dropped. */
export interface AjvErrorLike {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** One issue per distinct (path, keyword); a missing property is named by its own path. */
export function contractIssuesFromAjv(errors: readonly AjvErrorLike[] | null | undefined): ContractIssue[] {
  const seen = new Set<string>();
  const issues: ContractIssue[] = [];
  for (const error of errors ?? []) {
    const path = schemaErrorPointer(error);
    const key = `${path} ${error.keyword}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push({ path, keyword: error.keyword });
    }
  }
  return issues;
}

/** Where the error is: its instance path, and for a missing or unknown property that property's own path. */
export function schemaErrorPointer(error: AjvErrorLike): string {
  const property =
    error.keyword === 'required' ? error.params['missingProperty'] : error.keyword === 'additionalProperties' ? error.params['additionalProperty'] : undefined;
  return typeof property === 'string' ? `${error.instancePath}/${escapePointer(property)}` : error.instancePath;
}

/** A JSON pointer as path steps: property names, and array indices as numbers. */
export function pointerSteps(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((step) => step.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((step) => (/^(0|[1-9]\d*)$/.test(step) ? Number(step) : step));
}

function escapePointer(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
