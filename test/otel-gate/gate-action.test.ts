import { afterEach, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { startGithubApi } from '../../packages/tools/lib/github-api.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { until } from '../../packages/tools/lib/real-servers.mjs';

// The compiled dist/otel-gate run as a runner runs it, judging an otlp-file backend.

const CANARY = 'release-17-3f78685';
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
  interval: '10ms',
  count: '3',
  ...extra
});

describe('otel-gate action (otlp-file)', () => {
  test('healthy build: exit 0, outputs, verdict record, summary table, commit status, gate span', async () => {
    const otlp = await startOtlpReceiver();
    const api = await startGithubApi();
    open.push(otlp, api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url }));
    await job.step('trace-root', { 'otlp-endpoint': otlp.url });
    const path = traces(buildTraffic({ buildId: CANARY, requests: 3000, errors: 6 }));
    const gate = await job.step('otel-gate', gateInputs(path, { 'github-token': 'ghs_gateToken42' }));
    expect(gate.code).toBe(0);
    expect(gate.outputs.verdict).toBe('pass');
    expect(Number(gate.outputs['error-rate'])).toBeCloseTo(0.002, 6);
    expect(gate.outputs.requests).toBe('3000');
    expect(Number(gate.outputs['p99-latency'])).toBeLessThan(500);

    const record = JSON.parse(readFileSync(gate.outputs['report-file'], 'utf8'));
    expect(record).toMatchObject({ verdict: 'pass', gate_passed: true, build_id: CANARY, backend: 'otlp-file', trace_id: job.env.GOLDENTHREAD_TRACE_ID });
    expect(Object.keys(record.metrics[0]).sort()).toEqual(['detail', 'name', 'query', 'result', 'samples', 'threshold', 'value']);
    expect(record.measurements).toHaveLength(1);
    expect(Date.parse(record.finished_at)).toBeGreaterThanOrEqual(Date.parse(record.started_at));
    expect(gate.summary).toMatch(/\| error-rate \| 0\.20% \| ≤ 1\.00% .*\| 3000 \| ✅ pass \|/);
    expect(gate.summary).toMatch(/\| p99-latency \| \d+ ms \| ≤ 500 ms \| 3000 \| ✅ pass \|/);

    const status = api.requests.find((r: { method: string }) => r.method === 'POST')!;
    expect(status.url).toBe(`/repos/acme/shop/statuses/${SHA}`);
    expect(status.headers.authorization).toBe('token ghs_gateToken42');
    expect(status.body).toMatchObject({ state: 'success', context: 'goldenthread/otel-gate', target_url: 'https://github.example/acme/shop/actions/runs/4242/attempts/1' });
    expect(status.body.description.length).toBeLessThanOrEqual(140);
    expect(status.body.description).toMatch(/^pass: error-rate 0\.20% \(pass\)/);
    expect(gate.log).not.toContain('ghs_gateToken42');

    const [span] = await otlp.waitForSpans(1);
    expect(span).toMatchObject({ name: 'otel-gate', kind: 'INTERNAL', traceId: job.env.GOLDENTHREAD_TRACE_ID, parentSpanId: job.env.TRACEPARENT.split('-')[2] });
    expect(span.attributes).toMatchObject({ 'goldenthread.gate.verdict': 'pass', 'goldenthread.gate.requests': 3000, 'build.id': CANARY, 'cicd.pipeline.task.type': 'test' });
  });

  test('bad build: exit 1 naming the failed metric, failure status, no pass anywhere', async () => {
    const api = await startGithubApi();
    open.push(api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url, GOLDENTHREAD_BUILD_ID: CANARY }));
    const path = traces(buildTraffic({ buildId: CANARY, requests: 500, errors: 25 }));
    const gate = await job.step('otel-gate', gateInputs(path, { 'github-token': 'ghs_x' }));
    expect(gate.code).toBe(1);
    expect(gate.outputs.verdict).toBe('fail');
    expect(gate.stdout).toMatch(/::error::otel-gate failed: build release-17-3f78685 did not pass: error-rate failed/);
    expect(gate.stdout).not.toMatch(/This looks like a bug/);
    expect(api.requests[0].body.state).toBe('failure');
  });

  test('thin traffic is inconclusive: fails closed by default, passes only when told', async () => {
    const path = traces(buildTraffic({ buildId: CANARY, requests: 40, errors: 0 }));
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const closed = await job.step('otel-gate', gateInputs(path));
    expect(closed.code).toBe(1);
    expect(closed.outputs.verdict).toBe('inconclusive');
    expect(closed.stdout).toMatch(/inconclusive and on-inconclusive is fail/);
    const open = await job.step('otel-gate', gateInputs(path, { 'on-inconclusive': 'pass' }));
    expect(open.code).toBe(0);
    expect(open.outputs.verdict).toBe('inconclusive');
    expect(open.stdout).toMatch(/::warning::Inconclusive/);
  });

  test.each([
    [{ backend: 'tempo' }, /Invalid input 'backend': 'tempo'. Expected one of: prometheus, otlp-file, jaeger/],
    [{ 'max-error-rate': '1%%' }, /Invalid input 'max-error-rate': '1%25%25'/], // % is escaped in workflow commands
    [{ 'max-error-rate': '-5' }, /Invalid input 'max-error-rate': '-5'/],
    [{ 'max-p99-latency': 'abc' }, /Invalid input 'max-p99-latency' 'abc'/],
    [{ 'build-id': 'x"}|vector(1)' }, /Invalid input 'build-id'/]
  ])('bad input %j fails with a clear error and writes no verdict', async (bad, message) => {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: CANARY }));
    const gate = await job.step('otel-gate', { ...gateInputs('/tmp/none.jsonl'), ...bad });
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(message);
    expect(gate.outputs).toEqual({});
  });
});

describe('otel-gate serve (Argo Rollouts web provider)', () => {
  test('answers the verdict of one look per request, 400 on a bad build id', async () => {
    const path = traces(buildTraffic({ buildId: CANARY, requests: 3000, errors: 3 }), buildTraffic({ buildId: 'bad-1-abcdef0', requests: 500, errors: 40 }));
    const script = resolve('dist/otel-gate/index.js');
    const child = spawn(process.execPath, [script, 'serve'], {
      env: { PATH: process.env.PATH, 'INPUT_BACKEND-URL': path, INPUT_BACKEND: 'otlp-file', 'INPUT_SERVE-PORT': '0', 'INPUT_SERVE-ADDRESS': '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    open.push({ close: async () => void child.kill('SIGTERM') });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    const base = await until(async () => /serving on (http:\/\/\S+)\/v1\/verdict/.exec(out)?.[1], { what: 'serve start' });
    const ask = async (query: string) => {
      const res = await fetch(`${base}/v1/verdict?${query}`);
      return { status: res.status, body: (await res.json()) as any };
    };
    expect((await ask(`build_id=${CANARY}`)).body).toMatchObject({ verdict: 'pass', build_id: CANARY });
    expect((await ask('build_id=bad-1-abcdef0')).body.verdict).toBe('fail');
    expect((await ask('build_id=never-1-abcdef0')).body.verdict).toBe('inconclusive');
    const bad = await ask(`build_id=${encodeURIComponent('x"} or vector(1)')}`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/Invalid query parameter build_id/);
  });
});
