// npm run dev: watches openapi.yaml. On each save: lint, regenerate generated/, typecheck, print what changed and what
// no longer compiles, and move the Prism mock to the new spec. A broken save is reported; the last good mock stays up.
import { projectRoot, specPath } from './lib/paths.js';
import { portsOrExit } from './lib/processes/ports.js';

// Before the session's modules load (TypeScript among them, a second of CPU): a taken port is refused at once.
const { MOCK_PORT: mockPort } = await portsOrExit('npm run dev', { MOCK_PORT: 4010 });
const { startDevSession } = await import('./lib/dev/session.js');
const root = projectRoot();
await startDevSession({ root, specPath: specPath(root), mockPort });
