/**
 * What a backend hands the judge: cumulative counters of one build, per series. The judge
 * differences successive snapshots (series by series, a counter that went down was reset), so
 * every verdict rests on what happened in the gate's own window, never on lifetime totals.
 *
 * Implementing a backend (Tempo, Jaeger, OpenSearch, …) is one module plus one line in
 * `index.ts`:
 * - `baseline(build, windowStart)`: the counters as they stood at the window start. A backend
 *   that can read the past (Prometheus) reads them at that time; a backend that filters spans
 *   by start time (otlp-file, a trace store) returns an empty snapshot.
 * - `snapshot(build, windowStart)`: the counters now. Counters only grow, except on a reset.
 * - Apply the span selection and the error definition of `selection.ts` (SERVER spans, no
 *   probes; status ERROR or a server-side 5xx / gRPC server error), so every backend judges
 *   the same requests the same way.
 * - Throw on anything that is not a finite count ≥ 0: the judge counts it as a backend error
 *   (toward `consecutive-error-limit`), never as zero.
 */

/** Cumulative latency histogram: upper bound in ms (Infinity last) → observations ≤ bound. */
export type Histogram = Map<number, number>;

export interface SeriesCounts {
  requests: number;
  errors: number;
  latency?: Histogram;
}

/** One build's counters, per series (key: the series' identity, e.g. its label set). */
export type Snapshot = Map<string, SeriesCounts>;

/** A user query with its threshold; `{{build_id}}` / `{{baseline_build_id}}` are filled in escaped. */
export interface CustomQuery {
  name: string;
  query: string;
  op: '<=' | '>=';
  threshold: number;
}

export interface Backend {
  readonly name: string;
  /** The queries or selection used for a build, for the record. */
  describe(buildId: string): { requests: string; errors: string; latency: string };
  baseline(buildId: string, windowStart: Date): Promise<Snapshot>;
  snapshot(buildId: string, windowStart: Date): Promise<Snapshot>;
  /** Undefined when the query returned nothing (an error look, never a pass). */
  custom(query: CustomQuery, buildIds: { build: string; baseline?: string }): Promise<number | undefined>;
}

/** Which spans count as requests (docs/design.md): kinds, and probe routes / span names left out. */
export interface SpanSelection {
  kinds: SpanKindName[];
  exclude: string[];
}

export const SPAN_KINDS = ['server', 'consumer', 'internal', 'client', 'producer'] as const;
export type SpanKindName = (typeof SPAN_KINDS)[number];

export interface BackendOptions {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Span/resource attribute that carries the build id (otlp-file). */
  buildAttribute: string;
  /** Metric label that carries the build id (Prometheus); validated as a label name. */
  buildLabel?: string;
  preset: MetricsPreset;
  /** Restrict to one service (service.name / its label). */
  service?: string;
  selection: SpanSelection;
  /** Called with a warning the step should log (e.g. skipped malformed lines). */
  warn?: (message: string) => void;
}

export const PRESETS = ['spanmetrics', 'istio', 'linkerd'] as const;
export type MetricsPreset = (typeof PRESETS)[number];
