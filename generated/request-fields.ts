// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

/** The properties each operation's JSON request body documents, by operationId. */
export const REQUEST_BODY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  createUser: ["firstName","lastName","email","role","phoneNumber","npiNumber","shouldSendSMS","recertificationDate","providerPayors"],
};
