import { HippError } from './hipp-error.js';

/** One way a response body breaks the spec: where (a JSON pointer) and which rule. Never the value. */
export interface ContractIssue {
  /** JSON pointer into the body; `''` is the body itself. A missing property is named by its own path. */
  path: string;
  /** The JSON Schema keyword that failed (`required`, `enum`, `format`, ...), `json` for a body that is not JSON, or `status` for a success status the spec does not document. */
  keyword: string;
}

export interface ContractViolationInit {
  operationId: string;
  status: number;
  issues: ContractIssue[];
  requestId?: string | undefined;
}

/**
 * A response body broke the spec. It names the operation, the status and the
 * failing paths, and deliberately carries no part of the body: it may hold patient data.
 */
export class ContractViolationError extends HippError {
  override name = 'ContractViolationError';
  readonly operationId: string;
  readonly status: number;
  readonly issues: readonly ContractIssue[];
  readonly requestId: string | undefined;

  constructor(init: ContractViolationInit) {
    const list = init.issues.map((issue) => `${issue.path || '(body)'} (${issue.keyword})`).join(', ');
    super(`${init.operationId} returned a ${init.status} response that breaks the spec: ${list}`);
    this.operationId = init.operationId;
    this.status = init.status;
    this.issues = Object.freeze(init.issues.map((issue) => Object.freeze({ ...issue })));
    this.requestId = init.requestId;
  }
}
