// Renders each operation's x-codeSamples (a curl line and a TypeScript snippet on this project's client)
// from the spec's own request examples and its production server, so no sample is written twice by hand.
// Each sample takes its server from HIPP_BASE_URL and its key from HIPP_API_KEY: copied unedited, it reaches
// whichever server those name (the sandbox, a staging API), and production only while HIPP_BASE_URL is unset.
import { resolveExample, type OpenApiDocument, type OpenApiOperation, specOperations } from '../../../src/spec/document.js';

export interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

/** What a sample sends: the operation's path with its parameters filled in, and its body. */
export interface SampleRequest {
  operationId: string;
  method: string;
  /** The path with every path parameter replaced by its example, percent-encoded down to unreserved characters. */
  path: string;
  pathParameters: Record<string, string>;
  body: unknown;
}

/** The package name the TypeScript samples import from. */
export const PACKAGE_NAME = '@hipp-health/users-api';

/** The environment variables every sample reads: where it sends its request, and the key it sends. */
const BASE_URL_VARIABLE = 'HIPP_BASE_URL';
const API_KEY_VARIABLE = 'HIPP_API_KEY';

/**
 * How the client calls each operation. The samples are typechecked and run against the client in
 * tests/docs, so a wrong name here fails a test; an operation missing here fails `npm run generate`.
 */
const CLIENT_CALLS: Record<string, (request: SampleRequest) => string[]> = {
  createUser: (request) => [`const { message, user } = await hipp.users.create(${tsLiteral(request.body)});`, 'console.log(message, user.publicId);'],
  getUserById: (request) => [`const user = await hipp.users.get(${tsLiteral(request.pathParameters.publicId)});`, 'console.log(user.publicId, user.role);'],
};

/** The server every sample targets: the first of `servers`, production. */
export function productionServer(spec: OpenApiDocument): string {
  const url = spec.servers?.[0]?.url;
  if (!url) throw new Error('openapi.yaml names no server; the code samples target the first one');
  return url.replace(/\/$/, '');
}

/** Every operation with the request its samples send, in the order of the spec. */
export function sampleRequests(spec: OpenApiDocument): SampleRequest[] {
  const requests: SampleRequest[] = [];
  for (const { method, path, operation } of specOperations(spec)) requests.push(sampleRequest(spec, method, path, operation));
  return requests;
}

function sampleRequest(spec: OpenApiDocument, method: string, path: string, operation: OpenApiOperation): SampleRequest {
  const where = `${operation.operationId} (${method.toUpperCase()} ${path})`;
  const pathParameters: Record<string, string> = {};
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'path') {
      if (parameter.required)
        throw new Error(`${where}: the code samples fill in path parameters only, not the required ${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    const example = parameter.example ?? Object.values(parameter.examples ?? {})[0]?.value;
    if (typeof example !== 'string') throw new Error(`${where}: path parameter ${parameter.name} needs a string example for the code samples`);
    pathParameters[parameter.name] = example;
  }
  const filledPath = path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = pathParameters[name];
    if (value === undefined) throw new Error(`${where}: path parameter ${name} is not described`);
    return percentEncode(value);
  });
  let body: unknown;
  if (operation.requestBody) {
    const media = operation.requestBody.content?.['application/json'];
    // The first named example: the one the docs page shows first, too.
    const first = Object.values(media?.examples ?? {})[0];
    body = first ? resolveExample(spec, first) : media?.example;
    if (body === undefined) throw new Error(`${where}: the request body needs an example for the code samples`);
  }
  return { operationId: operation.operationId, method: method.toUpperCase(), path: filledPath, pathParameters, body };
}

/** The x-codeSamples of every operation, by operationId. */
export function renderCodeSamples(spec: OpenApiDocument): Map<string, CodeSample[]> {
  const server = productionServer(spec);
  const samples = new Map<string, CodeSample[]>();
  for (const request of sampleRequests(spec)) {
    samples.set(request.operationId, [
      { lang: 'Shell', label: 'curl', source: curlSample(server, request) },
      { lang: 'TypeScript', label: 'TypeScript', source: typescriptSample(server, request) },
    ]);
  }
  return samples;
}

/**
 * What the server's URL and the path may hold inside the curl line's double quotes, so that every shell reads
 * them as written: no `$`, backquote, backslash, `"`, `!` (history expansion), `}` (it would end the default).
 */
const SHELL_SAFE_IN_DOUBLE_QUOTES = /^[\w/:.,@%+=~-]+$/;

function curlSample(server: string, request: SampleRequest): string {
  if (!SHELL_SAFE_IN_DOUBLE_QUOTES.test(server + request.path))
    throw new Error(
      `${request.operationId}: its URL (${server + request.path}) has a character a shell would read inside the curl sample's double quotes; the first server's URL and the path may hold letters, digits and /:.,@%+=~_- only`,
    );
  // `${HIPP_BASE_URL-…}`, not `:-`: a variable set but empty is a mistake, and curl stops on a URL with no host
  // instead of going to production (as the TypeScript snippet's `??` hands the client '', which it refuses).
  const url = `"\${${BASE_URL_VARIABLE}-${server}}${request.path}"`;
  const comment = `# Production unless ${BASE_URL_VARIABLE} is set (e.g. to the sandbox's URL); the key comes from ${API_KEY_VARIABLE}.`;
  // Double quotes, so the shell puts the key in from the environment.
  const lines = [`curl -X ${request.method} ${url}`, `-H "Authorization: Bearer $${API_KEY_VARIABLE}"`];
  if (request.body !== undefined) {
    lines.push('-H "Content-Type: application/json"');
    lines.push(`-d ${shellQuote(JSON.stringify(request.body, null, 2).replace(/\n/g, '\n  '))}`);
  }
  return `${comment}\n${lines.join(' \\\n  ')}`;
}

function typescriptSample(server: string, request: SampleRequest): string {
  const call = CLIENT_CALLS[request.operationId];
  if (!call)
    throw new Error(`${request.operationId}: scripts/lib/generate/code-samples.ts does not say how the client calls this operation; add it to CLIENT_CALLS`);
  return [
    `import { createHippClient } from '${PACKAGE_NAME}';`,
    '',
    'const hipp = createHippClient({',
    `  apiKey: process.env.${API_KEY_VARIABLE},`,
    `  // Production unless ${BASE_URL_VARIABLE} is set (e.g. to the sandbox's URL).`,
    `  baseUrl: process.env.${BASE_URL_VARIABLE} ?? ${tsLiteral(server)},`,
    '});',
    '',
    ...call(request),
  ].join('\n');
}

/** The text in single quotes, which the shell reads as it is. */
function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** encodeURIComponent, and `!'()*` too: the path then holds only characters the curl line's double quotes keep. */
function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A JSON value as a TypeScript literal: single-quoted strings, bare keys where they are identifiers. */
function tsLiteral(value: unknown, indent = ''): string {
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const items = value.map((item) => tsLiteral(item, inner));
    const flat = `[${items.join(', ')}]`;
    return flat.length <= 60 && !flat.includes('\n') ? flat : `[\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => `${inner}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : tsLiteral(key)}: ${tsLiteral(item, inner)},`);
  return entries.length === 0 ? '{}' : `{\n${entries.join('\n')}\n${indent}}`;
}
