// One `npm run dev` session: watches openapi.yaml. On each save: lint, regenerate generated/, typecheck, print what
// changed and what no longer compiles, and move the mock to the new spec. A broken save is reported; the last good
// mock goes on answering.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stopAllChildren } from '../processes/children.js';
import { lintSpec } from '../tools/redocly.js';
import { renderGenerated, writeGenerated } from '../generate/render.js';
import { withCodeSamples } from '../generate/code-samples-block.js';
import { onShutdown, shuttingDown } from '../processes/shutdown.js';
import { diffSpecs, formatChange } from '../spec-diff/diff.js';
import { type OpenApiDocument } from '../../../src/spec/document.js';
import { loadSpec } from '../../../src/spec/load.js';
import { createTypechecker, type TypecheckResult } from '../tools/typecheck.js';
import { startDevMock } from './mock.js';
import { watchFile } from './watch.js';

const MAX_LINES = { lint: 12, changes: 12, typecheck: 10, error: 6 };

/** One saved text, in a snapshot directory of its own, so a later save cannot change what the mock serves. */
interface Version {
  number: number;
  spec: OpenApiDocument;
  dir: string;
}

/** At most `max` lines, each cut to fit a terminal row. */
function limited(lines: string[], max: number, indent = '  '): string[] {
  const cut = (line: string) => (line.length > 160 ? `${line.slice(0, 159)}…` : line);
  const kept = lines.filter((line) => line.trim());
  const shown = kept.slice(0, max).map((line) => indent + cut(line));
  if (kept.length > max) shown.push(`${indent}… and ${kept.length - max} more`);
  return shown;
}

const messageLines = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n');
const firstLine = (error: unknown) => messageLines(error)[0] ?? '';

function changesSince(previous: Version | undefined, spec: OpenApiDocument): string[] {
  if (!previous) return ['changes     first good version since npm run dev started'];
  // The classifier failing must not keep the mock and the typecheck from following the save.
  try {
    const changes = diffSpecs(previous.spec, spec);
    const breaking = changes.filter((change) => change.severity === 'breaking').length;
    return [`changes     ${changes.length} since version #${previous.number}, ${breaking} breaking`, ...limited(changes.map(formatChange), MAX_LINES.changes)];
  } catch (error) {
    return [`changes     could not compare with version #${previous.number}: ${firstLine(error)}`];
  }
}

function typecheckLines(result: TypecheckResult): string[] {
  if (result.stopped) return ['typecheck   stopped before it finished'];
  if (result.ok) return ['typecheck   ok'];
  // Each error whole, its continuation lines indented under it: a message cut short hides the part that says why.
  const shown = result.errors
    .slice(0, MAX_LINES.typecheck)
    .flatMap((error) => error.split('\n').map((line, index) => `${index === 0 ? '  ' : '      '}${line}`));
  const more = result.errors.length > MAX_LINES.typecheck ? [`  … and ${result.errors.length - MAX_LINES.typecheck} more`] : [];
  return [`typecheck   ${result.errors.length} error(s): no longer compiles`, ...shown, ...more];
}

/**
 * Whether the x-codeSamples blocks in the saved spec still match its examples. dev does not rewrite the file being
 * edited (the editor holds it), so it says so and names the command that does.
 */
export function samplesLine(text: string): string {
  try {
    return withCodeSamples(text) === text
      ? 'samples     current'
      : 'samples     STALE: the x-codeSamples no longer match the spec; run `npm run generate` to rewrite them';
  } catch (error) {
    return `samples     cannot be rendered: ${firstLine(error)}`;
  }
}

export async function startDevSession({ root, specPath, mockPort }: { root: string; specPath: string; mockPort: number }): Promise<void> {
  const snapshots = mkdtempSync(join(tmpdir(), 'hipp-dev-'));
  // Kept warm across saves: each save re-reads only the files that changed and re-checks only what they affect.
  const typechecker = createTypechecker(root);
  /** The last version that passed lint: generated/ holds it, and the next save is compared with it. */
  let good: Version | undefined;
  /** The last save the mock came up on; saving the same text again changes nothing. Any other outcome is retried. */
  let lastText: string | undefined;
  let saves = 0;

  const mock = await startDevMock<Version>({
    port: mockPort,
    unavailable: () => `npm run dev: ${good ? 'the mock starts again on the next good save' : 'no version of openapi.yaml has passed lint yet'}`,
    onUnexpectedExit: (served, code) => {
      lastText = undefined; // so that saving the same text again brings the mock back
      console.error(`\nthe mock exited unexpectedly (${String(code)}); it starts again on the next good save\n${served.mock.child.output()}`);
    },
  });

  function mockLine(): string {
    const served = mock.served();
    if (!served) return `mock        not running: ${good ? 'it starts again on the next good save' : 'no good version of openapi.yaml yet'}`;
    return `mock        ${mock.url} serves version #${served.version.number}`;
  }

  /** Moves the mock to `next`; when Prism refuses it, the version served before goes on answering. */
  async function moveMock(next: Version): Promise<string[]> {
    const before = mock.served();
    try {
      await mock.serve(next, join(next.dir, 'openapi.yaml'));
      return [`${mockLine()} (${before ? 'restarted' : 'started'})`];
    } catch (error) {
      // Prism follows its fatal line with its usage text: keep what says why.
      const lines = messageLines(error);
      const why = lines.slice(1).filter((line) => /✖|fatal|error/i.test(line));
      const failed = [`mock        FAILED to start version #${next.number}:`, ...limited(why.length ? [lines[0]!, ...why] : lines, MAX_LINES.error, '    ')];
      return [...failed, mock.served() ? `${mockLine()} (unchanged)` : mockLine()];
    }
  }

  /** Every snapshot but the good version's and the served one's goes. */
  function prune(): void {
    const keep = new Set([good?.dir, mock.served()?.version.dir]);
    for (const name of readdirSync(snapshots)) {
      const dir = join(snapshots, name);
      if (!keep.has(dir)) rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Lints, regenerates, diffs, typechecks and moves the mock for one saved version, appending to the summary `out`.
   * Returns whether the mock now serves this version.
   */
  async function check(number: number, dir: string, out: string[]): Promise<boolean> {
    const keepLastGood = 'generated/ left as it was; the mock keeps serving the last good version';

    let spec: OpenApiDocument;
    try {
      spec = loadSpec(join(dir, 'openapi.yaml'));
    } catch (error) {
      out.push(`yaml        FAILED: not valid YAML; ${keepLastGood}`, ...limited(messageLines(error), MAX_LINES.lint), mockLine());
      return false;
    }
    const lint = await lintSpec('openapi.yaml', { cwd: dir, format: 'stylish' });
    if (lint.code !== 0) {
      // Drop Redocly's banners and blank lines: the problems are what fits on a screen.
      const problems = lint.output.split('\n').filter((line) => line.trim() && !/[║╔╚]|^validating |validated in|generate-ignore-file/.test(line));
      out.push(`lint        FAILED: ${keepLastGood}`, ...limited(problems, MAX_LINES.lint), mockLine());
      return false;
    }
    out.push('lint        ok');

    const written = writeGenerated(root, await renderGenerated(join(dir, 'openapi.yaml')));
    out.push(`generated   ${written.length ? `wrote ${written.join(', ')}` : 'unchanged'}`);
    out.push(samplesLine(readFileSync(join(dir, 'openapi.yaml'), 'utf8')));
    out.push(...changesSince(good, spec));

    const next: Version = { number, spec, dir };
    good = next;
    // Prism starts in its own process while this one typechecks; a Ctrl-C stops the typecheck between files.
    const mockMoved = moveMock(next);
    const checked = await typechecker.check({ shouldStop: shuttingDown });
    out.push(...typecheckLines(checked), ...(await mockMoved));
    return mock.served()?.version === next;
  }

  async function onSave(): Promise<void> {
    if (shuttingDown()) return;
    let text: string;
    try {
      text = readFileSync(specPath, 'utf8');
    } catch {
      return; // Between the unlink and the rename of an editor's save; the rename fires again.
    }
    if (text === lastText) return;
    lastText = undefined;
    const number = ++saves;
    const dir = join(snapshots, String(number));
    mkdirSync(dir);
    writeFileSync(join(dir, 'openapi.yaml'), text);
    const startedAt = Date.now();
    const out: string[] = [];
    let mockServesIt = false;
    try {
      mockServesIt = await check(number, dir, out);
    } catch (error) {
      // Whatever went wrong, the watcher lives on and says what happened; saving again retries.
      out.push('FAILED: an unexpected error', ...limited(String((error as Error).stack ?? error).split('\n'), 8), mockLine());
    }
    // Stopped mid-run (Ctrl-C): a typecheck cut short or a Prism killed by the shutdown is nothing to report.
    if (shuttingDown()) return;
    if (mockServesIt) lastText = text;
    prune();
    const header = `── #${number} ${new Date(startedAt).toLocaleTimeString('en-GB')} ${specPath} (${((Date.now() - startedAt) / 1000).toFixed(1)} s) ──────`;
    console.log(`\n${[header, ...out].join('\n')}`);
  }

  console.log(`npm run dev: watching ${specPath}; the mock listens on ${mock.url} and serves each version that passes lint. Ctrl-C stops.`);
  // The first run waits for the watcher's debounce, so the shutdown below is in place before any child starts.
  const watcher = watchFile(specPath, onSave, {
    onError: (error) =>
      console.error(`\nno longer watching ${specPath} (${error.message}); ${mockLine().replace(/^mock\s+/, 'the mock: ')}. Ctrl-C, then npm run dev again.`),
  });
  onShutdown(async () => {
    watcher.close();
    await Promise.all([mock.close(), stopAllChildren()]);
    rmSync(snapshots, { recursive: true, force: true });
  });
}
