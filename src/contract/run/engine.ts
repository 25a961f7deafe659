// One contract run: the read-only phase, then (with writes on) the create phases, every answer judged by
// every check of the registry. Requests go in an order the seed fixes.
import { runChecks } from '../checks/index.js';
import type { Exchange, Intent } from '../checks/types.js';
import { seededRandom, type Random } from '../cases/random.js';
import { resolveConfig, type ContractOptions, type RunConfig } from '../options.js';
import type { ContractSpec, OperationId } from '../spec.js';
import { createPhases, readPhases } from './phases.js';
import { Tally, type ContractReport } from './results.js';
import { curlFor, prepare, send, type Outgoing } from './send.js';
import { plannedSkips, unjudgedReason } from './skips.js';

export interface Session {
  config: RunConfig;
  spec: ContractSpec;
  random: Random;
  /** Sends one request, judges its answer with every check, and returns the exchange. */
  exchange(operation: OperationId, outgoing: Outgoing, intent: Intent): Promise<Exchange>;
  /**
   * Sends independent requests, up to `concurrency` at a time, and judges the answers in the order given,
   * so a seed replays the same report whatever order the answers came in.
   */
  exchangeAll(planned: Planned[]): Promise<Exchange[]>;
  /** Records a user the run created. */
  created(publicId: unknown): void;
  /** The publicIds of the users created so far, oldest first. */
  createdIds(): readonly string[];
  /** A fresh token for unique values (emails): the seed's cases stay the same, a replay does not collide. */
  unique(): string;
}

export interface Planned {
  operation: OperationId;
  outgoing: Outgoing;
  intent: Intent;
}

/** Maps with at most `limit` calls in flight, results in input order. */
async function mapLimit<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Runs every check of the registry against a server and returns what it found; writes nothing to disk. */
export async function runContract(options: ContractOptions): Promise<ContractReport> {
  return runResolved(resolveConfig(options));
}

/** A run of options already resolved (and so checked) by resolveConfig. */
export async function runResolved(config: RunConfig): Promise<ContractReport> {
  const started = Date.now();
  const tally = new Tally();
  const created: string[] = [];
  const runToken = Date.now().toString(36);
  let sent = 0;
  let tokens = 0;
  const session: Session = {
    config,
    spec: config.spec,
    random: seededRandom(config.seed),
    async exchange(operation, outgoing, intent) {
      const [exchange] = await session.exchangeAll([{ operation, outgoing, intent }]);
      return exchange!;
    },
    async exchangeAll(planned) {
      const requests = planned.map(({ outgoing }) => prepare(outgoing));
      const replies = await mapLimit(requests, config.concurrency, (request) => send(request, config));
      sent += planned.length;
      return planned.map(({ operation, outgoing, intent }, index) => {
        const request = requests[index]!;
        const reply = replies[index]!;
        const exchange: Exchange = {
          spec: config.spec,
          operation,
          request,
          answer: reply.answer,
          ...(reply.answer ? {} : { failure: reply.failure }),
          intent,
          via: config.via,
          ...(outgoing.answeredByPrism ? { answeredByPrism: true } : {}),
          ...(config.maxResponseMs !== undefined ? { maxResponseMs: config.maxResponseMs } : {}),
        };
        const { applied, findings } = runChecks(exchange);
        for (const checkId of applied) tally.count(checkId, operation);
        // Written only for a finding: a 1 MiB body's replay costs time.
        const curl = findings.length > 0 ? curlFor(request, config.replayUrl) : '';
        for (const found of findings) tally.add({ ...found, curl });
        return exchange;
      });
    },
    created(publicId) {
      // The mock creates nothing; its answers only echo the spec's example.
      if (config.via !== 'mock' && typeof publicId === 'string' && !created.includes(publicId)) created.push(publicId);
    },
    createdIds: () => created,
    unique: () => `${runToken}${String(tokens++).padStart(3, '0')}`,
  };
  await readPhases(session);
  if (config.writes) await createPhases(session);
  const skips = plannedSkips(config);
  return {
    target: config.replayUrl,
    via: config.via,
    writes: config.writes,
    seed: config.seed,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    requests: sent,
    created,
    skips,
    cells: tally.cells(
      skips,
      config.spec.operations.map(({ operationId }) => operationId),
      (operation) => unjudgedReason(config, operation),
    ),
  };
}
