// Deliberately broken variants of the reference server, each breaking one promise of the spec,
// with the failure the contract suite must report for it (not just any failure).
export const BREAKS = {
  'created-201': {
    description: 'create answers 201 instead of the documented 200',
    caughtBy: /createUser → 201: status 201 is not documented/,
  },
  'created-without-publicId': {
    description: 'the created user lacks its required publicId',
    caughtBy: /createUser → 200: body breaks the spec at \/user \(missing required property publicId\)/,
  },
  'role-outside-enum': {
    description: 'get returns a role outside the UserRole enum',
    caughtBy: /getUserById → 200: body breaks the spec at \/role \(enum/,
  },
  'malformed-birth-date': {
    description: 'get returns a birthDate that is not a YYYY-MM-DD date',
    caughtBy: /getUserById → 200: body breaks the spec at \/birthDate \(format/,
  },
  'ignores-auth': {
    description: 'no key at all is accepted',
    caughtBy: /(createUser|getUserById) without a key answered \d+, not 401/,
  },
  'accepts-made-up-key': {
    description: 'an unknown key is accepted',
    caughtBy: /(createUser|getUserById) with a made-up key answered \d+, not 401/,
  },
  'accepts-invalid': {
    description: 'invalid create bodies are accepted',
    caughtBy: /createUser answered 200, not 400/,
  },
  'forgets-created-users': {
    description: 'a created user cannot be read back',
    caughtBy: /getUserById answered 404, not 200/,
  },
  'malformed-error-body': {
    description: 'error bodies carry `message` instead of `error`',
    caughtBy: /→ 40\d: body breaks the spec at \/ \(missing required property error\)/,
  },
  'text-content-type': {
    description: 'answers are sent as text/plain',
    caughtBy: /content type is not application\/json/,
  },
  'crashes-on-get': {
    description: 'get answers 500',
    caughtBy: /getUserById → 500: the server failed/,
  },
  'admin-for-anyone': {
    description: 'a key whose role may not create ADMIN users creates one',
    caughtBy: /createUser answered 200, not 403/,
  },
  'swapped-names': {
    description: 'the created user comes back with first and last names swapped',
    caughtBy: /createUser echoed a user that differs from the request/,
  },
  'wrong-role-echo': {
    description: 'the created user comes back with another role than the one asked for',
    caughtBy: /createUser echoed a user that differs from the request/,
  },
  'sms-default-true': {
    description: 'shouldSendSMS defaults to true instead of false',
    caughtBy: /createUser echoed a user that differs from the request/,
  },
  'crashes-on-malformed-id': {
    description: 'get answers 500 to a malformed publicId instead of 400',
    caughtBy: /getUserById → 500: the server failed/,
  },
} as const satisfies Record<string, { description: string; caughtBy: RegExp }>;

export type Break = keyof typeof BREAKS;

export function isBreak(value: string): value is Break {
  return Object.hasOwn(BREAKS, value);
}
