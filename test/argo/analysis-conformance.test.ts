import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { startFaultProxy } from '../../packages/tools/lib/fault-proxy.mjs';
import { available, startPrometheus } from '../../packages/tools/lib/real-servers.mjs';
import { startSpanmetricsExporter } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import {
  assess,
  emptyResult,
  measurementPhase,
  record,
  rolloutReaction,
  runMetric,
  type Answer,
  type Phase,
  type Run,
  type WebMetric
} from './argo-analysis.js';
import { startServe } from './serve-process.js';

// Conformance: the shipped AnalysisTemplate (actions/otel-gate/examples/analysis-template.yaml),
// read from the file, run by the oracle of Argo's analysis controller (./argo-analysis.ts, read
// from argo-rollouts' source) against what the compiled `serve` really answers over time: each
// request one look of serve's analysis session, `pending` until it decides. The world behind
// serve is a real Prometheus scraping an exporter in the spanmetrics connector's shapes, behind
// a proxy that can take it down (503) and bring it back. serve runs with min-duration 3 s (the
// shipped numbers are for 5 min; examples.test.ts checks that arithmetic), so a run takes seconds.

const TEMPLATE = parseAllDocuments(readFileSync('actions/otel-gate/examples/analysis-template.yaml', 'utf8'))[0].toJS();
const METRIC = TEMPLATE.spec.metrics[0];
const SHIPPED: WebMetric = { ...METRIC, jsonPath: METRIC.provider.web.jsonPath };
/** Argo Rollouts < v1.8.0 has no consecutiveSuccessLimit (the API server prunes the field). */
const BEFORE_1_8: WebMetric = { ...SHIPPED };
delete BEFORE_1_8.consecutiveSuccessLimit;
const TOKEN = 'conformance-token-0123456789abcdef';

// ---- the oracle on its own: every short answer sequence, against the shipped settings ----

describe('oracle: Argo analysis rules with the shipped template settings', () => {
  const kinds: Answer[] = [
    { status: 200, body: '{"verdict":"pass"}' },
    { status: 200, body: '{"verdict":"fail"}' },
    { status: 200, body: '{"verdict":"inconclusive"}' },
    { status: 200, body: '{"verdict":"hold"}' },
    { status: 200, body: '{"verdict":"pending"}' },
    { status: 503, body: '{"error":"backend down"}' },
    { status: 200, body: '{"error":"no verdict field"}' }
  ];

  test('the web provider: pass Successful, fail Failed, anything else Inconclusive, non-2xx and no value Error', () => {
    expect(kinds.map((a) => measurementPhase(SHIPPED, a))).toEqual([
      'Successful',
      'Failed',
      'Inconclusive',
      'Inconclusive',
      'Inconclusive',
      'Error',
      'Error'
    ]);
    expect(measurementPhase(SHIPPED, { transportError: 'ECONNREFUSED' })).toBe('Error');
  });

  test('a template with inconclusiveLimit = count is promoted on count inconclusive answers — why the limit is count − 1', () => {
    const old: WebMetric = {
      ...SHIPPED,
      inconclusiveLimit: SHIPPED.count,
      consecutiveSuccessLimit: undefined,
      failureLimit: undefined
    };
    const result = emptyResult();
    for (let i = 0; i < SHIPPED.count!; i++) record(result, 'Inconclusive');
    expect(assess(old, result).phase).toBe('Successful');
  });

  test.each([
    ['Argo >= v1.8 (consecutiveSuccessLimit 2)', SHIPPED],
    ['Argo < v1.8 (no consecutiveSuccessLimit)', BEFORE_1_8]
  ])(
    '%s: no sequence of up to 7 answers ends Successful without a pass; a fail always aborts',
    async (_name, metric) => {
      let sequences = 0;
      const outcomes = new Map<Phase | 'running', number>();
      const phases = ['Successful', 'Failed', 'Inconclusive', 'Error'] as const;
      const walk = (prefix: Phase[]) => {
        const result = emptyResult();
        for (const p of prefix) record(result, p);
        const { phase } = prefix.length ? assess(metric, result) : { phase: undefined };
        if (phase || prefix.length === 7) {
          sequences++;
          outcomes.set(phase ?? 'running', (outcomes.get(phase ?? 'running') ?? 0) + 1);
          if (phase === 'Successful') expect(prefix).toContain('Successful');
          if (prefix.includes('Failed')) expect(phase).toBe('Failed');
          return;
        }
        for (const p of phases) walk([...prefix, p]);
      };
      walk([]);
      expect(sequences).toBeGreaterThan(1000);
      // Longer runs, to their end: 20 000 seeded random sequences (mostly inconclusive and errors;
      // in half of them a pass is rare, so that count answers without one occur too).
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let n = 0; n < 20_000; n++) {
        const result = emptyResult();
        const pass = n % 2 ? 0.15 : 0.003;
        let phase: Phase | undefined;
        while (!phase) {
          const r = random();
          record(result, r < pass ? 'Successful' : r < 0.8 ? 'Inconclusive' : r < 0.99 ? 'Error' : 'Failed');
          phase = assess(metric, result).phase;
        }
        outcomes.set(phase, (outcomes.get(phase) ?? 0) + 1);
        if (phase === 'Successful') expect(result.successful).toBeGreaterThan(0);
        if (result.failed > 0) expect(phase).toBe('Failed');
      }
      expect(outcomes.get('Successful')).toBeGreaterThan(0); // the walk does reach every end
      expect(outcomes.get('Inconclusive')).toBeGreaterThan(0);
      // count answers without a pass: paused (Inconclusive), never Successful.
      const result = emptyResult();
      for (let i = 0; i < SHIPPED.count!; i++) record(result, 'Inconclusive');
      expect(assess(metric, result).phase).toBe('Inconclusive');
      // Five pending answers (min-duration 5 min at interval 1m), then two passes: Successful on
      // v1.8 at once; before it, at count. Pending answers never end the run early.
      const pendingThenPass = emptyResult();
      for (let i = 0; i < 5; i++) {
        record(pendingThenPass, 'Inconclusive');
        expect(assess(metric, pendingThenPass).phase).toBeUndefined();
      }
      record(pendingThenPass, 'Successful');
      record(pendingThenPass, 'Successful');
      if (metric.consecutiveSuccessLimit) expect(assess(metric, pendingThenPass).phase).toBe('Successful');
      else {
        while (!assess(metric, pendingThenPass).phase) record(pendingThenPass, 'Successful');
        expect(assess(metric, pendingThenPass).phase).toBe('Successful');
        expect(pendingThenPass.count).toBe(SHIPPED.count);
      }
      expect(rolloutReaction('Inconclusive')).toBe('pause');
    }
  );
});

// ---- the oracle against the real serve ----

const HAVE_PROMETHEUS = available('prometheus');
const suite = HAVE_PROMETHEUS ? describe : describe.skip;

interface Traffic {
  ok: number;
  errors: number;
}
interface Scenario {
  name: string;
  build: string;
  /** The backend as the i-th request finds it: down, or the build's cumulative traffic. */
  world: (i: number) => { down?: boolean; traffic?: Traffic };
  /** Extra query parameters the template would send. */
  query?: string;
  /** serve restarts (a new pod) just before this request. */
  restartAt?: number;
  expected: Phase;
}

const good = (n: number): Traffic => ({ ok: Math.round(n * 0.998), errors: n - Math.round(n * 0.998) });
const SCENARIOS: Scenario[] = [
  { name: 'no traffic', build: 'quiet-1-aaaaaaa', world: () => ({}), expected: 'Inconclusive' },
  { name: 'backend down throughout', build: 'dark-1-bbbbbbb', world: () => ({ down: true }), expected: 'Error' },
  {
    name: 'backend down, then up (good canary)',
    build: 'flaky-1-ccccccc',
    world: (i) => (i < 3 ? { down: true } : { traffic: good(400 * (i - 2)) }),
    expected: 'Successful'
  },
  {
    name: 'good canary (0.2% errors)',
    build: 'good-1-ddddddd',
    world: (i) => ({ traffic: good(400 * (i + 1)) }),
    expected: 'Successful'
  },
  {
    name: 'bad canary (6% errors)',
    build: 'bad-1-eeeeeee',
    world: (i) => ({ traffic: { ok: 376 * (i + 1), errors: 24 * (i + 1) } }),
    expected: 'Failed'
  },
  {
    name: 'regression starting late (at the 4th look)',
    build: 'late-1-fffffff',
    world: (i) => ({
      traffic: i < 3 ? { ok: 30 * (i + 1), errors: 0 } : { ok: 90 + 368 * (i - 2), errors: 32 * (i - 2) }
    }),
    expected: 'Failed'
  },
  {
    // 40 000 good requests from an earlier rollout step, then 6 % errors: on lifetime counts the
    // rate would stay under 1 % and pass; the window sees only the regression.
    name: 'good traffic before the window, regression in it',
    build: 'before-1-0a0a0a0',
    world: (i) => ({ traffic: { ok: 40_000 + 376 * i, errors: 24 * i } }),
    expected: 'Failed'
  },
  {
    name: 'serve restarts after 2 answers (good canary)',
    build: 'restart-1-1b1b1b1',
    world: (i) => ({ traffic: good(400 * (i + 1)) }),
    restartAt: 2,
    expected: 'Successful'
  },
  {
    name: 'bad window_start in the template',
    build: 'pinned-1-2c2c2c2',
    world: (i) => ({ traffic: good(400 * (i + 1)) }),
    query: '&window_start=yesterday',
    expected: 'Error'
  }
];

type Body = { verdict?: string; error?: string; window?: { start: string }; measurements?: Array<{ look: number }> };
const looksOf = (answer: Answer) =>
  'body' in answer ? ((JSON.parse(answer.body) as Body).measurements ?? []).map((m) => m.look) : [];

/** `pending, pending, pending, pass` → `3 × pending, pass`, for the table. */
function runs(answers: string[]): string {
  const out: string[] = [];
  for (let i = 0; i < answers.length;) {
    let j = i;
    while (answers[j] === answers[i]) j++;
    out.push(j - i > 1 ? `${j - i} × ${answers[i]}` : answers[i]);
    i = j;
  }
  return out.join(', ');
}

suite('conformance: the shipped AnalysisTemplate over the real serve', () => {
  let exporter: Awaited<ReturnType<typeof startSpanmetricsExporter>>;
  let prometheus: Awaited<ReturnType<typeof startPrometheus>>;
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  let gate: Awaited<ReturnType<typeof startServe>>;
  let inputs: Record<string, string>;
  const outage = { method: 'GET', path: /\/api\/v1\/query/, status: 503, times: 0 };
  const builds: Record<string, { ok: number; errors: number; latencies: number[] }> = {};
  const table: string[] = [];

  beforeAll(async () => {
    exporter = await startSpanmetricsExporter({ 'seed-1-0000000': { ok: 1, errors: 0, latencies: [] } });
    prometheus = await startPrometheus([exporter.address]);
    await prometheus.waitFor('count(traces_span_metrics_calls_total)', (v: number) => v >= 1);
    proxy = await startFaultProxy(prometheus.url, [outage]);
    const tokenFile = join(mkdtempSync(join(tmpdir(), 'gt-token-')), 'token');
    writeFileSync(tokenFile, `${TOKEN}\n`);
    inputs = {
      backend: 'prometheus',
      'backend-url': `http://${proxy.host}`,
      'backend-timeout': '3s',
      'max-error-rate': '1%',
      'min-duration': '3s',
      'max-duration': '10m',
      'serve-token-file': tokenFile
    };
    gate = await startServe(inputs);
  }, 60_000);
  afterAll(async () => {
    await gate?.stop();
    await proxy?.close();
    await prometheus?.stop();
    await exporter?.close();
    if (table.length)
      console.log(
        [
          '| scenario | Argo version | answers (in order) | AnalysisRun | why | Rollout |',
          '|---|---|---|---|---|---|',
          ...table
        ].join('\n')
      );
  });

  /** The web provider's request, built from the template: its URL (host → serve) and headers. */
  async function ask(build: string, extra = ''): Promise<Answer> {
    const url = new URL(
      METRIC.provider.web.url.replace('{{args.build-id}}', build).replace('{{args.baseline-build-id}}', '') + extra
    );
    const target = `${gate.base}${url.pathname}${url.search}`;
    const headers = Object.fromEntries(
      METRIC.provider.web.headers.map((h: { key: string; value: string }) => [
        h.key,
        h.value.replace('{{args.gate-token}}', TOKEN)
      ])
    );
    try {
      const res = await fetch(target, {
        headers,
        signal: AbortSignal.timeout(METRIC.provider.web.timeoutSeconds * 1000)
      });
      return { status: res.status, body: await res.text() };
    } catch (error) {
      return { transportError: String(error) };
    }
  }

  /** Put a build's cumulative traffic in the exporter and wait until Prometheus has scraped it. */
  async function serveTraffic(build: string, traffic: Traffic) {
    builds[build] = { ...traffic, latencies: [] };
    exporter.set({ 'seed-1-0000000': { ok: 1, errors: 0, latencies: [] }, ...builds });
    const total = traffic.ok + traffic.errors;
    await prometheus.waitFor(`sum(traces_span_metrics_calls_total{build_id="${build}"})`, (v: number) => v === total);
  }

  /** Put the world in the state the i-th request finds (waiting for Prometheus to scrape it), then ask. */
  function measurer(scenario: Scenario) {
    const answers: Answer[] = [];
    return async (i: number): Promise<Answer> => {
      if (answers[i]) return answers[i];
      const { down, traffic } = scenario.world(i);
      outage.times = 0;
      if (traffic) await serveTraffic(scenario.build, traffic);
      outage.times = down ? Number.MAX_SAFE_INTEGER : 0;
      if (i === scenario.restartAt) {
        await gate.stop();
        gate = await startServe(inputs);
      }
      answers[i] = await ask(scenario.build, scenario.query);
      return answers[i];
    };
  }

  test.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, scenario) => {
      const measure = measurer(scenario);
      const runs_: Array<[string, Run]> = [];
      // The longer run first (without consecutiveSuccessLimit it goes on to count); the other
      // replays the same answers, so both versions judge the same world.
      runs_.push(['< v1.8', await runMetric(BEFORE_1_8, measure)]);
      runs_.push(['>= v1.8', await runMetric(SHIPPED, measure)]);
      for (const [version, run] of runs_) {
        table.push(
          `| ${scenario.name} | ${version} | ${runs(run.answers)} | ${run.phase} | ${run.why} | ${rolloutReaction(run.phase)} |`
        );
        // The rule this whole file exists for: no Successful without a pass verdict.
        if (run.phase === 'Successful') expect(run.answers).toContain('pass');
        if (run.answers.includes('fail')) expect(run.phase).toBe('Failed');
        expect(run.phase).toBe(scenario.expected);
      }
      const [, longer] = runs_[0];
      // A session answers pending before it decides, and a decision is final: once an answer is
      // pass or fail, every later answer is the same.
      const decided = longer.answers.findIndex((a) => a === 'pass' || a === 'fail');
      if (scenario.expected === 'Successful' || scenario.expected === 'Failed') {
        // Never decided on the first look (a backend outage first can use up the wait instead).
        if (!scenario.world(0).down) expect(longer.answers[decided - 1]).toBe('pending');
        expect(new Set(longer.answers.slice(decided))).toEqual(new Set([longer.answers[decided]]));
      }
      if (scenario.restartAt !== undefined) {
        // The restarted serve has no session: its first answer opens a new window.
        const before = await measure(scenario.restartAt - 1);
        const after = await measure(scenario.restartAt);
        expect(looksOf(before)).toEqual([1, 2]);
        expect(looksOf(after)).toEqual([1]);
        expect(longer.answers[scenario.restartAt]).toBe('pending');
      }
      expect(gate.running()).toBe(true);
    },
    120_000
  );

  test('a decided answer is final: asked again, the same record, and no backend query', async () => {
    const build = 'sticky-1-3d3d3d3';
    let answer: Answer | undefined;
    for (let i = 0; i < SHIPPED.count!; i++) {
      await serveTraffic(build, { ok: 376 * (i + 1), errors: 24 * (i + 1) });
      answer = await ask(build);
      if (looksOf(answer).length && JSON.parse((answer as { body: string }).body).verdict === 'fail') break;
    }
    expect(JSON.parse((answer as { body: string }).body).verdict).toBe('fail');
    const queries = proxy.seen.length;
    for (let i = 0; i < 3; i++) expect(await ask(build)).toEqual(answer);
    expect(proxy.seen.length).toBe(queries);
  }, 120_000);

  test('concurrent asks for one key: every one answered, looks one after another, none twice', async () => {
    const build = 'together-1-4e4e4e4';
    await serveTraffic(build, good(400));
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask(build)));
    const looks = answers.map(looksOf);
    for (const a of answers) expect(a).toMatchObject({ status: 200 });
    // Each answer is the state after one look k of a single chain 1..k; answers of the same look agree.
    for (const l of looks) expect(l).toEqual(Array.from({ length: l.length }, (_, i) => i + 1));
    const byLook = new Map<number, Answer>();
    for (const [i, l] of looks.entries()) {
      const same = byLook.get(l.length);
      if (same) expect(answers[i]).toEqual(same);
      else byLook.set(l.length, answers[i]);
    }
    const next = looksOf(await ask(build));
    expect(next.length).toBe(Math.max(...looks.map((l) => l.length)) + 1);
  }, 60_000);

  test('past 256 analyses the least recently asked one is dropped: its next ask opens a new window', async () => {
    const id = (i: number) => `many-${i}-5f5f5f5`;
    const first = JSON.parse(((await ask(id(0))) as { body: string }).body) as Body;
    for (let i = 1; i <= 256; i++) expect(await ask(id(i))).toMatchObject({ status: 200 });
    const again = await ask(id(0));
    expect(looksOf(again)).toEqual([1]);
    expect(JSON.parse((again as { body: string }).body).window.start > first.window!.start).toBe(true);
    expect(looksOf(await ask(id(256)))).toEqual([1, 2]);
  }, 120_000);
});
