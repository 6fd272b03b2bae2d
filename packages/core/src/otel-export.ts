import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';
import { JsonTraceSerializer, ProtobufTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
  type IdGenerator
} from '@opentelemetry/sdk-trace-base';
import { untrusted } from './redact.js';
import { SEMCONV_SCHEMA_URL } from './semconv.js';
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

/** The records as SDK spans, on one resource that follows the pinned semconv schema. */
function finishedSpans(config: TelemetryConfig, records: SpanRecord[]) {
  const ids = new PlannedIds();
  const collected = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes(config.resource, { schemaUrl: SEMCONV_SCHEMA_URL }),
    idGenerator: ids,
    // CI spans are few and each one matters: record them even under an unsampled parent.
    sampler: new AlwaysOnSampler(),
    spanProcessors: [new SimpleSpanProcessor(collected)]
  });
  const tracer = provider.getTracer('goldenthread', undefined, { schemaUrl: SEMCONV_SCHEMA_URL });
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
  return collected.getFinishedSpans();
}

/**
 * One OTLP/HTTP request (specification/protocol/exporter.md; opentelemetry-proto
 * docs/specification.md "OTLP/HTTP"): the body encoded by the SDK's own serializers
 * (@opentelemetry/otlp-transformer), sent with the built-in fetch so the proxy dispatcher
 * (http.ts, useProxyFromEnvironment) applies. The time bound covers the answer's body too.
 * No retry: there is one budget, and telemetry is best-effort.
 */
export async function sendSpans(config: TelemetryConfig, records: SpanRecord[]): Promise<ExportReport> {
  const started = Date.now();
  const spans = finishedSpans(config, records);
  const protobuf = config.protocol === 'http/protobuf';
  const body = (protobuf ? ProtobufTraceSerializer : JsonTraceSerializer).serializeRequest(spans);
  if (!body)
    return { exported: 0, ok: false, elapsedMs: Date.now() - started, error: 'the spans could not be encoded' };
  const elapsed = () => Date.now() - started;
  try {
    const response = await fetch(config.endpoint!, {
      method: 'POST',
      headers: {
        ...config.headers,
        'content-type': protobuf ? 'application/x-protobuf' : 'application/json'
      },
      body: body as Uint8Array<ArrayBuffer>,
      signal: AbortSignal.timeout(config.budgetMs)
    });
    const answer = await response.text();
    if (!response.ok) {
      return {
        exported: 0,
        ok: false,
        elapsedMs: elapsed(),
        error: `HTTP ${response.status} ${untrusted(answer, 200)}`.trim()
      };
    }
    return { exported: spans.length, ok: true, elapsedMs: elapsed() };
  } catch (error) {
    const e = error as Error & { cause?: Error };
    const reason =
      e?.name === 'TimeoutError'
        ? `no answer within the ${config.budgetMs} ms budget`
        : (e?.cause?.message ?? e?.message);
    return { exported: 0, ok: false, elapsedMs: elapsed(), error: untrusted(String(reason), 300) };
  }
}
