// Runs the Redocly CLI from node_modules/.bin and collects what it printed.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bin, redoclyEnv, ROOT } from './bin.js';

export interface RedoclyResult {
  code: number;
  output: string;
}

export function runRedocly(args: string[], options: { cwd?: string; echo?: boolean } = {}): Promise<RedoclyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin('redocly'), args, { cwd: options.cwd ?? ROOT, env: redoclyEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) stream.write(chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

export function lintSpec(specPath: string, options: { echo?: boolean; cwd?: string } = {}): Promise<RedoclyResult> {
  // The project's rules apply whichever copy of a spec is linted.
  return runRedocly(['lint', specPath, '--config', join(ROOT, 'redocly.yaml')], options);
}

export function buildDocs(specPath: string, outputPath: string): Promise<RedoclyResult> {
  // Inline the Redoc bundle: the page must work offline, with no CDN.
  return runRedocly(['build-docs', specPath, '--output', outputPath, '--inlineBundle']);
}
