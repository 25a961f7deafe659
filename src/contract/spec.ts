// The spec as the contract suite reads it: its two operations, their documented statuses and examples, and
// ajv validators per (operation, status) with RFC 3339 dates to the letter. Built from a document, so a run
// can check a server against another version of this API's spec (`--spec`).
import type { ValidateFunction } from 'ajv';
import type { OperationId } from '../../generated/operations.js';
import { compileSpecSchema, createSpecAjv } from '../spec/ajv.js';
import {
  namedExamples,
  responseEntries,
  specOperations,
  type JsonObject,
  type OpenApiDocument,
  type OpenApiOperation,
  type ResponseEntry,
} from '../spec/document.js';

export type { OperationId };

/** The operations the suite knows how to exercise; a spec without one of them is not a version of this API. */
export const OPERATION_IDS: readonly OperationId[] = ['createUser', 'getUserById'];

export interface Operation {
  operationId: OperationId;
  method: string;
  /** The path template, such as `/v1/users/{publicId}`. */
  path: string;
  definition: OpenApiOperation;
}

type CreateBody = { firstName: string; lastName: string } & Record<string, unknown>;

export class ContractSpec {
  readonly operations: Operation[];
  readonly entries: ResponseEntry[];
  private readonly ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  /** `source` names the spec in errors (a file path, or `openapi.yaml`). */
  constructor(
    readonly document: OpenApiDocument,
    source = 'openapi.yaml',
  ) {
    const found = specOperations(document);
    this.operations = OPERATION_IDS.map((operationId) => {
      const entry = found.find(({ operation }) => operation.operationId === operationId);
      if (!entry) throw new Error(`${source} has no operation ${operationId}: the contract suite checks versions of the Users API spec`);
      return { operationId, method: entry.method.toUpperCase(), path: entry.path, definition: entry.operation };
    });
    this.entries = responseEntries(document);
    this.ajv = createSpecAjv(document);
  }

  operation(operationId: OperationId): Operation {
    return this.operations.find((candidate) => candidate.operationId === operationId)!;
  }

  documentedStatuses(operationId: OperationId): string[] {
    return Object.keys(this.operation(operationId).definition.responses);
  }

  entryFor(operationId: OperationId, status: string): ResponseEntry | undefined {
    return this.entries.find((entry) => entry.operationId === operationId && entry.status === status);
  }

  validatorFor(operationId: OperationId, status: string): ValidateFunction | undefined {
    const key = `${operationId} ${status}`;
    if (!this.validators.has(key)) {
      const schema = this.entryFor(operationId, status)?.schema;
      if (!schema) return undefined;
      this.validators.set(key, compileSpecSchema(this.ajv, schema));
    }
    return this.validators.get(key);
  }

  examplesOf(entry: ResponseEntry): Record<string, unknown> {
    return namedExamples(this.document, entry.response);
  }

  /** Follows `#/components/schemas/…` refs, keeping the referring node's own keywords (such as `default`). */
  resolveSchema(schema: JsonObject): JsonObject {
    const ref = schema.$ref;
    if (typeof ref !== 'string') return schema;
    const target = this.document.components.schemas[ref.replace('#/components/schemas/', '')];
    if (!target) throw new Error(`Unresolved schema $ref ${ref}`);
    const { $ref: _ref, ...own } = schema;
    return { ...this.resolveSchema(target), ...own };
  }

  /** The request body schema of an operation (resolved), if it takes one. */
  requestSchema(operationId: OperationId): JsonObject | undefined {
    const schema = this.operation(operationId).definition.requestBody?.content?.['application/json']?.schema;
    return schema ? this.resolveSchema(schema) : undefined;
  }

  /** The request examples of an operation, by name. */
  requestExamples(operationId: OperationId): Record<string, unknown> {
    const body = this.operation(operationId).definition.requestBody;
    return body ? namedExamples(this.document, body) : {};
  }

  /** The get operation's path parameter (the publicId). */
  idParameter(): { name: string; schema: JsonObject; example?: unknown } {
    const parameter = this.operation('getUserById').definition.parameters?.find((candidate) => candidate.in === 'path');
    if (!parameter) throw new Error('getUserById has no path parameter');
    return parameter;
  }

  /** The publicId the spec's get operation gives as its example: the documented shape of an id. */
  documentedPublicId(): string {
    const { example } = this.idParameter();
    if (typeof example !== 'string') throw new Error("the spec gives getUserById's publicId no example: the contract suite needs one");
    return example;
  }

  /** The documented create bodies, fewest fields first. */
  private createExamples(): CreateBody[] {
    const bodies = Object.values(this.requestExamples('createUser')) as CreateBody[];
    if (bodies.length === 0) throw new Error('the spec gives createUser no request example: the contract suite needs one');
    return bodies.sort((a, b) => Object.keys(a).length - Object.keys(b).length);
  }

  /** The smallest documented create body. */
  minimalCreate(): CreateBody {
    return this.createExamples()[0]!;
  }

  /** The documented create body with the most fields: the base the boundary phase spoils one field at a time. */
  fullCreate(): CreateBody {
    return this.createExamples().at(-1)!;
  }

  /** The create fields with a documented default, and that default: read from the request schema. */
  documentedDefaults(): Record<string, unknown> {
    const properties = (this.requestSchema('createUser')?.properties ?? {}) as Record<string, JsonObject>;
    return Object.fromEntries(
      Object.entries(properties)
        .map(([field, schema]) => [field, this.resolveSchema(schema).default] as const)
        .filter(([, value]) => value !== undefined),
    );
  }

  /** An operation's path with its path parameters filled in (percent-encoded). */
  pathFor(operationId: OperationId, parameters: Record<string, string> = {}): string {
    return this.operation(operationId).path.replace(/\{(\w+)\}/g, (_match, name: string) => {
      const value = parameters[name];
      if (value === undefined) throw new Error(`${operationId} needs the path parameter ${name}`);
      return encodeURIComponent(value);
    });
  }
}
