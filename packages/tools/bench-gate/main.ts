// npm run bench:gate — the gate's judge vs Argo Rollouts' plain threshold rule on the same
// simulated canary streams with known truth. Prints, never asserts.
import { Judge, type GateSettings } from '../../../actions/otel-gate/src/judge.js';
import type { Backend, BuildSample } from '../../../actions/otel-gate/src/backends/index.js';
// Seeded, so every run of the benchmark sees the same streams.
import { rng } from '../lib/telemetry-fixtures.mjs';

const THRESHOLD = 0.01; // 1 %, the seeds' configuration
const INTERVALS = 30;
const TRAFFIC = [20, 50, 200, 1000];
const CASES = [
  { label: 'healthy 0.3%', rate: 0.003, healthy: true },
  { label: 'healthy 0.5% (T/2)', rate: 0.005, healthy: true },
  { label: 'regressed 3% (3×T)', rate: 0.03, healthy: false }
];
const RUNS_HEALTHY = Number(process.env.BENCH_GATE_RUNS ?? 20000);
const RUNS_BAD = Math.max(500, Math.round(RUNS_HEALTHY / 10));

/** Binomial(n, p) by geometric skips: O(successes), fast for small p. */
function binomial(n: number, p: number, random: () => number): number {
  let count = 0;
  let i = -1;
  const logq = Math.log(1 - p);
  for (;;) {
    i += Math.floor(Math.log(1 - random()) / logq) + 1;
    if (i >= n) return count;
    count++;
  }
}

/** One canary stream: errors per interval. Both judges see exactly this. */
function stream(perInterval: number, rate: number, random: () => number): number[] {
  return Array.from({ length: INTERVALS }, () => binomial(perInterval, rate, random));
}

interface Decision {
  verdict: 'pass' | 'fail' | 'inconclusive';
  intervals: number;
}

/** Argo Rollouts: per interval `error rate > threshold` is a failed measurement; failureLimit 2. */
function argoRule(errors: number[], perInterval: number): Decision {
  let failed = 0;
  for (let i = 0; i < errors.length; i++) {
    if (errors[i] / perInterval > THRESHOLD) failed++;
    if (failed > 2) return { verdict: 'fail', intervals: i + 1 };
  }
  return { verdict: 'pass', intervals: errors.length };
}

/** Feeds the stream's cumulative counts to the real Judge, one look per interval. */
class StreamBackend implements Backend {
  readonly name = 'simulation';
  look = 0;
  constructor(
    private readonly errors: number[],
    private readonly perInterval: number
  ) {}
  describe() {
    return { requests: 'sim', errors: 'sim', latency: 'sim' };
  }
  async sample(): Promise<BuildSample> {
    const upto = this.errors.slice(0, this.look);
    return { requests: this.look * this.perInterval, errors: upto.reduce((s, x) => s + x, 0), latencySamples: 0 };
  }
  async custom(): Promise<number | undefined> {
    return undefined;
  }
}

const settings: GateSettings = {
  buildId: 'sim-1-abcdef0',
  maxErrorRate: THRESHOLD,
  minRequests: 100,
  maxErrorRatio: 2,
  custom: [],
  intervalMs: 0,
  count: INTERVALS,
  failureLimit: 0,
  consecutiveErrorLimit: 4,
  initialDelayMs: 0
};

async function goldenthread(errors: number[], perInterval: number): Promise<Decision> {
  const backend = new StreamBackend(errors, perInterval);
  const judge = new Judge(settings, backend);
  for (let n = 1; n <= INTERVALS; n++) {
    backend.look = n;
    await judge.look(n);
    if (judge.decided()) return { verdict: judge.verdict().verdict, intervals: n };
  }
  return { verdict: judge.verdict().verdict, intervals: INTERVALS };
}

const median = (xs: number[]) => (xs.length === 0 ? NaN : [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]);
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(n > 0 && n / d < 0.001 ? 3 : 2)}%`;

async function main() {
  console.log(`\n## otel-gate vs Argo Rollouts' threshold rule (T = 1%, ${INTERVALS} intervals, failureLimit 2)\n`);
  console.log(`Healthy rows: ${RUNS_HEALTHY} streams each, "fail" = a false rollback. Regressed rows: ${RUNS_BAD} streams each.\n`);
  console.log('| req/interval | true rate | argo: fail | argo: median intervals to fail | goldenthread: fail | goldenthread: inconclusive | goldenthread: median intervals to decision | gt/argo intervals |');
  console.log('|---|---|---|---|---|---|---|---|');
  const started = Date.now();
  for (const perInterval of TRAFFIC) {
    for (const c of CASES) {
      const random = rng(1000 * perInterval + Math.round(c.rate * 1e4));
      const runs = c.healthy ? RUNS_HEALTHY : RUNS_BAD;
      let argoFail = 0;
      let gtFail = 0;
      let gtInconclusive = 0;
      const argoIntervals: number[] = [];
      const gtIntervals: number[] = [];
      for (let r = 0; r < runs; r++) {
        const errors = stream(perInterval, c.rate, random);
        const a = argoRule(errors, perInterval);
        const g = await goldenthread(errors, perInterval);
        if (a.verdict === 'fail') {
          argoFail++;
          argoIntervals.push(a.intervals);
        }
        if (g.verdict === 'fail') gtFail++;
        if (g.verdict === 'inconclusive') gtInconclusive++;
        if (g.verdict !== 'inconclusive' && (c.healthy || g.verdict === 'fail')) gtIntervals.push(g.intervals);
      }
      const ma = median(argoIntervals);
      const mg = median(gtIntervals);
      const ratio = c.healthy || !Number.isFinite(ma) ? '' : `${(mg / ma).toFixed(2)}×`;
      console.log(`| ${perInterval} | ${c.label} | ${pct(argoFail, runs)} | ${c.healthy ? '' : ma} | ${pct(gtFail, runs)} | ${pct(gtInconclusive, runs)} | ${Number.isNaN(mg) ? '–' : mg} | ${ratio} |`);
    }
  }
  console.log(`\n(simulated in ${((Date.now() - started) / 1000).toFixed(1)} s; healthy = true rate ≤ T/2, goldenthread's "fail" there is a false rollback)`);
}

await main();
