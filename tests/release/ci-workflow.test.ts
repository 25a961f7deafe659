// .github/workflows/ci.yml: the matrix and the steps users rely on are there, in order, it runs the same
// checks as .ci/run, and every `npm run` it calls exists in package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../scripts/lib/paths.js';

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  'continue-on-error'?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { 'runs-on': string; container?: string; strategy: { matrix: { node: number[] } }; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
const jobs = Object.values(workflow.jobs);
const job = jobs[0]!;
const steps = job.steps;
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The index of the one step matching `predicate`; fails when there is none or more than one. */
function stepIndex(what: string, predicate: (step: Step) => boolean): number {
  const indexes = steps.flatMap((step, index) => (predicate(step) ? [index] : []));
  expect(indexes, `exactly one step ${what}`).toHaveLength(1);
  return indexes[0]!;
}
const runs = (command: string) => (step: Step) => step.run?.trim() === command;

describe('.github/workflows/ci.yml', () => {
  it('runs on push and pull_request, also when a pull request is labelled or unlabelled, on Node 20, 22 and 24', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push']);
    expect(workflow.on.pull_request).toEqual({ types: ['opened', 'synchronize', 'reopened', 'labeled', 'unlabeled'] });
    expect(jobs).toHaveLength(1);
    expect(job.strategy.matrix.node).toEqual([20, 22, 24]);
  });

  it('runs in the node image of the matrix version, checks out the full history and caches npm downloads', () => {
    expect(job.container).toBe('node:${{ matrix.node }}-bookworm');
    // The image brings the matrix Node: a setup-node on top would only install a second one.
    expect(steps.filter((s) => s.uses?.startsWith('actions/setup-node@'))).toEqual([]);
    const checkout = steps[stepIndex('checking out', (s) => s.uses?.startsWith('actions/checkout@') ?? false)]!;
    expect(checkout.with?.['fetch-depth']).toBe(0);
    const cache = stepIndex('caching npm', (s) => s.uses?.startsWith('actions/cache@') ?? false);
    expect(steps[cache]!.with).toMatchObject({ path: '~/.npm' });
    expect(String(steps[cache]!.with?.key)).toContain("hashFiles('package-lock.json')");
    expect(String(steps[cache]!.with?.key)).toContain('${{ matrix.node }}');
    expect(cache).toBeLessThan(stepIndex('running npm ci', runs('npm ci')));
  });

  it('installs Chromium from apt, then runs npm ci, lint, generate:check and the tests, in that order', () => {
    const order = [
      stepIndex('installing chromium', (s) => /apt-get install\b.*\bchromium\b/.test(s.run ?? '')),
      stepIndex('running npm ci', runs('npm ci')),
      stepIndex('linting', runs('npm run lint')),
      stepIndex('checking generated/', runs('npm run generate:check')),
      stepIndex('testing', runs('npm test')),
    ];
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(stepIndex('checking out', (s) => s.uses?.startsWith('actions/checkout@') ?? false)).toBeLessThan(order[0]!);
  });

  it('diffs the spec against the base branch on pull requests, whether or not the tests passed', () => {
    const index = stepIndex('running spec:diff', (s) => s.run?.includes('spec:diff') ?? false);
    const diff = steps[index]!;
    expect(diff.run?.trim()).toBe('npm run spec:diff -- origin/${{ github.base_ref }}');
    // Not the default success(): a failed test step must not skip the report. It needs the install, though.
    const install = steps[stepIndex('running npm ci', runs('npm ci'))]!;
    expect(install.id).toBe('install');
    expect(diff.if).toBe("${{ !cancelled() && steps.install.outcome == 'success' && github.event_name == 'pull_request' }}");
    expect(diff['continue-on-error']).toBe("${{ contains(github.event.pull_request.labels.*.name, 'breaking-change') }}");
    expect(index).toBeGreaterThan(stepIndex('testing', runs('npm test')));
  });

  it('builds the docs on every leg and uploads dist/docs from one', () => {
    const docs = stepIndex('building the docs', runs('npm run docs'));
    expect(steps[docs]!.if).toBeUndefined();
    const upload = stepIndex('uploading', (s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
    expect(upload).toBeGreaterThan(docs);
    expect(steps[upload]!.if).toBe('matrix.node == 22');
    expect(job.strategy.matrix.node).toContain(22);
    expect(steps[upload]!.with).toMatchObject({ name: 'docs', path: 'dist/docs' });
  });

  it('runs the same checks as .ci/run, whose own CI runs them too', () => {
    const commands = (lines: string[]) =>
      new Set(lines.flatMap((line) => [...line.matchAll(/\bnpm (ci|test|run [\w:-]+)/g)].map((match) => `npm ${match[1]!}`)));
    const ciRun = commands(
      readFileSync(join(ROOT, '.ci/run'), 'utf8')
        .split('\n')
        .filter((line) => !line.trim().startsWith('#')),
    );
    const inWorkflow = commands(steps.map((step) => step.run ?? ''));
    // Only a pull request has a base branch to diff the spec against.
    inWorkflow.delete('npm run spec:diff');
    expect(ciRun.size).toBeGreaterThan(5);
    expect([...inWorkflow].sort()).toEqual([...ciRun].sort());
  });

  it('calls only npm scripts that exist', () => {
    const called = steps.flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!));
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(scripts, `npm run ${name}`).toHaveProperty([name]);
  });
});
