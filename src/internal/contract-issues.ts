// The one formatter of ajv errors: where (a JSON pointer) and which rule, never the value.
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
    const missing = error.keyword === 'required' ? error.params['missingProperty'] : undefined;
    const path = typeof missing === 'string' ? `${error.instancePath}/${escapePointer(missing)}` : error.instancePath;
    const key = `${path} ${error.keyword}`;
    if (!seen.has(key)) {
      seen.add(key);
      issues.push({ path, keyword: error.keyword });
    }
  }
  return issues;
}

function escapePointer(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}
