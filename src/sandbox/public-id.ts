// The shape of a user's publicId, as the docs show it (usr_1234567890_abc123def): the spec imposes
// no pattern, but every documented id has this one, so the sandbox makes and expects ids like it.
export const PUBLIC_ID_SHAPE = /^usr_\d+_[A-Za-z0-9]+$/;

const ALPHANUMERICS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `usr_<unix seconds>_<9 lowercase alphanumerics>`, like the documented ids. */
export function newPublicId(now: number = Date.now()): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(9));
  const suffix = Array.from(bytes, (byte) => ALPHANUMERICS[byte % ALPHANUMERICS.length]).join('');
  return `usr_${Math.floor(now / 1000)}_${suffix}`;
}
