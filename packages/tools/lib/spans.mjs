// Spans read back from where the real servers keep them, decoded like the stand-in decodes what it
// receives (otlp-receiver.mjs): the collector's file-exporter output, and a trace from Jaeger.
import { readFileSync } from 'node:fs';
import { decodeTraceRequest } from './otlp-receiver.mjs';
import { until } from './real-servers.mjs';

/**
 * Every span in a file exporter's output (one OTLP/JSON ExportTraceServiceRequest per line). The
 * story's volume stays far below the exporter's rotation size (100 MB), so the live file is all;
 * the gate's otlp-file backend also reads rotated backups.
 */
export function readSpansFile(path) {
  const lines = readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.flatMap((line) => decodeTraceRequest(JSON.parse(line)));
}

/**
 * One trace from Jaeger's api_v3 (`GET /api/v3/traces/{trace_id}`, answered as
 * `{"result": <OTLP TracesData>}`; jaeger v1.76.0 cmd/query/app/apiv3/http_gateway.go getTrace),
 * polled until it holds the run's root span (Jaeger answers 404 until a span of it arrived).
 */
export async function readJaegerTrace(jaegerUrl, traceId, { timeoutMs = 15_000 } = {}) {
  return until(
    async () => {
      const res = await fetch(`${jaegerUrl}/api/v3/traces/${traceId}`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 404) return undefined;
      if (!res.ok) throw new Error(`Jaeger answered ${res.status}`);
      const spans = decodeTraceRequest((await res.json()).result ?? {});
      return spans.some((s) => !s.parentSpanId) ? spans : undefined;
    },
    { timeoutMs, what: `trace ${traceId} in Jaeger` }
  );
}
