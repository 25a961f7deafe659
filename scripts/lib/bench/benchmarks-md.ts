// Rewrites one generated section of BENCHMARKS.md, between `<!-- NAME:start -->` and `<!-- NAME:end -->`,
// and leaves the hand-written text around it alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../paths.js';

export const BENCHMARKS_PATH = join(ROOT, 'BENCHMARKS.md');

export function writeSection(name: string, markdown: string): void {
  const text = readFileSync(BENCHMARKS_PATH, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`BENCHMARKS.md has no ${start} … ${end} section`);
  writeFileSync(BENCHMARKS_PATH, `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`);
}

/** The machine a number was measured on, in one line. */
export function machine(nodeVersion = process.version): string {
  const cores = cpus();
  const memory = Math.round(totalmem() / 2 ** 30);
  return `${cores.length} cores, ${cores[0]?.model.trim() ?? 'unknown CPU'}, ${memory} GiB; Node ${nodeVersion} on ${process.platform}-${process.arch}`;
}
