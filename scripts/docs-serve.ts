// npm run docs:serve: builds the docs page and serves it at http://127.0.0.1:8080 (PORT overrides).
import { buildDocsPage, docsDir } from './lib/docs/build.js';
import { createStaticServer, listen } from './lib/http/static-server.js';
import { onShutdown } from './lib/processes/shutdown.js';

await buildDocsPage();
const server = createStaticServer(docsDir());
const url = await listen(server, Number(process.env.PORT ?? 8080));
console.log(`docs served at ${url} (Ctrl-C stops)`);
onShutdown(() => new Promise((resolve) => server.close(() => resolve())));
