// npm run docs:serve: builds the docs page and serves it at http://127.0.0.1:8080 (PORT overrides).
import { buildDocsPage, DOCS_DIR } from './lib/docs.js';
import { createStaticServer, listen } from './lib/static-server.js';
import { onShutdown } from './lib/shutdown.js';

await buildDocsPage();
const server = createStaticServer(DOCS_DIR);
const url = await listen(server, Number(process.env.PORT ?? 8080));
console.log(`docs served at ${url} (Ctrl-C stops)`);
onShutdown(() => new Promise((resolve) => server.close(() => resolve())));
