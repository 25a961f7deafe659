// The example nightly canary for server teams: the packaged bin, read-only, against a target from secrets, reports uploaded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/lib/paths.js';
import { DEFAULT_REPORT_DIR } from '../../src/contract/options.js';
import { REPORT_FILES } from '../../src/contract/report/write.js';

interface Step {
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
const workflow = parse(readFileSync(join(ROOT, 'docs/examples/contract-canary.yml'), 'utf8')) as {
  on: { schedule: unknown[] };
  jobs: { canary: { steps: Step[] } };
};
const steps = workflow.jobs.canary.steps;
const suite = steps.find((step) => step.run?.startsWith('npx hipp-users-api contract '))!;

describe('docs/examples/contract-canary.yml', () => {
  it("runs in the server team's repository: the package installed, no clone of this one, no dev tooling", () => {
    expect(steps.some((step) => step.uses?.startsWith('actions/checkout'))).toBe(false);
    expect(steps.some((step) => step.run?.includes('npm ci'))).toBe(false);
    const install = steps.find((step) => step.run?.startsWith('npm install'))!;
    expect(install.run).toContain('--omit=dev');
    expect(install.run).toContain('@hipp-health/users-api');
  });

  it('runs nightly, the contract suite against a target and key from repository secrets, the key never an argument', () => {
    expect(workflow.on.schedule).toHaveLength(1);
    expect(suite.run).toContain('"$HIPP_CONTRACT_TARGET"');
    expect(suite.run).not.toMatch(/HIPP_API_KEY|--api-key|secrets\./);
    expect(suite.env).toMatchObject({
      HIPP_CONTRACT_TARGET: '${{ secrets.HIPP_CONTRACT_TARGET }}',
      HIPP_API_KEY: '${{ secrets.HIPP_API_KEY }}',
      HIPP_CONTRACT_USER_IDS: '${{ secrets.HIPP_CONTRACT_USER_IDS }}',
    });
  });

  it('is read-only: it never turns writes on', () => {
    expect(JSON.stringify(workflow)).not.toContain('HIPP_CONTRACT_WRITES');
  });

  it('uploads the reports the suite writes and puts the summary in the job summary, also when the suite fails', () => {
    expect(suite.run).toContain(`--report-dir ${DEFAULT_REPORT_DIR}`);
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toBe(`${DEFAULT_REPORT_DIR}/`);
    const summary = steps.find((step) => step.run?.includes('GITHUB_STEP_SUMMARY'))!;
    expect(summary.run).toContain(`${DEFAULT_REPORT_DIR}/summary.md`);
    for (const step of [upload, summary]) expect((step as { if?: string }).if).toBe('always()');
    expect(REPORT_FILES).toContain('summary.md');
  });
});
