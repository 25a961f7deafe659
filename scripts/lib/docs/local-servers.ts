// The servers npm start lists on its docs page, after production: the mock and the sandbox it serves.
import { SANDBOX_ADMIN_KEY } from '../../../src/sandbox/index.js';
import type { DocsServer } from './view.js';

export function npmStartServers(mockUrl: string, sandboxUrl: string): DocsServer[] {
  return [
    { url: mockUrl, description: 'This machine: the Prism mock (npm start). Documented examples only; its paths have no /api.' },
    { url: sandboxUrl, description: `This machine: the sandbox (npm start). Keeps what you create; try the key ${SANDBOX_ADMIN_KEY}.` },
  ];
}
