/** What a backend reports about one build: cumulative over the build's lifetime. */
export interface BuildSample {
  requests: number;
  errors: number;
  /** p99 latency in ms; undefined when there is no latency data. */
  p99Ms?: number;
  /** How many latency observations the p99 rests on. */
  latencySamples: number;
  /** What the reader of the verdict should know about these counts (e.g. partial under sampling). */
  note?: string;
}

/** A user query with its threshold; `{{build_id}}` / `{{baseline_build_id}}` are filled in escaped. */
export interface CustomQuery {
  name: string;
  query: string;
  op: '<=' | '>=';
  threshold: number;
}

export interface Backend {
  readonly name: string;
  /** The queries or selection used for a build, for the report. */
  describe(buildId: string): { requests: string; errors: string; latency: string };
  sample(buildId: string): Promise<BuildSample>;
  /** Undefined when the query returned nothing (an error look, never a pass). */
  custom(query: CustomQuery, buildIds: { build: string; baseline?: string }): Promise<number | undefined>;
}

export interface BackendOptions {
  url: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Span/resource attribute that carries the build id (otlp-file). */
  buildAttribute: string;
  /** Metric label that carries the build id (Prometheus). */
  buildLabel?: string;
  preset: MetricsPreset;
  /** Restrict to one service (service.name / its label). */
  service?: string;
}

export const PRESETS = ['spanmetrics', 'istio', 'linkerd'] as const;
export type MetricsPreset = (typeof PRESETS)[number];
