// Which checks a run leaves out, and how to enable them: said at the start and in the summary.
import type { RunConfig } from '../options.js';
import type { OperationId } from '../spec.js';
import type { Skip } from './results.js';

const WRITES = 'set HIPP_CONTRACT_WRITES=1 (or pass --writes) against a server where creating users is acceptable (there is no delete endpoint)';

export function plannedSkips(config: RunConfig): Skip[] {
  const skips: Skip[] = [];
  if (config.via === 'mock') {
    const stateless = 'the mock keeps no state and accepts any key: run against a real server (HIPP_CONTRACT_TARGET)';
    for (const checkId of [
      'ensure_resource_availability',
      'missing_resource_not_found',
      'unique_email',
      'documented_defaults',
      'created_data_round_trip',
      'role_permission',
      'tenant_isolation',
    ]) {
      skips.push({ checkId, what: 'promises only a server that keeps state can keep', enable: stateless });
    }
    skips.push({ checkId: 'negative_data_rejection', operation: 'getUserById', what: 'malformed publicIds', enable: stateless });
    skips.push({ checkId: 'ignored_auth', what: 'made-up keys (no key at all is still checked)', enable: stateless });
    skips.push({
      checkId: 'negative_data_rejection',
      operation: 'createUser',
      what: 'a space instead of T in a date-time, which Prism (ajv-formats) accepts',
      enable: stateless,
    });
  }
  if (!config.writes) {
    for (const checkId of ['positive_data_acceptance', 'negative_data_rejection', 'ignored_auth'] as const) {
      skips.push({ checkId, operation: 'createUser', what: 'create requests (this run sends no POST)', enable: WRITES });
    }
    for (const checkId of ['ensure_resource_availability', 'unique_email', 'documented_defaults', 'created_data_round_trip', 'role_permission']) {
      skips.push({ checkId, what: 'promises about created users (this run sends no POST)', enable: WRITES });
    }
    if (config.userIds.length === 0) {
      skips.push({
        checkId: 'missing_resource_not_found',
        what: 'an unknown publicId shaped like a real one (no real one to shape it on)',
        enable: 'set HIPP_CONTRACT_USER_IDS to a comma-separated list of publicIds of existing users',
      });
      for (const checkId of ['positive_data_acceptance', 'response_schema_conformance']) {
        skips.push({
          checkId,
          operation: 'getUserById',
          what: '200 answers of existing users',
          enable: 'set HIPP_CONTRACT_USER_IDS to a comma-separated list of publicIds of existing users',
        });
      }
    }
  }
  if (config.writes && config.via !== 'mock' && !config.restrictedApiKey) {
    skips.push({
      checkId: 'role_permission',
      what: 'a role the key may not create',
      enable: 'set HIPP_RESTRICTED_API_KEY to a key whose role may not create ADMIN users',
    });
  }
  if (config.via !== 'mock' && !config.otherOrgApiKey) {
    skips.push({
      checkId: 'tenant_isolation',
      what: "users of this organization read with another organization's key",
      enable:
        'set HIPP_OTHER_ORG_API_KEY to an API key of a second organization (the sandbox has sandbox-other-org-key); keys are read from the environment only',
    });
  } else if (config.via !== 'mock' && !config.writes && config.userIds.length === 0) {
    skips.push({
      checkId: 'tenant_isolation',
      what: "users of this organization to read with the other organization's key (none named, none created)",
      enable: `set HIPP_CONTRACT_USER_IDS to a comma-separated list of publicIds of existing users, or ${WRITES}`,
    });
  }
  if (config.maxResponseMs === undefined) {
    skips.push({ checkId: 'max_response_time', what: 'response times', enable: 'set HIPP_CONTRACT_MAX_RESPONSE_MS to the longest acceptable answer time' });
  }
  return skips;
}

/** Why a check judged nothing of an operation the planned skips do not name. */
export function unjudgedReason(config: Pick<RunConfig, 'writes'>, operation: OperationId): string {
  if (!config.writes && operation === 'createUser') return `writes are off, so no create request was sent (to enable, ${WRITES})`;
  return 'does not apply to this operation';
}

export function describeSkips(skips: Skip[]): string[] {
  return skips.map((skip) => `${skip.checkId}${skip.operation ? ` (${skip.operation})` : ''}: ${skip.what}; to enable, ${skip.enable}`);
}
