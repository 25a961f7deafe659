// POST /v1/users: validate, check the caller may create the role, keep emails unique, store, echo.
import { REQUEST_BODY_FIELDS } from '../../../generated/request-fields.js';
import type { CreateUserRequest, CreateUserResponse } from '../../types.js';
import { errorAnswer, MESSAGES, validationAnswer, type SandboxReply } from '../answers.js';
import { readJsonBody } from '../body.js';
import type { HandlerContext } from '../context.js';
import { toCreatedUser, userFrom } from '../store.js';

export async function createUser({ request, key, store, steps, organization, payors }: HandlerContext): Promise<SandboxReply> {
  const read = await readJsonBody(request);
  if (!('json' in read)) return read;
  const { value: body, issues } = steps.check<Required<Pick<CreateUserRequest, 'role' | 'shouldSendSMS'>> & CreateUserRequest>('createUser:body', read.json);
  if (issues.length > 0) return validationAnswer(issues);
  if (!steps.mayCreate(key, body.role)) {
    // The documented 403 says no more than `Access denied`; the log line says what this key may create.
    const allowed = key.mayCreate === 'all' ? 'every assignable role' : key.mayCreate.join(', ') || 'no role';
    return { ...errorAnswer(403, MESSAGES.accessDenied), note: `a ${key.role} key may create ${allowed}` };
  }
  if (body.email !== undefined && store.emailTaken(body.email)) {
    return validationAnswer([{ code: 'custom', message: 'Email already in use', path: ['email'] }]);
  }

  let publicId = steps.newPublicId();
  while (store.has(publicId)) publicId = steps.newPublicId();
  // Only the create fields: a body may carry others (the spec allows them), and a demographic among
  // them must not slip into the user. A new user knows no demographics; userFrom leaves them null.
  const { firstName, lastName, email, role, phoneNumber, npiNumber, shouldSendSMS, recertificationDate, providerPayors = [], ...rest } = body;
  // A field the spec's request schema gains is kept as sent, and answered wherever a response schema documents it.
  const documented = REQUEST_BODY_FIELDS['createUser'] ?? [];
  const extra = Object.fromEntries(Object.entries(rest as Record<string, unknown>).filter(([field]) => documented.includes(field)));
  const now = steps.now();
  const user = userFrom(
    {
      publicId,
      firstName,
      lastName,
      email,
      role,
      phoneNumber,
      npiNumber,
      shouldSendSMS,
      recertificationDate,
      providerPayors: providerPayors.filter((payor) => payors.has(payor)),
      createdAt: now.toISOString(),
      extra,
    },
    steps.newPublicId,
    now,
    organization.publicId,
  );
  store.add(user);
  const answer: CreateUserResponse = { message: 'User created successfully', user: toCreatedUser(user, organization) };
  const ignored = ignoredFields(read.json);
  if (ignored.length === 0) return { status: 200, body: answer };
  // Passed over, as zod passes over keys a schema does not name; named, so a typo such as `emial` shows.
  return { status: 200, body: answer, headers: { 'x-sandbox-ignored-fields': ignored.join(',') }, note: `ignored unknown fields: ${ignored.join(', ')}` };
}

/** The body's fields the spec's request schema does not document: names only, made printable and short. */
function ignoredFields(json: unknown): string[] {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
  const documented = REQUEST_BODY_FIELDS['createUser'] ?? [];
  return Object.keys(json)
    .filter((field) => !documented.includes(field))
    .map((field) =>
      field
        .replace(/[^\x21-\x7e]/g, '?')
        .slice(0, 40)
        .replaceAll(',', '?'),
    );
}
