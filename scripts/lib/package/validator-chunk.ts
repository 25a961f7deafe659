// The one place that knows which code only `validateResponses: true` may load, and so which output of a
// code-splitting bundle is the lazy validator chunk: size checks none of it leaks into the default entry,
// test:portability that the browser fetches that chunk only once validation is on.
import type { Metafile } from 'esbuild';

/**
 * Bundle inputs only validation needs, whether bundled from this repo (src/validate.ts) or from the packed
 * package (dist/src/validate.js): the validate module, the generated validators and ajv-formats.
 */
const VALIDATION_ONLY = [/(^|\/)src\/validate\.[jt]s$/, /(^|\/)generated\/validators\.js$/, /(^|\/)node_modules\/ajv-formats\//];

export function isValidationOnly(input: string): boolean {
  return VALIDATION_ONLY.some((pattern) => pattern.test(input));
}

/** The outputs of a build (metafile keys) holding any validation-only input. */
export function validatorOutputs(metafile: Metafile): string[] {
  return Object.entries(metafile.outputs)
    .filter(([, output]) => Object.keys(output.inputs).some(isValidationOnly))
    .map(([path]) => path);
}
