// Paths to the project's own binaries, so nothing runs through npx and every pid is ours.
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The project the scripts act on: this one, or the copy named by HIPP_PROJECT_ROOT (the tests use copies). */
export function projectRoot(): string {
  return process.env.HIPP_PROJECT_ROOT ?? ROOT;
}

export function bin(name: string): string {
  return fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
}

/** The environment for Redocly: no telemetry, no update notices, no network calls of its own. */
export function redoclyEnv(): NodeJS.ProcessEnv {
  return { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
}
