// Which server the contract suite speaks to: the Prism mock (default) or a real one (HIPP_CONTRACT_TARGET).
import type { TargetServer } from '../../../src/contract/target.js';

export interface ContractTarget extends TargetServer {
  mode: 'mock' | 'target';
  /** Target mode through Prism's validating proxy (HIPP_CONTRACT_PROXY=1): its `sl-violations` verdicts count too. */
  proxied?: boolean;
  /** Behind the proxy, the server itself (`baseUrl` is then the proxy's): replay commands name it. */
  serverUrl?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    contractTarget: ContractTarget;
  }
}

/** The key the suite sends to the mock; Prism accepts any bearer token. */
export const MOCK_API_KEY = 'contract-suite-key';
