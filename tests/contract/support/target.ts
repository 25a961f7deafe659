// The server this vitest run speaks to, as global-setup provided it, and the run's configuration.
import { inject } from 'vitest';
import { untilMockAnswers } from '../../support/run-mock.js';
import { optionsFromEnv, resolveConfig, type RunConfig } from '../../../src/contract/options.js';

export const target = inject('contractTarget');
export const isMock = target.mode === 'mock';
// The global setup starts the mock without waiting for it.
if (isMock) await untilMockAnswers(target.baseUrl);

const { reportDir: _reportDir, ...fromEnv } = optionsFromEnv(process.env);

export const runConfig: RunConfig = resolveConfig(
  isMock
    ? // Prism on loopback: no one to be gentle with.
      { concurrency: 4, ...fromEnv, baseUrl: target.baseUrl, apiKey: target.apiKey, via: 'mock' }
    : {
        ...fromEnv,
        baseUrl: target.baseUrl,
        apiKey: target.apiKey,
        ...(target.proxied ? { via: 'proxy' as const, replayUrl: target.serverUrl! } : {}),
        ...(target.restrictedApiKey ? { restrictedApiKey: target.restrictedApiKey } : {}),
      },
);

/** The spec the run checks against (the checkout's openapi.yaml). */
export const contractSpec = runConfig.spec;
