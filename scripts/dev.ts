// npm run dev: watches openapi.yaml. On each save: lint, regenerate generated/, typecheck, print what changed and what
// no longer compiles, and restart the Prism mock on the new spec. A broken save is reported; the last good mock stays up.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from './lib/bin.js';
import { startMock, type RunningMock } from './lib/prism.js';
import { stopAllChildren } from './lib/processes.js';
import { lintSpec } from './lib/redocly.js';
import { renderGenerated } from './lib/render-generated.js';
import { onShutdown, shuttingDown } from './lib/shutdown.js';
import { diffSpecs, formatChange } from './lib/spec-diff.js';
import type { JsonObject } from './lib/spec.js';
import { typecheck } from './lib/typecheck.js';
import { watchFile } from './lib/watch.js';

const root = process.env.HIPP_PROJECT_ROOT ?? ROOT;
const specPath = resolve(root, 'openapi.yaml');
const mockPort = Number(process.env.MOCK_PORT ?? 4010);
const mockUrl = `http://127.0.0.1:${mockPort}`;
const MAX_LINES = { lint: 12, changes: 12, typecheck: 10 };

// Each version is linted and served from its own snapshot, so a later save cannot change what the mock serves.
const snapshots = mkdtempSync(join(tmpdir(), 'hipp-dev-'));
let mock: RunningMock | undefined;
let good: { version: number; spec: JsonObject; dir: string } | undefined;
let lastText: string | undefined;
let version = 0;

/** At most `max` lines, each cut to fit a terminal row. */
function limited(lines: string[], max: number, indent = '  '): string[] {
  const cut = (line: string) => (line.length > 160 ? `${line.slice(0, 159)}…` : line);
  const kept = lines.filter((line) => line.trim());
  const shown = kept.slice(0, max).map((line) => indent + cut(line));
  if (kept.length > max) shown.push(`${indent}… and ${kept.length - max} more`);
  return shown;
}

function mockLine(): string {
  if (!mock) return `mock        not running: ${good ? 'it starts again on the next good save' : 'no good version of openapi.yaml yet'}`;
  return `mock        ${mock.url} serves version #${good?.version}`;
}

/** Returns the summary's mock line. */
async function restartMock(snapshot: string): Promise<string> {
  const previous = mock;
  mock = undefined;
  await previous?.stop();
  try {
    const started = await startMock({ port: mockPort, specPath: snapshot });
    mock = started;
    started.child.process.once('exit', (code, signal) => {
      if (mock !== started || shuttingDown()) return;
      mock = undefined;
      console.error(`\nthe mock exited unexpectedly (${code ?? signal}); it starts again on the next good save\n${started.child.output()}`);
    });
    return `${mockLine()} (${previous ? 'restarted' : 'started'})`;
  } catch (error) {
    return `mock        FAILED to start: ${(error as Error).message.split('\n').slice(0, 6).join('\n  ')}`;
  }
}

async function onSave(): Promise<void> {
  let text: string;
  try {
    text = readFileSync(specPath, 'utf8');
  } catch {
    return; // Between the unlink and the rename of an editor's save; the rename fires again.
  }
  if (text === lastText) return;
  lastText = text;
  const current = ++version;
  const dir = join(snapshots, String(current));
  mkdirSync(dir);
  writeFileSync(join(dir, 'openapi.yaml'), text);
  const startedAt = Date.now();
  const out: string[] = [];
  try {
    await check(current, text, dir, out);
  } catch (error) {
    // Whatever went wrong, the watcher lives on and says what happened.
    out.push('FAILED: an unexpected error; the mock keeps serving the last good version', ...limited(String((error as Error).stack ?? error).split('\n'), 8), mockLine());
  }
  const header = `── #${current} ${new Date(startedAt).toLocaleTimeString('en-GB')} ${specPath} (${((Date.now() - startedAt) / 1000).toFixed(1)} s) ──────`;
  console.log(`\n${[header, ...out].join('\n')}`);
}

/** Lints, regenerates, diffs, typechecks and restarts the mock for one saved version, appending to the summary `out`. */
async function check(current: number, text: string, dir: string, out: string[]): Promise<void> {
  const keepLastGood = 'generated/ left as it was; the mock keeps serving the last good version';

  let spec: JsonObject;
  try {
    spec = parse(text) as JsonObject;
  } catch (error) {
    out.push(`yaml        FAILED: not valid YAML; ${keepLastGood}`, ...limited((error as Error).message.split('\n'), MAX_LINES.lint), mockLine());
    return rmSync(dir, { recursive: true, force: true });
  }
  const lint = await lintSpec('openapi.yaml', { cwd: dir, format: 'stylish' });
  if (lint.code !== 0) {
    // Drop Redocly's banners and blank lines: the problems are what fits on a screen.
    const problems = lint.output.split('\n').filter((line) => line.trim() && !/[║╔╚]|^validating |validated in|generate-ignore-file/.test(line));
    out.push(`lint        FAILED: ${keepLastGood}`, ...limited(problems, MAX_LINES.lint), mockLine());
    return rmSync(dir, { recursive: true, force: true });
  }
  out.push('lint        ok');

  const written: string[] = [];
  for (const [file, content] of await renderGenerated(join(dir, 'openapi.yaml'))) {
    const target = resolve(root, file);
    if (existsSync(target) && readFileSync(target, 'utf8') === content) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written.push(file);
  }
  out.push(`generated   ${written.length ? `wrote ${written.join(', ')}` : 'unchanged'}`);

  if (good) {
    const changes = diffSpecs(good.spec, spec);
    const breaking = changes.filter((change) => change.severity === 'breaking').length;
    out.push(`changes     ${changes.length} since version #${good.version}, ${breaking} breaking`, ...limited(changes.map(formatChange), MAX_LINES.changes));
  } else {
    out.push('changes     first good version since npm run dev started');
  }

  const previous = good;
  good = { version: current, spec, dir };
  const [checked, mockStatus] = await Promise.all([typecheck(root), restartMock(join(dir, 'openapi.yaml'))]);
  out.push(
    checked.ok ? 'typecheck   ok' : `typecheck   ${checked.errors.length} error(s): no longer compiles`,
    ...limited(checked.errors, MAX_LINES.typecheck),
  );
  if (previous) rmSync(previous.dir, { recursive: true, force: true });
  out.push(mockStatus);
}

console.log(`npm run dev: watching ${specPath}; the mock listens on ${mockUrl} once a version passes lint. Ctrl-C stops.`);
// The first run waits for the watcher's debounce, so this is in place before any child starts.
const watcher = watchFile(specPath, onSave);
onShutdown(async () => {
  watcher.close();
  await stopAllChildren();
  rmSync(snapshots, { recursive: true, force: true });
});
