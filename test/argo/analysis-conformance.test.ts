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
// from argo-rollouts' source) against what the compiled `serve` really answers over time. The
// world behind serve is a real Prometheus scraping an exporter in the spanmetrics connector's
// shapes, behind a proxy that can take it down (503) and bring it back.

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
    { status: 503, body: '{"error":"backend down"}' },
    { status: 200, body: '{"error":"no verdict field"}' }
  ];

  test('the web provider: pass Successful, fail Failed, anything else Inconclusive, non-2xx and no value Error', () => {
    expect(kinds.map((a) => measurementPhase(SHIPPED, a))).toEqual([
      'Successful',
      'Failed',
      'Inconclusive',
      'Inconclusive',
      'Error',
      'Error'
    ]);
    expect(measurementPhase(SHIPPED, { transportError: 'ECONNREFUSED' })).toBe('Error');
  });

  test('the old template (count 15, inconclusiveLimit 15) is promoted on 15 inconclusive answers — the bug this replaces', () => {
    const old: WebMetric = {
      ...SHIPPED,
      inconclusiveLimit: 15,
      consecutiveSuccessLimit: undefined,
      failureLimit: undefined
    };
    const result = emptyResult();
    for (let i = 0; i < 15; i++) record(result, 'Inconclusive');
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
      // Longer runs, to their end: 20 000 seeded random sequences (mostly inconclusive and errors).
      let seed = 7;
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let n = 0; n < 20_000; n++) {
        const result = emptyResult();
        let phase: Phase | undefined;
        while (!phase) {
          const r = random();
          record(result, r < 0.15 ? 'Successful' : r < 0.8 ? 'Inconclusive' : r < 0.99 ? 'Error' : 'Failed');
          phase = assess(metric, result).phase;
        }
        outcomes.set(phase, (outcomes.get(phase) ?? 0) + 1);
        if (phase === 'Successful') expect(result.successful).toBeGreaterThan(0);
        if (result.failed > 0) expect(phase).toBe('Failed');
      }
      expect(outcomes.get('Successful')).toBeGreaterThan(0); // the walk does reach every end
      expect(outcomes.get('Inconclusive')).toBeGreaterThan(0);
      // 15 answers without a pass: paused (Inconclusive), never Successful.
      const result = emptyResult();
      for (let i = 0; i < 15; i++) record(result, 'Inconclusive');
      expect(assess(metric, result).phase).toBe('Inconclusive');
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
  }
];

suite('conformance: the shipped AnalysisTemplate over the real serve', () => {
  let exporter: Awaited<ReturnType<typeof startSpanmetricsExporter>>;
  let prometheus: Awaited<ReturnType<typeof startPrometheus>>;
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  let gate: Awaited<ReturnType<typeof startServe>>;
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
    gate = await startServe({
      backend: 'prometheus',
      'backend-url': `http://${proxy.host}`,
      'backend-timeout': '3s',
      'max-error-rate': '1%',
      'serve-token-file': tokenFile
    });
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
  async function ask(build: string): Promise<Answer> {
    const url = new URL(
      METRIC.provider.web.url.replace('{{args.build-id}}', build).replace('{{args.baseline-build-id}}', '')
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

  /** Put the world in the state the i-th request finds (waiting for Prometheus to scrape it), then ask. */
  function measurer(scenario: Scenario) {
    const answers: Answer[] = [];
    return async (i: number): Promise<Answer> => {
      if (answers[i]) return answers[i];
      const { down, traffic } = scenario.world(i);
      outage.times = down ? Number.MAX_SAFE_INTEGER : 0;
      if (traffic) {
        builds[scenario.build] = { ...traffic, latencies: [] };
        exporter.set({ 'seed-1-0000000': { ok: 1, errors: 0, latencies: [] }, ...builds });
        if (!down) {
          const total = traffic.ok + traffic.errors;
          await prometheus.waitFor(
            `sum(traces_span_metrics_calls_total{build_id="${scenario.build}"})`,
            (v: number) => v === total
          );
        }
      }
      answers[i] = await ask(scenario.build);
      return answers[i];
    };
  }

  test.each(SCENARIOS.map((s) => [s.name, s] as const))(
    '%s',
    async (_name, scenario) => {
      const measure = measurer(scenario);
      const runs: Array<[string, Run]> = [];
      // The longer run first (without consecutiveSuccessLimit it goes on to count); the other
      // replays the same answers, so both versions judge the same world.
      runs.push(['< v1.8', await runMetric(BEFORE_1_8, measure)]);
      runs.push(['>= v1.8', await runMetric(SHIPPED, measure)]);
      for (const [version, run] of runs) {
        table.push(
          `| ${scenario.name} | ${version} | ${run.answers.join(', ')} | ${run.phase} | ${run.why} | ${rolloutReaction(run.phase)} |`
        );
        // The rule this whole file exists for: no Successful without a pass verdict.
        if (run.phase === 'Successful') expect(run.answers).toContain('pass');
        if (run.answers.includes('fail')) expect(run.phase).toBe('Failed');
        expect(run.phase).toBe(scenario.expected);
      }
      expect(gate.running()).toBe(true);
    },
    120_000
  );
});
