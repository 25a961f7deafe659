// Reads openapi.yaml and turns its schemas into JSON Schema 2020-12 for ajv.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from '../paths.js';

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

export interface OpenApiDocument {
  openapi: string;
  info: { version: string; title: string };
  servers?: Array<{ url: string; description?: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonObject>;
    responses?: Record<string, OpenApiResponse>;
    examples?: Record<string, { value: unknown }>;
  };
}

export function loadSpec(path = specPath()): OpenApiDocument {
  return parseSpec(readFileSync(path, 'utf8'), path);
}

/**
 * The last texts parsed, and what they parsed to. The same spec is read many times in one process (a test run
 * reads it over a hundred times); a copy of the parsed object costs about a hundredth of parsing the YAML again.
 */
const parsedTexts = new Map<string, OpenApiDocument>();
const PARSED_TEXTS_KEPT = 8;

/** Parses a spec's text; `source` names it in the error when the text is not a YAML mapping. Each call gets its own object. */
export function parseSpec(text: string, source = 'openapi.yaml'): OpenApiDocument {
  let spec = parsedTexts.get(text);
  if (!spec) {
    const parsed: unknown = parse(text);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error(`${source} is not a YAML mapping`);
    spec = parsed as OpenApiDocument;
    parsedTexts.set(text, spec);
    if (parsedTexts.size > PARSED_TEXTS_KEPT) parsedTexts.delete(parsedTexts.keys().next().value!);
  }
  return structuredClone(spec);
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
  method: string;
  path: string;
  operationId: string;
  status: string;
  response: OpenApiResponse;
  schema: JsonObject | undefined;
}

/** Every (operation, documented status) pair of the spec, with its resolved response. */
export function responseEntries(spec: OpenApiDocument): ResponseEntry[] {
  const entries: ResponseEntry[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const [status, raw] of Object.entries(operation.responses)) {
        const response = resolveResponse(spec, raw);
        entries.push({
          method,
          path,
          operationId: operation.operationId,
          status,
          response,
          schema: response.content?.['application/json']?.schema,
        });
      }
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
