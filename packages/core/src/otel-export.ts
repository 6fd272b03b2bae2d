import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type IdGenerator
} from '@opentelemetry/sdk-trace-base';
import { ATTR_SERVICE_NAME } from './semconv.js';
import type { ExportReport, SpanRecord, TelemetryConfig } from './telemetry.js';

/**
 * Hands each span the id we already decided on (the deterministic root id, or the id
 * a step announced in TRACEPARENT before it finished).
 */
class PlannedIds implements IdGenerator {
  next = '';
  generateTraceId(): string {
    return this.next.split(':')[0];
  }
  generateSpanId(): string {
    return this.next.split(':')[1];
  }
}

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}

export async function sendSpans(config: TelemetryConfig, records: SpanRecord[]): Promise<ExportReport> {
  const started = Date.now();
  const ids = new PlannedIds();
  const collected = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName }),
    idGenerator: ids,
    // CI spans are few and each one matters: record them even under an unsampled parent.
    sampler: new AlwaysOnSampler(),
    spanProcessors: [new SimpleSpanProcessor(collected)]
  });
  const tracer = provider.getTracer('goldenthread');

  for (const record of records) {
    ids.next = `${record.traceId}:${record.spanId}`;
    const parent = record.parentSpanId
      ? trace.setSpanContext(ROOT_CONTEXT, {
          traceId: record.traceId,
          spanId: record.parentSpanId,
          traceFlags: TraceFlags.SAMPLED,
          isRemote: true
        })
      : ROOT_CONTEXT;
    const span = tracer.startSpan(
      record.name,
      {
        kind: record.kind,
        startTime: record.startTimeMs,
        attributes: record.attributes,
        links: record.links,
        root: !record.parentSpanId
      },
      parent
    );
    span.setStatus(record.status);
    span.end(record.endTimeMs);
  }

  const exporter = new OTLPTraceExporter({
    url: config.endpoint,
    headers: config.headers,
    timeoutMillis: config.budgetMs
  });
  const spans = collected.getFinishedSpans();
  const result = await Promise.race([
    new Promise<{ code: number; error?: Error }>((resolve) => exporter.export(spans, resolve)),
    timeout(config.budgetMs)
  ]);
  // Do not wait for shutdown: a black-holed collector must not hold the step.
  void exporter.shutdown().catch(() => undefined);
  const elapsedMs = Date.now() - started;
  if (result === 'timeout') {
    return { exported: 0, ok: false, elapsedMs, error: `no answer within the ${config.budgetMs} ms budget` };
  }
  if (result.code !== 0) {
    return { exported: 0, ok: false, elapsedMs, error: result.error?.message ?? 'export failed' };
  }
  return { exported: spans.length, ok: true, elapsedMs };
}
