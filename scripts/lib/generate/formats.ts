// The format checkers both generated validator modules compile against, so the client's response
// validation and the sandbox's request validation read the spec's formats the same way.
import { _ } from 'ajv/dist/2020.js';

/**
 * ajv-formats' full formats, except that a date-time must have the "T" (or "t") that RFC 3339, which
 * JSON Schema's `date-time` names, puts between date and time: ajv-formats also takes a space there,
 * and a validator that took one would pass what the spec refuses.
 */
export const SPEC_FORMATS = `const fullFormats = require("ajv-formats/dist/formats.js").fullFormats;
const specFormats = {
  ...fullFormats,
  "date-time": { ...fullFormats["date-time"], validate: (value) => /^\\d{4}-\\d\\d-\\d\\d[Tt]/.test(value) && fullFormats["date-time"].validate(value) },
};`;

/** The formats above as the compiled code names them (ajv's `code.formats` option). */
export const SPEC_FORMATS_REF = _`specFormats`;
