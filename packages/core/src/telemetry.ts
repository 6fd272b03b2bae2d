import * as core from './runner-commands.js';
import type { Attributes, Link, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ConfigurationError, errorMessage } from './errors.js';
import { parseHeaderList } from './http.js';
import { redact, redactUrl } from './redact.js';
import { ENV } from './contracts/names.js';
import { durationInput, optionalInput, secretInput } from './runner-io.js';

/**
 * Where and how spans are exported. Telemetry is best-effort and bounded (docs/design.md §6):
 * no endpoint means nothing is exported, and an export never outlasts `budgetMs`
 * nor changes the step's outcome.
 */
export interface TelemetryConfig {
  /** Full OTLP/HTTP traces URL (…/v1/traces), or undefined when export is off. */
  endpoint?: string;
  headers: Record<string, string>;
  budgetMs: number;
  serviceName: string;
}

/**
 * The span kinds and status codes we use, as the numbers @opentelemetry/api's enums stand for
 * (OTLP's values): importing the enums would load the whole API package at every step's start.
 */
export const SPAN_KIND = { INTERNAL: 0, SERVER: 1 } as const satisfies Record<string, SpanKind>;
export const STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 } as const satisfies Record<string, SpanStatusCode>;

/** A finished span described by value; the exporter module turns it into an SDK span. */
export interface SpanRecord {
  name: string;
  kind: SpanKind;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  startTimeMs: number;
  endTimeMs: number;
  attributes: Attributes;
  status: { code: SpanStatusCode; message?: string };
  links?: Link[];
}

export interface ExportReport {
  exported: number;
  ok: boolean;
  elapsedMs: number;
  error?: string;
}

const TRACES_PATH = '/v1/traces';

/** A base URL gets `/v1/traces` appended (as OTEL_EXPORTER_OTLP_ENDPOINT does). */
export function tracesUrl(base: string, source: string): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new ConfigurationError(`Invalid ${source} '${base}'. Expected an http(s) URL such as http://collector:4318.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`Invalid ${source} '${base}'. Expected an http:// or https:// URL.`);
  }
  if (url.pathname.endsWith(TRACES_PATH)) return url.toString();
  url.pathname = url.pathname.replace(/\/+$/, '') + TRACES_PATH;
  return url.toString();
}

/**
 * Inputs `otlp-endpoint`, `otlp-headers` (secret), `otlp-timeout`, `service-name`, each
 * falling back to what trace-root handed on and then to the standard OTEL_* variables.
 */
export function telemetryConfig(env = process.env): TelemetryConfig {
  const input = optionalInput('otlp-endpoint');
  let endpoint: string | undefined;
  if (input) endpoint = tracesUrl(input, "input 'otlp-endpoint'");
  else if (env[ENV.otlpEndpoint]) endpoint = tracesUrl(env[ENV.otlpEndpoint]!, ENV.otlpEndpoint);
  else if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  else if (env.OTEL_EXPORTER_OTLP_ENDPOINT)
    endpoint = tracesUrl(env.OTEL_EXPORTER_OTLP_ENDPOINT, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  if (env.OTEL_SDK_DISABLED === 'true') endpoint = undefined;

  const headerText = secretInput('otlp-headers');
  const headers = {
    ...(env.OTEL_EXPORTER_OTLP_HEADERS
      ? parseHeaderList(env.OTEL_EXPORTER_OTLP_HEADERS, 'OTEL_EXPORTER_OTLP_HEADERS')
      : {}),
    ...(headerText ? parseHeaderList(headerText, "input 'otlp-headers'") : {})
  };
  return {
    endpoint,
    headers,
    budgetMs: durationInput('otlp-timeout', '5s'),
    serviceName:
      optionalInput('service-name') ??
      env[ENV.serviceName] ??
      env.OTEL_SERVICE_NAME ??
      env.GITHUB_REPOSITORY ??
      env.JOB_NAME ??
      'goldenthread'
  };
}

/** Spans leave the machine: every string in them passes the one redaction rule first. */
function redactSpan(span: SpanRecord): SpanRecord {
  const value = (v: unknown): unknown =>
    typeof v === 'string' ? redact(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? redact(x) : x)) : v;
  const attributes = Object.fromEntries(Object.entries(span.attributes).map(([k, v]) => [k, value(v)]));
  const status =
    span.status?.message === undefined ? span.status : { ...span.status, message: redact(span.status.message) };
  return { ...span, name: redact(span.name), attributes: attributes as SpanRecord['attributes'], status };
}

/**
 * Export finished spans within the budget. Never throws: a failure is a warning and the
 * report says what happened. The heavy OTel SDK is loaded only here, so steps that do
 * not export start fast.
 */
export async function exportSpans(config: TelemetryConfig, spans: SpanRecord[]): Promise<ExportReport> {
  if (!config.endpoint || spans.length === 0) {
    return { exported: 0, ok: true, elapsedMs: 0 };
  }
  const started = Date.now();
  let report: ExportReport;
  try {
    const { sendSpans } = await import('./otel-export.js');
    report = await sendSpans(config, spans.map(redactSpan));
  } catch (error) {
    report = { exported: 0, ok: false, elapsedMs: Date.now() - started, error: errorMessage(error) };
  }
  const where = redactUrl(config.endpoint);
  if (report.ok) core.info(`Exported ${report.exported} span(s) to ${where} in ${report.elapsedMs} ms.`);
  else
    core.warning(
      `Trace export to ${where} failed after ${report.elapsedMs} ms (${report.error}); the step's outcome is unaffected.`
    );
  return report;
}
