// publicIds the read phase sends: one shaped like a known id that names no user, and malformed ones
// drawn from the path parameter's schema, long ones and non-ASCII ones among them.
import type { JsonObject } from '../../spec/document.js';
import type { Random } from './random.js';
import { characters, NON_ASCII } from './text.js';

/**
 * The longest publicId sent: a path far longer meets the server's limit on a request line (Node's is 16 KiB
 * of headers), whose answer (431) says nothing about the API.
 */
const LONGEST_ID = 4096;

/**
 * An id of the same shape as `publicId` (same length, same kinds of characters) that names
 * another user: a server that checks the id's format must still answer 404, not 400.
 */
export function siblingId(publicId: string): string {
  const shift = (char: string) => {
    if (/\d/.test(char)) return String((Number(char) + 7) % 10);
    if (/[a-z]/.test(char)) return String.fromCharCode(((char.charCodeAt(0) - 97 + 13) % 26) + 97);
    if (/[A-Z]/.test(char)) return String.fromCharCode(((char.charCodeAt(0) - 65 + 13) % 26) + 65);
    return char;
  };
  const keep = Math.max(0, publicId.length - 8);
  return publicId.slice(0, keep) + publicId.slice(keep).replace(/./g, shift);
}

const swapCase = (text: string) => text.replace(/./gu, (char) => (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()));

/** Ids that name no user or break the id's shape; the schema gives their bounds (an empty one cannot be sent in a path). */
export function malformedIds(schema: JsonObject, known: string, random: Random): Array<{ value: string; why: string }> {
  const min = typeof schema.minLength === 'number' ? Math.max(schema.minLength, 1) : 1;
  const cases = [
    { value: random.letters(min), why: 'the shortest publicId allowed' },
    { value: swapCase(known), why: 'a known publicId in another case' },
    { value: ` ${known} `, why: 'a known publicId with surrounding spaces' },
    { value: `${known}!*`, why: 'a publicId with characters outside any id' },
    { value: random.letters(300), why: 'a 300-character publicId' },
    { value: random.letters(LONGEST_ID), why: `a ${characters(LONGEST_ID)} publicId` },
    ...NON_ASCII.map(([why, text]) => ({ value: text, why: `a publicId of ${why}` })),
  ];
  if (typeof schema.maxLength === 'number') cases.push({ value: random.letters(schema.maxLength + 1), why: 'a publicId longer than allowed' });
  return cases;
}
