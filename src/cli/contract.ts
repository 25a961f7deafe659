// `hipp-users-api contract <baseUrl>`: the contract suite against a server, reports written, an exit code CI can act on.
import { resolve } from 'node:path';
import { optionsFromEnv, parseUserIds, resolveConfig, DEFAULT_REPORT_DIR, type ContractOptions, type RunConfig } from '../contract/options.js';
import { writeReports } from '../contract/report/write.js';
import { runResolved } from '../contract/run/engine.js';
import { transportFailure } from '../contract/run/send.js';
import { endSummary, startBanner } from '../contract/run/print.js';
import { hasViolations } from '../contract/run/results.js';
import { parseCommand, wholeNumber } from './args.js';
import { CONTRACT_HELP, EXIT, UsageError } from './usage.js';

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Whether anything answers HTTP at the base URL (any status counts): else the run cannot be judged. */
async function answers(baseUrl: string): Promise<string | undefined> {
  try {
    const response = await fetch(baseUrl, { signal: AbortSignal.timeout(10_000) });
    await response.body?.cancel();
    return undefined;
  } catch (error) {
    return transportFailure(error, 10_000);
  }
}

export async function contractCommand(args: string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  const { values, positionals } = parseCommand('contract', args, {
    writes: { type: 'boolean' },
    'user-ids': { type: 'string' },
    seed: { type: 'string' },
    'max-response-ms': { type: 'string' },
    concurrency: { type: 'string' },
    'report-dir': { type: 'string' },
    spec: { type: 'string' },
  });
  if (values.help) {
    io.out(CONTRACT_HELP);
    return EXIT.passed;
  }
  if (positionals.length !== 1)
    throw new UsageError(`contract takes one base URL, such as http://127.0.0.1:4020/api (got ${positionals.length}; see hipp-users-api contract --help)`);
  const { reportDir: envReportDir, ...fromEnv } = optionsFromEnv(env);
  if (!fromEnv.apiKey)
    throw new UsageError('HIPP_API_KEY is not set: export a key that may create users of every assignable role (keys are never taken as arguments)');
  const seed = wholeNumber('seed', values.seed);
  const maxResponseMs = wholeNumber('max-response-ms', values['max-response-ms'], 1);
  const concurrency = wholeNumber('concurrency', values.concurrency, 1);
  const options: ContractOptions = {
    ...fromEnv,
    apiKey: fromEnv.apiKey,
    baseUrl: positionals[0]!,
    ...(values.writes ? { writes: true } : {}),
    ...(values['user-ids'] !== undefined ? { userIds: parseUserIds(values['user-ids']) } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(maxResponseMs !== undefined ? { maxResponseMs } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(values.spec !== undefined ? { spec: values.spec } : {}),
  };
  const reportDir = resolve(values['report-dir'] ?? envReportDir ?? DEFAULT_REPORT_DIR);
  const config = resolveConfig(options);
  const unreachable = await answers(config.baseUrl);
  if (unreachable) {
    io.err(`hipp-users-api contract: nothing answers at ${config.baseUrl} (${unreachable}): the run cannot be judged`);
    return EXIT.cannotJudge;
  }
  return runAndReport(config, reportDir, io);
}

/** One run as the CLI and `npm run test:contract` show it: banner, run, reports, summary, verdict; the exit code. */
export async function runAndReport(config: RunConfig, reportDir: string, io: Io): Promise<number> {
  io.out(startBanner(config));
  const report = await runResolved(config);
  writeReports(report, reportDir);
  io.out(endSummary(report, reportDir));
  const count = (outcome: string) => report.cells.filter((cell) => cell.outcome === outcome).length;
  const warnings = report.cells.reduce((sum, cell) => sum + cell.warnings.length, 0);
  const warned = warnings > 0 ? `, ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
  if (hasViolations(report)) {
    io.out(`contract: FAILED, ${count('failed')} check × operation with violations (${count('passed')} passed, ${count('skipped')} skipped${warned})`);
    return EXIT.violations;
  }
  // Warnings never fail a run: valid data refused for a limit the spec does not state.
  io.out(`contract: passed (${count('passed')} passed, ${count('skipped')} skipped${warned})`);
  return EXIT.passed;
}
