// @ts-check
// The browser entry: bundled with esbuild and loaded by index.html, which is served with
// `script-src 'self'`. It hands the smoke flow to the page as window.hippSmoke.
import * as client from '@hipp-health/users-api';
import { smoke } from './smoke.mjs';

/** @type {string[]} */
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
// The page is served with script-src 'self': this must throw, or passing validators would prove nothing.
let evalBlocked = false;
try {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the probe: the CSP must refuse it
  new Function('return 1')();
} catch {
  evalBlocked = true;
}
Object.assign(window, {
  hippSmoke: {
    evalBlocked,
    violations,
    /** @param {{ baseUrl: string; validateResponses: boolean }} options */
    run: (options) => smoke(client, options),
  },
});
