import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';
import { startSpanmetricsExporter } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { available, startPrometheus } from '../../packages/tools/lib/real-servers.mjs';

// A real Prometheus (Debian package) scraping an exporter that serves the spanmetrics
// connector's metrics with known counts per build_id; the compiled gate queries it.

const HAVE_PROMETHEUS = available('prometheus');
const suite = HAVE_PROMETHEUS ? describe : describe.skip;

// Counters grow with time (requests per second), as a live service's do: the gate sees
// increases between its looks. Latencies: one value per request served so far.
const grow =
  (rate: number, errorShare: number, ms = 40, extra: (t: number) => object = () => ({})) =>
  (t: number) => {
    const n = Math.round(rate * t);
    const errors = Math.round(n * errorShare);
    return {
      ok: n - errors,
      errors,
      latencies: Array.from({ length: Math.min(n, 20000) }, (_, i) => ms * (0.5 + (i % 10) / 10)),
      ...extra(t)
    };
  };
const BUILDS: Record<string, unknown> = {
  'shop-11-aaaaaaa': grow(400, 0.001),
  'shop-12-bbbbbbb': grow(400, 0.06),
  'shop-13-ccccccc': grow(2, 0),
  'shop-14-ddddddd': grow(400, 0, 900),
  // Served 100 000 healthy requests at an earlier rollout step, erring at 5 % since.
  'shop-15-eeeeeee': (t: number) => ({ ok: 100000 + Math.round(380 * t), errors: Math.round(20 * t), latencies: [] }),
  // 5xx answers whose span status stayed UNSET.
  'shop-16-fffffff': grow(400, 0, 40, (t) => ({ unset5xx: Math.round(30 * t) })),
  // No user traffic: only health probes.
  'shop-17-aaaaaaa': (t: number) => ({ ok: 0, errors: 0, latencies: [], probes: Math.round(200 * t) }),
  // A shared outage: canary and stable both at 20 %.
  'shop-18-bbbbbbb': grow(200, 0.2),
  'shop-19-ccccccc': grow(800, 0.2),
  // 10× the stable's error rate, but under T = 1 %.
  'shop-20-ddddddd': grow(400, 0.005),
  'shop-21-eeeeeee': grow(1600, 0.0005),
  // A counter that is not a number.
  'shop-22-fffffff': { ok: 1, errors: 0, latencies: [], value: 'NaN' },
  // Canary and stable both exactly at T = 1 %.
  'shop-23-aaaaaaa': grow(400, 0.01),
  'shop-24-bbbbbbb': grow(1600, 0.01),
  // A healthy canary (0.2 %) with a canary-only burst every 20 s: 300 errors within 0.2 s (one
  // scrape step, so one of the gate's intervals).
  'shop-25-ccccccc': (t: number) => {
    const healthy = grow(400, 0.002)(t);
    const burst = 300 * (Math.floor(t / 20) + Math.min(Math.max(((t % 20) - 4) / 0.2, 0), 1));
    return { ...healthy, errors: healthy.errors + Math.round(burst) };
  },
  'shop-26-ddddddd': grow(1600, 0.002)
};

let exporter: Awaited<ReturnType<typeof startSpanmetricsExporter>>;
let prometheus: Awaited<ReturnType<typeof startPrometheus>>;

beforeAll(async () => {
  if (!HAVE_PROMETHEUS) return;
  exporter = await startSpanmetricsExporter(BUILDS);
  prometheus = await startPrometheus([exporter.address]);
  // Wait for the first scrape of every build (polling the query API, not sleeping).
  await prometheus.waitFor(
    'count(count by (build_id) (traces_span_metrics_calls_total))',
    (v: number) => v >= Object.keys(BUILDS).length
  );
});
afterAll(async () => {
  await prometheus?.stop();
  await exporter?.close();
});

function gate(buildId: string, extra: Record<string, string> = {}) {
  const job = new LocalJob(githubEnv());
  return job.step('otel-gate', {
    backend: 'prometheus',
    'backend-url': prometheus.url,
    'build-id': buildId,
    'max-error-rate': '1%',
    interval: '500ms',
    'min-duration': '3s',
    'max-duration': '12s',
    ...extra
  });
}

suite('otel-gate against a real Prometheus', () => {
  test('passes a healthy build on the increase since it started, after min-duration', async () => {
    const r = await gate('shop-11-aaaaaaa');
    expect(r.outputs.verdict).toBe('pass');
    expect(r.code).toBe(0);
    const record = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(Date.parse(record.window.end) - Date.parse(record.window.start)).toBeGreaterThanOrEqual(3000);
    // The exporter has served far more than the window holds: lifetime counts are not used.
    expect(Number(r.outputs.requests)).toBeLessThan(400 * 15);
  });

  test('fails a bad build (6% errors)', async () => {
    const r = await gate('shop-12-bbbbbbb');
    expect(r.outputs.verdict).toBe('fail');
    expect(r.code).toBe(1);
  });

  test('is inconclusive on too little traffic, and says so', async () => {
    const r = await gate('shop-13-ccccccc', { 'max-duration': '4s' });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.reason).toMatch(/traffic too thin/);
    expect(r.code).toBe(1);
  });

  test('fails a slow build on p99 from the histogram', async () => {
    const r = await gate('shop-14-ddddddd', { 'max-p99-latency': '500ms' });
    expect(r.outputs.verdict).toBe('fail');
    expect(Number(r.outputs['p99-latency'])).toBeGreaterThan(500);
  });

  test('a lifetime of healthy requests before the gate does not carry a build that errs now', async () => {
    const r = await gate('shop-15-eeeeeee');
    expect(r.outputs.verdict).toBe('fail');
  });

  test('HTTP 5xx with span status UNSET is an error, from the http_response_status_code dimension', async () => {
    const r = await gate('shop-16-fffffff');
    expect(r.outputs.verdict).toBe('fail');
  });

  test('probe-only canary is inconclusive, never a pass', async () => {
    const r = await gate('shop-17-aaaaaaa', { 'max-duration': '4s' });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.requests).toBe('0');
  });

  test('a shared outage is hold, not fail', async () => {
    const r = await gate('shop-18-bbbbbbb', { 'baseline-build-id': 'shop-19-ccccccc' });
    expect(r.outputs.verdict).toBe('hold');
    expect(r.outputs.reason).toMatch(/^shared-degradation/);
    expect(r.code).toBe(1);
  });

  test('10× the stable error rate under the threshold fails against the baseline', async () => {
    const r = await gate('shop-20-ddddddd', { 'baseline-build-id': 'shop-21-eeeeeee', 'max-duration': '20s' });
    expect(r.outputs.verdict).toBe('fail');
    expect(r.outputs.reason).toMatch(/error-rate-vs-baseline/);
  });

  test('a canary exactly as good as a stable at the threshold is never failed nor left undecided', async () => {
    const r = await gate('shop-23-aaaaaaa', { 'baseline-build-id': 'shop-24-bbbbbbb' });
    expect(['pass', 'hold']).toContain(r.outputs.verdict);
    const record = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    expect(record.decision_estimate.detectable_ratio).toBeGreaterThanOrEqual(2);
  });

  test('a canary-only burst (300 errors in 0.2 s) does not fail a healthy canary', async () => {
    // min-duration 21 s: the window holds a burst whenever it starts.
    const r = await gate('shop-25-ccccccc', {
      'baseline-build-id': 'shop-26-ddddddd',
      'min-duration': '21s',
      'max-duration': '24s'
    });
    expect(r.outputs.verdict).not.toBe('fail');
    const record = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
    // The burst is in the window: some interval carries it.
    expect(
      Math.max(...record.measurements.map((m: { interval?: { errors: number } }) => m.interval?.errors ?? 0))
    ).toBeGreaterThanOrEqual(150);
  });

  test('a NaN counter is a backend error toward consecutive-error-limit, never zero', async () => {
    const r = await gate('shop-22-fffffff', { 'consecutive-error-limit': '2' });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.stdout).toMatch(/backend error: Prometheus traces_span_metrics_calls_total: "NaN" is not a count/);
  });

  test('custom queries with escaped values', async () => {
    const queries = JSON.stringify([
      { name: 'error-series', query: 'count(traces_span_metrics_calls_total{build_id="{{build_id}}"})', max: 5 }
    ]);
    const r = await gate('shop-11-aaaaaaa', { queries });
    expect(r.outputs.verdict).toBe('pass');
    expect(r.summary).toMatch(/\| error-series \| 2 \| <= 5 \|/);
  });

  test('PromQL metacharacters in a label value cannot change the query', async () => {
    // Unescaped, this service value would close the matcher and add `or vector(3000)`.
    const r = await gate('shop-11-aaaaaaa', { service: 'shop"} or vector(3000) or x{a="', 'max-duration': '4s' });
    expect(r.outputs.requests).toBe('0');
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.code).toBe(1);
  });
});

describe('otel-gate with a failing backend', () => {
  let server: Server;
  let url: string;
  let mode: 'error' | 'blackhole' | 'answer' = 'error';
  const held: Array<() => void> = [];
  let answer = '';
  let asked = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      asked++;
      if (mode === 'error') return res.writeHead(503).end('overloaded');
      if (mode === 'answer') return res.writeHead(200, { 'content-type': 'application/json' }).end(answer);
      held.push(() => res.destroy());
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    held.forEach((f) => f());
    await new Promise((r) => server.close(r));
  });

  test('5xx answers beyond consecutive-error-limit: inconclusive, fails closed', async () => {
    mode = 'error';
    const r = await new LocalJob(githubEnv()).step('otel-gate', {
      backend: 'prometheus',
      'backend-url': url,
      'build-id': 'shop-11-aaaaaaa',
      'backend-headers': 'authorization=Bearer%20promSecret77',
      interval: '10ms',
      count: '10',
      'consecutive-error-limit': '2'
    });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/look 3: backend error: GET http:\/\/127\.0\.0\.1:\d+\/api\/v1\/query: HTTP 503/);
    expect(r.outputs.reason).toMatch(/backend errors beyond consecutive-error-limit/);
    expect(r.log).not.toContain('promSecret77');
  });

  test.each(['"lots"', 'null', '""', '"-1000"', '"+Inf"'])(
    'a count of %s is a backend error, never 0',
    async (value) => {
      mode = 'answer';
      answer = `{"status":"success","data":{"resultType":"vector","result":[{"metric":{"span_kind":"SPAN_KIND_SERVER","span_name":"GET /x","status_code":"STATUS_CODE_UNSET"},"value":[1,${value}]}]}}`;
      const r = await new LocalJob(githubEnv()).step('otel-gate', {
        backend: 'prometheus',
        'backend-url': url,
        'build-id': 'shop-11-aaaaaaa',
        interval: '10ms',
        count: '10',
        'min-duration': '0s',
        'consecutive-error-limit': '2'
      });
      expect(r.outputs.verdict).toBe('inconclusive');
      expect(r.stdout).toMatch(/backend error: Prometheus traces_span_metrics_calls_total: .* is not a count/);
      expect(r.code).toBe(1);
    }
  );

  test('a crafted build-label is refused before any query', async () => {
    asked = 0;
    const r = await new LocalJob(githubEnv()).step('otel-gate', {
      backend: 'prometheus',
      'backend-url': url,
      'build-id': 'shop-11-aaaaaaa',
      'build-label': 'build_id="x"} or vector(1) or x{a'
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Invalid input 'build-label'.*Expected a Prometheus label name/);
    expect(asked).toBe(0);
  });

  test('a backend that never answers is bounded by backend-timeout', async () => {
    mode = 'blackhole';
    const r = await new LocalJob(githubEnv()).step('otel-gate', {
      backend: 'prometheus',
      'backend-url': url,
      'build-id': 'shop-11-aaaaaaa',
      'backend-timeout': '300ms',
      interval: '10ms',
      count: '2',
      'consecutive-error-limit': '5'
    });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.stdout).toMatch(/no answer within 300 ms/);
    expect(r.ms).toBeLessThan(5000);
  });
});
