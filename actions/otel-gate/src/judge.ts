import { errorMessage } from '@goldenthread/core';
import type { Backend, BuildSample, CustomQuery } from './backends/index.js';
import { DEFAULT_BOUNDS, errorRateSprt, relativeSprt, wilsonInterval, type SprtBounds } from './sprt.js';

/**
 * The analysis loop, modelled on Argo Rollouts' AnalysisRun: measure every `interval`, up to
 * `count` looks, stop early once every metric is decided or one has failed.
 *
 * - error-rate: sequential test against `max-error-rate` (sprt.ts). Decided "fail" or "pass"
 *   (pass also needs `min-requests`); undecided after `count` looks is inconclusive.
 * - error-rate-vs-baseline (with a baseline build): sequential canary-vs-stable test of
 *   "canary rate = max-error-ratio × stable rate" against "equal rates". A guard: it fails the
 *   canary on evidence of a regression, but never holds back a pass — with few errors on
 *   both sides no ratio can be known, and the absolute test already demands enough traffic.
 * - p99-latency and custom queries: thresholds per look, as Argo does; a look with fewer than
 *   `MIN_LATENCY_SAMPLES` observations is not judged; failures beyond `failure-limit` fail.
 * - Backend errors: more than `consecutive-error-limit` in a row make the metric inconclusive.
 */

export const MIN_LATENCY_SAMPLES = 100;

export type Verdict = 'pass' | 'fail' | 'inconclusive';
export type MetricResult = 'pass' | 'fail' | 'inconclusive' | 'pending';

export interface GateSettings {
  buildId: string;
  baselineBuildId?: string;
  maxErrorRate: number;
  maxP99Ms?: number;
  minRequests: number;
  maxErrorRatio: number;
  custom: CustomQuery[];
  intervalMs: number;
  count: number;
  failureLimit: number;
  /** Looks a metric may go unjudged for lack of samples before the gate stops inconclusive. */
  inconclusiveLimit?: number;
  consecutiveErrorLimit: number;
  initialDelayMs: number;
  bounds?: SprtBounds;
}

export interface MetricState {
  name: string;
  query: string;
  threshold: string;
  value?: number;
  samples?: number;
  result: MetricResult;
  /** Settled results no longer change; threshold metrics stay open until the end. */
  settled: boolean;
  /** A guard can fail the gate but never keeps it from passing. */
  guard: boolean;
  failed: number;
  unjudged: number;
  consecutiveErrors: number;
  detail?: string;
}

export interface Measurement {
  look: number;
  at: string;
  requests?: number;
  errors?: number;
  error_rate?: number;
  p99_ms?: number;
  baseline?: { requests: number; errors: number };
  error?: string;
  note?: string;
  results: Record<string, MetricResult>;
}

export interface GateOutcome {
  verdict: Verdict;
  metrics: MetricState[];
  measurements: Measurement[];
  last?: BuildSample;
  reason: string;
}

function metric(name: string, query: string, threshold: string, guard = false): MetricState {
  return { name, query, threshold, result: 'pending', settled: false, guard, failed: 0, unjudged: 0, consecutiveErrors: 0 };
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export class Judge {
  readonly metrics: MetricState[];
  private readonly errorRate: MetricState;
  private readonly relative?: MetricState;
  private readonly latency?: MetricState;
  private readonly customs: Array<[CustomQuery, MetricState]>;
  private readonly bounds: SprtBounds;
  last?: BuildSample;

  constructor(
    private readonly settings: GateSettings,
    private readonly backend: Backend
  ) {
    this.bounds = settings.bounds ?? DEFAULT_BOUNDS;
    const q = backend.describe(settings.buildId);
    this.errorRate = metric('error-rate', `${q.errors} / ${q.requests}`, `≤ ${pct(settings.maxErrorRate)} (sequential test, min ${settings.minRequests} requests)`);
    this.metrics = [this.errorRate];
    if (settings.baselineBuildId) {
      const b = backend.describe(settings.baselineBuildId);
      this.relative = metric('error-rate-vs-baseline', `canary vs ${b.errors} / ${b.requests}`, `< ${settings.maxErrorRatio}× baseline ${settings.baselineBuildId}`, true);
      this.metrics.push(this.relative);
    }
    if (settings.maxP99Ms !== undefined) {
      this.latency = metric('p99-latency', q.latency, `≤ ${settings.maxP99Ms} ms`);
      this.metrics.push(this.latency);
    }
    this.customs = settings.custom.map((c) => [c, metric(c.name, c.query, `${c.op} ${c.threshold}`)]);
    this.metrics.push(...this.customs.map(([, m]) => m));
  }

  /** One look at the backend; returns what was measured. Never throws for backend trouble. */
  async look(n: number, now = new Date()): Promise<Measurement> {
    const m: Measurement = { look: n, at: now.toISOString(), results: {} };
    const open = (state: MetricState | undefined): state is MetricState => state !== undefined && !state.settled;
    const sampled = [this.errorRate, this.relative, this.latency].filter(open);
    if (sampled.length > 0) {
      try {
        const [canary, baseline] = await Promise.all([
          this.backend.sample(this.settings.buildId),
          this.relative && !this.relative.settled ? this.backend.sample(this.settings.baselineBuildId!) : undefined
        ]);
        this.last = canary;
        Object.assign(m, { requests: canary.requests, errors: canary.errors, p99_ms: canary.p99Ms });
        if (canary.note) m.note = canary.note;
        if (canary.requests > 0) m.error_rate = canary.errors / canary.requests;
        if (baseline) m.baseline = { requests: baseline.requests, errors: baseline.errors };
        for (const state of sampled) state.consecutiveErrors = 0;
        if (open(this.errorRate)) this.judgeErrorRate(canary);
        if (open(this.relative) && baseline) this.judgeRelative(canary, baseline);
        if (open(this.latency)) this.judgeLatency(canary);
      } catch (error) {
        m.error = errorMessage(error);
        for (const state of sampled) this.recordError(state, m.error);
      }
    }
    for (const [query, state] of this.customs.filter(([, s]) => !s.settled)) {
      try {
        const value = await this.backend.custom(query, { build: this.settings.buildId, baseline: this.settings.baselineBuildId });
        state.consecutiveErrors = 0;
        if (value === undefined) this.recordError(state, 'query returned no data');
        else this.judgeThreshold(state, value, query.op === '<=' ? value <= query.threshold : value >= query.threshold);
      } catch (error) {
        this.recordError(state, errorMessage(error));
      }
    }
    for (const state of this.metrics) m.results[state.name] = state.result;
    return m;
  }

  private judgeErrorRate(sample: BuildSample): void {
    const state = this.errorRate;
    state.samples = sample.requests;
    state.value = sample.requests > 0 ? sample.errors / sample.requests : undefined;
    const test = errorRateSprt(sample.errors, sample.requests, this.settings.maxErrorRate, this.bounds);
    const [low, high] = wilsonInterval(sample.errors, sample.requests);
    state.detail = `${sample.errors}/${sample.requests} errors, 95% CI ${pct(low)}–${pct(high)}, LLR ${test.llr.toFixed(2)} (fail ≥ ${test.upper.toFixed(2)}, pass ≤ ${test.lower.toFixed(2)})`;
    if (test.decision === 'fail') this.settle(state, 'fail');
    else if (test.decision === 'pass' && sample.requests >= this.settings.minRequests) this.settle(state, 'pass');
    else this.unjudged(state);
  }

  private judgeRelative(canary: BuildSample, baseline: BuildSample): void {
    const state = this.relative!;
    const canaryRate = canary.requests > 0 ? canary.errors / canary.requests : 0;
    const baseRate = baseline.requests > 0 ? baseline.errors / baseline.requests : 0;
    state.samples = canary.requests;
    state.value = baseRate > 0 ? canaryRate / baseRate : undefined;
    const test = relativeSprt(canary, baseline, this.settings.maxErrorRatio, this.bounds);
    state.detail = `canary ${pct(canaryRate)} vs baseline ${pct(baseRate)} (${baseline.errors}/${baseline.requests}), LLR ${test.llr.toFixed(2)}`;
    if (test.decision === 'fail') this.settle(state, 'fail');
    else if (test.decision === 'pass' && canary.requests >= this.settings.minRequests) this.settle(state, 'pass');
    else this.unjudged(state);
  }

  private judgeLatency(sample: BuildSample): void {
    const state = this.latency!;
    state.samples = sample.latencySamples;
    state.value = sample.p99Ms;
    if (sample.p99Ms === undefined || sample.latencySamples < MIN_LATENCY_SAMPLES) {
      state.detail = `${sample.latencySamples} latency samples; a p99 needs ${MIN_LATENCY_SAMPLES}`;
      this.unjudged(state);
      return;
    }
    this.judgeThreshold(state, sample.p99Ms, sample.p99Ms <= this.settings.maxP99Ms!);
  }

  private judgeThreshold(state: MetricState, value: number, ok: boolean): void {
    state.value = value;
    if (ok) {
      state.result = 'pass';
      return;
    }
    state.failed++;
    state.detail = `${state.failed} failed look(s), limit ${this.settings.failureLimit}`;
    if (state.failed > this.settings.failureLimit) this.settle(state, 'fail');
    else state.result = 'pending';
  }

  private unjudged(state: MetricState): void {
    state.unjudged++;
    const limit = this.settings.inconclusiveLimit;
    if (limit !== undefined && state.unjudged > limit) this.settle(state, 'inconclusive');
  }

  private recordError(state: MetricState, message: string): void {
    state.consecutiveErrors++;
    state.detail = `backend error (${state.consecutiveErrors} in a row, limit ${this.settings.consecutiveErrorLimit}): ${message}`;
    if (state.consecutiveErrors > this.settings.consecutiveErrorLimit) this.settle(state, 'inconclusive');
  }

  private settle(state: MetricState, result: MetricResult): void {
    state.result = result;
    state.settled = true;
  }

  /** Decided early: something failed or stopped inconclusive, or everything but guards passed. */
  decided(): boolean {
    if (this.metrics.some((s) => s.settled && s.result !== 'pass')) return true;
    return this.metrics.every((s) => s.guard || s.result === 'pass');
  }

  /** The verdict once looking has ended; anything still open is inconclusive. */
  verdict(): { verdict: Verdict; reason: string } {
    const failed = this.metrics.filter((s) => s.result === 'fail');
    if (failed.length > 0) return { verdict: 'fail', reason: `${failed.map((s) => s.name).join(', ')} failed` };
    for (const s of this.metrics.filter((m) => m.guard && m.result === 'pending')) {
      s.result = 'pass';
      s.detail = `no evidence of a regression; ${s.detail ?? ''}`.trim();
    }
    const open = this.metrics.filter((s) => s.result !== 'pass');
    for (const s of open) if (s.result === 'pending') s.result = 'inconclusive';
    if (open.length > 0) return { verdict: 'inconclusive', reason: `${open.map((s) => s.name).join(', ')}: not enough evidence to decide` };
    return { verdict: 'pass', reason: 'all metrics passed' };
  }
}

export interface LoopHooks {
  /** Waits between looks; tests pass one that changes the world instead of sleeping. */
  wait: (ms: number) => Promise<void>;
  onLook?: (m: Measurement) => void;
}

export const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function runAnalysis(settings: GateSettings, backend: Backend, hooks: LoopHooks): Promise<GateOutcome> {
  const judge = new Judge(settings, backend);
  const measurements: Measurement[] = [];
  if (settings.initialDelayMs > 0) await hooks.wait(settings.initialDelayMs);
  for (let n = 1; n <= settings.count; n++) {
    const m = await judge.look(n);
    measurements.push(m);
    hooks.onLook?.(m);
    if (judge.decided() || n === settings.count) break;
    await hooks.wait(settings.intervalMs);
  }
  const { verdict, reason } = judge.verdict();
  return { verdict, reason, metrics: judge.metrics, measurements, last: judge.last };
}
