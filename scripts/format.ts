// npm run format: Prettier writes the code (src/, scripts/, tests/ and the config files; never generated/).
// After a merge conflict in formatting, resolve the content and run this again.
import { projectRoot } from './lib/paths.js';
import { prettier } from './lib/tools/prettier.js';

const result = await prettier(projectRoot(), 'write');
console.log(result.output.trim());
process.exitCode = result.code;
