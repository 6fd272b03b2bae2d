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

/**
 * α = 0.01 %: at 0.1 % the bench (500 streams a row) saw 1 false fail in each of three healthy
 * rows with a baseline — the reflected, φ-estimated path over 60 looks spends more than the
 * nominal α. A false rollback costs more than a fail that comes an interval or two later.
 */
export const DEFAULT_BOUNDS: SprtBounds = { alpha: 0.0001, beta: 0.01 };

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

/**
 * Expected LLR per error of the canary-vs-stable test (H0 r = 1, H1 `ratio`) when the canary is
 * as good as stable and serves `share` of the requests: negative, the pace at which a healthy
 * canary's path walks toward the pass bound.
 */
export function relativeDriftPerError(ratio: number, share: number): number {
  const q1 = (ratio * share) / (ratio * share + 1 - share);
  return share * Math.log(q1 / share) + (1 - share) * Math.log((1 - q1) / (1 - share));
}

/** Margin over Wald's average sample number, so most healthy canaries (not just half) pass in time. */
export const DETECTABLE_SAFETY = Number(process.env.GT_DETECTABLE_SAFETY ?? 3);
/** Past this ratio the comparison is too thin to promise anything (the "10× stable, under T"). */
export const DETECTABLE_CAP = 10;

/**
 * The smallest ratio, at least `ratio`, whose canary-vs-stable test can reach its pass bound in
 * `expectedErrors` errors (canary and stable together) with margin `DETECTABLE_SAFETY`: the
 * regression the comparison can rule out (at β) within the time left — its minimum detectable
 * effect. Undefined when even `DETECTABLE_CAP`× is out of reach (too few errors to compare).
 */
export function detectableRatio(
  expectedErrors: number,
  share: number,
  phi: number,
  ratio: number,
  bounds = DEFAULT_BOUNDS
): number | undefined {
  if (!(expectedErrors > 0) || !(share > 0 && share < 1)) return undefined;
  const needed = (r: number) =>
    (DETECTABLE_SAFETY * -waldBounds(bounds).lower * phi) / -relativeDriftPerError(r, share);
  for (let r = ratio; r <= DETECTABLE_CAP * 1.0001; r *= 1.02) if (needed(r) <= expectedErrors) return r;
  return undefined;
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

/**
 * The pass side of a test alone: whether the path (increments divided by φ) has reached the pass
 * bound and still sits at or below zero (a regression that began afterwards, climbing back past
 * zero, takes the pass back). By Ville's inequality the chance that the path ever reaches the
 * bound is ≤ β at H1, so neither the looks nor the condition on the end can raise β. Each
 * increment is censored at ±|pass bound| / `minIntervals` (Huber 1965, as in quasiSprt): a pass
 * takes `minIntervals` intervals at least, and one burst undoes at most that much progress.
 */
export function passReached(increments: number[], phi: number, bounds = DEFAULT_BOUNDS, minIntervals = 1): boolean {
  const { lower } = waldBounds(bounds);
  const cap = (-lower / minIntervals) * (1 + 1e-9);
  let llr = 0;
  let reached = false;
  for (const increment of increments) {
    llr = Math.max(lower, llr + Math.max(-cap, Math.min(cap, increment / phi)));
    reached ||= llr <= lower;
  }
  return reached && llr <= 0;
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

/** The standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const tail = (q: number) =>
    (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
    ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/**
 * One-sided (1 − `beta`) upper confidence bound of a proportion under overdispersion φ: Wilson's
 * score bound on the effective sample (counts divided by φ, as quasi-likelihood scales the
 * variance). The fixed-sample test the gate applies when its looks run out.
 */
export function upperBound(successes: number, trials: number, phi: number, beta: number): number {
  return wilsonInterval(successes / phi, trials / phi, normalQuantile(1 - beta))[1];
}

/**
 * One-sided (1 − `beta`) upper confidence bound of the canary/stable error-rate ratio, from the
 * canary's share of the window's errors (conditional on their total, so what both builds share
 * cancels) when the canary serves `share` of the requests: q = r·s / (r·s + 1 − s), solved for r.
 */
export function ratioUpperBound(
  canaryErrors: number,
  totalErrors: number,
  share: number,
  phi: number,
  beta: number
): number {
  if (totalErrors <= 0 || !(share > 0 && share < 1)) return Infinity;
  const q = upperBound(canaryErrors, totalErrors, phi, beta);
  return q >= 1 ? Infinity : (q * (1 - share)) / (share * (1 - q));
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
