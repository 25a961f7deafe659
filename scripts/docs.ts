// npm run docs: writes the self-contained docs page to dist/docs/index.html.
import { relative } from 'node:path';
import { buildDocsPage } from './lib/docs/build.js';

const output = await buildDocsPage();
console.log(`docs written to ${relative(process.cwd(), output)}`);
