// The shape of openapi.yaml as every reader of it sees it, and the walks over it: its operations, their
// documented answers, named examples, and its schemas as JSON Schema 2020-12 for ajv.

export type JsonObject = Record<string, unknown>;

export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema?: JsonObject; example?: unknown; examples?: Record<string, { value?: unknown; $ref?: string }> }>;
  $ref?: string;
}

export interface OpenApiOperation {
  operationId: string;
  responses: Record<string, OpenApiResponse>;
  requestBody?: OpenApiResponse & { required?: boolean };
  parameters?: Array<{ name: string; in: string; schema: JsonObject; required?: boolean; example?: unknown; examples?: Record<string, { value?: unknown }> }>;
}

/** The HTTP methods a path item may hold an operation under (OpenAPI 3.1 §4.8.9). */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A path item: its operations by method, beside keys that are not operations (`parameters`, `summary`, …). */
export type PathItem = Partial<Record<HttpMethod, OpenApiOperation>> & { parameters?: unknown[]; summary?: string; description?: string; $ref?: string };

export interface OperationEntry {
  /** Lower case, as the spec spells it. */
  method: HttpMethod;
  path: string;
  operation: OpenApiOperation;
}

/** Every operation of the spec, in the spec's order; path-level keys such as `parameters` are not operations. */
export function specOperations(spec: Pick<OpenApiDocument, 'paths'>): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of Object.keys(item ?? {})) {
      const operation = (item as Record<string, unknown>)[method];
      if ((HTTP_METHODS as readonly string[]).includes(method) && operation && typeof operation === 'object') {
        entries.push({ method: method as HttpMethod, path, operation: operation as OpenApiOperation });
      }
    }
  }
  return entries;
}

export interface OpenApiDocument {
  openapi: string;
  info: { version: string; title: string };
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, PathItem>;
  components: {
    schemas: Record<string, JsonObject>;
    responses?: Record<string, OpenApiResponse>;
    examples?: Record<string, { value: unknown }>;
  };
}

/** The `$id` under which the spec's component schemas are registered with ajv. */
export const SCHEMAS_ID = 'https://app.hipp.health/api/openapi.json';

/** Rewrites `#/components/schemas/X` refs so they resolve against the registered definitions. */
export function rewriteRefs<T>(node: T): T {
  if (Array.isArray(node)) return node.map(rewriteRefs) as T;
  if (node && typeof node === 'object') {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
          ? `${SCHEMAS_ID}#/$defs/${value.slice('#/components/schemas/'.length)}`
          : rewriteRefs(value);
    }
    return out as T;
  }
  return node;
}

/** The component schemas as one JSON Schema document that other schemas `$ref` into. */
export function definitionsSchema(spec: OpenApiDocument): JsonObject {
  return { $id: SCHEMAS_ID, $defs: rewriteRefs(spec.components.schemas) };
}

export function resolveResponse(spec: OpenApiDocument, response: OpenApiResponse): OpenApiResponse {
  if (!response.$ref) return response;
  const name = response.$ref.replace('#/components/responses/', '');
  const target = spec.components.responses?.[name];
  if (!target) throw new Error(`Unresolved response $ref ${response.$ref}`);
  return target;
}

export interface ResponseEntry {
  method: HttpMethod;
  path: string;
  operationId: string;
  status: string;
  response: OpenApiResponse;
  schema: JsonObject | undefined;
}

/** Every (operation, documented status) pair of the spec, with its resolved response. */
export function responseEntries(spec: OpenApiDocument): ResponseEntry[] {
  const entries: ResponseEntry[] = [];
  for (const { method, path, operation } of specOperations(spec)) {
    for (const [status, raw] of Object.entries(operation.responses)) {
      const response = resolveResponse(spec, raw);
      entries.push({ method, path, operationId: operation.operationId, status, response, schema: response.content?.['application/json']?.schema });
    }
  }
  return entries;
}

/** The named examples of a response, with `$ref`s to `components/examples` resolved. */
export function namedExamples(spec: OpenApiDocument, response: OpenApiResponse): Record<string, unknown> {
  const examples = response.content?.['application/json']?.examples ?? {};
  const out: Record<string, unknown> = {};
  for (const [name, example] of Object.entries(examples)) out[name] = resolveExample(spec, example);
  return out;
}

/** The value of a named example, following a `$ref` to `components/examples`. */
export function resolveExample(spec: OpenApiDocument, example: { value?: unknown; $ref?: string }): unknown {
  if (!example.$ref) return example.value;
  const target = spec.components.examples?.[example.$ref.replace('#/components/examples/', '')];
  if (!target) throw new Error(`Unresolved example $ref ${example.$ref}`);
  return target.value;
}
