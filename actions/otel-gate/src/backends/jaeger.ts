import { ConfigurationError, getJson, HttpError } from '@goldenthread/core';
import type { Backend, BackendOptions, BuildSample } from './types.js';

/**
 * The build's server spans, counted from Jaeger's query API: the HTTP API its UI searches with,
 * `GET <base>/api/traces?service=…&tags={"build.id":"…"}&start=…&end=…&limit=…`.
 * Read in jaegertracing/jaeger v1.76.0:
 * - cmd/query/app/query_parser.go parseTraceQueryParams: `start`/`end` in unix microseconds,
 *   `limit` = number of traces (default 100), `tags` a JSON map; `service` is required.
 * - cmd/query/app/http_handler.go search: the answer is `{data: [trace], errors}` where each trace
 *   has `spans` (`startTime`/`duration` in µs, `tags`, `processID`) and `processes` (the
 *   resource: `serviceName`, `tags`).
 * - internal/storage/v2/memory/tenant.go findTraceAndIds/validSpan: a trace matches when one span
 *   starts within [start, end] and has the tag on itself, its scope or its resource; the newest
 *   stored traces come first, and `limit` may not exceed the store's max_traces.
 * - api_v3's HTTP gateway (cmd/query/app/apiv3/http_gateway.go) takes no attribute filter, so the
 *   v1 search API is the one that can select a build.
 * OTLP → Jaeger (contrib pkg/translator/jaeger traces_to_jaegerproto.go): the span kind becomes the
 * tag `span.kind`, status ERROR the tags `otel.status_code=ERROR` and `error=true`, resource
 * attributes the process tags.
 *
 * Windows: each look asks only for spans that started since the previous look (less
 * LATE_SPAN_MS, for spans still in an exporter's batch when it looked) and counts each span once,
 * so a look costs the traffic of one interval, not of the build's life. The counts stay cumulative
 * over the build, like the other backends'. A full page means the window held more traces than one
 * answer: the window is split where the page's traces begin, until every part fits in one answer.
 */

interface JaegerTag {
  key: string;
  type?: string;
  value: unknown;
}
interface JaegerSpan {
  traceID: string;
  spanID: string;
  operationName: string;
  startTime: number;
  duration: number;
  tags?: JaegerTag[];
  processID: string;
}
interface JaegerTrace {
  traceID: string;
  spans?: JaegerSpan[];
  processes?: Record<string, { serviceName: string; tags?: JaegerTag[] }>;
}
interface SearchAnswer {
  data?: JaegerTrace[] | null;
  errors?: Array<{ code?: number; msg?: string }> | null;
}

/** Traces per answer: well under the in-memory store's default max_traces (100 000). */
export const PAGE_LIMIT = 1000;
/** How late a span may reach Jaeger after it started and still be counted. */
export const LATE_SPAN_MS = 30_000;
/** The first look reaches this far back: a canary's whole life so far. */
export const FIRST_LOOKBACK_MS = 60 * 60_000;
/** Searches one look may make before it gives up (a backend error, never a partial count). */
export const MAX_SEARCHES_PER_LOOK = 200;
/** Health and readiness probes: not user traffic. */
export const PROBE_ROUTES = ['/healthz', '/readyz', '/livez', '/health', '/ping'];

const tag = (tags: JaegerTag[] | undefined, key: string): unknown => tags?.find((t) => t.key === key)?.value;

/** What one Jaeger span is to the gate: not selected, or a request that failed or not. */
export function classify(
  span: JaegerSpan,
  process: { serviceName: string; tags?: JaegerTag[] } | undefined,
  want: { buildAttribute: string; buildId: string; service?: string }
): 'skip' | 'ok' | 'error' {
  if (tag(span.tags, 'span.kind') !== 'server') return 'skip';
  if (want.service !== undefined && process?.serviceName !== want.service) return 'skip';
  const build = tag(span.tags, want.buildAttribute) ?? tag(process?.tags, want.buildAttribute);
  if (build === undefined || String(build) !== want.buildId) return 'skip';
  const route = [tag(span.tags, 'http.route'), tag(span.tags, 'url.path'), span.operationName.replace(/^[A-Z]+ /, '')];
  if (route.some((r) => typeof r === 'string' && PROBE_ROUTES.includes(r))) return 'skip';
  const httpStatus = Number(tag(span.tags, 'http.response.status_code') ?? tag(span.tags, 'http.status_code') ?? 0);
  const failed =
    tag(span.tags, 'otel.status_code') === 'ERROR' || tag(span.tags, 'error') === true || httpStatus >= 500;
  return failed ? 'error' : 'ok';
}

/**
 * The sampling a span says it went through, when it says so: a Jaeger SDK's `sampler.type` /
 * `sampler.param`, or an OpenTelemetry sampling threshold (`th:`) in its W3C tracestate.
 */
export function samplingOf(span: JaegerSpan): string | undefined {
  const type = tag(span.tags, 'sampler.type');
  const param = Number(tag(span.tags, 'sampler.param'));
  if (type === 'probabilistic' && param < 1) return `probabilistic ${param}`;
  if (type !== undefined && type !== 'const' && type !== 'probabilistic') return String(type);
  const threshold = /(?:^|,)ot=[^,]*\bth:([0-9a-f]{1,14})/.exec(String(tag(span.tags, 'w3c.tracestate') ?? ''));
  if (threshold && !/^0+$/.test(threshold[1])) return `tracestate th:${threshold[1]}`;
  return undefined;
}

interface BuildCount {
  seen: Map<string, number>; // span key → start (µs), pruned as the window moves
  requests: number;
  errors: number;
  durationsMs: number[];
  fromUs?: number;
  sampling?: string;
}

export function jaegerBackend(options: BackendOptions): Backend {
  let base: URL;
  try {
    base = new URL(options.url.endsWith('/') ? options.url : `${options.url}/`);
    if (!/^https?:$/.test(base.protocol)) throw new Error(base.protocol);
  } catch {
    throw new ConfigurationError(
      `Invalid input 'backend-url' '${options.url}'. Expected Jaeger's query base URL, e.g. http://jaeger-query:16686.`
    );
  }
  const service = options.service;
  if (!service)
    throw new ConfigurationError(
      "Input 'service' is required for backend jaeger: Jaeger searches the traces of one service."
    );
  const counts = new Map<string, BuildCount>();

  async function search(buildId: string, startUs: number, endUs: number): Promise<JaegerTrace[]> {
    const url = new URL('api/traces', base);
    url.searchParams.set('service', service!);
    url.searchParams.set('tags', JSON.stringify({ [options.buildAttribute]: buildId }));
    url.searchParams.set('start', String(startUs));
    url.searchParams.set('end', String(endUs));
    url.searchParams.set('limit', String(PAGE_LIMIT));
    const answer = await getJson<SearchAnswer>(url, { headers: options.headers, timeoutMs: options.timeoutMs });
    if (answer.errors?.length)
      throw new HttpError(`Jaeger: ${answer.errors.map((e) => e.msg ?? e.code).join('; ')}`, 200);
    if (!Array.isArray(answer.data)) throw new HttpError('Jaeger: the answer has no trace list', 200);
    return answer.data;
  }

  /**
   * Count the selected spans of `traces` that started within the look's window: a trace found in
   * it may hold spans of earlier looks (counted then) or of the next one (counted then).
   */
  function count(
    state: BuildCount,
    buildId: string,
    traces: JaegerTrace[],
    look: { startUs: number; endUs: number }
  ): number[] {
    const starts: number[] = [];
    for (const trace of traces) {
      for (const span of trace.spans ?? []) {
        const verdict = classify(span, trace.processes?.[span.processID], {
          buildAttribute: options.buildAttribute,
          buildId,
          service
        });
        if (verdict === 'skip' || span.startTime < look.startUs || span.startTime > look.endUs) continue;
        starts.push(span.startTime);
        const key = `${span.traceID}/${span.spanID}`;
        if (state.seen.has(key)) continue;
        state.seen.set(key, span.startTime);
        state.requests++;
        if (verdict === 'error') state.errors++;
        state.durationsMs.push(span.duration / 1000);
        state.sampling ??= samplingOf(span);
      }
    }
    return starts;
  }

  /** Count every selected span that started in [startUs, endUs], splitting the window while answers are full. */
  async function sweep(
    state: BuildCount,
    buildId: string,
    startUs: number,
    endUs: number,
    look: { startUs: number; endUs: number; budget: number }
  ): Promise<void> {
    if (--look.budget < 0)
      throw new HttpError(
        `Jaeger: more than ${MAX_SEARCHES_PER_LOOK} searches in one look; ` +
          "the build's traffic exceeds what one look can read",
        0
      );
    const traces = await search(buildId, startUs, endUs);
    const starts = count(state, buildId, traces, look);
    if (traces.length < PAGE_LIMIT) return;
    if (endUs - startUs < 2)
      throw new HttpError(`Jaeger: more than ${PAGE_LIMIT} traces start within one microsecond`, 0);
    // A full page holds the newest traces: read what is older than them, and their own stretch
    // (which may hold more than they) in two halves. Without selected spans, halve the window.
    const oldest = starts.length ? Math.max(startUs, Math.min(...starts)) : startUs;
    const from = endUs - oldest >= 2 ? oldest : startUs;
    const edges = [...(from > startUs ? [startUs] : []), from, Math.floor((from + endUs) / 2), endUs];
    // Neighbouring windows share their edge: Jaeger's bounds are inclusive, and a span counts once.
    for (let i = 0; i + 1 < edges.length; i++) await sweep(state, buildId, edges[i], edges[i + 1], look);
  }

  const selection =
    `SERVER spans of service ${service} with ${options.buildAttribute}=<build>, ` +
    `probes (${PROBE_ROUTES.join(' ')}) excluded, from Jaeger ${base.origin}`;

  return {
    name: 'jaeger',
    describe: () => ({
      requests: selection,
      errors: `${selection}, status ERROR or HTTP ≥ 500`,
      latency: 'p99 of their durations'
    }),
    async sample(buildId): Promise<BuildSample> {
      const state: BuildCount = counts.get(buildId) ?? { seen: new Map(), requests: 0, errors: 0, durationsMs: [] };
      counts.set(buildId, state);
      const nowUs = Date.now() * 1000;
      const fromUs = state.fromUs ?? nowUs - FIRST_LOOKBACK_MS * 1000;
      await sweep(state, buildId, fromUs, nowUs, { startUs: fromUs, endUs: nowUs, budget: MAX_SEARCHES_PER_LOOK });
      // Only a complete look moves the window; spans counted on a failed one stay counted once.
      state.fromUs = Math.max(fromUs, nowUs - LATE_SPAN_MS * 1000);
      for (const [key, start] of state.seen) if (start < state.fromUs) state.seen.delete(key);
      const sorted = [...state.durationsMs].sort((a, b) => a - b);
      const p99Ms = sorted.length
        ? sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)]
        : undefined;
      const sample: BuildSample = {
        requests: state.requests,
        errors: state.errors,
        p99Ms,
        latencySamples: sorted.length
      };
      if (state.sampling)
        sample.note =
          `counts are partial: spans were sampled upstream (${state.sampling}); ` +
          'the error rate holds if sampling ignores the outcome, the evidence is smaller';
      return sample;
    },
    async custom(query) {
      throw new ConfigurationError(
        `Custom query '${query.name}' needs a query backend (prometheus); jaeger has no metric queries here.`
      );
    }
  };
}
