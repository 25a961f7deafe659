// What one contract run does: the server, whether it may write, which users it may read, its seed, its
// response-time limit, how many requests it keeps in flight, and the spec it checks against. Read from a
// caller's options (runContract, the CLI's flags) over the environment's HIPP_CONTRACT_* variables.
import { resolve } from 'node:path';
import type { OpenApiDocument } from '../spec/document.js';
import { loadSpec, packagedSpecPath } from '../spec/load.js';
import { ContractSpec } from './spec.js';

/** A run's options; everything but the server and its key has a default. */
export interface ContractOptions {
  /** The server's base URL, such as `https://staging.example.com/api` (the paths `/v1/users…` go below it). */
  baseUrl: string;
  /** A key that may create users of every assignable role. */
  apiKey: string;
  /** A key whose role may not create ADMIN users: enables role_permission. */
  restrictedApiKey?: string;
  /** A key of another organization: enables tenant_isolation (none of the first key's users is readable with it). */
  otherOrgApiKey?: string;
  /** Whether the run may create users (there is no delete endpoint). Default false: read-only, no POST sent. */
  writes?: boolean;
  /** publicIds of existing users to read. */
  userIds?: string[];
  /** The seed that fixes every drawn case; a replay with the same seed sends the same requests. Default: random. */
  seed?: number;
  /** The longest acceptable answer time; enables max_response_time. */
  maxResponseMs?: number;
  /** Requests in flight at once within a phase, 1 to 16. Default 1: gentle on real servers. */
  concurrency?: number;
  /** How long one request may take before it counts as a hang. Default 15 000 ms. */
  timeoutMs?: number;
  /** The spec to check against: a file path or a parsed document. Default: the openapi.yaml this package ships. */
  spec?: string | OpenApiDocument;
  /**
   * Prism in front of the server: `mock` (Prism answers; it keeps no state) or `proxy` (its validating proxy,
   * whose `sl-violations` verdicts count too). `baseUrl` is then Prism's, and `replayUrl` the server's.
   */
  via?: 'server' | 'mock' | 'proxy';
  /** The server the replay commands name. Default: `baseUrl`. */
  replayUrl?: string;
}

/** The options resolved: every default filled in, the spec read. */
export interface RunConfig {
  baseUrl: string;
  replayUrl: string;
  via: 'server' | 'mock' | 'proxy';
  apiKey: string;
  restrictedApiKey?: string;
  otherOrgApiKey?: string;
  writes: boolean;
  userIds: string[];
  seed: number;
  maxResponseMs?: number;
  timeoutMs: number;
  concurrency: number;
  spec: ContractSpec;
}

/** A setting that cannot be used: said in one line, before any request is sent. */
export class ContractUsageError extends Error {
  override name = 'ContractUsageError';
}

const positiveInteger = (value: number) => Number.isInteger(value) && value > 0;

export function resolveConfig(options: ContractOptions): RunConfig {
  let url: URL;
  try {
    url = new URL(options.baseUrl);
  } catch {
    throw new ContractUsageError(`the base URL must be an absolute http(s) URL, such as http://127.0.0.1:4020/api, not ${JSON.stringify(options.baseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ContractUsageError(`the base URL must use http or https, not ${url.protocol}`);
  if (!options.apiKey?.trim()) throw new ContractUsageError('no API key: set HIPP_API_KEY to a key that may create users of every assignable role');
  // Never quoted: a key is a secret.
  if (options.otherOrgApiKey?.trim() === options.apiKey.trim())
    throw new ContractUsageError('HIPP_OTHER_ORG_API_KEY is the same key as HIPP_API_KEY: it must be a key of another organization');
  const concurrency = options.concurrency ?? 1;
  if (!(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 16))
    throw new ContractUsageError(`the concurrency must be a whole number from 1 to 16, not ${concurrency}`);
  if (options.maxResponseMs !== undefined && !positiveInteger(options.maxResponseMs)) {
    throw new ContractUsageError(`the response-time limit must be a positive whole number of milliseconds, not ${options.maxResponseMs}`);
  }
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new ContractUsageError(`the seed must be a non-negative integer, not ${seed}`);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return {
    baseUrl,
    replayUrl: (options.replayUrl ?? baseUrl).replace(/\/+$/, ''),
    via: options.via ?? 'server',
    apiKey: options.apiKey,
    ...(options.restrictedApiKey ? { restrictedApiKey: options.restrictedApiKey } : {}),
    ...(options.otherOrgApiKey?.trim() ? { otherOrgApiKey: options.otherOrgApiKey } : {}),
    // Prism's mock writes nothing anywhere.
    writes: options.via === 'mock' || options.writes === true,
    userIds: options.userIds ?? [],
    seed,
    ...(options.maxResponseMs !== undefined ? { maxResponseMs: options.maxResponseMs } : {}),
    timeoutMs: options.timeoutMs ?? 15_000,
    concurrency,
    spec: contractSpecFrom(options.spec),
  };
}

function contractSpecFrom(spec: ContractOptions['spec']): ContractSpec {
  if (spec !== undefined && typeof spec !== 'string') return new ContractSpec(spec, 'the spec given');
  const path = spec === undefined ? packagedSpecPath() : resolve(spec);
  try {
    return new ContractSpec(loadSpec(path), path);
  } catch (error) {
    throw new ContractUsageError(error instanceof Error ? error.message : String(error));
  }
}

/** The settings the environment gives (the keys, HIPP_*_API_KEY, and the HIPP_CONTRACT_* variables); a malformed one is refused by name. */
export function optionsFromEnv(env: NodeJS.ProcessEnv): Omit<ContractOptions, 'baseUrl' | 'apiKey'> & { apiKey?: string; reportDir?: string } {
  const text = (name: string) => env[name]?.trim() || undefined;
  const number = (name: string) => {
    const value = text(name);
    if (value === undefined) return undefined;
    const parsed = Number(value);
    if (!Number.isSafeInteger(parsed) || parsed < 0) throw new ContractUsageError(`${name} must be a whole number, not ${JSON.stringify(value)}`);
    return parsed;
  };
  const writes = text('HIPP_CONTRACT_WRITES');
  if (writes !== undefined && writes !== '1' && writes !== '0')
    throw new ContractUsageError(`HIPP_CONTRACT_WRITES must be 1 (writes on) or 0 (read-only), not ${JSON.stringify(writes)}`);
  const seed = number('HIPP_CONTRACT_SEED');
  const maxResponseMs = number('HIPP_CONTRACT_MAX_RESPONSE_MS');
  const concurrency = number('HIPP_CONTRACT_CONCURRENCY');
  const apiKey = text('HIPP_API_KEY');
  const restrictedApiKey = text('HIPP_RESTRICTED_API_KEY');
  const otherOrgApiKey = text('HIPP_OTHER_ORG_API_KEY');
  const reportDir = text('HIPP_CONTRACT_REPORT_DIR');
  const userIds = parseUserIds(env.HIPP_CONTRACT_USER_IDS ?? '');
  return {
    ...(apiKey ? { apiKey } : {}),
    ...(restrictedApiKey ? { restrictedApiKey } : {}),
    ...(otherOrgApiKey ? { otherOrgApiKey } : {}),
    ...(writes !== undefined ? { writes: writes === '1' } : {}),
    ...(userIds.length > 0 ? { userIds } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(maxResponseMs !== undefined ? { maxResponseMs } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(reportDir ? { reportDir } : {}),
  };
}

/** A comma-separated list of publicIds. */
export function parseUserIds(list: string): string[] {
  return list
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

export const DEFAULT_REPORT_DIR = 'reports/contract';
