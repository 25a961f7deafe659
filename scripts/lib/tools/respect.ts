// Runs the Arazzo flows in arazzo/users.arazzo.yaml with `redocly respect` against one server.
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import { runRedocly, type RedoclyResult } from './redocly.js';

export const ARAZZO_FILE = join(ROOT, 'arazzo', 'users.arazzo.yaml');

/** Every flow but the 404 one, which needs a server that keeps state. */
export const MOCK_WORKFLOWS = ['createThenGet', 'errors'];

export function respect(serverUrl: string, apiKey: string, options: { workflows?: string[]; echo?: boolean } = {}): Promise<RedoclyResult> {
  const args = ['respect', ARAZZO_FILE, '--server', `users=${serverUrl}`, '--input', `apiKey=${apiKey}`];
  for (const workflow of options.workflows ?? []) args.push('--workflow', workflow);
  return runRedocly(args, { echo: options.echo ?? false });
}
