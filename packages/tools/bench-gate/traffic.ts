// Traffic models for bench-gate: per-interval requests, errors and latency histograms of a
// canary and its stable build, with known truth. Seeded; nothing here knows the judge.

export type Random = () => number;
export type Build = 'canary' | 'stable';

/** Binomial(n, p): geometric skips when few successes are expected, a normal draw when many. */
export function binomial(n: number, p: number, random: Random): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  if (n * p > 40 && n * (1 - p) > 40) {
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return Math.min(n, Math.max(0, Math.round(n * p + z * Math.sqrt(n * p * (1 - p)))));
  }
  if (p > 0.5) return n - binomial(n, 1 - p, random);
  const logq = Math.log1p(-p);
  if (logq === 0) return 0; // p below double precision: no successes
  let count = 0;
  let i = -1;
  for (;;) {
    i += Math.floor(Math.log(1 - random()) / logq) + 1;
    if (i >= n) return count;
    count++;
  }
}

function gamma(shape: number, random: Random): number {
  if (shape < 1) return gamma(shape + 1, random) * random() ** (1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
      v = 1 + c * x;
    } while (v <= 0);
    v = v ** 3;
    const u = random();
    if (u < 1 - 0.0331 * x ** 4 || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta with mean `mean` and intra-interval correlation ρ = 1 / (a + b + 1). */
export function betaDraw(mean: number, rho: number, random: Random): number {
  const ab = 1 / rho - 1;
  const x = gamma(mean * ab, random);
  const y = gamma((1 - mean) * ab, random);
  return x / (x + y);
}

/** The spanmetrics connector's default bounds (ms), collector-contrib spanmetricsconnector/config.go. */
export const BOUNDS = [2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10000, 15000];

function erf(x: number): number {
  // Abramowitz & Stegun 7.1.26
  const t = 1 / (1 + 0.3275911 * Math.abs(x));
  const y =
    1 -
    ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return x >= 0 ? y : -y;
}

/** Bucket probabilities of a log-normal latency (median `medianMs`, σ 0.6). */
export function bucketProbabilities(medianMs: number, sigma = 0.6): number[] {
  const cdf = (x: number) => 0.5 * (1 + erf((Math.log(x) - Math.log(medianMs)) / (sigma * Math.SQRT2)));
  const probs: number[] = [];
  let below = 0;
  for (const le of BOUNDS) {
    const c = cdf(le);
    probs.push(c - below);
    below = c;
  }
  probs.push(1 - below);
  return probs;
}

/** Multinomial draw over buckets, as per-bucket counts. */
export function multinomial(n: number, probs: number[], random: Random): number[] {
  const out: number[] = [];
  let left = n;
  let mass = 1;
  for (const p of probs) {
    const k = left > 0 && mass > 0 ? binomial(left, Math.min(1, p / mass), random) : 0;
    out.push(k);
    left -= k;
    mass -= p;
  }
  out[out.length - 1] += left;
  return out;
}

export interface IntervalTraffic {
  requests: number;
  errors: number;
  /** Median latency (ms) this interval. */
  medianMs: number;
  /** Health-probe requests (never errors, 2 ms) — a backend must not count them. */
  probes: number;
}

export type Stream = (interval: number) => IntervalTraffic;

export interface Model {
  label: string;
  /** healthy / shared: a fail is a false rollback. bad: a pass is a miss. thin: no user traffic. */
  truth: 'healthy' | 'shared' | 'bad' | 'thin' | 'indifferent';
  stream: (build: Build, perInterval: number, random: Random) => Stream;
  /** Requests and errors the canary served before the gate's window (an earlier rollout step). */
  before?: { requests: number; errors: number };
  /** The canary's error rate over stable's, when the model has one (steady regressions). */
  ratio?: number;
}

const T = 0.01;
const PROBES = 4;
const steady =
  (rate: number, medianMs = 40): Model['stream'] =>
  (_build, n, random) =>
  () => ({ requests: n, errors: binomial(n, rate, random), medianMs, probes: PROBES });
const perBuild =
  (canary: Model['stream'], stable: Model['stream']): Model['stream'] =>
  (build, n, random) =>
    (build === 'canary' ? canary : stable)(build, n, random);

function betaBinomial(rate: number, rho: number): Model['stream'] {
  return (_build, n, random) => () => ({
    requests: n,
    errors: binomial(n, betaDraw(rate, rho, random), random),
    medianMs: 40,
    probes: PROBES
  });
}

/**
 * Markov-modulated bursts, second by second: a build enters a burst with probability 1/600 per
 * second (one every 10 min), stays in it 20 s on average, and errs at `burstRate` meanwhile.
 */
function markovBursts(baseRate: number, burstRate = 0.1, enter = 1 / 600, meanBurstS = 20): Model['stream'] {
  return (_build, n, random) => {
    let burst = false;
    return () => {
      let errors = 0;
      for (let s = 0; s < 30; s++) {
        burst = burst ? random() >= 1 / meanBurstS : random() < enter;
        const k = Math.floor(((s + 1) * n) / 30) - Math.floor((s * n) / 30);
        errors += binomial(k, burst ? burstRate : baseRate, random);
      }
      return { requests: n, errors, medianMs: 40, probes: PROBES };
    };
  };
}

export const MODELS: Model[] = [
  { label: 'independent, both 0.3%', truth: 'healthy', stream: steady(0.003) },
  { label: 'independent, both 0.5% (T/2)', truth: 'healthy', stream: steady(0.005) },
  ...[0.001, 0.01, 0.03].map((rho): Model => ({
    label: `beta-binomial ρ=${rho}, both 0.5%`,
    truth: 'healthy',
    stream: betaBinomial(0.005, rho)
  })),
  {
    label: 'Markov bursts (20 s at 10%, ~1 per 10 min per build), base 0.3%',
    truth: 'healthy',
    stream: markovBursts(0.003)
  },
  ...[0, 0.25, 0.5, 0.75, 1].map((f): Model => ({
    label: `canary = stable = ${(f * T * 100).toFixed(2)}%`,
    truth: 'healthy',
    stream: steady(f * T)
  })),
  {
    label: 'shared outage (both 20% for 2 min from 1.5 min), base 0.3%',
    truth: 'shared',
    stream: (_b, n, random) => (i) => ({
      requests: n,
      errors: binomial(n, i >= 3 && i < 7 ? 0.2 : 0.003, random),
      medianMs: 40,
      probes: PROBES
    })
  },
  {
    label: 'late onset: canary 0.3% → 3% after 2 min, stable 0.3%',
    truth: 'bad',
    stream: perBuild(
      (_b, n, random) => (i) => ({
        requests: n,
        errors: binomial(n, i >= 4 ? 0.03 : 0.003, random),
        medianMs: 40,
        probes: PROBES
      }),
      steady(0.003)
    )
  },
  {
    label: 'counts before the gate: 20000 healthy requests, then canary 3%',
    truth: 'bad',
    ratio: 10,
    stream: perBuild(steady(0.03), steady(0.003)),
    before: { requests: 20000, errors: 60 }
  },
  {
    label: 'probe-only canary (no user traffic), stable 0.3%',
    truth: 'thin',
    stream: perBuild(() => () => ({ requests: 0, errors: 0, medianMs: 40, probes: 20 }), steady(0.003))
  },
  {
    label: 'latency only: canary 3× slower, both 0.3%',
    truth: 'bad',
    stream: perBuild(steady(0.003, 120), steady(0.003, 40))
  },
  {
    label: 'bursty bad: beta-binomial ρ=0.01, canary 2% vs 0.5%',
    truth: 'bad',
    ratio: 4,
    stream: perBuild(betaBinomial(0.02, 0.01), betaBinomial(0.005, 0.01))
  },
  {
    label: 'bursty bad: Markov bursts, canary base 2% vs 0.3%',
    truth: 'bad',
    stream: perBuild(markovBursts(0.02), markovBursts(0.003))
  },
  ...[1.5, 2, 3, 10].map((r): Model => ({
    label: `regression ${r}× stable (stable 0.5%)`,
    truth: r >= 2 ? 'bad' : 'indifferent',
    ratio: r,
    stream: perBuild(steady(0.005 * r), steady(0.005))
  }))
];

/** Without a baseline only the absolute test runs: these rows show what it can and cannot do. */
export const ABSOLUTE_MODELS: Model[] = [
  { label: 'no baseline: independent 0.3%', truth: 'healthy', stream: steady(0.003) },
  { label: 'no baseline: independent 0.5% (T/2)', truth: 'healthy', stream: steady(0.005) },
  { label: 'no baseline: beta-binomial ρ=0.01, 0.5%', truth: 'healthy', stream: betaBinomial(0.005, 0.01) },
  { label: 'no baseline: Markov bursts, base 0.3%', truth: 'healthy', stream: markovBursts(0.003) },
  {
    label: 'no baseline: shared outage (cannot be told apart)',
    truth: 'shared',
    stream: MODELS.find((m) => m.truth === 'shared')!.stream
  },
  { label: 'no baseline: regression to 3% (3T)', truth: 'bad', stream: steady(0.03) }
];
