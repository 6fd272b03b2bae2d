import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { startGithubApi } from '../../packages/tools/lib/github-api.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { until } from '../../packages/tools/lib/real-servers.mjs';

// The compiled dist/otel-gate run as a runner runs it, judging an otlp-file backend. Spans are
// written ahead with start times spread over the next seconds: the gate counts a span once it
// has started, so the file "fills" look by look without the test sleeping.

const CANARY = 'release-17-3f78685';
const STABLE = 'release-16-0a1b2c3';
const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function traces(...lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-gate-')), 'traces.jsonl');
  writeFileSync(path, lines.map((l) => l + '\n').join(''));
  return path;
}

const gateInputs = (path: string, extra: Record<string, string> = {}) => ({
  backend: 'otlp-file',
  'backend-url': path,
  'max-error-rate': '1%',
  'max-p99-latency': '500ms',
  interval: '150ms',
  'min-duration': '1s',
  'max-duration': '8s',
  // The window opens when the traffic is written, however long the step takes to start.
  'window-start': new Date().toISOString(),
  ...extra
});

/** Traffic of one build spread over the next 4 s. */
const upcoming = (buildId: string, requests: number, errors: number, extra: Record<string, unknown> = {}) =>
  buildTraffic({ buildId, requests, errors, startMs: Date.now() + 200, spreadMs: 4000, ...extra });

describe('otel-gate action (otlp-file)', () => {
  test('healthy build: exit 0, outputs, verdict record, summary table, commit status, gate span', async () => {
    const otlp = await startOtlpReceiver();
    const api = await startGithubApi();
    open.push(otlp, api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url }));
    await job.step('trace-root', { 'otlp-endpoint': otlp.url });
    const path = traces(upcoming(CANARY, 3000, 3));
    const gate = await job.step('otel-gate', gateInputs(path, { 'github-token': 'ghs_gateToken42' }));
    expect(gate.code).toBe(0);
    expect(gate.outputs.verdict).toBe('pass');
    expect(Number(gate.outputs['error-rate'])).toBeLessThan(0.01);
    expect(Number(gate.outputs.requests)).toBeGreaterThan(100);
    expect(Number(gate.outputs.requests)).toBeLessThanOrEqual(3000);
    expect(Number(gate.outputs['p99-latency'])).toBeLessThan(500);

    const record = JSON.parse(readFileSync(gate.outputs['report-file'], 'utf8'));
    expect(record).toMatchObject({
      verdict: 'pass',
      gate_passed: true,
      build_id: CANARY,
      backend: 'otlp-file',
      trace_id: job.env.GOLDENTHREAD_TRACE_ID
    });
    // From the observed traffic, recomputed at every look: the last estimate is in the record and the summary.
    expect(record.decision_estimate.text).toMatch(/^at [\d.]+ req\/s a decision needs about .+ \(max-duration .+\)$/);
    expect(record.decision_estimate.seconds).toBeGreaterThan(0);
    expect(record.decision_estimate.requests_per_second).toBeGreaterThan(0);
    expect(record.decision_estimate.max_duration_seconds).toBeGreaterThan(0);
    expect(gate.summary).toContain(record.decision_estimate.text);
    expect(record.selection).toBe(
      'SERVER spans, excluding /healthz /readyz /livez /health /ready /live /ping grpc.health.v1.Health/Check grpc.health.v1.Health/Watch'
    );
    expect(Object.keys(record.metrics[0]).sort()).toEqual([
      'baseline_value',
      'detail',
      'name',
      'query',
      'result',
      'samples',
      'threshold',
      'value'
    ]);
    // Never on the first look.
    expect(record.measurements.length).toBeGreaterThanOrEqual(2);
    expect(Date.parse(record.window.end) - Date.parse(record.window.start)).toBeGreaterThanOrEqual(1000);
    expect(Date.parse(record.finished_at)).toBeGreaterThanOrEqual(Date.parse(record.started_at));
    expect(gate.summary).toMatch(/\| error-rate \| 0\.\d\d% \| ≤ 1\.00% .*\| \d+ \| ✅ pass \|/);
    expect(gate.summary).toMatch(/\| p99-latency \| \d+ ms \| ≤ 500 ms .*\| \d+ \| ✅ pass \|/);
    expect(gate.stdout).toMatch(/Traffic: at \d+(\.\d)? req\/s a decision needs about \d+ s \(max-duration 8 s\)\./);

    const status = api.requests.find((r: { method: string }) => r.method === 'POST')!;
    expect(status.url).toBe(`/repos/acme/shop/statuses/${SHA}`);
    expect(status.headers.authorization).toBe('token ghs_gateToken42');
    expect(status.body).toMatchObject({
      state: 'success',
      context: 'goldenthread/otel-gate',
      target_url: 'https://github.example/acme/shop/actions/runs/4242/attempts/1'
    });
    expect(status.body.description.length).toBeLessThanOrEqual(140);
    expect(status.body.description).toMatch(/^pass: error-rate 0\.\d\d% \(pass\), p99-latency \d+ ms \(pass\)$/);
    expect(gate.log).not.toContain('ghs_gateToken42');

    const [span] = await otlp.waitForSpans(1);
    expect(span).toMatchObject({
      name: 'otel-gate',
      kind: 'INTERNAL',
      traceId: job.env.GOLDENTHREAD_TRACE_ID,
      parentSpanId: job.env.TRACEPARENT.split('-')[2]
    });
    expect(span.attributes).toMatchObject({
      'goldenthread.gate.verdict': 'pass',
      'goldenthread.gate.requests': Number(gate.outputs.requests),
      'build.id': CANARY,
      'cicd.pipeline.task.type': 'test'
    });
  });

  test('bad build: exit 1 naming the failed metric, failure status, no pass anywhere', async () => {
    const api = await startGithubApi();
    open.push(api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url, GOLDENTHREAD_BUILD_ID: CANARY }));
    const path = traces(upcoming(CANARY, 3000, 150));
    const gate = await job.step('otel-gate', gateInputs(path, { 'github-token': 'ghs_x' }));
    expect(gate.code).toBe(1);
    expect(gate.outputs.verdict).toBe('fail');
    expect(gate.stdout).toMatch(/::error::otel-gate failed: build release-17-3f78685 did not pass: error-rate failed/);
    expect(gate.stdout).not.toMatch(/This looks like a bug/);
    expect(api.requests[0].body.state).toBe('failure');
  });

  test('thin traffic is inconclusive, saying so: fails closed by default, passes only when told', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const closed = await job.step('otel-gate', gateInputs(traces(upcoming(CANARY, 40, 0))));
    expect(closed.code).toBe(1);
    expect(closed.outputs.verdict).toBe('inconclusive');
    expect(closed.outputs.reason).toMatch(
      /^traffic too thin: at \d+(\.\d)? req\/s a decision needs about \d+ s \(max-duration 8 s\)/
    );
    expect(closed.stdout).toMatch(/inconclusive and on-inconclusive is fail/);
    const open = await job.step(
      'otel-gate',
      gateInputs(traces(upcoming(CANARY, 40, 0)), { 'on-inconclusive': 'pass' })
    );
    expect(open.code).toBe(0);
    expect(open.outputs.verdict).toBe('inconclusive');
    expect(open.stdout).toMatch(/::warning::Inconclusive/);
  });

  test('a shared outage is hold (shared-degradation): never a fail; the step follows on-inconclusive', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const both = () => traces(upcoming(CANARY, 1000, 150), upcoming(STABLE, 4000, 600));
    const held = await job.step('otel-gate', gateInputs(both(), { 'baseline-build-id': STABLE }));
    expect(held.outputs.verdict).toBe('hold');
    expect(held.code).toBe(1);
    expect(held.outputs.reason).toMatch(/^shared-degradation/);
    const record = JSON.parse(readFileSync(held.outputs['report-file'], 'utf8'));
    expect(record).toMatchObject({ verdict: 'hold', gate_passed: false, baseline_build_id: STABLE });
    expect(record.metrics.find((m: { name: string }) => m.name === 'error-rate-vs-baseline').result).not.toBe('fail');
    expect(held.summary).toMatch(/a rollback would not help/);
    const open = await job.step(
      'otel-gate',
      gateInputs(both(), { 'baseline-build-id': STABLE, 'on-inconclusive': 'pass' })
    );
    expect(open.outputs.verdict).toBe('hold');
    expect(open.code).toBe(0);
  });

  test('with a baseline the gate states the regression it can rule out, smaller with more traffic', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const stated = async (scale: number) => {
      const gate = await job.step(
        'otel-gate',
        gateInputs(traces(upcoming(CANARY, 600 * scale, 3 * scale), upcoming(STABLE, 2400 * scale, 12 * scale)), {
          'baseline-build-id': STABLE
        })
      );
      const record = JSON.parse(readFileSync(gate.outputs['report-file'], 'utf8'));
      const ratio = record.decision_estimate.detectable_ratio as number;
      expect(record.decision_estimate.text).toContain(`rule out a regression of ${ratio.toFixed(1)}× stable`);
      expect(gate.summary).toContain(record.decision_estimate.text);
      const comparison = record.metrics.find((m: { name: string }) => m.name === 'error-rate-vs-baseline');
      expect(comparison.detail).toMatch(/can rule out ≥ \d+\.\d× stable \(β 1\.00%\) in max-duration/);
      return { verdict: gate.outputs.verdict, ratio };
    };
    const thin = await stated(1);
    const thick = await stated(10);
    expect(thick.verdict).toBe('pass');
    expect(thick.ratio).toBeGreaterThanOrEqual(2); // never under max-error-ratio
    expect(thin.ratio).toBeGreaterThan(thick.ratio);
  });

  test('a latency-only regression (3× slower, same error rate) fails against stable with no absolute latency bound', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const inputs = gateInputs(
      traces(upcoming(CANARY, 1000, 3, { p50Ms: 120 }), upcoming(STABLE, 4000, 12, { p50Ms: 40 })),
      { 'baseline-build-id': STABLE }
    );
    delete (inputs as Record<string, string>)['max-p99-latency'];
    const gate = await job.step('otel-gate', inputs);
    expect(gate.outputs.verdict).toBe('fail');
    expect(gate.outputs.reason).toMatch(/p99-latency-vs-baseline/);
    expect(gate.outputs.reason).not.toMatch(/error-rate/);
  });

  test('a bad build whose errors also come in bursts fails against stable; bursts alone never pass it', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    // Three 150 ms bursts at 50 % errors on top of the canary's own traffic.
    const bursts = () =>
      [0, 1, 2].map((k) =>
        buildTraffic({ buildId: CANARY, requests: 80, errors: 40, startMs: Date.now() + 600 + k * 1100, spreadMs: 150 })
      );
    const stable = () => upcoming(STABLE, 12000, 60); // 0.5 %
    // 8× stable's rate between the bursts as well: fail.
    const bad = await job.step(
      'otel-gate',
      gateInputs(traces(upcoming(CANARY, 3000, 120), ...bursts(), stable()), { 'baseline-build-id': STABLE })
    );
    expect(bad.outputs.verdict).toBe('fail');
    expect(bad.outputs.reason).toMatch(/error-rate-vs-baseline/);
    // As good as stable between the bursts: bursts are overdispersion, not proof — but never a pass.
    const bursty = await job.step(
      'otel-gate',
      gateInputs(traces(upcoming(CANARY, 3000, 15), ...bursts(), stable()), { 'baseline-build-id': STABLE })
    );
    expect(bursty.outputs.verdict).not.toBe('pass');
  });

  test("the baseline comes from rollout-patch's previous build when not given", async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY, GOLDENTHREAD_PREVIOUS_BUILD_ID: STABLE }));
    const gate = await job.step(
      'otel-gate',
      gateInputs(traces(upcoming(CANARY, 1000, 100), upcoming(STABLE, 4000, 2)))
    );
    expect(gate.outputs.verdict).toBe('fail');
    expect(gate.outputs.reason).toMatch(/error-rate-vs-baseline/);
    expect(JSON.parse(readFileSync(gate.outputs['report-file'], 'utf8')).baseline_build_id).toBe(STABLE);
  });

  test('requests from before the window do not decide: a build healthy at 5 % weight that fails now fails', async () => {
    const before = buildTraffic({
      buildId: CANARY,
      requests: 5000,
      errors: 1,
      startMs: Date.now() - 3_600_000,
      spreadMs: 1_800_000
    });
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const gate = await job.step('otel-gate', gateInputs(traces(before, upcoming(CANARY, 3000, 150))));
    expect(gate.outputs.verdict).toBe('fail');
    expect(Number(gate.outputs.requests)).toBeLessThanOrEqual(3000);
    // window-start moves the window back on purpose: the first look then already has an interval.
    const since = new Date(Date.now() - 7_200_000).toISOString();
    const wide = await job.step(
      'otel-gate',
      gateInputs(traces(before, upcoming(CANARY, 3000, 150)), { 'window-start': since })
    );
    const record = JSON.parse(readFileSync(wide.outputs['report-file'], 'utf8'));
    expect(record.window.start).toBe(since);
    expect(record.measurements[0].requests).toBeGreaterThanOrEqual(5000);
  });

  test('probe-only canary: health checks are not requests, so it cannot pass', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const gate = await job.step(
      'otel-gate',
      gateInputs(
        traces(upcoming(CANARY, 3000, 0, { route: '/healthz' }), upcoming(CANARY, 3000, 0, { route: '/readyz' }))
      )
    );
    expect(gate.outputs.verdict).toBe('inconclusive');
    expect(gate.outputs.requests).toBe('0');
    const counted = await job.step(
      'otel-gate',
      gateInputs(traces(upcoming(CANARY, 3000, 0, { route: '/healthz' })), { 'exclude-spans': 'none' })
    );
    expect(Number(counted.outputs.requests)).toBeGreaterThan(0);
  });

  test('HTTP 5xx with span status UNSET is an error', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const gate = await job.step('otel-gate', gateInputs(traces(upcoming(CANARY, 3000, 150, { unsetStatus: true }))));
    expect(gate.outputs.verdict).toBe('fail');
  });

  test('a torn last line and a malformed line are skipped with a warning; a mostly unreadable file is a backend error', async () => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const path = traces(upcoming(CANARY, 3000, 3), '{"resourceSpans": [', upcoming(CANARY, 10, 0));
    appendFileSync(path, upcoming(CANARY, 10, 0).slice(0, 40));
    const gate = await job.step('otel-gate', gateInputs(path));
    expect(gate.outputs.verdict).toBe('pass');
    expect(gate.stdout).toMatch(/::warning::otlp-file: skipped 1 malformed line\(s\) of 3 in .* \(first: line 2\)/);
    const junk = await job.step(
      'otel-gate',
      gateInputs(traces('not json', '{also not', upcoming(CANARY, 10, 0)), { 'consecutive-error-limit': '1' })
    );
    expect(junk.outputs.verdict).toBe('inconclusive');
    expect(junk.stdout).toMatch(/backend error: otlp-file: 2 of 3 lines .* are not OTLP\/JSON/);
  });

  test.each([
    [{ backend: 'tempo' }, /Invalid input 'backend': 'tempo'. Expected one of: prometheus, otlp-file, jaeger/],
    [{ 'max-error-rate': '1%%' }, /Invalid input 'max-error-rate': '1%25%25'/], // % is escaped in workflow commands
    [{ 'max-error-rate': '-5' }, /Invalid input 'max-error-rate': '-5'/],
    [{ 'max-p99-latency': 'abc' }, /Invalid input 'max-p99-latency' 'abc'/],
    [{ 'build-id': 'x"}|vector(1)' }, /Invalid input 'build-id'/],
    [{ 'build-label': 'build_id="x"} or vector(1) #' }, /Invalid input 'build-label'/],
    [{ 'window-start': 'yesterday' }, /Invalid input 'window-start': 'yesterday'. Expected now, or an RFC 3339 time/],
    [
      { 'window-start': '2999-01-01T00:00:00Z' },
      /Invalid input 'window-start': '2999-01-01T00:00:00Z' is in the future/
    ],
    [{ count: '1' }, /Invalid input 'count': '1'. Expected a whole number ≥ 2/],
    [{ 'span-kinds': 'server,bogus' }, /Invalid input 'span-kinds'/],
    [{ 'min-duration': '10s', 'max-duration': '5s' }, /Invalid input 'min-duration'/]
  ])('bad input %j fails with a clear error and writes no verdict', async (bad, message) => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const gate = await job.step('otel-gate', { ...gateInputs('/tmp/none.jsonl'), ...bad });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(message);
    expect(gate.outputs).toEqual({});
  });
});

describe('otel-gate serve (Argo Rollouts web provider)', () => {
  test('each request is one look of an own window per build: spans before it decide nothing; 400 on a bad build id', async () => {
    const past = { startMs: Date.now() - 60_000 };
    const path = traces(
      buildTraffic({ buildId: CANARY, requests: 3000, errors: 3, ...past }),
      buildTraffic({ buildId: 'bad-1-abcdef0', requests: 500, errors: 40, ...past })
    );
    const script = resolve('dist/otel-gate/index.js');
    const child = spawn(process.execPath, [script, 'serve'], {
      env: {
        PATH: process.env.PATH,
        'INPUT_BACKEND-URL': path,
        INPUT_BACKEND: 'otlp-file',
        'INPUT_MIN-DURATION': '1s',
        'INPUT_SERVE-PORT': '0',
        'INPUT_SERVE-ADDRESS': '127.0.0.1'
      },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    open.push({ close: async () => void child.kill('SIGTERM') });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    const base = await until(async () => /serving on (http:\/\/\S+)\/v1\/verdict/.exec(out)?.[1], {
      what: 'serve start'
    });
    const ask = async (query: string) => {
      const res = await fetch(`${base}/v1/verdict?${query}`);
      const body: { verdict?: string; build_id?: string; error?: string; metrics?: Array<{ samples: number }> } =
        await res.json();
      return { status: res.status, body };
    };
    // A window opened now holds none of the spans served a minute ago: nothing to judge, however often asked.
    for (let i = 0; i < 3; i++)
      expect((await ask(`build_id=${CANARY}`)).body).toMatchObject({ verdict: 'pending', metrics: [{ samples: 0 }] });
    // A window pinned before them holds them all; the first look never decides. Between looks the
    // canary goes on serving (1 error in 1000).
    const since = `window_start=${encodeURIComponent(new Date(past.startMs - 1000).toISOString())}`;
    const answers = [];
    for (let i = 0; i < 10 && answers.at(-1)?.verdict !== 'pass'; i++) {
      answers.push((await ask(`build_id=${CANARY}&${since}`)).body);
      appendFileSync(path, buildTraffic({ buildId: CANARY, requests: 1000, errors: 1, seed: i + 2 }) + '\n');
    }
    expect(answers[0]).toMatchObject({ verdict: 'pending', metrics: [{ samples: 3000 }] });
    expect(answers.at(-1)).toMatchObject({ verdict: 'pass', build_id: CANARY });
    expect(answers.slice(0, -1).every((a) => a.verdict === 'pending')).toBe(true);
    for (let i = 0; i < 3; i++) expect((await ask(`build_id=bad-1-abcdef0&${since}`)).body.verdict).not.toBe('pass');
    expect((await ask('build_id=never-1-abcdef0')).body.verdict).toBe('pending');
    const bad = await ask(`build_id=${encodeURIComponent('x"} or vector(1)')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/Invalid query parameter build_id/);
  });
});
