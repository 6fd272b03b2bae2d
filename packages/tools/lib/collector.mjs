// Stands in for an OpenTelemetry Collector with the pipeline a goldenthread user runs:
// OTLP/HTTP in; out through the file exporter (one ExportTraceServiceRequest per line, for the
// gate's otlp-file backend) and the spanmetrics connector (calls and duration histogram with
// build.id as a dimension, served on /metrics for Prometheus to scrape).
import { appendFileSync, writeFileSync } from 'node:fs';
import { startOtlpReceiver } from './otlp-receiver.mjs';
import { startSpanmetricsExporter } from './telemetry-fixtures.mjs';

const STATUS_ERROR = 2;

/** @param {{ spansFile: string, service?: string }} options */
export async function startCollector({ spansFile, service = 'shop' }) {
  writeFileSync(spansFile, '');
  /** @type {Record<string, { ok: number, errors: number, latencies: number[] }>} */
  const builds = {};
  const metrics = await startSpanmetricsExporter({}, { service });
  const receiver = await startOtlpReceiver({
    onRequest(raw, spans) {
      appendFileSync(spansFile, raw.replace(/\n/g, '') + '\n');
      for (const span of spans) {
        const buildId = span.attributes['build.id'] ?? span.resource['build.id'];
        if (span.kind !== 'SERVER' || span.resource['service.name'] !== service || buildId === undefined) continue;
        const b = (builds[buildId] ??= { ok: 0, errors: 0, latencies: [] });
        if (span.status.code === STATUS_ERROR) b.errors++;
        else b.ok++;
        b.latencies.push(span.endMs - span.startMs);
      }
      metrics.set(builds);
    }
  });
  return {
    url: receiver.url,
    spans: receiver.spans,
    spansFile,
    metricsAddress: metrics.address,
    async close() {
      await receiver.close();
      await metrics.close();
    }
  };
}
