// Synthetic telemetry with known truth, for tests, the demo and the benchmarks:
// OTLP/JSON file-exporter lines of SERVER spans, and a Prometheus exporter serving the
// OpenTelemetry Collector spanmetrics connector's metric shapes.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';

/** A small seeded PRNG (mulberry32): the same seed gives the same stream. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n) => randomBytes(n).toString('hex');

/**
 * One ExportTraceServiceRequest line with `count` spans of one build (SERVER by default).
 * `isError(i)` and `latencyMs(i)` decide each span; errors carry HTTP 500 and status ERROR (or
 * status UNSET with `unsetStatus`, as many HTTP servers leave it). Span i starts at
 * `startMs + i * spreadMs / count`, so a file can hold traffic "from the next seconds".
 */
/**
 * @param {{ buildId: string, service?: string, count: number, isError: (i: number) => boolean, latencyMs: (i: number) => number, startMs?: number, spreadMs?: number, route?: string, kind?: number, unsetStatus?: boolean }} options
 */
export function otlpLine({
  buildId,
  service = 'shop',
  count,
  isError,
  latencyMs,
  startMs = Date.now(),
  spreadMs = count,
  route = '/checkout',
  kind = 2,
  unsetStatus = false
}) {
  const spans = [];
  for (let i = 0; i < count; i++) {
    const error = isError(i);
    const start = BigInt(Math.round((startMs + (i * spreadMs) / Math.max(count, 1)) * 1000)) * 1000n;
    const end = start + BigInt(Math.round(latencyMs(i) * 1e6));
    spans.push({
      traceId: hex(16),
      spanId: hex(8),
      name: `GET ${route}`,
      kind,
      startTimeUnixNano: String(start),
      endTimeUnixNano: String(end),
      attributes: [
        { key: 'http.route', value: { stringValue: route } },
        { key: 'http.response.status_code', value: { intValue: error ? 500 : 200 } }
      ],
      status: error && !unsetStatus ? { code: 2, message: 'boom' } : { code: 0 }
    });
  }
  return JSON.stringify({
    resourceSpans: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: service } },
            { key: 'build.id', value: { stringValue: buildId } }
          ]
        },
        scopeSpans: [{ scope: { name: 'fixture' }, spans }]
      }
    ]
  });
}

/**
 * `errors` of `requests` fail (spread evenly), latencies drawn around `p50Ms`; with `slowMs`,
 * 5 % of requests take that long. `startMs` / `spreadMs` / `route` / `unsetStatus` as otlpLine.
 * @param {{ buildId: string, requests: number, errors: number, p50Ms?: number, slowMs?: number, seed?: number, service?: string, startMs?: number, spreadMs?: number, route?: string, unsetStatus?: boolean, kind?: number }} options
 */
export function buildTraffic({ buildId, requests, errors, p50Ms = 40, slowMs, seed = 1, service, ...placement }) {
  const random = rng(seed);
  const every = errors > 0 ? requests / errors : Infinity;
  return otlpLine({
    ...placement,
    buildId,
    service,
    count: requests,
    isError: (i) => errors > 0 && Math.floor((i + 1) / every) > Math.floor(i / every),
    latencyMs: () => (slowMs && random() < 0.05 ? slowMs : p50Ms * (0.5 + random()))
  });
}

// The spanmetrics connector's default buckets in ms (opentelemetry-collector-contrib
// connector/spanmetricsconnector@v0.161.0 config.go defaultHistogramBucketsMs).
const BUCKETS = [2, 4, 6, 8, 10, 50, 100, 200, 400, 800, 1000, 1400, 2000, 5000, 10_000, 15_000];

function esc(value) {
  return String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/**
 * A /metrics endpoint in the spanmetrics connector's shapes, with the dimensions the gate needs
 * (build_id, http_response_status_code, http_route). `builds` maps a build id to
 * {ok, errors, latencies: number[] (ms), unset5xx?, probes?, value?} — or to a function of the
 * seconds since the exporter started returning that, so counters grow between scrapes.
 * `unset5xx`: HTTP 503 answers whose span status stayed UNSET; `probes`: GET /healthz calls;
 * `value`: a raw sample text that replaces every calls count (NaN, +Inf, -1000 …).
 * `set()` replaces the map.
 */
export async function startSpanmetricsExporter(builds = {}, { service = 'shop' } = {}) {
  let state = builds;
  const t0 = Date.now();
  const server = createServer((req, res) => {
    if (req.url !== '/metrics') return res.writeHead(404).end();
    const lines = [
      '# TYPE traces_span_metrics_calls_total counter',
      '# TYPE traces_span_metrics_duration_milliseconds histogram'
    ];
    const seconds = (Date.now() - t0) / 1000;
    for (const [buildId, spec] of Object.entries(state)) {
      const b = typeof spec === 'function' ? spec(seconds) : spec;
      const series = (route, status, http) =>
        `service_name="${esc(service)}",span_name="GET ${route}",span_kind="SPAN_KIND_SERVER",status_code="${status}",http_route="${route}",http_response_status_code="${http}",build_id="${esc(buildId)}"`;
      const calls = (labels, n) => lines.push(`traces_span_metrics_calls_total{${labels}} ${b.value ?? Math.round(n)}`);
      calls(series('/checkout', 'STATUS_CODE_UNSET', 200), b.ok);
      calls(series('/checkout', 'STATUS_CODE_ERROR', 500), b.errors);
      if (b.unset5xx !== undefined) calls(series('/checkout', 'STATUS_CODE_UNSET', 503), b.unset5xx);
      if (b.probes !== undefined) calls(series('/healthz', 'STATUS_CODE_UNSET', 200), b.probes);
      const base = series('/checkout', 'STATUS_CODE_UNSET', 200);
      const latencies = b.latencies ?? [];
      for (const le of BUCKETS)
        lines.push(
          `traces_span_metrics_duration_milliseconds_bucket{${base},le="${le}"} ${latencies.filter((x) => x <= le).length}`
        );
      lines.push(`traces_span_metrics_duration_milliseconds_bucket{${base},le="+Inf"} ${latencies.length}`);
      lines.push(`traces_span_metrics_duration_milliseconds_count{${base}} ${latencies.length}`);
      lines.push(`traces_span_metrics_duration_milliseconds_sum{${base}} ${latencies.reduce((s, x) => s + x, 0)}`);
    }
    res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(lines.join('\n') + '\n');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    address: `127.0.0.1:${server.address().port}`,
    set(next) {
      state = next;
    },
    close: () => new Promise((r) => server.close(r))
  };
}
