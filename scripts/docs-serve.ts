// npm run docs:serve: builds the docs page and serves it at http://127.0.0.1:8080 (DOCS_PORT overrides).
import { buildDocsPage, docsDir } from './lib/docs/build.js';
import { createStaticServer, listen } from './lib/http/static-server.js';
import { portsOrExit } from './lib/processes/ports.js';
import { onShutdown } from './lib/processes/shutdown.js';

// Before the build: a taken port is one line, not a built page and then a stack.
const { DOCS_PORT } = await portsOrExit('npm run docs:serve', { DOCS_PORT: 8080 });
await buildDocsPage();
const server = createStaticServer(docsDir());
const url = await listen(server, DOCS_PORT);
console.log(`docs served at ${url} (Ctrl-C stops)`);
onShutdown(() => new Promise((resolve) => server.close(() => resolve())));
