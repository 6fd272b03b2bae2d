import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';
import { startSpanmetricsExporter } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { available, startPrometheus } from '../../packages/tools/lib/real-servers.mjs';

// A real Prometheus (Debian package) scraping an exporter that serves the spanmetrics
// connector's metrics with known counts per build_id; the compiled gate queries it.

const HAVE_PROMETHEUS = available('prometheus');
const suite = HAVE_PROMETHEUS ? describe : describe.skip;

const latencies = (n: number, ms: number) => Array.from({ length: n }, (_, i) => ms * (0.5 + (i % 10) / 10));
const BUILDS = {
  'shop-11-aaaaaaa': { ok: 2994, errors: 6, latencies: latencies(3000, 40) },
  'shop-12-bbbbbbb': { ok: 470, errors: 30, latencies: latencies(500, 40) },
  'shop-13-ccccccc': { ok: 30, errors: 0, latencies: latencies(30, 40) },
  'shop-14-ddddddd': { ok: 3000, errors: 0, latencies: latencies(3000, 900) }
};

let exporter: Awaited<ReturnType<typeof startSpanmetricsExporter>>;
let prometheus: Awaited<ReturnType<typeof startPrometheus>>;

beforeAll(async () => {
  if (!HAVE_PROMETHEUS) return;
  exporter = await startSpanmetricsExporter(BUILDS);
  prometheus = await startPrometheus([exporter.address]);
  // Wait for the first scrape of every build (polling the query API, not sleeping).
  await prometheus.waitFor('count(count by (build_id) (traces_span_metrics_calls_total))', (v: number) => v >= 4);
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
    'max-p99-latency': '500ms',
    interval: '10ms',
    count: '2',
    ...extra
  });
}

suite('otel-gate against a real Prometheus', () => {
  test('passes a healthy build', async () => {
    const r = await gate('shop-11-aaaaaaa');
    expect(r.outputs.verdict).toBe('pass');
    expect(r.outputs.requests).toBe('3000');
    expect(r.code).toBe(0);
  });

  test('fails a bad build (6% errors)', async () => {
    const r = await gate('shop-12-bbbbbbb');
    expect(r.outputs.verdict).toBe('fail');
    expect(r.code).toBe(1);
  });

  test('is inconclusive on too little traffic', async () => {
    const r = await gate('shop-13-ccccccc');
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.code).toBe(1);
  });

  test('fails a slow build on p99 from the histogram', async () => {
    const r = await gate('shop-14-ddddddd');
    expect(r.outputs.verdict).toBe('fail');
    expect(Number(r.outputs['p99-latency'])).toBeGreaterThan(500);
  });

  test('compares against a baseline build and runs custom queries with escaped values', async () => {
    const queries = JSON.stringify([{ name: 'error-series', query: 'count(traces_span_metrics_calls_total{build_id="{{build_id}}"})', max: 5 }]);
    const r = await gate('shop-11-aaaaaaa', { 'baseline-build-id': 'shop-12-bbbbbbb', queries });
    expect(r.outputs.verdict).toBe('pass');
    expect(r.summary).toMatch(/\| error-series \| 2 \| <= 5 \|/);
  });

  test('PromQL metacharacters in a label value cannot change the query', async () => {
    // Unescaped, this service value would close the matcher and add `or vector(3000)`.
    const r = await gate('shop-11-aaaaaaa', { service: 'shop"} or vector(3000) or x{a="' });
    expect(r.outputs.requests).toBe('0');
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.code).toBe(1);
  });
});

describe('otel-gate with a failing backend', () => {
  let server: Server;
  let url: string;
  let mode: 'error' | 'blackhole' = 'error';
  const held: Array<() => void> = [];
  beforeAll(async () => {
    server = createServer((_req, res) => {
      if (mode === 'error') return res.writeHead(503).end('overloaded');
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
    expect(r.log).not.toContain('promSecret77');
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
