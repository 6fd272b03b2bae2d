// npm run bench:gate — the gate's real analysis loop (runAnalysis, the code the action runs),
// under the action's default inputs, against Argo Rollouts' plain threshold rule on the same
// simulated streams with known truth. Simulated time: an injected clock and wait, so thirty
// minutes of looks cost no wall time. Prints every row; asserts nothing.
import { readThresholds } from '../../../actions/otel-gate/src/inputs.js';
import { runAnalysis, type GateSettings } from '../../../actions/otel-gate/src/judge.js';
import type { Backend, Snapshot } from '../../../actions/otel-gate/src/backends/index.js';
import { DEFAULT_EXCLUDED, isSelected } from '../../../actions/otel-gate/src/backends/selection.js';
import { rng } from '../lib/telemetry-fixtures.mjs';
import {
  BOUNDS,
  bucketProbabilities,
  multinomial,
  MODELS,
  ABSOLUTE_MODELS,
  type Model,
  type Random,
  type Stream
} from './traffic.js';

const TRAFFIC = [20, 50, 200, 1000];
const STABLE_SHARE = 4; // canary at 20 % weight: stable serves four times as much
const RUNS = Number(process.env.BENCH_GATE_RUNS ?? 500);
const RUNS_BAD = Math.max(200, Math.round(RUNS / 2.5));
// For development only: BENCH_GATE_ONLY=<regex> runs the matching models (the published table runs all).
const ONLY = process.env.BENCH_GATE_ONLY ? new RegExp(process.env.BENCH_GATE_ONLY) : undefined;
const ARGO = { threshold: 0.01, count: 10, failureLimit: 2 }; // a typical AnalysisTemplate

// The action's defaults, read the way the action reads them (no INPUT_* set).
for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
const DEFAULTS = readThresholds('otlp-file');

interface Cumulative {
  user: { requests: number; errors: number; latency: number[] };
  probes: number;
}

const PROBE_SPAN = { kind: 'server' as const, name: 'GET /healthz', route: '/healthz' };
const USER_SPAN = { kind: 'server' as const, name: 'GET /checkout', route: '/checkout' };
const SELECTION = { kinds: ['server' as const], exclude: DEFAULT_EXCLUDED };
const probeLatency = [BOUNDS.length + 1].flatMap((n) => Array.from({ length: n }, () => 1)); // all ≤ 2 ms

function toHistogram(perBucket: number[]): Map<number, number> {
  const h = new Map<number, number>();
  let c = 0;
  BOUNDS.forEach((le, i) => h.set(le, (c += perBucket[i])));
  h.set(Infinity, c + perBucket[BOUNDS.length]);
  return h;
}

/** A backend over simulated builds: two series each (user route, health probe), selected by the gate's own rule. */
class SimulatedBackend implements Backend {
  readonly name = 'simulation';
  readonly builds = new Map<string, Cumulative>();
  private readonly probs = new Map<number, number[]>();
  constructor(
    private readonly streams: Map<string, Stream>,
    private readonly random: Random
  ) {
    for (const id of streams.keys())
      this.builds.set(id, {
        user: { requests: 0, errors: 0, latency: new Array<number>(BOUNDS.length + 1).fill(0) },
        probes: 0
      });
  }
  /** One interval of traffic for every build; returns the canary's user counts (for Argo). */
  advance(i: number): Map<string, { requests: number; errors: number; probes: number }> {
    const seen = new Map<string, { requests: number; errors: number; probes: number }>();
    for (const [id, stream] of this.streams) {
      const t = stream(i);
      const b = this.builds.get(id)!;
      b.user.requests += t.requests;
      b.user.errors += t.errors;
      const probs = this.probs.get(t.medianMs) ?? bucketProbabilities(t.medianMs);
      this.probs.set(t.medianMs, probs);
      multinomial(t.requests, probs, this.random).forEach((k, j) => (b.user.latency[j] += k));
      b.probes += t.probes;
      seen.set(id, t);
    }
    return seen;
  }
  describe() {
    return { requests: 'simulated', errors: 'simulated', latency: 'simulated' };
  }
  async baseline(id: string) {
    return this.snapshot(id);
  }
  async snapshot(id: string): Promise<Snapshot> {
    const b = this.builds.get(id);
    const out: Snapshot = new Map();
    if (!b) return out;
    if (isSelected(SELECTION, USER_SPAN))
      out.set('user', { requests: b.user.requests, errors: b.user.errors, latency: toHistogram(b.user.latency) });
    if (isSelected(SELECTION, PROBE_SPAN))
      out.set('probe', {
        requests: b.probes,
        errors: 0,
        latency: toHistogram([b.probes * probeLatency[0], ...new Array<number>(BOUNDS.length).fill(0)])
      });
    return out;
  }
  async custom() {
    return undefined;
  }
}

interface Run {
  verdict: string;
  seconds: number;
  argoFail: boolean;
  argoSeconds?: number;
  /** The regression the gate said its comparison could rule out (decision_estimate.detectable_ratio). */
  detectable?: number;
}

async function once(model: Model, n: number, baseline: boolean, seed: number): Promise<Run> {
  const random = rng(seed);
  const streams = new Map<string, Stream>([['canary-2-bbbbbbb', model.stream('canary', n, random)]]);
  if (baseline) streams.set('stable-1-aaaaaaa', model.stream('stable', n * STABLE_SHARE, random));
  const backend = new SimulatedBackend(streams, random);
  if (model.before) Object.assign(backend.builds.get('canary-2-bbbbbbb')!.user, model.before);
  const settings: GateSettings = {
    ...DEFAULTS,
    buildId: 'canary-2-bbbbbbb',
    baselineBuildId: baseline ? 'stable-1-aaaaaaa' : undefined
  };
  let clock = Date.UTC(2026, 10, 26, 12, 0, 0);
  const start = clock;
  let interval = 0;
  let argoFailed = 0;
  let argoAt: number | undefined;
  const hooks = {
    now: () => new Date(clock),
    wait: async (ms: number) => {
      clock += ms;
      const seen = backend.advance(interval++).get('canary-2-bbbbbbb')!;
      // Argo's rule sees every request its query counts (probes too) in each interval.
      const all = seen.requests + seen.probes;
      if (
        argoAt === undefined &&
        interval <= ARGO.count &&
        all > 0 &&
        seen.errors / all > ARGO.threshold &&
        ++argoFailed > ARGO.failureLimit
      )
        argoAt = interval * 30;
    }
  };
  const outcome = await runAnalysis(settings, backend, hooks);
  // Argo keeps measuring to `count` whatever we decided: finish its stream on the same traffic.
  while (argoAt === undefined && interval < ARGO.count) await hooks.wait(settings.intervalMs);
  if (process.env.BENCH_GATE_DEBUG && outcome.verdict !== 'pass')
    console.error(
      outcome.verdict,
      outcome.reason,
      outcome.metrics.map((m) => `${m.name}:${m.result}:${m.detail}`).join(' | ')
    );
  return {
    verdict: outcome.verdict,
    seconds: (clock - start) / 1000,
    argoFail: argoAt !== undefined,
    argoSeconds: argoAt,
    detectable: outcome.estimate?.detectable_ratio
  };
}

const median = (xs: number[]) =>
  xs.length === 0 ? undefined : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (k: number, d: number) => (k === 0 ? '0' : `${((100 * k) / d).toFixed(k / d < 0.01 ? 2 : 1)}%`);

async function row(model: Model, n: number, baseline: boolean, index: number): Promise<string> {
  const runs = model.truth === 'bad' ? RUNS_BAD : RUNS;
  const tally: Record<string, number> = { pass: 0, fail: 0, inconclusive: 0, hold: 0 };
  const seconds: number[] = [];
  const argoSeconds: number[] = [];
  let argoFail = 0;
  const stated: number[] = [];
  // β is stated at the ratio the gate says it can rule out: count the passes of streams whose
  // true ratio is at least that (the rows with a known canary/stable ratio).
  let covered = 0;
  let coveredPasses = 0;
  for (let r = 0; r < runs; r++) {
    const run = await once(model, n, baseline, 1_000_003 * index + 7919 * n + r);
    tally[run.verdict]++;
    if (run.detectable !== undefined) stated.push(run.detectable);
    if (model.ratio !== undefined && run.detectable !== undefined && model.ratio >= run.detectable) {
      covered++;
      if (run.verdict === 'pass') coveredPasses++;
    }
    seconds.push(run.seconds);
    if (run.argoFail) {
      argoFail++;
      argoSeconds.push(run.argoSeconds!);
    }
  }
  // Under the defaults (on-inconclusive: fail) an inconclusive or hold fails the step; only
  // fail may trigger a rollback, but a workflow that rolls back on `verdict != 'pass'` would.
  const rollback = tally.fail + tally.inconclusive;
  return `| ${model.label} | ${model.truth} | ${n} | ${runs} | ${pct(tally.pass, runs)} | ${pct(tally.fail, runs)} | ${pct(tally.inconclusive, runs)} | ${pct(tally.hold, runs)} | ${pct(rollback, runs)} | ${median(seconds)} | ${stated.length ? `${median(stated)!.toFixed(1)}×` : '–'} | ${model.ratio === undefined ? '–' : `${coveredPasses}/${covered}`} | ${pct(argoFail, runs)} | ${median(argoSeconds) ?? '–'} |`;
}

async function main() {
  const started = Date.now();
  console.log(`\n## otel-gate (default inputs) vs Argo Rollouts' threshold rule, T = 1%\n`);
  console.log(
    `Defaults: interval ${DEFAULTS.intervalMs / 1000} s, min-duration ${DEFAULTS.minDurationMs / 60000} min, max-duration ${DEFAULTS.maxDurationMs / 60000} min, ` +
      `max-error-ratio ${DEFAULTS.maxErrorRatio}, latency-tolerance ${DEFAULTS.latencyTolerance * 100}%. Canary at 20 % weight (stable 4× its requests). ` +
      `Argo: error rate > ${ARGO.threshold * 100}% per interval, count ${ARGO.count}, failureLimit ${ARGO.failureLimit}, probes counted. ` +
      `${RUNS} streams per row (${RUNS_BAD} for bad builds).\n`
  );
  console.log(
    '| traffic model | truth | req/interval (canary) | streams | pass | fail | inconclusive | hold | effective rollback under defaults (fail + inconclusive) | median s to verdict | ratio the comparison can rule out (median stated) | passes / streams with true ratio ≥ stated | Argo: fail | Argo: median s to fail |'
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  let index = 0;
  for (const [models, baseline] of [
    [MODELS, true],
    [ABSOLUTE_MODELS, false]
  ] as const) {
    for (const model of models) {
      index++;
      if (ONLY && !ONLY.test(model.label)) continue;
      for (const n of TRAFFIC) console.log(await row(model, n, baseline, index));
    }
  }
  console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s wall time; BENCH_GATE_RUNS=${RUNS})`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
