// Runs the Redocly CLI from node_modules/.bin, as a tracked child, and collects what it printed.
import { join } from 'node:path';
import { bin, ROOT } from '../paths.js';
import { run, type ProcessResult } from '../processes/run.js';

export type RedoclyResult = ProcessResult;

/** The environment for Redocly: no telemetry, no update notices, no network calls of its own. */
export function redoclyEnv(): NodeJS.ProcessEnv {
  return { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
}

/** With `echo`, Redocly prints straight to this process's terminal, and `output` stays empty. */
export function runRedocly(args: string[], options: { cwd?: string; echo?: boolean } = {}): Promise<RedoclyResult> {
  return run(bin('redocly'), args, {
    cwd: options.cwd ?? ROOT,
    env: redoclyEnv(),
    ...(options.echo ? { stdio: ['ignore', 'inherit', 'inherit'] } : {}),
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
  // The page's Redoc options live under `openapi:` in redocly.yaml.
  return runRedocly(['build-docs', specPath, '--output', outputPath, '--inlineBundle', '--config', join(ROOT, 'redocly.yaml')]);
}
