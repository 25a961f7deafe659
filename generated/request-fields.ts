// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

/** The properties each operation's JSON request body documents, by operationId. */
export const REQUEST_BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  createUser: ["firstName","lastName","email","role","phoneNumber","npiNumber","shouldSendSMS","recertificationDate","providerPayors"],
};

/** The properties each object schema of components/schemas documents, by name: the shapes the sandbox answers in. */
export const SCHEMA_FIELDS: Readonly<Record<string, readonly string[]>> = {
  CreateUserRequest: ["firstName","lastName","email","role","phoneNumber","npiNumber","shouldSendSMS","recertificationDate","providerPayors"],
  UserCreated: ["message","user"],
  CreatedUser: ["publicId","firstName","lastName","email","role","phoneNumber","npiNumber","shouldSendSMS","createdAt","organization"],
  Organization: ["name","publicId"],
  User: ["publicId","role","firstName","lastName","sex","caregiverId","birthDate","addressLine1","addressLine2","city","state","postalCode"],
  ErrorBody: ["error"],
  ValidationError: ["error","details"],
  ValidationIssue: ["code","message","path"],
};
