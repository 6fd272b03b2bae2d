/**
 * Wald's sequential probability ratio test (SPRT) for error rates, judged on cumulative
 * counts at every look. Looking again and again is what SPRT is built for: its error
 * bounds hold however many looks are taken, so repeated looks do not inflate false alarms.
 *
 * Absolute test, against the threshold T (`max-error-rate`):
 *   H0 "healthy": p = T/2   vs   H1 "regressed": p = 2T
 * The drift of the log-likelihood ratio changes sign near p ≈ 1.08 T, so rates below the
 * threshold drift to pass and rates above it drift to fail. With α = 0.001 a canary whose
 * true rate is at most T/2 is failed with probability ≤ 0.1 % (Wald's bound); with β = 0.01 a
 * canary at 2T passes with probability ≤ 1 %.
 *
 * Relative test, canary vs stable (when a baseline build is given): conditional on the
 * errors seen in both, each error is the canary's with probability q = r·n_c / (r·n_c + n_s)
 * where r is the ratio of their rates. H0: r = 1 vs H1: r = `ratio`. Exposure-aware, so
 * uneven traffic splits are handled.
 */

export interface SprtBounds {
  /** Probability of failing a healthy build (at H0). */
  alpha: number;
  /** Probability of passing a regressed build (at H1). */
  beta: number;
}

export const DEFAULT_BOUNDS: SprtBounds = { alpha: 0.001, beta: 0.01 };

export type SprtDecision = 'fail' | 'pass' | 'continue';

export interface SprtResult {
  decision: SprtDecision;
  llr: number;
  upper: number;
  lower: number;
}

function decide(llr: number, bounds: SprtBounds): SprtResult {
  const upper = Math.log((1 - bounds.beta) / bounds.alpha);
  const lower = Math.log(bounds.beta / (1 - bounds.alpha));
  const decision = llr >= upper ? 'fail' : llr <= lower ? 'pass' : 'continue';
  return { decision, llr, upper, lower };
}

/** The absolute error-rate test for `errors` out of `requests` against threshold T. */
export function errorRateSprt(errors: number, requests: number, threshold: number, bounds = DEFAULT_BOUNDS): SprtResult {
  const p0 = threshold / 2;
  const p1 = Math.min(2 * threshold, 0.999);
  const ok = Math.max(requests - errors, 0);
  const llr = errors * Math.log(p1 / p0) + ok * Math.log((1 - p1) / (1 - p0));
  return decide(llr, bounds);
}

/** The relative test: is the canary's error rate `ratio` times the stable's rather than equal? */
export function relativeSprt(
  canary: { errors: number; requests: number },
  stable: { errors: number; requests: number },
  ratio: number,
  bounds = DEFAULT_BOUNDS
): SprtResult {
  if (canary.requests <= 0 || stable.requests <= 0) return decide(0, bounds);
  const total = canary.requests + stable.requests;
  const q0 = canary.requests / total;
  const q1 = (ratio * canary.requests) / (ratio * canary.requests + stable.requests);
  const llr = canary.errors * Math.log(q1 / q0) + stable.errors * Math.log((1 - q1) / (1 - q0));
  return decide(llr, bounds);
}

/** Wilson score interval for a proportion (95 %): shown next to each rate in the report. */
export function wilsonInterval(successes: number, trials: number, z = 1.96): [number, number] {
  if (trials <= 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
