#!/usr/bin/env node
// The `hipp-users-api` bin: `contract <baseUrl>` and `sandbox`. See `hipp-users-api --help`.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2), process.env);
