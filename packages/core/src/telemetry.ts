import * as core from './runner-commands.js';
import type { Attributes, Link, SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { ciContext, ciResourceAttributes } from './ci-context.js';
import { ConfigurationError, errorMessage } from './errors.js';
import { parseHeaderList } from './http.js';
import { redact, redactUrl } from './redact.js';
import { ENV } from './contracts/names.js';
import { durationInput, optionalInput, secretInput } from './runner-io.js';
import { ATTR_SERVICE_NAME } from './semconv.js';

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
  /** OTLP's encoding over HTTP; `grpc` is refused at export time with a warning (nothing is sent). */
  protocol: OtlpProtocol;
  /** The resource of every span: OTEL_RESOURCE_ATTRIBUTES under the CI entities and service.name. */
  resource: Record<string, string>;
}

/** The values the OTLP exporter spec allows (specification/protocol/exporter.md, "Specify Protocol"). */
export const OTLP_PROTOCOLS = ['http/json', 'http/protobuf', 'grpc'] as const;
export type OtlpProtocol = (typeof OTLP_PROTOCOLS)[number];

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
 * OTEL_RESOURCE_ATTRIBUTES: `key1=value1,key2=value2`, values percent-decoded. On any error the
 * whole value is discarded and reported (specification/resource/sdk.md, "Specifying resource
 * information via an environment variable"): a warning, never a failed step. The text is not
 * echoed (it may carry a token a user put there).
 */
export function parseResourceAttributes(text: string | undefined): Record<string, string> {
  if (!text || text.trim() === '') return {};
  const attributes: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const parts = pair.split('=');
    const key = parts.length === 2 ? decode(parts[0].trim()) : undefined;
    const value = parts.length === 2 ? decode(parts[1].trim()) : undefined;
    if (!key || value === undefined) {
      core.warning(
        'Ignoring OTEL_RESOURCE_ATTRIBUTES for the CI spans: expected key=value pairs separated by commas, ' +
          "with ',' and '=' inside keys and values percent-encoded (the whole variable is dropped, as the spec asks)."
      );
      return {};
    }
    attributes[key] = value;
  }
  return attributes;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** OTEL_EXPORTER_OTLP_TRACES_PROTOCOL, else OTEL_EXPORTER_OTLP_PROTOCOL, else http/json. */
export function otlpProtocol(env = process.env): OtlpProtocol {
  const [name, value] = [
    ['OTEL_EXPORTER_OTLP_TRACES_PROTOCOL', env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?.trim()],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim()]
  ].find(([, v]) => v) ?? ['', undefined];
  if (!value) return 'http/json';
  if ((OTLP_PROTOCOLS as readonly string[]).includes(value)) return value as OtlpProtocol;
  core.warning(
    `Ignoring ${name} '${value}' for the CI spans: expected one of ${OTLP_PROTOCOLS.join(', ')}. Using http/json.`
  );
  return 'http/json';
}

/**
 * Inputs `otlp-endpoint`, `otlp-headers` (secret), `otlp-timeout`, `service-name`, each
 * falling back to what trace-root handed on and then to the standard OTEL_* variables.
 * Headers: OTEL_EXPORTER_OTLP_HEADERS, overridden by OTEL_EXPORTER_OTLP_TRACES_HEADERS
 * (specification/protocol/exporter.md: the signal-specific one wins), overridden by the input.
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
  const headerSources: Array<[string | undefined, string]> = [
    [env.OTEL_EXPORTER_OTLP_HEADERS, 'OTEL_EXPORTER_OTLP_HEADERS'],
    [env.OTEL_EXPORTER_OTLP_TRACES_HEADERS, 'OTEL_EXPORTER_OTLP_TRACES_HEADERS'],
    [headerText, "input 'otlp-headers'"]
  ];
  const headers = Object.assign(
    {},
    ...headerSources.map(([text, source]) => (text ? lowerCaseKeys(parseHeaderList(text, source)) : {}))
  ) as Record<string, string>;

  const fromEnv = parseResourceAttributes(env.OTEL_RESOURCE_ATTRIBUTES);
  const serviceName =
    optionalInput('service-name') ??
    env[ENV.serviceName] ??
    env.OTEL_SERVICE_NAME ??
    fromEnv[ATTR_SERVICE_NAME] ??
    env.GITHUB_REPOSITORY ??
    env.JOB_NAME ??
    'goldenthread';
  let detected: Record<string, string> = {};
  try {
    detected = ciResourceAttributes(ciContext(env));
  } catch {
    // No CI facts (a plain shell): the spans carry no CI entities.
  }
  return {
    endpoint,
    headers,
    budgetMs: durationInput('otlp-timeout', '5s'),
    serviceName,
    protocol: otlpProtocol(env),
    resource: { ...fromEnv, ...detected, [ATTR_SERVICE_NAME]: serviceName }
  };
}

/** HTTP header names are case-insensitive: `Authorization` from one source replaces `authorization` from another. */
function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}

/** Spans leave the machine: every string in them passes the one redaction rule first. */
function redactSpan(span: SpanRecord): SpanRecord {
  const value = (v: unknown): unknown =>
    typeof v === 'string'
      ? redact(v)
      : Array.isArray(v)
        ? (v as unknown[]).map((x) => (typeof x === 'string' ? redact(x) : x))
        : v;
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
  if (config.protocol === 'grpc') {
    core.warning(
      'OTLP over gRPC is not supported for the CI spans; nothing was exported. Set ' +
        'OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf (or http/json) and an OTLP/HTTP endpoint (port 4318) for these steps.'
    );
    return { exported: 0, ok: false, elapsedMs: 0, error: 'grpc is not supported' };
  }
  const started = Date.now();
  let report: ExportReport;
  try {
    const { sendSpans } = await import('./otel-export.js');
    const resource = Object.fromEntries(Object.entries(config.resource).map(([k, v]) => [k, redact(v)]));
    report = await sendSpans({ ...config, resource }, spans.map(redactSpan));
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
