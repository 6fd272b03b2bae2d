import { jaegerBackend } from './jaeger.js';
import { otlpFileBackend } from './otlp-file.js';
import { prometheusBackend } from './prometheus.js';
import type { Backend, BackendOptions } from './types.js';

/** One line per backend: adding tempo, jaeger or opensearch is one module plus one entry (see types.ts). */
export const BACKENDS = {
  prometheus: prometheusBackend,
  'otlp-file': otlpFileBackend,
  jaeger: jaegerBackend
} satisfies Record<string, (options: BackendOptions) => Backend>;

export type BackendName = keyof typeof BACKENDS;
export const BACKEND_NAMES = Object.keys(BACKENDS) as BackendName[];

export type {
  Backend,
  BackendOptions,
  CustomQuery,
  Histogram,
  SeriesCounts,
  Snapshot,
  SpanSelection
} from './types.js';
