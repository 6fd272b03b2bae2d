import type { SpanKindName, SpanSelection } from './types.js';

/**
 * One span selection and one error definition for every backend.
 *
 * Requests: spans of the selected kinds (SERVER by default), minus health and readiness
 * probes, matched by `http.route` or span name (HTTP server span names are `{method} {route}`).
 * Errors: span status ERROR, or — on a SERVER span — `http.response.status_code` ≥ 500 or a
 * gRPC status the semantic conventions count as a server error (rpc spans: UNKNOWN,
 * DEADLINE_EXCEEDED, UNIMPLEMENTED, INTERNAL, UNAVAILABLE, DATA_LOSS), so a 5xx answer whose
 * span status was left UNSET is an error on every backend.
 */

export const DEFAULT_EXCLUDED = [
  '/healthz',
  '/readyz',
  '/livez',
  '/health',
  '/ready',
  '/live',
  '/ping',
  'grpc.health.v1.Health/Check',
  'grpc.health.v1.Health/Watch'
];

export const GRPC_SERVER_ERRORS = new Set([2, 4, 12, 13, 14, 15]);

/** OTLP's span kind numbers and the spanmetrics connector's `span.kind` strings. */
export const KIND_NUMBER: Record<SpanKindName, number> = {
  internal: 1,
  server: 2,
  client: 3,
  producer: 4,
  consumer: 5
};
export const KIND_LABEL: Record<SpanKindName, string> = {
  internal: 'SPAN_KIND_INTERNAL',
  server: 'SPAN_KIND_SERVER',
  client: 'SPAN_KIND_CLIENT',
  producer: 'SPAN_KIND_PRODUCER',
  consumer: 'SPAN_KIND_CONSUMER'
};

export interface SpanFacts {
  kind: SpanKindName | undefined;
  name?: string;
  route?: string;
  statusError: boolean;
  httpStatus?: number;
  grpcStatus?: number;
}

export function isProbe(selection: SpanSelection, name: string | undefined, route: string | undefined): boolean {
  return selection.exclude.some((x) => x === route || x === name || (name !== undefined && name.endsWith(' ' + x)));
}

export function isSelected(selection: SpanSelection, span: Pick<SpanFacts, 'kind' | 'name' | 'route'>): boolean {
  return span.kind !== undefined && selection.kinds.includes(span.kind) && !isProbe(selection, span.name, span.route);
}

export function isError(span: SpanFacts): boolean {
  if (span.statusError) return true;
  if (span.kind !== 'server') return false;
  return (
    (span.httpStatus !== undefined && span.httpStatus >= 500) ||
    (span.grpcStatus !== undefined && GRPC_SERVER_ERRORS.has(span.grpcStatus))
  );
}

export function describeSelection(selection: SpanSelection): string {
  const kinds = selection.kinds.map((k) => k.toUpperCase()).join('/');
  return `${kinds} spans${selection.exclude.length ? `, excluding ${selection.exclude.join(' ')}` : ''}`;
}

/** A count from a backend: a finite number ≥ 0, or an error naming what came back. */
export function count(value: unknown, what: string): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0)
    throw new Error(`${what}: ${JSON.stringify(value)} is not a count (a finite number ≥ 0)`);
  return n;
}
