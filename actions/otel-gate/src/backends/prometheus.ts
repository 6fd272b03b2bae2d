import { ConfigurationError, getJson, HttpError } from '@goldenthread/core';
import { fillTemplate, selector, validateLabelName, type Matcher } from './promql.js';
import { count, describeSelection, isError, isSelected, KIND_LABEL, type SpanFacts } from './selection.js';
import type {
  Backend,
  BackendOptions,
  CustomQuery,
  MetricsPreset,
  SeriesCounts,
  Snapshot,
  SpanKindName
} from './types.js';

/**
 * Metric shapes per source, read per series so the judge can difference successive looks
 * (counter resets included) and apply one span selection and one error definition.
 *
 * spanmetrics: the OpenTelemetry Collector spanmetrics connector. Its dimensions are
 * `service.name`, `span.name`, `span.kind`, `status.code` plus the configured ones, its metrics
 * `calls` and `duration` under the namespace `traces.span.metrics` (collector-contrib
 * connector/spanmetricsconnector/connector.go: spanNameKey, spanKindKey, statusCodeKey,
 * metricNameCalls, metricNameDuration; config.go: defaultHistogramBucketsMs). Prometheus names
 * them traces_span_metrics_calls_total and traces_span_metrics_duration_milliseconds_bucket
 * with labels service_name, span_name, span_kind, status_code. The gate also needs the
 * dimensions `build.id`, `http.response.status_code` (5xx with status UNSET) and, to exclude
 * probes by route, `http.route` (labels build_id, http_response_status_code, http_route);
 * gRPC services add `rpc.grpc.status_code`.
 * istio / linkerd: mesh request metrics (server side by construction); the build id must reach
 * a label through a pod label (e.g. Istio's canonical revision).
 */
interface Shape {
  calls: string;
  histogram: string;
  buildLabel: string;
  serviceLabel: string;
  extra: (kinds: SpanKindName[]) => Matcher[];
  facts: (labels: Record<string, string>) => SpanFacts;
}

const num = (v: string | undefined) =>
  v === undefined || v === '' || !Number.isFinite(Number(v)) ? undefined : Number(v);
const KIND_BY_LABEL = new Map(Object.entries(KIND_LABEL).map(([k, v]) => [v, k as SpanKindName]));

const SHAPES: Record<MetricsPreset, Shape> = {
  spanmetrics: {
    calls: 'traces_span_metrics_calls_total',
    histogram: 'traces_span_metrics_duration_milliseconds_bucket',
    buildLabel: 'build_id',
    serviceLabel: 'service_name',
    extra: (kinds) => [['span_kind', '=~', kinds.map((k) => KIND_LABEL[k]).join('|')]],
    facts: (l) => ({
      kind: KIND_BY_LABEL.get(l.span_kind),
      name: l.span_name,
      route: l.http_route,
      statusError: l.status_code === 'STATUS_CODE_ERROR',
      httpStatus: num(l.http_response_status_code ?? l.http_status_code),
      grpcStatus: num(l.rpc_grpc_status_code)
    })
  },
  istio: {
    calls: 'istio_requests_total',
    histogram: 'istio_request_duration_milliseconds_bucket',
    buildLabel: 'destination_canonical_revision',
    serviceLabel: 'destination_service_name',
    extra: () => [['reporter', '=', 'destination']],
    facts: (l) => ({
      kind: 'server',
      statusError: false,
      httpStatus: num(l.response_code),
      grpcStatus: num(l.grpc_response_status)
    })
  },
  linkerd: {
    calls: 'response_total',
    histogram: 'response_latency_ms_bucket',
    buildLabel: 'build_id',
    serviceLabel: 'deployment',
    extra: () => [['direction', '=', 'inbound']],
    facts: (l) => ({ kind: 'server', statusError: l.classification === 'failure', httpStatus: num(l.status_code) })
  }
};

interface VectorAnswer {
  status: string;
  data?: { resultType: string; result: Array<{ metric: Record<string, string>; value: [number, unknown] }> };
  error?: string;
}

function seriesKey(labels: Record<string, string>): string {
  return JSON.stringify(
    Object.entries(labels)
      .filter(([k]) => k !== '__name__' && k !== 'le')
      .sort(([a], [b]) => (a < b ? -1 : 1))
  );
}

export function prometheusBackend(options: BackendOptions): Backend {
  const shape = SHAPES[options.preset];
  const buildLabel = validateLabelName(options.buildLabel ?? shape.buildLabel, 'build-label');
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new ConfigurationError(
      `Invalid input 'backend-url' '${options.url}'. Expected the Prometheus base URL, e.g. http://prometheus:9090.`
    );
  }
  const selection = describeSelection(options.selection);

  const matchers = (buildId: string): string =>
    selector([
      [buildLabel, '=', buildId],
      ...shape.extra(options.selection.kinds),
      ...(options.service ? [[shape.serviceLabel, '=', options.service] as Matcher] : [])
    ]);

  const queries = (buildId: string) => ({
    requests: `${shape.calls}${matchers(buildId)} (per series; ${selection})`,
    errors: `${shape.calls}${matchers(buildId)} where status_code is STATUS_CODE_ERROR, or a SERVER series has HTTP ≥ 500 / a gRPC server error`,
    latency: `${shape.histogram}${matchers(buildId)}`
  });

  async function vector(
    query: string,
    at?: Date
  ): Promise<Array<{ metric: Record<string, string>; value: [number, unknown] }>> {
    const url = new URL('api/v1/query', base.href.endsWith('/') ? base : new URL(base.href + '/'));
    url.searchParams.set('query', query);
    if (at) url.searchParams.set('time', (at.getTime() / 1000).toFixed(3));
    const answer = await getJson<VectorAnswer>(url, { headers: options.headers, timeoutMs: options.timeoutMs });
    if (answer?.status !== 'success' || !answer.data)
      throw new HttpError(`Prometheus: ${answer?.error ?? 'query failed'}`, 200);
    if (answer.data.resultType !== 'vector' || !Array.isArray(answer.data.result))
      throw new HttpError(`Prometheus: expected a vector, got ${answer.data.resultType}`, 200);
    return answer.data.result;
  }

  /** Every selected series of the build, at `at` (now when undefined). */
  async function read(buildId: string, at?: Date): Promise<Snapshot> {
    const m = matchers(buildId);
    const [calls, buckets] = await Promise.all([
      vector(`${shape.calls}${m}`, at),
      vector(`${shape.histogram}${m}`, at)
    ]);
    const snapshot: Snapshot = new Map();
    const entry = (labels: Record<string, string>): SeriesCounts | undefined => {
      const facts = shape.facts(labels);
      if (!isSelected(options.selection, facts)) return undefined;
      const key = seriesKey(labels);
      const found = snapshot.get(key) ?? { requests: 0, errors: 0, latency: new Map() };
      snapshot.set(key, found);
      return found;
    };
    for (const { metric, value } of calls) {
      const series = entry(metric);
      if (!series) continue;
      series.requests = count(value?.[1], `Prometheus ${shape.calls}`);
      if (isError(shape.facts(metric))) series.errors = series.requests;
    }
    for (const { metric, value } of buckets) {
      const series = entry(metric);
      if (!series) continue;
      const le = metric.le === '+Inf' ? Infinity : Number(metric.le);
      if (!Number.isFinite(le) && le !== Infinity)
        throw new Error(`Prometheus ${shape.histogram}: bad le ${JSON.stringify(metric.le)}`);
      series.latency!.set(le, count(value?.[1], `Prometheus ${shape.histogram}`));
    }
    return snapshot;
  }

  /** One instant query for a custom metric: a finite number, undefined when empty. */
  async function scalar(query: string): Promise<number | undefined> {
    const [first] = await vector(query);
    if (!first) return undefined;
    const raw = first.value?.[1];
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
    if (!Number.isFinite(value)) throw new Error(`Prometheus: ${JSON.stringify(raw)} is not a finite number`);
    return value;
  }

  return {
    name: 'prometheus',
    describe: (buildId) => queries(buildId),
    baseline: (buildId, windowStart) => read(buildId, windowStart),
    snapshot: (buildId) => read(buildId),
    custom: (query: CustomQuery, ids) =>
      scalar(fillTemplate(query.query, { build_id: ids.build, baseline_build_id: ids.baseline }))
  };
}
