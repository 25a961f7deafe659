// The real server named by HIPP_CONTRACT_TARGET, for the contract suite and the Arazzo flows alike.
export interface TargetServer {
  /** Without a trailing slash. */
  baseUrl: string;
  /** A key that may create users of every assignable role. */
  apiKey: string;
  /** A key whose role may not create ADMIN users (optional). */
  restrictedApiKey?: string;
}

/** The target the environment names, or undefined for none; a target without a key is refused. */
export function targetFromEnv(env: NodeJS.ProcessEnv): TargetServer | undefined {
  const baseUrl = env.HIPP_CONTRACT_TARGET?.trim();
  if (!baseUrl) return undefined;
  const apiKey = env.HIPP_API_KEY?.trim();
  if (!apiKey) throw new Error('HIPP_CONTRACT_TARGET is set but HIPP_API_KEY is not: target mode needs a key that may create users of every assignable role.');
  const restrictedApiKey = env.HIPP_RESTRICTED_API_KEY?.trim() || undefined;
  return { baseUrl: baseUrl.replace(/\/+$/, ''), apiKey, ...(restrictedApiKey ? { restrictedApiKey } : {}) };
}
