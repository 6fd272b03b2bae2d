import { errorMessage } from '@goldenthread/core';
import type { Backend, CustomQuery, Histogram, SeriesCounts, Snapshot } from './backends/index.js';
import { addHistograms, countAbove, histogramCount, histogramQuantile, increase, merge } from './backends/counters.js';
import {
  absoluteHypotheses,
  absoluteLlr,
  DEFAULT_BOUNDS,
  DEFAULT_PRIOR,
  DETECTABLE_CAP,
  detectableRatio,
  dispersion,
  pearsonAbsolute,
  passReached,
  pearsonRelative,
  quasiSprt,
  ratioUpperBound,
  relativeDriftPerError,
  relativeLlr,
  requestsToPass,
  upperBound,
  waldBounds,
  wilsonInterval,
  type Counts,
  type DispersionPrior,
  type SprtBounds,
  type SprtResult
} from './sprt.js';

/**
 * The analysis loop, modelled on Argo Rollouts' AnalysisRun (interval, count, limits), judged on
 * the gate's own window: every look differences the backend's counters against the previous
 * look, so each interval's requests, errors and latency histogram are known — for the canary and,
 * with a baseline, for stable in the same intervals. Lifetime totals never decide anything.
 *
 * Tests (all quasi-likelihood SPRTs on per-interval counts, sprt.ts):
 * - error-rate: canary against `max-error-rate` T (H0 T/2, H1 2T).
 * - error-rate-vs-baseline: canary vs stable, conditional on each interval's errors. Fails at H1
 *   `max-error-ratio` × stable's rate; passes at the ratio it can rule out in max-duration at the
 *   observed traffic (detectableRatio, stated in the record).
 * - p99-latency: the share of canary requests slower than `max-p99-latency` against 1 %.
 * - p99-latency-vs-baseline: the share of requests slower than (1 + `latency-tolerance`) ×
 *   stable's p99 in the window, canary vs stable in the same intervals (H1: twice stable's).
 * - custom queries: thresholds per look, as Argo does.
 *
 * Verdict:
 * - fail: a canary-vs-stable test fails, or (without a baseline) an absolute one does. Early if
 *   the evidence is overwhelming, but never on fewer than `MIN_FAIL_INTERVALS` intervals.
 * - hold (shared-degradation): the canary is over an absolute threshold, but stable is too, or
 *   the canary is demonstrably no worse than stable. A rollback would not help.
 * - pass: only after `min-duration` of window and at least one live interval, when every signal
 *   is good: with a baseline, the comparison has ruled out its stated ratio and the canary's rate
 *   is ruled out at 2T; with too few errors to compare, or without a baseline, the absolute test
 *   passed (and the comparison's LLR ≤ 1). When no look follows, fixed-sample bounds of the window
 *   may pass too (sprt.ts upperBound, ratioUpperBound).
 * - inconclusive: the looks ran out (count / max-duration) first, or the backend kept failing.
 */

export const MIN_FAIL_INTERVALS = 3;
/** A test that reaches its fail bound fails only when the next interval still adds evidence (sprt.ts). */
export const CONFIRM_FAIL = true;
/**
 * A canary-vs-stable test lets a pass through while its LLR stays below this (the data favour
 * "ratio × worse" over "as good as stable" by less than e^c : 1). Its own pass bound needs about a
 * hundred errors, which thin or healthy traffic never has.
 */
export const NO_REGRESSION_LLR = Number(process.env.GT_NO_REGRESSION_LLR ?? 1);
/** The slow-request share a p99 bound allows, and the ratio a latency regression is tested at. */
export const P99_SHARE = 0.01;
export const LATENCY_RATIO = 2;
/**
 * The canary-vs-stable latency limit is never closer than this to stable's p99: differences of a
 * few milliseconds are histogram resolution and a fresh process warming up, not a regression.
 */
export const LATENCY_MIN_SLACK_MS = 10;

/**
 * (1 + tolerance) × stable's p99, at least LATENCY_MIN_SLACK_MS above it, moved up to the next
 * bucket bound so "slower than the limit" is counted, not interpolated inside a bucket (the real
 * spanmetrics connector's buckets are 2, 4, 6, 8, 10, 50, … ms).
 */
export function latencyLimit(stable: Map<number, number>, stableP99: number, tolerance: number): number {
  const wanted = Math.max((1 + tolerance) * stableP99, stableP99 + LATENCY_MIN_SLACK_MS);
  const bound = [...stable.keys()].filter((le) => le >= wanted && Number.isFinite(le)).sort((a, b) => a - b)[0];
  return bound ?? wanted;
}

export type Verdict = 'pass' | 'fail' | 'inconclusive' | 'hold';
export type MetricResult = 'pass' | 'fail' | 'inconclusive' | 'hold' | 'pending';

export interface GateSettings {
  buildId: string;
  baselineBuildId?: string;
  maxErrorRate: number;
  maxP99Ms?: number;
  latencyTolerance: number;
  minRequests: number;
  maxErrorRatio: number;
  custom: CustomQuery[];
  intervalMs: number;
  /** Most looks; when undefined, as many as `maxDurationMs` allows. */
  count?: number;
  minDurationMs: number;
  maxDurationMs: number;
  /** Where the window starts; undefined = when the analysis starts. */
  windowStart?: Date;
  failureLimit: number;
  /** Looks a custom metric may go unjudged before the gate stops inconclusive. */
  inconclusiveLimit?: number;
  consecutiveErrorLimit: number;
  initialDelayMs: number;
  bounds?: SprtBounds;
  prior?: DispersionPrior;
}

export interface MetricState {
  name: string;
  query: string;
  threshold: string;
  value?: number;
  baseline_value?: number;
  samples?: number;
  result: MetricResult;
  settled: boolean;
  failed: number;
  unjudged: number;
  consecutiveErrors: number;
  detail?: string;
}

export interface Measurement {
  look: number;
  at: string;
  /** This interval's increase (since the previous successful look). */
  interval?: { requests: number; errors: number; baseline_requests?: number; baseline_errors?: number };
  /** The window so far. */
  requests?: number;
  errors?: number;
  error_rate?: number;
  p99_ms?: number;
  baseline?: { requests: number; errors: number; p99_ms?: number };
  error?: string;
  results: Record<string, MetricResult>;
}

export interface WindowTotals {
  requests: number;
  errors: number;
  p99Ms?: number;
  latencySamples: number;
}

export interface GateOutcome {
  verdict: Verdict;
  metrics: MetricState[];
  measurements: Measurement[];
  last?: WindowTotals;
  reason: string;
  window?: { start: string; end: string };
  /** How long a decision needs at the observed traffic, once known (as of the last look). */
  estimate?: DecisionEstimate;
}

/** From the observed rate, how long the gate needs to decide; recomputed at every look. */
export interface DecisionEstimate {
  /** In words, for the log and summary: "at 0.7 req/s a decision needs about 6 min (max-duration 30 min)". */
  text: string;
  seconds: number;
  requests_per_second: number;
  max_duration_seconds: number;
  /** With a baseline: the smallest canary/stable error-rate ratio the comparison can rule out (at β) in max-duration. */
  detectable_ratio?: number;
}

interface Interval extends Counts {
  latency: Histogram;
}

function metric(name: string, query: string, threshold: string): MetricState {
  return { name, query, threshold, result: 'pending', settled: false, failed: 0, unjudged: 0, consecutiveErrors: 0 };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
const rateOf = (c: Counts) => (c.requests > 0 ? c.errors / c.requests : 0);
/**
 * A hold never rolls back, so "over its threshold" for a hold needs only α = 0.1 % worth of
 * evidence (6.9 nats), not the fail bound's 0.01 %: an outage both builds share is held while it
 * lasts instead of when the looks run out.
 */
const HOLD_BOUND = Math.log((1 - DEFAULT_BOUNDS.beta) / 0.001);
const reachedFailBound = (t: SprtResult) => t.llr >= Math.min(t.upper, HOLD_BOUND);
/** A duration in words for logs and answers: "45 s", "6 min". */
export const minutes = (ms: number) => (ms < 90_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`);
const sum = (xs: Interval[]): WindowTotals => {
  const latency: Histogram = new Map();
  for (const x of xs) addHistograms(latency, x.latency);
  const requests = xs.reduce((s, x) => s + x.requests, 0);
  return {
    requests,
    errors: xs.reduce((s, x) => s + x.errors, 0),
    p99Ms: histogramQuantile(latency, 0.99),
    latencySamples: histogramCount(latency)
  };
};
const windowHistogram = (xs: Interval[]) => xs.reduce((h, x) => addHistograms(h, x.latency), new Map() as Histogram);

type Signal = 'fail' | 'shared' | 'ok' | 'open';

export class Judge {
  readonly metrics: MetricState[];
  private readonly errorRate: MetricState;
  private readonly relative?: MetricState;
  private readonly latency?: MetricState;
  private readonly latencyRelative?: MetricState;
  private readonly customs: Array<[CustomQuery, MetricState]>;
  private readonly bounds: SprtBounds;
  /**
   * The comparison may pass two ways — its sequential pass bound, or the fixed-sample bound when
   * no look follows — each at half of β, so together they keep β.
   */
  private readonly passBounds: SprtBounds;
  private readonly prior: DispersionPrior;
  private windowStart?: Date;
  private firstLook?: Date;
  private lastLook?: Date;
  private previous?: { canary: Snapshot; stable?: Snapshot };
  private readonly canary: Interval[] = [];
  private readonly stable: Interval[] = [];
  private signals: Signal[] = [];
  /** The signals if no look follows: the fixed-sample tests of the whole window may also pass. */
  private finalSignals: Signal[] = [];
  private backendTrouble = false;
  /** Both builds over `max-error-rate` in the window, the canary no worse than stable so far. */
  private bothOver = false;
  /** The regression the comparison can rule out in max-duration (detectableRatio), as of the last look. */
  private detectable?: number;
  private estimateNow?: DecisionEstimate;
  last?: WindowTotals;

  constructor(
    private readonly settings: GateSettings,
    private readonly backend: Backend
  ) {
    this.bounds = settings.bounds ?? DEFAULT_BOUNDS;
    this.passBounds = { ...this.bounds, beta: this.bounds.beta / 2 };
    this.prior = settings.prior ?? DEFAULT_PRIOR;
    const q = backend.describe(settings.buildId);
    this.errorRate = metric(
      'error-rate',
      `${q.errors} / ${q.requests}`,
      `≤ ${pct(settings.maxErrorRate)} (quasi-SPRT, H0 ${pct(settings.maxErrorRate / 2)}, H1 ${pct(2 * settings.maxErrorRate)})`
    );
    this.metrics = [this.errorRate];
    if (settings.baselineBuildId) {
      const b = backend.describe(settings.baselineBuildId);
      this.relative = metric(
        'error-rate-vs-baseline',
        `canary vs ${b.errors} / ${b.requests}, same intervals`,
        `< ${settings.maxErrorRatio}× baseline ${settings.baselineBuildId}`
      );
      this.metrics.push(this.relative);
    }
    if (settings.maxP99Ms !== undefined) {
      this.latency = metric(
        'p99-latency',
        q.latency,
        `≤ ${settings.maxP99Ms} ms (≤ ${pct(P99_SHARE)} of requests slower)`
      );
      this.metrics.push(this.latency);
    }
    if (settings.baselineBuildId) {
      const tol = `${Math.round(settings.latencyTolerance * 100)}%`;
      this.latencyRelative = metric(
        'p99-latency-vs-baseline',
        `${q.latency}, canary vs baseline`,
        `≤ baseline p99 + ${tol} (share slower: < ${LATENCY_RATIO}× baseline's)`
      );
      this.metrics.push(this.latencyRelative);
    }
    this.customs = settings.custom.map((c) => [c, metric(c.name, c.query, `${c.op} ${c.threshold}`)]);
    this.metrics.push(...this.customs.map(([, m]) => m));
  }

  get window(): { start: string; end: string } | undefined {
    return (
      this.windowStart && {
        start: this.windowStart.toISOString(),
        end: (this.lastLook ?? this.windowStart).toISOString()
      }
    );
  }

  get estimate(): DecisionEstimate | undefined {
    return this.estimateNow;
  }

  /** One look at the backend. Never throws for backend trouble: it is counted instead. */
  async look(n: number, now = new Date()): Promise<Measurement> {
    const m: Measurement = { look: n, at: now.toISOString(), results: {} };
    this.firstLook ??= now;
    this.windowStart ??= this.settings.windowStart ?? now;
    this.lastLook = now;
    const sampled = [this.errorRate, this.relative, this.latency, this.latencyRelative].filter(
      (s): s is MetricState => s !== undefined
    );
    try {
      const fresh = await this.observe(now);
      for (const s of sampled) s.consecutiveErrors = 0;
      const c = this.canary.at(-1);
      const s = this.stable.at(-1);
      if (c && fresh) {
        m.interval = {
          requests: c.requests,
          errors: c.errors,
          ...(s ? { baseline_requests: s.requests, baseline_errors: s.errors } : {})
        };
      }
      this.last = sum(this.canary);
      Object.assign(m, { requests: this.last.requests, errors: this.last.errors, p99_ms: this.last.p99Ms });
      if (this.last.requests > 0) m.error_rate = this.last.errors / this.last.requests;
      if (this.settings.baselineBuildId) {
        const b = sum(this.stable);
        m.baseline = { requests: b.requests, errors: b.errors, p99_ms: b.p99Ms };
      }
      this.judge(now);
    } catch (error) {
      m.error = errorMessage(error);
      for (const s of sampled) this.recordError(s, m.error);
    }
    await this.judgeCustoms();
    for (const state of this.metrics) m.results[state.name] = state.result;
    return m;
  }

  private intervalsSeen = 0;

  /** Read both builds' counters (the first look reads the window-start baseline); true when an interval was added. */
  private async observe(now: Date): Promise<boolean> {
    const { buildId, baselineBuildId } = this.settings;
    const start = this.windowStart!;
    if (!this.previous) {
      const [canary, stable] = await Promise.all([
        this.backend.baseline(buildId, start),
        baselineBuildId ? this.backend.baseline(baselineBuildId, start) : undefined
      ]);
      this.previous = { canary, stable };
      // A window that began before the gate (an earlier rollout step) already has an interval.
      if (now.getTime() - start.getTime() < 1000) return false;
    }
    const [canary, stable] = await Promise.all([
      this.backend.snapshot(buildId, start),
      baselineBuildId ? this.backend.snapshot(baselineBuildId, start) : undefined
    ]);
    const c = increase(this.previous.canary, canary);
    const s = stable && this.previous.stable ? increase(this.previous.stable, stable) : undefined;
    this.previous = {
      canary: merge(this.previous.canary, canary),
      stable: stable && this.previous.stable ? merge(this.previous.stable, stable) : undefined
    };
    this.canary.push(interval(c));
    if (s) this.stable.push(interval(s));
    this.intervalsSeen++;
    return true;
  }

  private judge(now: Date): void {
    const canary = this.canary;
    const total = sum(canary);
    const phiAbs = dispersion(pearsonAbsolute(canary), this.prior);
    const minFail = MIN_FAIL_INTERVALS;
    const T = this.settings.maxErrorRate;

    const abs = this.sequential(
      canary.map((c) => absoluteLlr(c.errors, c.requests, T)),
      phiAbs,
      minFail
    );
    const [low, high] = wilsonInterval(total.errors, total.requests);
    this.show(
      this.errorRate,
      abs,
      total.requests > 0 ? total.errors / total.requests : undefined,
      total.requests,
      `${total.errors}/${total.requests} errors in the window, 95% CI ${pct(low)}–${pct(high)}, φ ${phiAbs.toFixed(2)}`
    );
    const signals: Signal[] = [];

    let stableAbs: SprtResult | undefined;
    let rel: SprtResult | undefined;
    let comparisonPass: boolean | undefined;
    let comparison: { pass: boolean; shared: boolean } | undefined;
    let finalComparison: { pass: boolean; shared: boolean } | undefined;
    let comparisonNeed: { errors: number; needed: number } | undefined;
    if (this.relative) {
      const stable = this.stable;
      const b = sum(stable);
      const phiStable = dispersion(pearsonAbsolute(stable), this.prior);
      stableAbs = this.sequential(
        stable.map((c) => absoluteLlr(c.errors, c.requests, T)),
        phiStable,
        minFail
      );
      // The canary's own interval-to-interval spread bounds how much its share of errors can be
      // trusted: a canary-only burst is noise in both, a steady regression in neither.
      const phiRel = Math.max(dispersion(pearsonRelative(canary, stable), this.prior), phiAbs);
      const ratio = this.settings.maxErrorRatio;
      rel = this.sequential(
        canary.map((c, i) => relativeLlr(c, stable[i], ratio)),
        phiRel,
        minFail
      );
      // The pass side tests the ratio it can rule out in the time left (see detectableRatio).
      const share = total.requests / Math.max(total.requests + b.requests, 1);
      const errorsPerInterval = (total.errors + b.errors) / Math.max(canary.length, 1);
      this.detectable = detectableRatio(
        errorsPerInterval * maxLooks(this.settings),
        share,
        phiRel,
        ratio,
        this.passBounds
      );
      const ruledOut = this.detectable;
      if (ruledOut !== undefined)
        comparisonNeed = {
          errors: total.errors + b.errors,
          needed: (-waldBounds(this.passBounds).lower * phiRel) / -relativeDriftPerError(ruledOut, share)
        };
      comparisonPass =
        ruledOut === undefined
          ? undefined
          : passReached(
              canary.map((c, i) => relativeLlr(c, stable[i], ruledOut)),
              phiRel,
              this.passBounds,
              minFail
            );
      // When no look follows: the fixed-sample bound of the whole window. With too few errors for
      // the sequential comparison, the window may still bound the ratio under the cap.
      const beta = this.passBounds.beta;
      const upperRatio = ratioUpperBound(total.errors, total.errors + b.errors, share, phiRel, beta);
      const stableNotUnder =
        stableAbs.decision !== 'pass' && upperBound(b.errors, b.requests, phiStable, beta) >= absoluteHypotheses(T).p1;
      if (ruledOut !== undefined) {
        comparison = { pass: comparisonPass!, shared: false };
        finalComparison = { pass: comparisonPass! || upperRatio <= ruledOut, shared: stableNotUnder };
      } else if (upperRatio <= DETECTABLE_CAP) finalComparison = { pass: true, shared: stableNotUnder };

      const canaryRate = total.requests > 0 ? total.errors / total.requests : 0;
      const baseRate = b.requests > 0 ? b.errors / b.requests : undefined;
      const power =
        ruledOut === undefined
          ? `too few errors to rule out even ${DETECTABLE_CAP}× stable in max-duration: judged on the absolute test`
          : `can rule out ≥ ${ruledOut.toFixed(1)}× stable (β ${pct(this.bounds.beta)}) in max-duration${comparisonPass ? ': ruled out' : ''}`;
      this.show(
        this.relative,
        rel,
        baseRate ? canaryRate / baseRate : undefined,
        total.requests,
        `canary ${pct(canaryRate)} vs baseline ${baseRate === undefined ? '–' : pct(baseRate)} (${b.errors}/${b.requests}), φ ${phiRel.toFixed(2)}; ${power}`
      );
      this.relative.baseline_value = baseRate;
    }
    // Both builds over T in the window and the canary no worse so far: an outage they share. A
    // pass (or, when the looks run out, an inconclusive) becomes a hold: the comparison must not
    // promote a build into an outage, however noisy the absolute test is while it lasts.
    // Stable's rate must be over T beyond noise (95 % Wilson lower bound), so a canary and stable
    // that both sit at T are not held whenever both drift a little above it.
    const b = sum(this.stable);
    const stableOver = this.relative !== undefined && wilsonInterval(b.errors, b.requests)[0] > T;
    this.bothOver = stableOver && rateOf(total) > T && (rel?.llr ?? 1) <= 0;
    // When no look follows, the fixed-sample tests of the whole window may also pass, at the same
    // alternatives as the sequential tests and half of β: the canary's rate under 2T (H1), the
    // ratio under the one the comparison can rule out.
    const beta = this.passBounds.beta;
    const finalAbs: SprtResult =
      abs.decision === 'continue' && upperBound(total.errors, total.requests, phiAbs, beta) < absoluteHypotheses(T).p1
        ? { ...abs, decision: 'pass' }
        : abs;
    let finalSignal = this.signal({ ...this.errorRate }, finalAbs, rel, stableAbs, finalComparison);
    let signal = this.signal(this.errorRate, abs, rel, stableAbs, comparison);
    if (signal === 'ok' && this.bothOver) {
      signal = 'shared';
      this.errorRate.result = 'hold';
      this.errorRate.detail = `${this.errorRate.detail}; over its threshold, and so is the baseline: shared degradation`;
    }
    if (finalSignal === 'ok' && this.bothOver) finalSignal = 'shared';
    signals.push(signal);
    const finalSignals = [finalSignal];

    if (this.latency || this.latencyRelative) {
      const latency = this.judgeLatency(minFail);
      signals.push(latency);
      finalSignals.push(latency);
    }
    this.signals = signals;
    this.finalSignals = finalSignals;
    this.estimateTime(now, total, phiAbs, comparisonNeed);
    if (total.requests < this.settings.minRequests && this.errorRate.result === 'pass')
      this.errorRate.result = 'pending';
  }

  private judgeLatency(minFail: number): Signal {
    const canary = this.canary;
    const canaryWindow = windowHistogram(canary);
    const samples = histogramCount(canaryWindow);
    const p99 = histogramQuantile(canaryWindow, 0.99);
    let abs: SprtResult | undefined;
    let stableAbs: SprtResult | undefined;
    let rel: SprtResult | undefined;
    if (this.latency) {
      const limit = this.settings.maxP99Ms!;
      const slow = (xs: Interval[]) =>
        xs.map((c) => ({ requests: histogramCount(c.latency), errors: countAbove(c.latency, limit) }));
      const counts = slow(canary);
      const phi = dispersion(pearsonAbsolute(counts), this.prior);
      const all = { requests: samples, errors: countAbove(canaryWindow, limit) };
      abs = this.sequential(
        counts.map((c) => absoluteLlr(c.errors, c.requests, P99_SHARE)),
        phi,
        minFail
      );
      this.show(
        this.latency,
        abs,
        p99,
        samples,
        `${all.errors.toFixed(1)} of ${samples} slower than ${limit} ms, φ ${phi.toFixed(2)}`
      );
      if (this.settings.baselineBuildId) {
        const s = slow(this.stable);
        stableAbs = this.sequential(
          s.map((c) => absoluteLlr(c.errors, c.requests, P99_SHARE)),
          dispersion(pearsonAbsolute(s), this.prior),
          minFail
        );
      }
    }
    if (this.latencyRelative) {
      const stableWindow = windowHistogram(this.stable);
      const stableP99 = histogramQuantile(stableWindow, 0.99);
      if (stableP99 === undefined) {
        rel = this.sequential([], 1, minFail);
        this.latencyRelative.detail = 'no baseline latency samples in the window yet';
      } else {
        const limit = latencyLimit(stableWindow, stableP99, this.settings.latencyTolerance);
        const slow = (xs: Interval[]) =>
          xs.map((c) => ({ requests: histogramCount(c.latency), errors: countAbove(c.latency, limit) }));
        const c = slow(canary);
        const s = slow(this.stable);
        const phi = Math.max(dispersion(pearsonRelative(c, s), this.prior), dispersion(pearsonAbsolute(c), this.prior));
        rel = this.sequential(
          c.map((x, i) => relativeLlr(x, s[i], LATENCY_RATIO)),
          phi,
          minFail
        );
        this.show(
          this.latencyRelative,
          rel,
          p99,
          samples,
          `canary p99 ${p99 === undefined ? '–' : Math.round(p99)} ms vs baseline ${Math.round(stableP99)} ms; slower than ${Math.round(limit)} ms: canary ${sumErrors(c).toFixed(1)}/${samples}, baseline ${sumErrors(s).toFixed(1)}/${histogramCount(stableWindow)}, φ ${phi.toFixed(2)}`
        );
      }
      this.latencyRelative.baseline_value = stableP99;
    }
    if (!abs) return rel!.decision === 'fail' ? 'fail' : rel!.llr <= NO_REGRESSION_LLR ? 'ok' : 'open';
    return this.signal(this.latency!, abs, rel, stableAbs);
  }

  /** The quasi-SPRT over the window's intervals. */
  private sequential(increments: number[], phi: number, minFail: number): SprtResult {
    return quasiSprt(increments, phi, this.bounds, minFail, CONFIRM_FAIL);
  }

  /**
   * Combine an absolute test with its canary-vs-stable test into one signal. `comparison`, when
   * the comparison can rule out a regression (detectableRatio): `pass` — it has; `shared` — a
   * canary no worse than stable whose rate is not shown under the threshold is a shared
   * degradation (set when no look follows and stable's rate is not shown under it either: a
   * rollback would not help). A canary no worse than stable is "ok" once its own rate is shown
   * under the threshold. Without `comparison` (too few errors to compare, or latency) the absolute
   * test decides, with "no evidence of a regression" from the comparison.
   */
  private signal(
    state: MetricState,
    abs: SprtResult,
    rel: SprtResult | undefined,
    stableAbs: SprtResult | undefined,
    comparison?: { pass: boolean; shared: boolean }
  ): Signal {
    if (!rel) return abs.decision === 'fail' ? 'fail' : abs.decision === 'pass' ? 'ok' : 'open';
    if (rel.decision === 'fail') return 'fail';
    // A hold never rolls back, so the bounds merely reached (not yet confirmed) are enough for it.
    if (abs.decision === 'fail' || reachedFailBound(abs)) {
      const shared =
        stableAbs?.decision === 'fail' ||
        (stableAbs !== undefined && reachedFailBound(stableAbs)) ||
        rel.decision === 'pass' ||
        (comparison?.pass === true && stableAbs?.decision !== 'pass');
      state.result = shared ? 'hold' : 'pending';
      state.detail = `${state.detail}; over its threshold${shared ? ', and so is the baseline: shared degradation' : ', waiting for the comparison with the baseline'}`;
      return shared ? 'shared' : 'open';
    }
    if (comparison) {
      if (!(comparison.pass || rel.decision === 'pass')) return 'open';
      if (abs.decision === 'pass') return 'ok';
      if (!comparison.shared) return 'open';
      state.result = 'hold';
      state.detail = `${state.detail}; no worse than the baseline, and neither is shown under its threshold: shared degradation`;
      return 'shared';
    }
    if (rel.decision === 'pass') return 'ok';
    return rel.llr <= NO_REGRESSION_LLR && abs.decision === 'pass' ? 'ok' : 'open';
  }

  private show(state: MetricState, test: SprtResult, value: number | undefined, samples: number, detail: string): void {
    state.value = value;
    state.samples = samples;
    state.detail = `${detail}, LLR ${test.llr.toFixed(2)} (fail ≥ ${test.upper.toFixed(2)}, pass ≤ ${test.lower.toFixed(2)})`;
    state.result = test.decision === 'fail' ? 'fail' : test.decision === 'pass' ? 'pass' : 'pending';
  }

  /**
   * From the observed rate: how long a pass needs — the comparison with stable at the ratio it can
   * rule out when there is one (its pass bound in errors, at the observed error rate of both
   * builds), else the absolute test (Wald's average sample number at the pass bound).
   */
  private estimateTime(
    now: Date,
    total: WindowTotals,
    phi: number,
    comparison?: { errors: number; needed: number }
  ): void {
    if (total.requests < 10) return;
    const seconds = (now.getTime() - this.windowStart!.getTime()) / 1000;
    if (seconds <= 0) return;
    const rate = total.requests / seconds;
    const T = this.settings.maxErrorRate;
    const absolute =
      (1000 * requestsToPass(Math.min(total.errors / total.requests, T / 2), T, phi, this.bounds)!) / rate;
    const passMs =
      comparison && comparison.errors > 0 ? (1000 * comparison.needed * seconds) / comparison.errors : absolute;
    const ms = Math.max(this.settings.minDurationMs, passMs, (1000 * this.settings.minRequests) / rate);
    const speed = rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
    const ratio = this.detectable;
    const power =
      ratio === undefined ? '' : `; it can rule out a regression of ${ratio.toFixed(1)}× stable's error rate or more`;
    this.estimateNow = {
      text: `at ${speed} req/s a decision needs about ${minutes(ms)} (max-duration ${minutes(this.settings.maxDurationMs)})${power}`,
      seconds: Math.round(ms / 1000),
      requests_per_second: rate,
      max_duration_seconds: this.settings.maxDurationMs / 1000,
      ...(ratio === undefined ? {} : { detectable_ratio: Number(ratio.toFixed(2)) })
    };
  }

  private async judgeCustoms(): Promise<void> {
    for (const [query, state] of this.customs.filter(([, s]) => !s.settled)) {
      try {
        const value = await this.backend.custom(query, {
          build: this.settings.buildId,
          baseline: this.settings.baselineBuildId
        });
        if (value === undefined) {
          this.recordError(state, 'query returned no data');
          continue;
        }
        state.consecutiveErrors = 0;
        this.judgeThreshold(state, value, query.op === '<=' ? value <= query.threshold : value >= query.threshold);
      } catch (error) {
        this.recordError(state, errorMessage(error));
      }
    }
  }

  private judgeThreshold(state: MetricState, value: number, ok: boolean): void {
    state.value = value;
    state.samples = (state.samples ?? 0) + 1;
    if (ok) {
      if (!state.settled) state.result = 'pass';
      return;
    }
    state.failed++;
    state.detail = `${state.failed} failed look(s), limit ${this.settings.failureLimit}`;
    if (state.failed > this.settings.failureLimit) this.settle(state, 'fail');
    else state.result = 'pending';
  }

  private recordError(state: MetricState, message: string): void {
    state.consecutiveErrors++;
    state.detail = `backend error (${state.consecutiveErrors} in a row, limit ${this.settings.consecutiveErrorLimit}): ${message}`;
    if (state.consecutiveErrors > this.settings.consecutiveErrorLimit) {
      this.settle(state, 'inconclusive');
      this.backendTrouble = true;
    } else if (state.result === 'pass') state.result = 'pending';
    const limit = this.settings.inconclusiveLimit;
    if (this.customs.some(([, s]) => s === state) && limit !== undefined && ++state.unjudged > limit)
      this.settle(state, 'inconclusive');
  }

  private settle(state: MetricState, result: MetricResult): void {
    state.result = result;
    state.settled = true;
  }

  private customSignals(): Signal[] {
    return this.customs.map(([, s]) => (s.result === 'fail' ? 'fail' : s.result === 'pass' ? 'ok' : 'open'));
  }

  /** Minimum observation for a pass or hold: `min-duration` of window and one live interval. */
  private observedEnough(): boolean {
    if (
      !this.lastLook ||
      !this.windowStart ||
      this.intervalsSeen === 0 ||
      this.lastLook.getTime() === this.firstLook!.getTime()
    )
      return false;
    return this.lastLook.getTime() - this.windowStart.getTime() >= this.settings.minDurationMs;
  }

  /** The verdict reached at this look, if any; `final` when no look follows. */
  private reached(final: boolean): { verdict: Verdict; reason: string } | undefined {
    const all = [...(final ? this.finalSignals : this.signals), ...this.customSignals()];
    const failed = this.metrics.filter((s) => s.result === 'fail');
    if (all.includes('fail'))
      return { verdict: 'fail', reason: `${failed.map((s) => s.name).join(', ') || 'a metric'} failed` };
    if (this.backendTrouble)
      return { verdict: 'inconclusive', reason: 'backend errors beyond consecutive-error-limit' };
    const held = this.metrics.filter((s) => s.result === 'hold').map((s) => s.name);
    const enough = this.observedEnough();
    if (enough && all.length > 0 && all.every((s) => s === 'ok')) {
      if ((this.last?.requests ?? 0) < this.settings.minRequests) return undefined;
      return { verdict: 'pass', reason: 'all metrics passed' };
    }
    if (enough && all.includes('shared') && all.every((s) => s === 'ok' || s === 'shared'))
      return { verdict: 'hold', reason: `shared-degradation: ${held.join(', ')} over threshold on the baseline too` };
    if (!final) return undefined;
    if (all.includes('shared') || this.bothOver) {
      if (this.bothOver && this.errorRate.result === 'pending') this.errorRate.result = 'hold';
      return {
        verdict: 'hold',
        reason: `shared-degradation: ${held.join(', ') || this.errorRate.name} over threshold on the baseline too`
      };
    }
    const requests = this.last?.requests ?? 0;
    const estimate = this.estimateNow;
    if (estimate && estimate.seconds * 1000 > this.settings.maxDurationMs)
      return { verdict: 'inconclusive', reason: `traffic too thin: ${estimate.text}` };
    if (requests < this.settings.minRequests && this.windowStart && this.lastLook) {
      const seconds = Math.max((this.lastLook.getTime() - this.windowStart.getTime()) / 1000, 1e-3);
      return {
        verdict: 'inconclusive',
        reason: `traffic too thin: ${requests} requests in ${minutes(seconds * 1000)} of window (${(requests / seconds).toFixed(1)} req/s); a pass needs at least ${this.settings.minRequests}`
      };
    }
    if (!this.observedEnough())
      return {
        verdict: 'inconclusive',
        reason: `looks ended before min-duration (${minutes(this.settings.minDurationMs)})`
      };
    const open = this.metrics.filter((s) => s.result !== 'pass').map((s) => s.name);
    return {
      verdict: 'inconclusive',
      reason: `${open.join(', ') || 'metrics'}: not enough evidence to decide${estimate ? ` (${estimate.text})` : ''}`
    };
  }

  decided(): boolean {
    return this.reached(false) !== undefined;
  }

  /** The verdict once looking has ended; open metrics are then inconclusive. */
  verdict(): { verdict: Verdict; reason: string } {
    const outcome = this.reached(true)!;
    if (outcome.verdict !== 'pass') for (const s of this.metrics) if (s.result === 'pending') s.result = 'inconclusive';
    if (outcome.verdict === 'pass') for (const s of this.metrics) s.result = 'pass';
    return outcome;
  }
}

function interval(c: SeriesCounts): Interval {
  return { requests: c.requests, errors: c.errors, latency: c.latency ?? new Map<number, number>() };
}

const sumErrors = (xs: Counts[]) => xs.reduce((s, x) => s + x.errors, 0);

export interface LoopHooks {
  /** Waits between looks; tests and the bench pass one that changes the world instead of sleeping. */
  wait: (ms: number) => Promise<void>;
  /** The clock; the bench passes a simulated one. */
  now?: () => Date;
  onLook?: (m: Measurement) => void;
  onNote?: (message: string) => void;
}

export const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Looks the loop may take: `count`, or as many as fit in `max-duration`. */
export function maxLooks(settings: Pick<GateSettings, 'count' | 'maxDurationMs' | 'intervalMs'>): number {
  return settings.count ?? Math.floor(settings.maxDurationMs / settings.intervalMs) + 1;
}

export async function runAnalysis(settings: GateSettings, backend: Backend, hooks: LoopHooks): Promise<GateOutcome> {
  const now = hooks.now ?? (() => new Date());
  const judge = new Judge(settings, backend);
  const measurements: Measurement[] = [];
  const looks = maxLooks(settings);
  let noted = false;
  if (settings.initialDelayMs > 0) await hooks.wait(settings.initialDelayMs);
  for (let n = 1; n <= looks; n++) {
    const m = await judge.look(n, now());
    measurements.push(m);
    hooks.onLook?.(m);
    if (!noted && judge.estimate) {
      noted = true;
      hooks.onNote?.(judge.estimate.text);
    }
    if (judge.decided() || n === looks) break;
    await hooks.wait(settings.intervalMs);
  }
  const { verdict, reason } = judge.verdict();
  return {
    verdict,
    reason,
    metrics: judge.metrics,
    measurements,
    last: judge.last,
    window: judge.window,
    estimate: judge.estimate
  };
}
