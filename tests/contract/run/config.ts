// What one contract run does, read from the environment: the target, whether it may write, which users
// it may read, its seed, its response-time limit and where its reports go.
import { resolve } from 'node:path';
import type { TargetServer } from '../../../scripts/lib/contract/target.js';
import { seedFrom } from '../cases/random.js';

export interface RunConfig {
  /** Where requests go: the server, Prism's mock, or Prism's validating proxy in front of the server. */
  baseUrl: string;
  /** The server the replay commands name (the target itself, not the proxy in front of it). */
  replayUrl: string;
  via: 'server' | 'mock' | 'proxy';
  apiKey: string;
  restrictedApiKey?: string;
  /** Whether the run may create users (HIPP_CONTRACT_WRITES=1; always for the mock). */
  writes: boolean;
  /** Existing users to read (HIPP_CONTRACT_USER_IDS). */
  userIds: string[];
  seed: number;
  maxResponseMs?: number;
  reportDir: string;
  timeoutMs: number;
  /** Requests in flight at once within a phase (HIPP_CONTRACT_CONCURRENCY, 1 by default: gentle on real servers). */
  concurrency: number;
}

export const DEFAULT_REPORT_DIR = 'reports/contract';

export function optionsFromEnv(env: NodeJS.ProcessEnv) {
  const limit = env.HIPP_CONTRACT_MAX_RESPONSE_MS?.trim();
  const maxResponseMs = limit ? Number(limit) : undefined;
  if (maxResponseMs !== undefined && !(Number.isFinite(maxResponseMs) && maxResponseMs > 0)) {
    throw new Error(`HIPP_CONTRACT_MAX_RESPONSE_MS must be a positive number of milliseconds, not ${JSON.stringify(limit)}`);
  }
  const concurrency = Number(env.HIPP_CONTRACT_CONCURRENCY?.trim() || 1);
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16)) {
    throw new Error(`HIPP_CONTRACT_CONCURRENCY must be a whole number from 1 to 16, not ${JSON.stringify(env.HIPP_CONTRACT_CONCURRENCY)}`);
  }
  const writes = env.HIPP_CONTRACT_WRITES?.trim();
  if (writes && writes !== '1' && writes !== '0') throw new Error(`HIPP_CONTRACT_WRITES must be 1 (writes on) or 0 (read-only), not ${JSON.stringify(writes)}`);
  return {
    writes: writes === '1',
    userIds: (env.HIPP_CONTRACT_USER_IDS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    seed: seedFrom(env),
    ...(maxResponseMs !== undefined ? { maxResponseMs } : {}),
    reportDir: resolve(env.HIPP_CONTRACT_REPORT_DIR?.trim() || DEFAULT_REPORT_DIR),
    timeoutMs: 15_000,
    concurrency,
  };
}

/** A run against a real server (`via` says whether Prism's validating proxy stands in between). */
export function targetConfig(target: TargetServer, env: NodeJS.ProcessEnv, proxyUrl?: string): RunConfig {
  return {
    ...optionsFromEnv(env),
    baseUrl: proxyUrl ?? target.baseUrl,
    replayUrl: target.baseUrl,
    via: proxyUrl ? 'proxy' : 'server',
    apiKey: target.apiKey,
    ...(target.restrictedApiKey ? { restrictedApiKey: target.restrictedApiKey } : {}),
  };
}

/** A run against Prism's mock: it writes nothing anywhere, so writes are on. */
export function mockConfig(baseUrl: string, apiKey: string, env: NodeJS.ProcessEnv): RunConfig {
  // Prism on loopback: no one to be gentle with.
  return { ...optionsFromEnv({ HIPP_CONTRACT_CONCURRENCY: '4', ...env }), writes: true, baseUrl, replayUrl: baseUrl, via: 'mock', apiKey };
}
