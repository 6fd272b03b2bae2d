/**
 * Sequential tests for error (and slow-request) rates on per-interval counts.
 *
 * Wald's sequential probability ratio test (Wald 1945) adds a log-likelihood ratio (LLR)
 * per interval and stops at log((1-β)/α) ("fail") or log(β/(1-α)) ("pass"). Its α and β
 * hold for independent Bernoulli requests. Production errors are not independent: a slow
 * dependency or a GC pause makes them come in bursts, so interval counts vary far more than a
 * binomial (overdispersion) and a plain SPRT fails healthy builds.
 *
 * Quasi-likelihood (McCullagh & Nelder, Generalized Linear Models, 2nd ed. 1989, §4.5 and
 * ch. 9): with Var = φ · binomial variance, the quasi-likelihood is the binomial likelihood
 * divided by φ, and φ is estimated by Pearson's X² / (degrees of freedom) over the intervals.
 * For a beta-binomial with intra-interval correlation ρ, φ = 1 + (n − 1)ρ (Williams 1982).
 * Here every LLR increment is divided by
 *   φ = max(1, (ν₀·φ₀ + X²) / (ν₀ + df)),   φ₀ = 1 + (n̄ − 1)·ρ₀,
 * i.e. the Pearson estimate shrunk toward a conservative prior (ρ₀, weight ν₀ intervals) until
 * enough intervals exist. The path is recomputed from the first interval at every look with the
 * current φ, so a burst seen later also discounts the evidence that came before it.
 *
 * Two further rules make the stopping safe on real traffic: the LLR is reflected at the pass
 * bound (a canary that looked healthy for a while and then regresses is not carried by its
 * past), and each interval's increment is censored so a fail needs `minFailIntervals` intervals
 * of strong evidence (Huber 1965; Pearson's X² has no degrees of freedom on one interval, and a
 * single burst is not evidence).
 */

export interface SprtBounds {
  /** Probability of failing a healthy build (at H0). */
  alpha: number;
  /** Probability of passing a regressed build (at H1). */
  beta: number;
}

export const DEFAULT_BOUNDS: SprtBounds = { alpha: 0.001, beta: 0.01 };

/** Prior for the dispersion φ: intra-interval correlation ρ₀, worth `weight` intervals. */
export interface DispersionPrior {
  rho0: number;
  weight: number;
}

export const DEFAULT_PRIOR: DispersionPrior = { rho0: 0.01, weight: 4 };

export type SprtDecision = 'fail' | 'pass' | 'continue';

export interface SprtResult {
  decision: SprtDecision;
  llr: number;
  upper: number;
  lower: number;
}

export function waldBounds(bounds: SprtBounds): { upper: number; lower: number } {
  return { upper: Math.log((1 - bounds.beta) / bounds.alpha), lower: Math.log(bounds.beta / (1 - bounds.alpha)) };
}

function decide(llr: number, bounds: SprtBounds): SprtResult {
  const { upper, lower } = waldBounds(bounds);
  const decision = llr >= upper ? 'fail' : llr <= lower ? 'pass' : 'continue';
  return { decision, llr, upper, lower };
}

/** H0 "healthy" p = T/2 against H1 "regressed" p = 2T. */
export function absoluteHypotheses(threshold: number): { p0: number; p1: number } {
  return { p0: threshold / 2, p1: Math.min(2 * threshold, 0.999) };
}

/** LLR of `errors` out of `requests` for the absolute test against threshold T. */
export function absoluteLlr(errors: number, requests: number, threshold: number): number {
  const { p0, p1 } = absoluteHypotheses(threshold);
  const ok = Math.max(requests - errors, 0);
  return errors * Math.log(p1 / p0) + ok * Math.log((1 - p1) / (1 - p0));
}

/** The plain absolute test on one set of counts (one-shot use, and the published boundaries). */
export function errorRateSprt(
  errors: number,
  requests: number,
  threshold: number,
  bounds = DEFAULT_BOUNDS
): SprtResult {
  return decide(absoluteLlr(errors, requests, threshold), bounds);
}

export interface Counts {
  requests: number;
  errors: number;
}

/**
 * Canary vs stable, conditional on the errors both had in one interval: each error is the
 * canary's with probability q = r·n_c / (r·n_c + n_s), r the ratio of their rates (exposure-
 * aware; an outage that hits both alike moves both counts and cancels). H0 r = 1, H1 r = ratio.
 */
export function relativeLlr(canary: Counts, stable: Counts, ratio: number): number {
  if (canary.requests <= 0 || stable.requests <= 0) return 0;
  const q0 = canary.requests / (canary.requests + stable.requests);
  const q1 = (ratio * canary.requests) / (ratio * canary.requests + stable.requests);
  return canary.errors * Math.log(q1 / q0) + stable.errors * Math.log((1 - q1) / (1 - q0));
}

export function relativeSprt(canary: Counts, stable: Counts, ratio: number, bounds = DEFAULT_BOUNDS): SprtResult {
  return decide(relativeLlr(canary, stable, ratio), bounds);
}

/** Pearson's X² of per-interval counts around one common rate, and its degrees of freedom. */
export function pearsonAbsolute(intervals: Counts[]): { x2: number; df: number; meanTrials: number } {
  const used = intervals.filter((c) => c.requests > 0);
  const n = used.reduce((s, c) => s + c.requests, 0);
  const e = used.reduce((s, c) => s + c.errors, 0);
  const p = n > 0 ? e / n : 0;
  let x2 = 0;
  if (p > 0 && p < 1) for (const c of used) x2 += (c.errors - c.requests * p) ** 2 / (c.requests * p * (1 - p));
  return { x2, df: Math.max(used.length - 1, 0), meanTrials: used.length ? n / used.length : 0 };
}

/**
 * Pearson's X² of the canary's share of each interval's errors around the fitted common ratio
 * r̂ (so a real, steady regression does not inflate it; a canary-only burst does).
 */
export function pearsonRelative(canary: Counts[], stable: Counts[]): { x2: number; df: number; meanTrials: number } {
  const idx = canary
    .map((_, i) => i)
    .filter((i) => canary[i].requests > 0 && stable[i].requests > 0 && canary[i].errors + stable[i].errors > 0);
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  const rc = sum(idx.map((i) => canary[i].errors)) / Math.max(sum(idx.map((i) => canary[i].requests)), 1);
  const rs = sum(idx.map((i) => stable[i].errors)) / Math.max(sum(idx.map((i) => stable[i].requests)), 1);
  const ratio = Math.min(Math.max(rs > 0 ? rc / rs : 20, 0.05), 20);
  let x2 = 0;
  let trials = 0;
  for (const i of idx) {
    const m = canary[i].errors + stable[i].errors;
    trials += m;
    const q = (ratio * canary[i].requests) / (ratio * canary[i].requests + stable[i].requests);
    x2 += (canary[i].errors - m * q) ** 2 / (m * q * (1 - q));
  }
  return { x2, df: Math.max(idx.length - 1, 0), meanTrials: idx.length ? trials / idx.length : 0 };
}

/** The dispersion used: Pearson's estimate shrunk toward the prior, never below 1. */
export function dispersion(pearson: { x2: number; df: number; meanTrials: number }, prior = DEFAULT_PRIOR): number {
  const phi0 = 1 + Math.max(pearson.meanTrials - 1, 0) * prior.rho0;
  return Math.max(1, (prior.weight * phi0 + pearson.x2) / (prior.weight + pearson.df));
}

/**
 * The sequential path over per-interval LLR increments divided by φ, each censored to
 * ±upper / minFailIntervals (Huber's robust probability ratio test censors the per-observation
 * LLR the same way), reflected at the pass bound. So no single interval — one burst — can carry
 * a fail: it takes `minFailIntervals` intervals of strong evidence at least. "pass" when the path
 * ends on the pass bound.
 *
 * `confirm`: a path that reaches the fail bound only fails once a later interval still adds
 * evidence (a positive increment while at or above the bound). A burst that pushes a healthy
 * canary over the bound is usually over by the next interval; a real regression keeps adding.
 */
export function quasiSprt(
  increments: number[],
  phi: number,
  bounds = DEFAULT_BOUNDS,
  minFailIntervals = 1,
  confirm = false
): SprtResult {
  const { upper, lower } = waldBounds(bounds);
  // (1 + 1e-9): exactly `minFailIntervals` maximal intervals reach the bound despite rounding.
  const cap = (upper / minFailIntervals) * (1 + 1e-9);
  let llr = 0;
  let reached = false;
  for (let i = 0; i < increments.length; i++) {
    const step = Math.max(-cap, Math.min(cap, increments[i] / phi));
    llr = Math.max(lower, llr + step);
    const atBound = llr >= upper && i + 1 >= minFailIntervals;
    if (atBound && (!confirm || (reached && step > 0))) return { decision: 'fail', llr, upper, lower };
    reached = atBound;
  }
  return { decision: llr <= lower ? 'pass' : 'continue', llr, upper, lower };
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

/**
 * Requests the absolute test needs to pass a canary erring at `rate` (Wald's average sample
 * number at the pass bound, times φ); undefined when at that rate it would not pass.
 */
export function requestsToPass(
  rate: number,
  threshold: number,
  phi: number,
  bounds = DEFAULT_BOUNDS
): number | undefined {
  const { p0, p1 } = absoluteHypotheses(threshold);
  const drift = rate * Math.log(p1 / p0) + (1 - rate) * Math.log((1 - p1) / (1 - p0));
  if (drift >= 0) return undefined;
  return (waldBounds(bounds).lower * phi) / drift;
}
