// Pulls every JSON example out of the API's own docs (the API reference pages, copied from shared/seeds into tests/support/reference-pages).
import { readFileSync } from 'node:fs';

export const REFERENCE_PAGES = {
  createUser: new URL('./reference-pages/create-user.txt', import.meta.url),
  getUserById: new URL('./reference-pages/get-user-by-id.txt', import.meta.url),
} as const;

/** Every balanced `{…}` block of the text that parses as JSON, outermost only, in order. */
export function jsonBlocks(text: string): unknown[] {
  const blocks: unknown[] = [];
  let index = 0;
  while ((index = text.indexOf('{', index)) !== -1) {
    const end = matchingBrace(text, index);
    if (end !== -1) {
      try {
        blocks.push(JSON.parse(text.slice(index, end + 1)));
        index = end + 1;
        continue;
      } catch {
        // Code samples (JavaScript objects, function bodies) are not JSON; look inside them.
      }
    }
    index += 1;
  }
  return blocks;
}

function matchingBrace(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

export function referenceBlocks(file: URL): unknown[] {
  return jsonBlocks(readFileSync(file, 'utf8'));
}
