// TypeScript and openapi-typescript, loaded with require rather than import. An ESM import of a CommonJS
// module first scans its whole text for export names: for typescript.js (9 MB) that scan costs about 0.7 s
// of CPU in every process that loads it (npm run dev, generate, the test workers); require skips it.
import { createRequire } from 'node:module';
import type * as OpenapiTypescript from 'openapi-typescript';
import type * as TypeScript from 'typescript';

const require = createRequire(import.meta.url);

export const ts = require('typescript') as typeof TypeScript;
export const openapiTypescript = require('openapi-typescript') as typeof OpenapiTypescript;
