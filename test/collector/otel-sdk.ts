// Spans sent the way a service sends them: the real OpenTelemetry JS SDK and OTLP/HTTP exporter
// (the versions the sample service uses), with start and end times chosen so the truth is known.
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

export interface PlannedSpan {
  name?: string;
  kind?: SpanKind;
  httpStatus?: number;
  error?: boolean;
  durationMs: number;
  /** Attributes on the span itself (build.id normally comes from the resource). */
  attributes?: Record<string, string | number>;
}

/** Send `spans` as one service instance (resource: service.name, build.id) and flush. */
export async function sendWithSdk(
  otlpUrl: string,
  resource: Record<string, string>,
  spans: PlannedSpan[]
): Promise<void> {
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes(resource),
    spanProcessors: [
      new BatchSpanProcessor(new OTLPTraceExporter({ url: `${otlpUrl}/v1/traces` }), {
        maxExportBatchSize: 512,
        maxQueueSize: 100_000
      })
    ]
  });
  const tracer = provider.getTracer('conformance');
  const start = Date.now() - 60_000;
  spans.forEach((plan, i) => {
    const startTime = start + i;
    const span = tracer.startSpan(plan.name ?? 'GET /checkout', {
      kind: plan.kind ?? SpanKind.SERVER,
      startTime,
      attributes: plan.attributes
    });
    if (plan.httpStatus !== undefined) span.setAttribute('http.response.status_code', plan.httpStatus);
    if (plan.error) span.setStatus({ code: SpanStatusCode.ERROR, message: 'boom' });
    span.end(startTime + plan.durationMs);
  });
  await provider.forceFlush();
  await provider.shutdown();
}

/** `count` SERVER spans of which every `errorEvery`-th fails with status ERROR and HTTP 500. */
export function serverSpans(count: number, errorEvery: number, durationMs: (i: number) => number): PlannedSpan[] {
  return Array.from({ length: count }, (_, i) => {
    const error = (i + 1) % errorEvery === 0;
    return { httpStatus: error ? 500 : 200, error, durationMs: durationMs(i) };
  });
}
