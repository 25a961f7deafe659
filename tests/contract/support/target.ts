// The server this vitest run speaks to, as global-setup provided it, and the run's configuration.
import { inject } from 'vitest';
import { untilMockAnswers } from '../../support/run-mock.js';
import { mockConfig, targetConfig, type RunConfig } from '../run/config.js';

export const target = inject('contractTarget');
export const isMock = target.mode === 'mock';
// The global setup starts the mock without waiting for it.
if (isMock) await untilMockAnswers(target.baseUrl);

export const runConfig: RunConfig = isMock
  ? mockConfig(target.baseUrl, target.apiKey, process.env)
  : targetConfig({ ...target, baseUrl: target.serverUrl ?? target.baseUrl }, process.env, target.proxied ? target.baseUrl : undefined);
