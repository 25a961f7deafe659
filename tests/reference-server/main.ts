// Runs the reference server: REFERENCE_PORT, REFERENCE_API_KEY (role ADMIN),
// REFERENCE_RESTRICTED_API_KEY (role CLINICAL_ADMIN, may not create ADMIN), REFERENCE_BREAK (optional).
import { isBreak } from '../../scripts/lib/drift/breaks.js';
import { createReferenceServer } from './server.js';

const { REFERENCE_PORT = '0', REFERENCE_API_KEY, REFERENCE_RESTRICTED_API_KEY, REFERENCE_BREAK } = process.env;
if (!REFERENCE_API_KEY || !REFERENCE_RESTRICTED_API_KEY) throw new Error('REFERENCE_API_KEY and REFERENCE_RESTRICTED_API_KEY are required');
const broken = REFERENCE_BREAK || undefined;
if (broken !== undefined && !isBreak(broken)) throw new Error(`unknown REFERENCE_BREAK ${broken}`);

const server = createReferenceServer({
  keys: { [REFERENCE_API_KEY]: 'ADMIN', [REFERENCE_RESTRICTED_API_KEY]: 'CLINICAL_ADMIN' },
  break: broken,
});
server.listen(Number(REFERENCE_PORT), '127.0.0.1', () => {
  const address = server.address();
  console.log(`reference server listening on http://127.0.0.1:${typeof address === 'object' && address ? address.port : REFERENCE_PORT}`);
});
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
