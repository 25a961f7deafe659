// Deliberately broken variants of the reference server, each breaking one promise of the spec.
export const BREAKS = {
  'created-201': 'create answers 201 instead of the documented 200',
  'created-without-publicId': 'the created user lacks its required publicId',
  'role-outside-enum': 'get returns a role outside the UserRole enum',
  'malformed-birth-date': 'get returns a birthDate that is not a YYYY-MM-DD date',
  'ignores-auth': 'no key at all is accepted',
  'accepts-made-up-key': 'an unknown key is accepted',
  'accepts-invalid': 'invalid create bodies are accepted',
  'forgets-created-users': 'a created user cannot be read back',
  'malformed-error-body': 'error bodies carry `message` instead of `error`',
  'text-content-type': 'answers are sent as text/plain',
  'crashes-on-get': 'get answers 500',
  'admin-for-anyone': 'a key whose role may not create ADMIN users creates one',
} as const;

export type Break = keyof typeof BREAKS;

export function isBreak(value: string): value is Break {
  return Object.hasOwn(BREAKS, value);
}
