// Conformance with the real OpenTelemetry Collector (built by test/servers/build.sh): the metric and
// label names the gate's `spanmetrics` preset queries are what the real spanmetrics connector and
// Prometheus exporter publish, and the counts they give are the truth we sent with the real OTel
// JS SDK. If the connector or the exporter renames anything, these tests fail.
//
// What the connector does, read in opentelemetry-collector-contrib connector/spanmetricsconnector
// @v0.161.0:
// - factory.go: namespace `traces.span.metrics`, cumulative temporality, histogram unit ms
//   (seconds only behind the feature gate connector.spanmetrics.useSecondAsDefaultMetricsUnit).
// - connector.go buildMetrics: metrics `<namespace>.calls` and `<namespace>.duration` (unit set);
//   buildAttributes: service.name, span.name, span.kind, status.code, collector.instance.id, then
//   each configured dimension; matchDimensions → utilattri.GetDimensionValue looks a dimension up in
//   the span's attributes first, then the resource's: so `build.id`, which services carry as a
//   resource attribute (OTEL_RESOURCE_ATTRIBUTES), becomes a data-point attribute and the label
//   `build_id` — without resource_to_telemetry_conversion in the Prometheus exporter.
// The Prometheus exporter then adds `_total` to counters and the unit (`_milliseconds`) to the
// histogram's name, and turns dots into underscores.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SpanKind } from '@opentelemetry/api';
import { otlpFileBackend } from '../../actions/otel-gate/src/backends/otlp-file.js';
import { prometheusBackend } from '../../actions/otel-gate/src/backends/prometheus.js';
import {
  available,
  built,
  startOtelCollector,
  startPrometheus,
  until
} from '../../packages/tools/lib/real-servers.mjs';
import { startCollector as startStandIn } from '../../packages/tools/lib/collector.mjs';
import { parseExposition, sumWhere, parseSelectorQuery, type Families } from './exposition.js';
import { backendOptions, totals } from './backend-helpers.js';
import { sendWithSdk, serverSpans } from './otel-sdk.js';

const HAVE_COLLECTOR = built('otelcol');
const HAVE_PROMETHEUS = available('prometheus');
if (!HAVE_COLLECTOR)
  console.warn('test/collector: the real OpenTelemetry Collector is not built (test/servers/build.sh); skipped');
const suite = HAVE_COLLECTOR ? describe : describe.skip;

const CANARY = 'release-18-badc0de';
const STABLE = 'release-17-3f78685';
// Canary: 300 SERVER spans, every 20th an error (15), 1..300 ms; plus CLIENT spans that must not count.
const CANARY_SPANS = serverSpans(300, 20, (i) => 1 + i);
const STABLE_SPANS = serverSpans(200, 100, () => 30);
const CANARY_CLIENT = Array.from({ length: 7 }, () => ({
  kind: SpanKind.CLIENT,
  name: 'GET inventory',
  durationMs: 5,
  httpStatus: 503,
  error: true
}));

async function scrape(address: string) {
  const res = await fetch(`http://${address}/metrics`);
  return parseExposition(await res.text());
}

suite('the real spanmetrics connector and Prometheus exporter (otelcol v0.161.0)', () => {
  let collector: Awaited<ReturnType<typeof startOtelCollector>>;
  beforeAll(async () => {
    collector = await startOtelCollector({ spansFile: join(mkdtempSync(join(tmpdir(), 'gt-conf-')), 'spans.jsonl') });
    await sendWithSdk(collector.url, { 'service.name': 'shop', 'build.id': CANARY }, [
      ...CANARY_SPANS,
      ...CANARY_CLIENT
    ]);
    await sendWithSdk(collector.url, { 'service.name': 'shop', 'build.id': STABLE }, STABLE_SPANS);
  });
  afterAll(() => collector?.stop());

  const settled = (): Promise<Families> =>
    until(
      async () => {
        const families = await scrape(collector.metricsAddress);
        const calls = sumWhere(families, 'traces_span_metrics_calls_total', [
          ['build_id', '=', CANARY],
          ['span_kind', '=', 'SPAN_KIND_SERVER']
        ]);
        return calls === 300 ? families : undefined;
      },
      { what: 'spanmetrics for 300 canary spans' }
    );

  test('publishes the metric families, types and labels the gate queries', async () => {
    const families = await settled();
    // This exporter names the counter's family with its _total suffix.
    expect(families.types.get('traces_span_metrics_calls_total')).toBe('counter');
    expect(families.types.get('traces_span_metrics_duration_milliseconds')).toBe('histogram');
    const series = families.samples.filter((s) => s.name === 'traces_span_metrics_calls_total');
    for (const label of [
      'build_id',
      'service_name',
      'span_kind',
      'status_code',
      'http_response_status_code',
      'span_name'
    ]) {
      expect(series.every((s) => label in s.labels)).toBe(true);
    }
    expect(new Set(series.map((s) => s.labels.status_code))).toEqual(
      new Set(['STATUS_CODE_UNSET', 'STATUS_CODE_ERROR'])
    );
    expect(new Set(series.map((s) => s.labels.http_response_status_code))).toEqual(new Set(['200', '500', '503']));
    // build.id came from the resource, not the span: the connector looked it up there.
    expect(new Set(series.map((s) => s.labels.build_id))).toEqual(new Set([CANARY, STABLE]));
    // The default buckets (config.go defaultHistogramBucketsMs), in milliseconds.
    const les = families.samples
      .filter((s) => s.name === 'traces_span_metrics_duration_milliseconds_bucket')
      .map((s) => s.labels.le);
    expect([...new Set(les)]).toEqual([
      '2',
      '4',
      '6',
      '8',
      '10',
      '50',
      '100',
      '200',
      '400',
      '800',
      '1000',
      '1400',
      '2000',
      '5000',
      '10000',
      '15000',
      '+Inf'
    ]);
  });

  test("every selector in the gate's spanmetrics queries matches what the exporter publishes, with the true counts", async () => {
    const families = await settled();
    const backend = prometheusBackend(backendOptions('http://unused'));
    const q = backend.describe(CANARY);
    const requests = parseSelectorQuery(q.requests);
    const buckets = parseSelectorQuery(q.latency);
    expect(sumWhere(families, requests.metric, requests.matchers)).toBe(300);
    // The error rule reads the status_code label, or a SERVER series' HTTP status.
    const errorsBy = (label: string, op: '=' | '=~', value: string) =>
      sumWhere(families, requests.metric, [...requests.matchers, [label, op, value]]);
    expect(errorsBy('status_code', '=', 'STATUS_CODE_ERROR')).toBe(15);
    expect(errorsBy('http_response_status_code', '=~', '5..')).toBe(15);
    // Durations 1..300 ms: 50 of them at most 50 ms, 200 at most 200 ms, in the histogram the p99 reads.
    const bucket = (le: string) => sumWhere(families, buckets.metric, [...buckets.matchers, ['le', '=', le]]);
    expect(buckets.metric).toBe('traces_span_metrics_duration_milliseconds_bucket');
    expect([bucket('50'), bucket('200'), bucket('+Inf')]).toEqual([50, 200, 300]);
  });

  test('counters are cumulative: a second batch adds to the first (no delta resets between scrapes)', async () => {
    await settled();
    await sendWithSdk(
      collector.url,
      { 'service.name': 'shop', 'build.id': CANARY },
      serverSpans(40, 10, () => 12)
    );
    const total = await until(
      async () => {
        const calls = sumWhere(await scrape(collector.metricsAddress), 'traces_span_metrics_calls_total', [
          ['build_id', '=', CANARY],
          ['span_kind', '=', 'SPAN_KIND_SERVER']
        ]);
        return calls === 340 ? calls : undefined;
      },
      { what: 'the cumulative count after a second batch' }
    );
    expect(total).toBe(340);
  });

  (HAVE_PROMETHEUS ? test : test.skip)(
    'the gate, asking a real Prometheus that scrapes the real exporter, sees the truth',
    async () => {
      const prometheus = await startPrometheus([collector.metricsAddress]);
      try {
        const backend = prometheusBackend(backendOptions(prometheus.url));
        const stable = await until(
          async () => {
            const s = await totals(backend, STABLE);
            return s.requests === 200 ? s : undefined;
          },
          { what: 'the stable build in Prometheus' }
        );
        expect(stable).toEqual({ requests: 200, errors: 2, latencySamples: 200 });
      } finally {
        await prometheus.stop();
      }
    }
  );
});

suite('the stand-in collector agrees with the real one on the same input', () => {
  test('same spans → same counts per build and status, same histogram counts, same file-exporter spans', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-agree-'));
    const real = await startOtelCollector({ spansFile: join(dir, 'real.jsonl') });
    const standIn = await startStandIn({ spansFile: join(dir, 'stand-in.jsonl') });
    try {
      for (const url of [real.url, standIn.url]) {
        await sendWithSdk(url, { 'service.name': 'shop', 'build.id': CANARY }, [...CANARY_SPANS, ...CANARY_CLIENT]);
        await sendWithSdk(url, { 'service.name': 'shop', 'build.id': STABLE }, STABLE_SPANS);
      }
      const count = (families: ReturnType<typeof parseExposition>, build: string, status?: string) =>
        sumWhere(families, 'traces_span_metrics_calls_total', [
          ['build_id', '=', build],
          ['span_kind', '=', 'SPAN_KIND_SERVER'],
          ['service_name', '=', 'shop'],
          ...(status ? [['status_code', '=', status] as [string, '=', string]] : [])
        ]);
      const [realFamilies, standInFamilies] = await Promise.all(
        [real.metricsAddress, standIn.metricsAddress].map((address) =>
          until(
            async () => {
              const f = await scrape(address);
              return count(f, CANARY) === 300 && count(f, STABLE) === 200 ? f : undefined;
            },
            { what: `spanmetrics on ${address}` }
          )
        )
      );
      for (const build of [CANARY, STABLE]) {
        for (const status of ['STATUS_CODE_UNSET', 'STATUS_CODE_ERROR']) {
          expect(count(standInFamilies, build, status)).toBe(count(realFamilies, build, status));
        }
        for (const le of ['10', '50', '100', '400', '+Inf']) {
          const m: Array<[string, '=', string]> = [
            ['build_id', '=', build],
            ['span_kind', '=', 'SPAN_KIND_SERVER'],
            ['le', '=', le]
          ];
          expect(sumWhere(standInFamilies, 'traces_span_metrics_duration_milliseconds_bucket', m)).toBe(
            sumWhere(realFamilies, 'traces_span_metrics_duration_milliseconds_bucket', m)
          );
        }
        // The gate's otlp-file backend reads both files alike.
        const fromFile = (path: string) => totals(otlpFileBackend(backendOptions(path)), build);
        expect(await fromFile(standIn.spansFile)).toEqual(await fromFile(real.spansFile));
      }
    } finally {
      await Promise.all([real.stop(), standIn.close()]);
    }
  });
});
