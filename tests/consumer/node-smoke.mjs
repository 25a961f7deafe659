// @ts-check
// The smoke flow on the Node that runs this file, against the mock at HIPP_BASE_URL.
import * as client from '@hipp-health/users-api';
import { smoke } from './smoke.mjs';

const baseUrl = process.env.HIPP_BASE_URL;
if (!baseUrl) throw new Error('node-smoke needs HIPP_BASE_URL');
for (const validateResponses of [false, true]) {
  const lines = await smoke(client, { baseUrl, validateResponses });
  console.log(`node ${process.versions.node}, validateResponses ${String(validateResponses)}: ${lines.join('; ')}`);
}
