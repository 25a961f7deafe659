// The statistics of `npm run bench` (its seeded generator is the contract suite's, src/contract/cases/random.ts,
// so a run's order and its intervals can be redone):
// the median of paired per-round ratios with a percentile-bootstrap 95 % interval, and the verdict on a
// goal that the interval supports.

export function median(values: ArrayLike<number>): number {
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface Interval {
  /** The median of the per-round ratios. */
  estimate: number;
  /** The 2.5th and 97.5th percentiles of that median over bootstrap resamples of the rounds. */
  low: number;
  high: number;
}

export const RESAMPLES = 4000;

/**
 * `numerator[i] / denominator[i]` per round, so a slow moment of the machine hits both sides of a
 * ratio; its median, and a 95 % interval for that median from resampling the rounds with replacement.
 */
export function pairedRatio(numerator: readonly number[], denominator: readonly number[], random: () => number): Interval {
  if (numerator.length !== denominator.length || numerator.length === 0) throw new Error('pairedRatio needs samples of the same rounds');
  const ratios = numerator.map((value, round) => value / denominator[round]!);
  const n = ratios.length;
  const medians = new Float64Array(RESAMPLES);
  const resample = new Float64Array(n);
  for (let b = 0; b < RESAMPLES; b++) {
    for (let i = 0; i < n; i++) resample[i] = ratios[Math.floor(random() * n)]!;
    medians[b] = median(resample);
  }
  medians.sort();
  return { estimate: median(ratios), low: medians[Math.floor(0.025 * (RESAMPLES - 1))]!, high: medians[Math.ceil(0.975 * (RESAMPLES - 1))]! };
}

export type Verdict = 'met' | 'not met' | 'inconclusive';

/** A goal `ratio ≤ goal` is met only when the whole interval is within it, missed only when it is all above. */
export function verdict(interval: Interval, goal: number): Verdict {
  if (interval.high <= goal) return 'met';
  if (interval.low > goal) return 'not met';
  return 'inconclusive';
}
