// Text a free-form string field allows, though servers often trip on it: long strings, non-ASCII text, and a
// body near a common size limit. The spec sets no maxLength and no character set on these fields, so each is
// valid data: a 2xx is due, a 4xx is a limit the spec does not state (a warning), a 5xx is a violation.

/** Long strings, once each per field: past the usual column widths (255), a page (4 KiB), 64 KiB. */
export const LONG_LENGTHS = [256, 4096, 65_536] as const;

/** Non-ASCII text, one class a case, each of it valid JSON (control characters go JSON-escaped, as `\u0000`). */
export const NON_ASCII: ReadonlyArray<readonly [why: string, text: string]> = [
  ['accented letters', 'José Müller-Øberg Ñúñez'],
  ['CJK characters', '山田 太郎 김민준'],
  ['emoji, one of them a joined sequence', 'Zoë 👩🏽‍⚕️ 🎉'],
  ['right-to-left text', 'محمد שרה'],
  ['combining marks', 'Jose\u0301 Zoe\u0308 A\u030a'],
  ['control characters', 'Tab\there\nline\u0000nul\u0007bell\u001bescape'],
];

/**
 * The API reference's Create User page (tests/support/reference-pages/create-user.txt, openapi.yaml's source)
 * states no limit on a request body; of payors it says only that they are assigned "if exists". 1 MiB is a
 * common default of servers and proxies (nginx's client_max_body_size; the sandbox's MAX_BODY_BYTES): a body
 * just under it is still valid data, so a refusal is a limit the spec does not state.
 */
export const COMMON_BODY_LIMIT = 1024 * 1024;

/** How much of the body the near-limit string leaves to the rest of it (the other fields, the JSON). */
export const BODY_HEADROOM = 4096;

/** Latin capitals and the Cyrillic letters that look the same: an enum value with one swapped is another value. */
const LOOKALIKES: Readonly<Record<string, string>> = {
  A: '\u0410',
  B: '\u0412',
  C: '\u0421',
  E: '\u0415',
  H: '\u041d',
  K: '\u041a',
  M: '\u041c',
  O: '\u041e',
  P: '\u0420',
  T: '\u0422',
  X: '\u0425',
};

/** `value` with its first Latin capital that has a Cyrillic lookalike swapped for it, or undefined when none has. */
export function withLookalike(value: string): string | undefined {
  const index = value.search(new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`));
  return index < 0 ? undefined : `${value.slice(0, index)}${LOOKALIKES[value[index]!]!}${value.slice(index + 1)}`;
}

/** Arrays nested `depth` deep around one string: deep nesting where a list of strings goes. */
export function nested(depth: number): unknown[] {
  let value: unknown = 'payor';
  for (let level = 0; level < depth; level++) value = [value];
  return value as unknown[];
}

/** 65 536 as `65 536`: a length in a case's words. */
export const characters = (length: number) => `${String(length).replace(/\B(?=(\d{3})+$)/g, ' ')}-character`;
