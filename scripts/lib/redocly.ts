// Runs the Redocly CLI from node_modules/.bin and collects what it printed.
import { join } from 'node:path';
import { bin, redoclyEnv, ROOT } from './bin.js';
import { startChild } from './processes.js';

export interface RedoclyResult {
  code: number;
  output: string;
}

export function runRedocly(args: string[], options: { cwd?: string; echo?: boolean } = {}): Promise<RedoclyResult> {
  return new Promise((resolve, reject) => {
    // A tracked child: a script stopped by Ctrl-C mid-run takes Redocly down with it.
    const child = startChild(bin('redocly'), args, { cwd: options.cwd ?? ROOT, env: redoclyEnv() });
    if (options.echo) {
      child.process.stdout?.on('data', (chunk: Buffer) => process.stdout.write(chunk));
      child.process.stderr?.on('data', (chunk: Buffer) => process.stderr.write(chunk));
    }
    child.process.once('error', reject);
    child.process.once('close', (code) => {
      void child.stop();
      resolve({ code: code ?? 1, output: child.output() });
    });
  });
}

export function lintSpec(specPath: string, options: { echo?: boolean; cwd?: string; format?: 'codeframe' | 'stylish' } = {}): Promise<RedoclyResult> {
  // The project's rules apply whichever copy of a spec is linted.
  const args = ['lint', specPath, '--config', join(ROOT, 'redocly.yaml')];
  if (options.format) args.push('--format', options.format);
  return runRedocly(args, options);
}

export function buildDocs(specPath: string, outputPath: string): Promise<RedoclyResult> {
  // Inline the Redoc bundle: the page must work offline, with no CDN.
  return runRedocly(['build-docs', specPath, '--output', outputPath, '--inlineBundle']);
}
