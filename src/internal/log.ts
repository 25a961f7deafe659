// The client's log: a level and a logger. Log lines carry the operation, the method, the path template,
// status, duration, attempt and request id: never the key, a body, a header value or a filled-in path,
// since a publicId points at a patient.
import { HippUsageError } from '../errors/hipp-usage-error.js';
import type { Logger, LogLevel } from '../types.js';
import { environmentVariable } from './environment.js';

const LEVELS: Record<LogLevel, number> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };
export const WARN = LEVELS.warn;
export const DEBUG = LEVELS.debug;

export interface Log {
  /** 0 (off) to 4 (debug): a line of level n is written when `level >= n`. */
  level: number;
  logger: Logger;
}

/** From `logLevel`, else `HIPP_LOG`, else `warn`; a level outside the five is refused, as a bad HIPP_API_KEY is. */
export function resolveLog(level: unknown, logger: unknown): Log {
  if (logger !== undefined && !isLogger(logger)) throw new HippUsageError('logger must have debug, info, warn and error methods');
  const name = level === undefined ? environmentVariable('HIPP_LOG') || 'warn' : level;
  if (!Object.hasOwn(LEVELS, name as string)) {
    throw new HippUsageError(`${level === undefined ? 'HIPP_LOG' : 'logLevel'} must be one of ${Object.keys(LEVELS).join(', ')}`);
  }
  return { level: LEVELS[name as LogLevel], logger: logger ?? console };
}

function isLogger(value: unknown): value is Logger {
  const candidate = value as Partial<Record<keyof Logger, unknown>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    ['debug', 'info', 'warn', 'error'].every((name) => typeof candidate[name as keyof Logger] === 'function')
  );
}
