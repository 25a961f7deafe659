// Which server the contract suite speaks to: the Prism mock (default) or a real one (HIPP_CONTRACT_TARGET).
export interface ContractTarget {
  mode: 'mock' | 'target';
  baseUrl: string;
  apiKey: string;
  /** A key whose role may not create ADMIN users (target mode, optional). */
  restrictedApiKey?: string;
  /** Target mode through Prism's validating proxy (HIPP_CONTRACT_PROXY=1): its `sl-violations` verdicts count too. */
  proxied?: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: ContractTarget;
  }
}

/** The key the suite sends to the mock; Prism accepts any bearer token. */
export const MOCK_API_KEY = 'contract-suite-key';

export function targetFromEnv(env: NodeJS.ProcessEnv): Omit<ContractTarget, 'mode'> | undefined {
  const baseUrl = env.HIPP_CONTRACT_TARGET?.trim();
  if (!baseUrl) return undefined;
  const apiKey = env.HIPP_API_KEY?.trim();
  if (!apiKey) throw new Error('HIPP_CONTRACT_TARGET is set but HIPP_API_KEY is not: target mode needs a key that may create users of every assignable role.');
  const restrictedApiKey = env.HIPP_RESTRICTED_API_KEY?.trim() || undefined;
  return { baseUrl: baseUrl.replace(/\/+$/, ''), apiKey, ...(restrictedApiKey ? { restrictedApiKey } : {}) };
}
