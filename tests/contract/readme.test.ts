// The README's contract suite section tells the truth about the registry and the drift proof.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN, FAITHFUL } from '../../scripts/lib/drift/variants.js';
import { ROOT } from '../../scripts/lib/paths.js';
import { CHECKS } from '../../src/contract/checks/index.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## The contract suite'), readme.indexOf('\n## ', readme.indexOf('## The contract suite') + 1));

describe("README's contract suite section", () => {
  it('lists every check of the registry', () => {
    for (const check of CHECKS) expect(section).toContain(`| \`${check.id}\` |`);
  });

  it("states the drift proof's counts as test:drift prints them", () => {
    expect(section).toContain(`caught ${BROKEN.length}/${BROKEN.length}`);
    expect(section).toContain(`faithful ${FAITHFUL.length}/${FAITHFUL.length} pass`);
  });

  it('names every environment variable the suite reads', () => {
    for (const variable of [
      'HIPP_CONTRACT_TARGET',
      'HIPP_API_KEY',
      'HIPP_RESTRICTED_API_KEY',
      'HIPP_OTHER_ORG_API_KEY',
      'HIPP_CONTRACT_WRITES',
      'HIPP_CONTRACT_USER_IDS',
      'HIPP_CONTRACT_SEED',
      'HIPP_CONTRACT_MAX_RESPONSE_MS',
      'HIPP_CONTRACT_REPORT_DIR',
      'HIPP_CONTRACT_CONCURRENCY',
      'HIPP_CONTRACT_PROXY',
    ]) {
      expect(section).toContain(variable);
    }
  });
});
