// The second organization's key: read from the environment only (never a flag), refused when it is the main
// key, documented in the CLI's help, and without it tenant_isolation is skipped by name with how to enable it.
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { optionsFromEnv, resolveConfig, type ContractOptions } from '../../src/contract/options.js';
import { plannedSkips } from '../../src/contract/run/skips.js';

const base: ContractOptions = { baseUrl: 'http://127.0.0.1:1/api', apiKey: 'first-org-secret-key' };
const tenantSkips = (options: Partial<ContractOptions>) =>
  plannedSkips(resolveConfig({ ...base, ...options })).filter((skip) => skip.checkId === 'tenant_isolation');

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { HIPP_API_KEY: base.apiKey }, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe("another organization's key", () => {
  it('is read from HIPP_OTHER_ORG_API_KEY and refused, unquoted, when it is the main key', () => {
    expect(optionsFromEnv({ HIPP_OTHER_ORG_API_KEY: ' other-org-secret ' }).otherOrgApiKey).toBe('other-org-secret');
    expect(optionsFromEnv({}).otherOrgApiKey).toBeUndefined();
    expect(resolveConfig({ ...base, otherOrgApiKey: 'other-org-secret' }).otherOrgApiKey).toBe('other-org-secret');
    expect(() => resolveConfig({ ...base, otherOrgApiKey: base.apiKey })).toThrow(/HIPP_OTHER_ORG_API_KEY is the same key as HIPP_API_KEY/);
    try {
      resolveConfig({ ...base, otherOrgApiKey: base.apiKey });
    } catch (error) {
      expect(String(error)).not.toContain(base.apiKey);
    }
  });

  it('enables tenant_isolation; without it the check is skipped by name, with how to enable it', () => {
    const [missing] = tenantSkips({ writes: true });
    expect(missing?.enable).toContain('HIPP_OTHER_ORG_API_KEY');
    expect(tenantSkips({ writes: true, otherOrgApiKey: 'other' })).toEqual([]);
    expect(tenantSkips({ userIds: ['usr_1'], otherOrgApiKey: 'other' })).toEqual([]);
    // Read-only with no user named: nothing to read with it.
    expect(tenantSkips({ otherOrgApiKey: 'other' })[0]?.enable).toContain('HIPP_CONTRACT_USER_IDS');
  });

  it("is documented in the CLI's help, and refused as a flag with where it goes instead", async () => {
    const help = await cli(['contract', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('HIPP_OTHER_ORG_API_KEY');
    expect(help.out).not.toContain('--other-org');
    const flag = await cli(['contract', 'http://127.0.0.1:1/api', '--other-org-api-key', 'other-org-secret']);
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('HIPP_OTHER_ORG_API_KEY');
    expect(flag.err).not.toContain('other-org-secret');
  });
});
