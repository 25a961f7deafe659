// Writes the generated x-codeSamples into openapi.yaml itself, each in a block fenced by two comment lines.
//
// Why inside the hand-written file rather than in a generated overlay: openapi.yaml is the document every
// tool reads as it is (lint, Prism, the docs page, the copy the package ships, a user's own generators and
// editors). An overlay would make two documents, and each of those tools would have to be told to apply it.
// The fence keeps the one rule of generated files: `npm run generate` rewrites what is between the two lines,
// `npm run generate:check` fails when it differs, and nobody edits it by hand. The samples are rendered from
// the request examples and the server above them, which stay the single place those facts are written.
import { isMap, isPair, isScalar, parse, parseDocument, stringify } from 'yaml';
import { renderCodeSamples, type CodeSample } from './code-samples.js';
import { parseSpec } from '../../../src/spec/load.js';
import { specOperations, type OpenApiDocument } from '../../../src/spec/document.js';

const begin = (operationId: string) =>
  `# x-codeSamples of ${operationId}: written by \`npm run generate\` from its examples and the first server; do not edit by hand.`;
const end = (operationId: string) => `# end of the generated x-codeSamples of ${operationId}`;

/** openapi.yaml's text with every operation's x-codeSamples block rendered afresh (added where missing). */
export function withCodeSamples(text: string): string {
  const rendered = renderCodeSamples(parseSpec(text));
  let out = text;
  for (const [operationId, samples] of rendered) out = spliceBlock(out, operationId, samples);
  checkSpliced(out, rendered);
  return out;
}

function spliceBlock(text: string, operationId: string, samples: CodeSample[]): string {
  const lines = text.split('\n');
  const first = lines.findIndex((line) => line.trim() === begin(operationId));
  const last = lines.findIndex((line) => line.trim() === end(operationId));
  if (first !== -1 && last > first) {
    const indent = lines[first]!.slice(0, lines[first]!.indexOf('#'));
    return [...lines.slice(0, first), ...block(operationId, samples, indent), ...lines.slice(last + 1)].join('\n');
  }
  if (first !== -1 || last !== -1)
    throw new Error(
      `openapi.yaml: the x-codeSamples block of ${operationId} has lost one of its two fence lines; delete what is left of it and run npm run generate`,
    );
  // No block yet: put it just before the operation's responses.
  const { line, indent } = responsesKeyOf(text, operationId);
  return [...lines.slice(0, line), ...block(operationId, samples, indent), ...lines.slice(line)].join('\n');
}

function block(operationId: string, samples: CodeSample[], indent: string): string[] {
  const yaml = stringify({ 'x-codeSamples': samples }, { blockQuote: 'literal', lineWidth: 0 }).trimEnd();
  return [begin(operationId), ...yaml.split('\n'), end(operationId)].map((line) => (line ? `${indent}${line}` : line));
}

/** The line and indentation of the `responses:` key of the operation with this operationId. */
function responsesKeyOf(text: string, operationId: string): { line: number; indent: string } {
  const doc = parseDocument(text);
  const paths = doc.get('paths');
  if (isMap(paths)) {
    for (const item of paths.items) {
      if (!isPair(item) || !isMap(item.value)) continue;
      for (const operation of item.value.items) {
        if (!isPair(operation) || !isMap(operation.value) || operation.value.get('operationId') !== operationId) continue;
        const responses = operation.value.items.find((pair) => isScalar(pair.key) && pair.key.value === 'responses');
        const offset = responses && isScalar(responses.key) ? responses.key.range?.[0] : undefined;
        if (offset === undefined) break;
        const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return { line: text.slice(0, lineStart).split('\n').length - 1, indent: text.slice(lineStart, offset) };
      }
    }
  }
  throw new Error(`openapi.yaml: found no responses of operation ${operationId} to put its x-codeSamples before`);
}

/** The spliced text must parse to exactly the rendered samples: a wrong indentation would hide them elsewhere. */
function checkSpliced(text: string, expected: Map<string, CodeSample[]>): void {
  for (const { operation } of specOperations(parse(text) as OpenApiDocument)) {
    const want = expected.get(operation.operationId);
    if (want && JSON.stringify((operation as { 'x-codeSamples'?: unknown })['x-codeSamples']) !== JSON.stringify(want)) {
      throw new Error(
        `openapi.yaml: the x-codeSamples block of ${operation.operationId} does not sit inside its operation; delete the block and run npm run generate`,
      );
    }
  }
}
