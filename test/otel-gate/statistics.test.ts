import { describe, expect, test } from '@jest/globals';
import {
  absoluteLlr,
  detectableRatio,
  dispersion,
  normalQuantile,
  passReached,
  ratioUpperBound,
  relativeDriftPerError,
  upperBound,
  pearsonAbsolute,
  pearsonRelative,
  quasiSprt,
  relativeLlr,
  requestsToPass,
  waldBounds,
  wilsonInterval,
  DEFAULT_BOUNDS,
  DEFAULT_PRIOR
} from '../../actions/otel-gate/src/sprt.js';
import { betaDraw, binomial } from '../../packages/tools/bench-gate/traffic.js';
import { rng } from '../../packages/tools/lib/telemetry-fixtures.mjs';

// One look at one set of counts: the plain SPRT's decision (no censoring, no confirmation).
const oneLook = (llr: number) => quasiSprt([llr], 1, DEFAULT_BOUNDS).decision;

// Published forms: Wald (1947, Sequential Analysis, §5.3) gives the binomial SPRT as two
// parallel lines in (requests, errors): reject H0 when errors ≥ h1 + s·n, accept when
// errors ≤ −h0 + s·n, with g = ln(p1/p0) + ln((1−p0)/(1−p1)), s = ln((1−p0)/(1−p1)) / g,
// h1 = ln((1−β)/α) / g, h0 = ln((1−α)/β) / g.
describe("the absolute test is Wald's binomial SPRT", () => {
  const [p0, p1, a, b] = [0.005, 0.02, DEFAULT_BOUNDS.alpha, DEFAULT_BOUNDS.beta];
  const g = Math.log(p1 / p0) + Math.log((1 - p0) / (1 - p1));
  const s = Math.log((1 - p0) / (1 - p1)) / g;
  const h1 = Math.log((1 - b) / a) / g;
  const h0 = Math.log((1 - a) / b) / g;

  test('Wald bounds: ln((1−β)/α) and ln(β/(1−α)); α = 0.05, β = 0.1 gives 2.890 and −2.251', () => {
    const w = waldBounds({ alpha: 0.05, beta: 0.1 });
    expect(w.upper).toBeCloseTo(2.8904, 4);
    expect(w.lower).toBeCloseTo(-2.2513, 4);
  });

  test.each([0, 50, 100, 300, 1000, 5000])('at %i requests it fails exactly on and above the rejection line', (n) => {
    const line = h1 + s * n;
    const first = Math.ceil(line - 1e-9);
    if (first <= n) expect(oneLook(absoluteLlr(first, n, 0.01))).toBe('fail');
    if (first - 1 >= 0 && first - 1 <= n) expect(oneLook(absoluteLlr(first - 1, n, 0.01))).not.toBe('fail');
  });

  test('passes error-free traffic exactly from the acceptance line (h0 / s, about 304 requests at T = 1%)', () => {
    const n = Math.ceil(h0 / s);
    expect(n).toBe(304);
    expect(oneLook(absoluteLlr(0, n, 0.01))).toBe('pass');
    expect(oneLook(absoluteLlr(0, n - 1, 0.01))).toBe('continue');
    expect(requestsToPass(0, 0.01, 1)).toBeCloseTo(h0 / s, 6);
  });

  test('LLR is additive over intervals', () => {
    expect(absoluteLlr(3, 300, 0.01) + absoluteLlr(1, 200, 0.01)).toBeCloseTo(absoluteLlr(4, 500, 0.01), 10);
  });
});

describe('quasi-likelihood dispersion', () => {
  // Williams (1982): a beta-binomial with intra-class correlation ρ has variance
  // n·p(1−p)·(1 + (n−1)ρ), so Pearson's X²/df estimates φ = 1 + (n−1)ρ.
  test.each([
    [200, 0.02],
    [1000, 0.005]
  ])('Pearson X²/df on beta-binomial counts (n=%i, ρ=%f) recovers 1 + (n−1)ρ', (n, rho) => {
    const random = rng(11);
    const intervals = Array.from({ length: 3000 }, () => ({
      requests: n,
      errors: binomial(n, betaDraw(0.02, rho, random), random)
    }));
    const { x2, df } = pearsonAbsolute(intervals);
    expect(x2 / df).toBeGreaterThan(0.85 * (1 + (n - 1) * rho));
    expect(x2 / df).toBeLessThan(1.15 * (1 + (n - 1) * rho));
  });

  test('binomial counts give φ ≈ 1; the prior dominates until intervals accumulate', () => {
    const random = rng(5);
    const intervals = Array.from({ length: 2000 }, () => ({ requests: 500, errors: binomial(500, 0.01, random) }));
    const p = pearsonAbsolute(intervals);
    expect(p.x2 / p.df).toBeCloseTo(1, 0);
    // One interval of 500 requests: no degrees of freedom, φ = the prior 1 + 499·ρ₀.
    expect(dispersion(pearsonAbsolute(intervals.slice(0, 1)))).toBeCloseTo(1 + 499 * DEFAULT_PRIOR.rho0, 10);
    expect(dispersion(p)).toBeLessThan(1.1);
  });

  test("the relative spread is measured around the fitted ratio: a steady regression is not 'dispersion', a canary-only burst is", () => {
    const steady = Array.from({ length: 10 }, () => ({ requests: 1000, errors: 30 }));
    const stable = Array.from({ length: 10 }, () => ({ requests: 4000, errors: 40 }));
    expect(pearsonRelative(steady, stable).x2).toBeCloseTo(0, 6);
    const burst = steady.map((c, i) => (i === 4 ? { requests: 1000, errors: 300 } : c));
    expect(pearsonRelative(burst, stable).x2 / 9).toBeGreaterThan(10);
  });
});

describe('canary vs stable', () => {
  test('exposure-aware: the same rate at a 1:4 split is evidence for "equal"', () => {
    expect(relativeLlr({ errors: 20, requests: 2000 }, { errors: 80, requests: 8000 }, 2)).toBeLessThan(0);
    expect(oneLook(relativeLlr({ errors: 30, requests: 1000 }, { errors: 100, requests: 10000 }, 2))).toBe('fail');
  });

  test('a shared outage (both rates ×50) leaves the conditional test where it was', () => {
    // Conditional on the interval's errors, each is the canary's with probability n_c/(n_c+n_s).
    const random = rng(3);
    let llr = 0;
    for (let i = 0; i < 200; i++) {
      const m = binomial(5000, 0.2, random);
      const c = binomial(m, 0.2, random);
      llr += relativeLlr({ requests: 1000, errors: c }, { requests: 4000, errors: m - c }, 2);
    }
    expect(llr).toBeLessThan(-4.6);
  });

  test('no baseline traffic decides nothing', () => {
    expect(oneLook(relativeLlr({ errors: 5, requests: 100 }, { errors: 0, requests: 0 }, 2))).toBe('continue');
  });
});

describe('the sequential path', () => {
  const { upper, lower } = waldBounds(DEFAULT_BOUNDS);
  test('censoring: one huge interval cannot fail; three can', () => {
    const one = quasiSprt([1000], 1, DEFAULT_BOUNDS, 3);
    expect(one.decision).toBe('continue');
    expect(one.llr).toBeCloseTo(upper / 3, 6);
    expect(quasiSprt([1000, 1000, 1000], 1, DEFAULT_BOUNDS, 3).decision).toBe('fail');
  });

  test('reflection at the pass bound: a late regression is not carried by an early healthy run', () => {
    const healthy = Array.from({ length: 20 }, () => -3);
    // From the pass bound (−4.6) to the fail bound (9.2): 7 intervals of +2, not 7 + 60/2.
    const r = quasiSprt([...healthy, 2, 2, 2, 2, 2, 2, 2], 1, DEFAULT_BOUNDS, 3);
    expect(r.llr).toBeCloseTo(lower + 14, 10);
    expect(r.decision).toBe('fail');
    expect(quasiSprt([...healthy, 2, 2, 2, 2, 2, 2], 1, DEFAULT_BOUNDS, 3).decision).toBe('continue');
  });

  test('confirmation: reaching the fail bound fails only when a later interval still adds evidence', () => {
    const cap = upper / 3;
    // Three maximal intervals reach the bound; unconfirmed that is a fail, confirmed it waits.
    expect(quasiSprt([cap, cap, cap], 1, DEFAULT_BOUNDS, 3).decision).toBe('fail');
    const waiting = quasiSprt([cap, cap, cap], 1, DEFAULT_BOUNDS, 3, true);
    expect(waiting.decision).toBe('continue');
    expect(waiting.llr).toBeGreaterThanOrEqual(upper);
    // The burst is over (no new evidence, then evidence against): no fail, and the path leaves the bound.
    expect(quasiSprt([cap, cap, cap, 0], 1, DEFAULT_BOUNDS, 3, true).decision).toBe('continue');
    const over = quasiSprt([cap, cap, cap, -1], 1, DEFAULT_BOUNDS, 3, true);
    expect(over.decision).toBe('continue');
    expect(over.llr).toBeLessThan(upper);
    // Back under the bound, the next interval must reach it again before another can confirm it.
    expect(quasiSprt([cap, cap, cap, -1, 0.5], 1, DEFAULT_BOUNDS, 3, true).decision).toBe('continue');
    expect(quasiSprt([cap, cap, cap, -1, 2, 0.1], 1, DEFAULT_BOUNDS, 3, true).decision).toBe('fail');
    // A regression that keeps adding evidence fails one interval later than unconfirmed.
    expect(quasiSprt([cap, cap, cap, 0.01], 1, DEFAULT_BOUNDS, 3, true).decision).toBe('fail');
  });

  test('φ divides the evidence', () => {
    expect(quasiSprt([2, 2], 4).llr).toBeCloseTo(1, 10);
  });

  // The false-rollback bound on bursty counts: beta-binomial intervals (ρ = 0.02, n = 500,
  // φ = 11) at T/2, judged with the estimated φ and censoring, fail ≤ α of healthy runs.
  test('healthy overdispersed streams are failed in at most α = 0.1 % (2000 runs × 40 intervals)', () => {
    const random = rng(99);
    let falseFails = 0;
    for (let run = 0; run < 2000; run++) {
      const intervals: Array<{ requests: number; errors: number }> = [];
      for (let k = 0; k < 40; k++) {
        intervals.push({ requests: 500, errors: binomial(500, betaDraw(0.005, 0.02, random), random) });
        const phi = dispersion(pearsonAbsolute(intervals));
        if (
          quasiSprt(
            intervals.map((c) => absoluteLlr(c.errors, c.requests, 0.01)),
            phi,
            DEFAULT_BOUNDS,
            3,
            true
          ).decision === 'fail'
        ) {
          falseFails++;
          break;
        }
      }
    }
    expect(falseFails / 2000).toBeLessThanOrEqual(0.001);
  });
});

test('Wilson interval brackets the observed rate', () => {
  const [low, high] = wilsonInterval(5, 100);
  expect(low).toBeLessThan(0.05);
  expect(high).toBeGreaterThan(0.05);
  expect(wilsonInterval(0, 0)).toEqual([0, 1]);
});

describe('what the comparison can rule out, and the fixed-sample bounds at the last look', () => {
  // Published quantiles of the standard normal (Abramowitz & Stegun, Table 26.5).
  test.each([
    [0.5, 0],
    [0.975, 1.959964],
    [0.99, 2.326348],
    [0.995, 2.575829],
    [0.999, 3.090232],
    [0.01, -2.326348],
    [0.0005, -3.290527]
  ])('normalQuantile(%f) = %f', (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 5);
  });

  test("upperBound is Wilson's score bound (Newcombe 1998, Table I: 81/263 → 0.2553–0.3662), on counts ÷ φ", () => {
    expect(upperBound(81, 263, 1, 0.025)).toBeCloseTo(0.3662, 4);
    expect(upperBound(162, 526, 2, 0.025)).toBeCloseTo(0.3662, 4);
    expect(upperBound(81, 263, 2, 0.025)).toBeGreaterThan(0.3662);
  });

  test('the drift per error at r = 1 is minus the Kullback–Leibler divergence: −0.0437 at r = 2 and a 1:4 split', () => {
    // q0 = 0.2, q1 = 1/3: 0.2·ln(0.2/(1/3)) + 0.8·ln(0.8/(2/3)) = 0.0437
    expect(relativeDriftPerError(2, 0.2)).toBeCloseTo(-0.04369, 5);
    expect(relativeDriftPerError(4, 0.2)).toBeLessThan(relativeDriftPerError(2, 0.2));
  });

  test('the ratio it can rule out: max-error-ratio with plenty of errors, larger with fewer, none when too few', () => {
    expect(detectableRatio(5000, 0.2, 1, 2)).toBe(2);
    const at300 = detectableRatio(300, 0.2, 1, 2)!;
    const at100 = detectableRatio(100, 0.2, 1, 2)!;
    expect(at300).toBeGreaterThan(2);
    expect(at100).toBeGreaterThan(at300);
    expect(detectableRatio(100, 0.2, 3, 2)!).toBeGreaterThan(at100);
    expect(detectableRatio(10, 0.2, 1, 2)).toBeUndefined();
    expect(detectableRatio(0, 0.2, 1, 2)).toBeUndefined();
  });

  // Per-interval counts of a canary at 1:4 exposure, its rate `ratio` × stable's.
  function comparison(random: () => number, ratio: number, intervals: number, errorsPerInterval: number) {
    const stableRate = errorsPerInterval / (50 * ratio + 200);
    return Array.from({ length: intervals }, () => ({
      canary: { requests: 50, errors: binomial(50, ratio * stableRate, random) },
      stable: { requests: 200, errors: binomial(200, stableRate, random) }
    }));
  }

  test('β of both pass routes at the stated ratio: ≤ 0.5 % each (2000 runs)', () => {
    const random = rng(7);
    const half = { ...DEFAULT_BOUNDS, beta: DEFAULT_BOUNDS.beta / 2 };
    const stated = detectableRatio(60 * 2.5, 0.2, 1, 2, half)!;
    let sequential = 0;
    let fixed = 0;
    for (let run = 0; run < 2000; run++) {
      const xs = comparison(random, stated, 60, 2.5);
      if (
        passReached(
          xs.map((x) => relativeLlr(x.canary, x.stable, stated)),
          1,
          half,
          3
        )
      )
        sequential++;
      const c = xs.reduce((s, x) => s + x.canary.errors, 0);
      const all = xs.reduce((s, x) => s + x.canary.errors + x.stable.errors, 0);
      if (ratioUpperBound(c, all, 0.2, 1, half.beta) <= stated) fixed++;
    }
    expect(sequential / 2000).toBeLessThanOrEqual(0.005);
    expect(fixed / 2000).toBeLessThanOrEqual(0.0075); // 0.5 % and the normal approximation's slack
  });

  test('a canary as good as stable passes by the sequential route within the planned errors in ≥ 95 % of runs', () => {
    const random = rng(8);
    const half = { ...DEFAULT_BOUNDS, beta: DEFAULT_BOUNDS.beta / 2 };
    const stated = detectableRatio(60 * 2.5, 0.2, 1, 2, half)!;
    let passed = 0;
    for (let run = 0; run < 1000; run++) {
      const xs = comparison(random, 1, 60, 2.5);
      if (
        passReached(
          xs.map((x) => relativeLlr(x.canary, x.stable, stated)),
          1,
          half,
          3
        )
      )
        passed++;
    }
    expect(passed / 1000).toBeGreaterThanOrEqual(0.95);
  });

  test('censoring keeps one canary burst from undoing more than a third of the way; a climb past zero takes the pass back', () => {
    const healthy = Array.from({ length: 20 }, () => -0.5);
    expect(passReached(healthy, 1, DEFAULT_BOUNDS, 3)).toBe(true);
    expect(passReached(healthy.slice(0, 5), 1, DEFAULT_BOUNDS, 3)).toBe(false);
    expect(passReached([...healthy, 50], 1, DEFAULT_BOUNDS, 3)).toBe(true);
    expect(passReached([...healthy, 50, 50, 50], 1, DEFAULT_BOUNDS, 3)).toBe(false);
    expect(passReached([...healthy, 50, 50], 1, DEFAULT_BOUNDS, 3)).toBe(true);
  });
});
