/** Printable ASCII without spaces: what a bearer token may hold, and what Headers accepts without echoing it in an error. */
export const API_KEY_PATTERN = /^[\x21-\x7e]+$/;
