// This file is generated from openapi.yaml by `npm run generate`. Do not edit it by hand:
// change openapi.yaml and run `npm run generate`; `npm run generate:check` fails when it is stale.

export type paths = {
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a user
         * @description Adds a new user to the organization that owns the API key.
         *
         *     Only `firstName` and `lastName` are required; `role` defaults to
         *     `TECHNICIAN` and `shouldSendSMS` to `false`. The `email`, when given,
         *     must be a valid address and unique.
         *
         *     The `role` must be one of the nine assignable roles, and your own role
         *     further limits which of them you may create: asking for a role you are
         *     not permitted to create is answered with `403`.
         *
         *     The answer holds a confirmation `message` and the created `user`. That
         *     user object is **not** the one returned by *Get a user*: it carries the
         *     contact and organization fields (`email`, `phoneNumber`, `npiNumber`,
         *     `shouldSendSMS`, `createdAt`, `organization`) and none of the
         *     demographic ones (`sex`, `birthDate`, address lines).
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{publicId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user
         * @description Returns one user of your organization by its `publicId`, the identifier
         *     that *Create a user* returns.
         *
         *     This user object carries the demographic fields (`sex`, `birthDate`,
         *     `caregiverId` and the address lines), each of which may be `null`, and
         *     a `role` that may be any of the twelve user roles, including roles that
         *     cannot be assigned through the API.
         */
        get: operations["getUserById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description A role that a create request may ask for. Your own role further limits
         *     which of these you may create.
         * @enum {string}
         */
        AssignableRole: "ADMIN" | "BILLING_MANAGER" | "SCHEDULING_MANAGER" | "CLINICIAN" | "TECHNICIAN" | "PATIENT" | "CAREGIVER" | "CLINICAL_ADMIN" | "PAYROLL_ADMIN";
        /**
         * @description Every role the API may return for a user. It is wider than
         *     `AssignableRole`: `HIPP_ADMIN`, `HIPP_BILLING_MANAGER` and
         *     `CLINICAL_SUPERADMIN` exist but cannot be assigned through the API.
         * @enum {string}
         */
        UserRole: "ADMIN" | "BILLING_MANAGER" | "SCHEDULING_MANAGER" | "CLINICIAN" | "TECHNICIAN" | "PATIENT" | "CAREGIVER" | "HIPP_ADMIN" | "HIPP_BILLING_MANAGER" | "CLINICAL_ADMIN" | "PAYROLL_ADMIN" | "CLINICAL_SUPERADMIN";
        /** @description A user to create. Only the first and last names are required. */
        CreateUserRequest: {
            /** @description The user's first name. */
            firstName: string;
            /** @description The user's last name. */
            lastName: string;
            /**
             * Format: email
             * @description The user's email address. It must be unique.
             */
            email?: string;
            /**
             * @description The role to give the new user. Asking for a role your own role may not create is answered with `403`.
             * @default TECHNICIAN
             */
            role?: components["schemas"]["AssignableRole"];
            /** @description The user's phone number. */
            phoneNumber?: string;
            /** @description The user's National Provider Identifier (NPI) number. */
            npiNumber?: string;
            /**
             * @description Whether the user is sent SMS notifications.
             * @default false
             */
            shouldSendSMS?: boolean;
            /**
             * Format: date-time
             * @description The user's recertification date, an ISO 8601 date-time.
             */
            recertificationDate?: string;
            /** @description Payors to assign to the user; those that do not exist are passed over. */
            providerPayors?: string[];
        };
        /**
         * @description The answer to a successful create. The API reference marks neither field as
         *     required, but every documented answer carries both, and the created user is
         *     the point of the call, so both are required here.
         *
         *     Named `UserCreated`, not `CreateUserResponse`: generators name their own
         *     per-operation types `<OperationId>Response`, `<OperationId>Data` and
         *     `<OperationId>Error`, and a schema of that name would collide with them.
         */
        UserCreated: {
            /** @description A confirmation, such as `User created successfully`. */
            message: string;
            user: components["schemas"]["CreatedUser"];
        };
        /**
         * @description The user as returned right after creation. It differs from `User`, the
         *     shape that *Get a user* returns: it carries contact and organization
         *     fields and no demographic ones.
         *
         *     The API reference marks none of these fields as required (it gives the
         *     created user no field list). This spec requires the three that a
         *     successful create always has, since the request itself required the
         *     names: `publicId`, `firstName` and `lastName`.
         *
         *     `role` stays optional for the same reason: no field list marks it. The
         *     reference's detailed success sample echoes it (the requested role, or
         *     `TECHNICIAN` by default). The short sample at the top of the page leaves
         *     it out, but that sample is a placeholder its docs site renders from the
         *     schema (`"<string>"` for every string), and it leaves out every
         *     enum-typed field, so it is no evidence that the API omits `role`.
         */
        CreatedUser: {
            /** @description The new user's public identifier; pass it to *Get a user*. */
            publicId: string;
            /** @description The user's first name. */
            firstName: string;
            /** @description The user's last name. */
            lastName: string;
            /**
             * @description The user's email address. The request checks its format; the API reference
             *     gives this response field no format (its own sample shows a plain string),
             *     so none is imposed here.
             */
            email?: string;
            /** @description The user's role, as the detailed success sample of the API reference shows it. */
            role?: components["schemas"]["UserRole"];
            /** @description The user's phone number. */
            phoneNumber?: string;
            /** @description The user's National Provider Identifier (NPI) number. */
            npiNumber?: string;
            /** @description Whether the user is sent SMS notifications. */
            shouldSendSMS?: boolean;
            /**
             * Format: date-time
             * @description When the user was created, an ISO 8601 date-time.
             */
            createdAt?: string;
            organization?: components["schemas"]["Organization"];
        };
        /** @description The organization the user belongs to. */
        Organization: {
            /** @description The organization's name. */
            name?: string;
            /** @description The organization's public identifier. */
            publicId?: string;
        };
        /**
         * @description A user as returned by *Get a user*, with demographic fields that may be
         *     `null`.
         *
         *     The field list of the API reference marks `publicId` and `role` as
         *     required, and so does this spec.
         *
         *     The short sample at the top of the reference page carries neither `role`
         *     nor `sex`. It is not taken as behaviour: the docs site renders it from
         *     the schema as a placeholder (`"<string>"` for every string,
         *     `2023-12-25` for the date), and it leaves out every enum-typed field
         *     while keeping every other one. The detailed success sample, written by
         *     hand, carries both.
         */
        User: {
            /** @description The user's public identifier. */
            publicId: string;
            /** @description The user's role, any of the twelve user roles. */
            role: components["schemas"]["UserRole"];
            /** @description The user's first name. */
            firstName?: string | null;
            /** @description The user's last name. */
            lastName?: string | null;
            /**
             * @description The user's sex.
             * @enum {string|null}
             */
            sex?: "MALE" | "FEMALE" | "OTHER" | null;
            /** @description The public identifier of the user's caregiver, when the user is a patient. */
            caregiverId?: string | null;
            /**
             * Format: date
             * @description The user's birth date, as YYYY-MM-DD.
             */
            birthDate?: string | null;
            /** @description The first line of the user's address. */
            addressLine1?: string | null;
            /** @description The second line of the user's address. */
            addressLine2?: string | null;
            /** @description The city of the user's address. */
            city?: string | null;
            /** @description The state of the user's address. */
            state?: string | null;
            /** @description The postal code of the user's address. */
            postalCode?: string | null;
        };
        /**
         * @description The body of every error but a validation error.
         *
         *     Named `ErrorBody`, not `Error`: a schema named `Error` would shadow the language's own
         *     `Error` type in the code most generators write.
         */
        ErrorBody: {
            /** @description What went wrong, in words. */
            error: string;
        };
        /** @description The body of a validation error (`400`). */
        ValidationError: {
            /** @description A summary of the failure, such as `Validation error`. */
            error: string;
            /** @description One entry per broken rule. */
            details: components["schemas"]["ValidationIssue"][];
        };
        /** @description One broken validation rule. */
        ValidationIssue: {
            /** @description A machine-readable code for the rule, such as `invalid_string`. */
            code: string;
            /** @description What the rule demands, in words. */
            message: string;
            /**
             * @description Where the offending value sits, from the root of the request, such as `["email"]`.
             *     The documented paths hold property names only; an array element would be named by
             *     its index, so a step may also be an integer.
             */
            path: (string | number)[];
        };
    };
    responses: {
        /** @description The API key is missing or not valid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorBody"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The user to create. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            /** @description The user was created. The body holds a confirmation message and the created user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserCreated"];
                };
            };
            /** @description The body is not valid. `details` names each offending field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Your role does not permit creating a user with the requested role. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
    getUserById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's public identifier, as returned when the user was created.
                 * @example usr_1234567890_abc123def
                 */
                publicId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The `publicId` is not valid. `details` names the offending parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidationError"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description Access to this user is denied. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
            /** @description No user with this `publicId` exists in your organization. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorBody"];
                };
            };
        };
    };
}
