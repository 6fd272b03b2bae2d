import { ConfigurationError, getJson, HttpError } from '@goldenthread/core';
import { fillTemplate, selector, type Matcher } from './promql.js';
import type { Backend, BackendOptions, BuildSample, CustomQuery, MetricsPreset } from './types.js';

/**
 * Metric shapes per source. spanmetrics: the OpenTelemetry Collector spanmetrics connector
 * (namespace traces.span.metrics, build.id added as a dimension → label build_id).
 * istio / linkerd: mesh request metrics, where the build id must reach a label through a
 * pod label (e.g. Istio's canonical revision); the label is configurable.
 */
interface Shape {
  requests: string;
  errorMatchers: Matcher[];
  durationHistogram: string;
  buildLabel: string;
  serviceLabel: string;
  extra: Matcher[];
}

const SHAPES: Record<MetricsPreset, Shape> = {
  spanmetrics: {
    requests: 'traces_span_metrics_calls_total',
    errorMatchers: [['status_code', '=', 'STATUS_CODE_ERROR']],
    durationHistogram: 'traces_span_metrics_duration_milliseconds',
    buildLabel: 'build_id',
    serviceLabel: 'service_name',
    extra: [['span_kind', '=', 'SPAN_KIND_SERVER']]
  },
  istio: {
    requests: 'istio_requests_total',
    errorMatchers: [['response_code', '=~', '5..']],
    durationHistogram: 'istio_request_duration_milliseconds',
    buildLabel: 'destination_canonical_revision',
    serviceLabel: 'destination_service_name',
    extra: [['reporter', '=', 'destination']]
  },
  linkerd: {
    requests: 'response_total',
    errorMatchers: [['classification', '=', 'failure']],
    durationHistogram: 'response_latency_ms',
    buildLabel: 'build_id',
    serviceLabel: 'deployment',
    extra: [['direction', '=', 'inbound']]
  }
};

interface VectorAnswer {
  status: string;
  data?: { resultType: string; result: Array<{ value: [number, string] }> };
  error?: string;
}

export function prometheusBackend(options: BackendOptions): Backend {
  const shape = SHAPES[options.preset];
  const buildLabel = options.buildLabel ?? shape.buildLabel;
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new ConfigurationError(`Invalid input 'backend-url' '${options.url}'. Expected the Prometheus base URL, e.g. http://prometheus:9090.`);
  }

  const matchers = (buildId: string, more: Matcher[] = []): string =>
    selector([[buildLabel, '=', buildId], ...shape.extra, ...(options.service ? [[shape.serviceLabel, '=', options.service] as Matcher] : []), ...more]);

  const queries = (buildId: string) => ({
    requests: `sum(${shape.requests}${matchers(buildId)})`,
    errors: `sum(${shape.requests}${matchers(buildId, shape.errorMatchers)})`,
    latency: `histogram_quantile(0.99, sum by (le) (${shape.durationHistogram}_bucket${matchers(buildId)}))`,
    latencySamples: `sum(${shape.durationHistogram}_count${matchers(buildId)})`
  });

  /** One instant query; an empty vector is `undefined`, NaN too (histogram_quantile of nothing). */
  async function scalar(query: string): Promise<number | undefined> {
    const url = new URL('api/v1/query', base.href.endsWith('/') ? base : new URL(base.href + '/'));
    url.searchParams.set('query', query);
    const answer = await getJson<VectorAnswer>(url, { headers: options.headers, timeoutMs: options.timeoutMs });
    if (answer.status !== 'success' || !answer.data) throw new HttpError(`Prometheus: ${answer.error ?? 'query failed'}`, 200);
    if (answer.data.resultType !== 'vector') throw new HttpError(`Prometheus: expected a vector, got ${answer.data.resultType}`, 200);
    const first = answer.data.result[0];
    if (!first) return undefined;
    const value = Number(first.value[1]);
    return Number.isFinite(value) ? value : undefined;
  }

  return {
    name: 'prometheus',
    describe: (buildId) => queries(buildId),
    async sample(buildId): Promise<BuildSample> {
      const q = queries(buildId);
      const [requests, errors, p99Ms, latencySamples] = await Promise.all([
        scalar(q.requests),
        scalar(q.errors),
        scalar(q.latency),
        scalar(q.latencySamples)
      ]);
      // No series yet means no traffic yet: zero, which the judge treats as "too few".
      return { requests: requests ?? 0, errors: errors ?? 0, p99Ms, latencySamples: latencySamples ?? 0 };
    },
    custom: (query: CustomQuery, ids) => scalar(fillTemplate(query.query, { build_id: ids.build, baseline_build_id: ids.baseline }))
  };
}
