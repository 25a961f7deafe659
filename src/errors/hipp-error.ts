/** The base of every error this package throws. */
export class HippError extends Error {
  override name = 'HippError';
}
