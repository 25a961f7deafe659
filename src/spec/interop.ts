/** ajv's packages are CommonJS with `exports.default`; under Node's ESM loader that lands on `.default`. */
export function interopDefault<T>(module: T): T extends { default: infer D } ? D : T {
  const candidate = (module as { default?: unknown }).default;
  return (candidate ?? module) as T extends { default: infer D } ? D : T;
}
