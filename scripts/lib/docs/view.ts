// The document the docs page is built from: openapi.yaml as it is, with two changes that concern the page only.
import { type OpenApiDocument, specOperations } from '../../../src/spec/document.js';

export interface DocsServer {
  url: string;
  description: string;
}

/**
 * - Operations lose their `tags`. Redoc 3 renders a tag's operations only while the reader is on that
 *   tag's own route, behind a "+ Show" button; untagged operations are rendered on the page itself, in
 *   order, with their requests, responses and samples. The tags stay declared, so the "Users" heading and
 *   its description remain, and openapi.yaml keeps them for generators that group by tag.
 * - `servers` gains the local ones (npm start passes the mock it serves), after production.
 */
export function docsView(spec: OpenApiDocument, localServers: DocsServer[] = []): OpenApiDocument {
  const view = structuredClone(spec) as OpenApiDocument & { servers?: DocsServer[] };
  for (const { operation } of specOperations(view)) delete (operation as { tags?: string[] }).tags;
  view.servers = [...(view.servers ?? []).map((server) => ({ description: '', ...server })), ...localServers];
  return view;
}
