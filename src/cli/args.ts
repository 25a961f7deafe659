// Parses a command's arguments with node:util's parseArgs, turning its errors into one-line usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

type Options = Record<string, { type: 'string' | 'boolean' }>;

export interface Parsed<T extends Options> {
  values: { [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string } & { help?: boolean };
  positionals: string[];
}

export function parseCommand<T extends Options>(command: string, args: string[], options: T): Parsed<T> {
  try {
    const config: ParseArgsConfig = { args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true };
    return parseArgs(config) as Parsed<T>;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    // A key passed as an argument shows in `ps` and in shell history: say where it goes instead.
    if (/unknown option '--[^']*key/i.test(message)) {
      throw new UsageError(
        `${message.replace(/\. To specify.*$/, '')}: keys are read from the environment only (HIPP_API_KEY, HIPP_RESTRICTED_API_KEY, HIPP_OTHER_ORG_API_KEY), never from arguments`,
      );
    }
    throw new UsageError(`${message.replace(/\. To specify.*$/, '')} (see hipp-users-api ${command} --help)`);
  }
}

/** A whole number from a flag, or undefined when the flag is absent. */
export function wholeNumber(flag: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(parsed) || parsed < min)
    throw new UsageError(`--${flag} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, not ${JSON.stringify(value)}`);
  return parsed;
}
