import { ConfigurationError, getJson, HttpError } from '@goldenthread/core';
import { histogramOf } from './counters.js';
import { describeSelection, isError, isSelected } from './selection.js';
import type { Backend, BackendOptions, SpanKindName, Snapshot } from './types.js';

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
 * Windows: the gate's snapshot is every selected span that started in its window. Each look asks
 * only for spans that started since the previous look (less LATE_SPAN_MS, for spans still in an
 * exporter's batch when it looked) and counts each span once, so a look costs the traffic of one
 * interval, not of the whole window. A full page means the window held more traces than one
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
/** Searches one look may make before it gives up (a backend error, never a partial count). */
export const MAX_SEARCHES_PER_LOOK = 200;

const tag = (tags: JaegerTag[] | undefined, key: string): unknown => tags?.find((t) => t.key === key)?.value;
/** A tag's value as text. Jaeger's JSON model holds scalars (binary as base64 text); anything else is not a value. */
const tagText = (tags: JaegerTag[] | undefined, key: string): string | undefined => {
  const value = tag(tags, key);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
};

/** What one Jaeger span is to the gate, by the selection and error rule every backend shares. */
export function classify(
  span: JaegerSpan,
  process: { serviceName: string; tags?: JaegerTag[] } | undefined,
  want: Pick<BackendOptions, 'buildAttribute' | 'service' | 'selection'> & { buildId: string }
): 'skip' | 'ok' | 'error' {
  if (want.service !== undefined && process?.serviceName !== want.service) return 'skip';
  const build = tagText(span.tags, want.buildAttribute) ?? tagText(process?.tags, want.buildAttribute);
  if (build !== want.buildId) return 'skip';
  const route = tag(span.tags, 'http.route');
  const facts = {
    kind: tag(span.tags, 'span.kind') as SpanKindName | undefined,
    name: span.operationName,
    route: typeof route === 'string' ? route : undefined
  };
  if (!isSelected(want.selection, facts)) return 'skip';
  const number = (v: unknown) => (v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v));
  const failed = isError({
    ...facts,
    statusError: tag(span.tags, 'otel.status_code') === 'ERROR' || tag(span.tags, 'error') === true,
    httpStatus: number(tag(span.tags, 'http.response.status_code') ?? tag(span.tags, 'http.status_code')),
    grpcStatus: number(tag(span.tags, 'rpc.grpc.status_code'))
  });
  return failed ? 'error' : 'ok';
}

/**
 * The sampling a span says it went through, when it says so: a Jaeger SDK's `sampler.type` /
 * `sampler.param`, or an OpenTelemetry sampling threshold (`th:`) in its W3C tracestate.
 */
export function samplingOf(span: JaegerSpan): string | undefined {
  const type = tagText(span.tags, 'sampler.type');
  const param = Number(tag(span.tags, 'sampler.param'));
  if (type === 'probabilistic' && param < 1) return `probabilistic ${param}`;
  if (type !== undefined && type !== 'const' && type !== 'probabilistic') return type;
  const threshold = /(?:^|,)ot=[^,]*\bth:([0-9a-f]{1,14})/.exec(tagText(span.tags, 'w3c.tracestate') ?? '');
  if (threshold && !/^0+$/.test(threshold[1])) return `tracestate th:${threshold[1]}`;
  return undefined;
}

interface BuildCount {
  seen: Map<string, number>; // span key → start (µs), pruned as the window moves
  requests: number;
  errors: number;
  durationsMs: number[];
  windowStartUs: number;
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
        const verdict = classify(span, trace.processes?.[span.processID], { ...options, buildId });
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
    `${describeSelection(options.selection)} of service ${service} with ${options.buildAttribute}=<build>, ` +
    `started in the window, from Jaeger ${base.origin}`;
  let warnedSampling = false;

  return {
    name: 'jaeger',
    describe: () => ({
      requests: selection,
      errors: `${selection}; status ERROR, or HTTP ≥ 500 / gRPC server error on SERVER spans`,
      latency: 'their durations'
    }),
    // Spans are filtered by start time: the window's start needs no earlier reading.
    baseline: async (): Promise<Snapshot> => new Map(),
    async snapshot(buildId, windowStart): Promise<Snapshot> {
      const startUs = windowStart.getTime() * 1000;
      let state = counts.get(buildId);
      // A new window (another gate run in this process) starts counting afresh.
      if (!state || state.windowStartUs !== startUs) {
        state = { seen: new Map(), requests: 0, errors: 0, durationsMs: [], windowStartUs: startUs };
        counts.set(buildId, state);
      }
      const nowUs = Date.now() * 1000;
      const fromUs = state.fromUs ?? startUs;
      await sweep(state, buildId, fromUs, nowUs, { startUs: fromUs, endUs: nowUs, budget: MAX_SEARCHES_PER_LOOK });
      // Only a complete look moves the window; spans counted on a failed one stay counted once.
      state.fromUs = Math.max(fromUs, nowUs - LATE_SPAN_MS * 1000);
      for (const [key, start] of state.seen) if (start < state.fromUs) state.seen.delete(key);
      if (state.sampling && !warnedSampling) {
        warnedSampling = true;
        options.warn?.(
          `jaeger: counts are partial: spans were sampled upstream (${state.sampling}); ` +
            'the error rate holds if sampling ignores the outcome, the evidence is smaller'
        );
      }
      if (state.requests === 0) return new Map();
      const counted = { requests: state.requests, errors: state.errors, latency: histogramOf(state.durationsMs) };
      return new Map([['spans', counted]]);
    },
    async custom(query) {
      throw new ConfigurationError(
        `Custom query '${query.name}' needs a query backend (prometheus); jaeger has no metric queries here.`
      );
    }
  };
}
