import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportSpans, SPAN_KIND, STATUS_CODE, telemetryConfig, type SpanRecord } from '@goldenthread/core';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { built, startOtelCollector, until } from '../../packages/tools/lib/real-servers.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';

// The standard OTEL_* variables for the CI spans (opentelemetry-specification v1.60.0:
// specification/protocol/exporter.md, specification/resource/sdk.md), through the real export
// path to the loopback OTLP receiver and, where it is built, to the real Collector.

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
let output = '';
const saved = { ...process.env };

beforeEach(() => {
  output = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output += String(chunk);
    return true;
  });
  for (const key of Object.keys(process.env))
    if (key.startsWith('INPUT_') || key.startsWith('OTEL_')) delete process.env[key];
});
afterEach(() => {
  jest.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
});

function span(name = 'rollout-patch'): SpanRecord {
  const now = Date.now();
  return {
    name,
    kind: SPAN_KIND.INTERNAL,
    traceId: TRACE_ID,
    spanId: '00f067aa0ba902b7',
    startTimeMs: now - 5,
    endTimeMs: now,
    attributes: { 'cicd.pipeline.task.name': name },
    status: { code: STATUS_CODE.OK }
  };
}

describe('OTEL_RESOURCE_ATTRIBUTES', () => {
  test('merged under the detected CI entities; percent-decoded; service.name from it beats the repository default', () => {
    const config = telemetryConfig(
      githubEnv({
        OTEL_RESOURCE_ATTRIBUTES: 'team=pay%2Cments, cicd.pipeline.name=spoofed,service.name=checkout-ci'
      })
    );
    expect(config.resource).toMatchObject({
      team: 'pay,ments',
      'cicd.pipeline.name': 'Release',
      'cicd.pipeline.run.id': '4242',
      'service.name': 'checkout-ci'
    });
    expect(
      telemetryConfig(githubEnv({ OTEL_SERVICE_NAME: 'named', OTEL_RESOURCE_ATTRIBUTES: 'service.name=x' })).serviceName
    ).toBe('named');
    expect(output).not.toMatch(/warning/);
  });

  test('one malformed pair drops the whole variable with a warning that does not echo it', () => {
    for (const bad of ['team=payments,token', 'a=b=c', 'k=%E0%A4%A', '=v9q']) {
      output = '';
      const config = telemetryConfig(githubEnv({ OTEL_RESOURCE_ATTRIBUTES: `${bad},zone=eu` }));
      expect(config.resource).not.toHaveProperty('zone');
      expect(config.resource['cicd.pipeline.name']).toBe('Release');
      expect(output).toMatch(/::warning::Ignoring OTEL_RESOURCE_ATTRIBUTES for the CI spans/);
      expect(output).not.toContain(bad);
    }
  });
});

describe('headers and protocol', () => {
  test('headers: generic, then traces-specific, then the otlp-headers input, names case-insensitive', () => {
    process.env['INPUT_OTLP-HEADERS'] = 'X-C=3';
    const config = telemetryConfig({
      OTEL_EXPORTER_OTLP_HEADERS: 'a=1,b=1,x-c=1',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'B=2,x-c=2'
    });
    expect(config.headers).toEqual({ a: '1', b: '2', 'x-c': '3' });
  });

  test('protocol: the traces variable wins over the generic one; an unknown value warns and falls back to http/json', () => {
    expect(telemetryConfig({}).protocol).toBe('http/json');
    expect(telemetryConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' }).protocol).toBe('http/protobuf');
    expect(
      telemetryConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc', OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuf' })
        .protocol
    ).toBe('http/protobuf');
    expect(output).toBe('');
    expect(telemetryConfig({ OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/protobuff' }).protocol).toBe('http/json');
    expect(output).toMatch(/Ignoring OTEL_EXPORTER_OTLP_TRACES_PROTOCOL 'http\/protobuff'/);
  });
});

describe('export on the wire', () => {
  let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
  beforeAll(async () => {
    otlp = await startOtlpReceiver();
  });
  afterAll(async () => {
    await otlp.close();
  });

  test('http/protobuf: the SDK serializer, application/x-protobuf, headers sent; json stays the default', async () => {
    const env = githubEnv({
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-tenant=tenant-7f3'
    });
    const before = otlp.requests.length;
    const report = await exportSpans(telemetryConfig(env), [span()]);
    expect(report).toMatchObject({ ok: true, exported: 1 });
    const request = otlp.requests[before];
    expect(request.headers['content-type']).toBe('application/x-protobuf');
    expect(request.headers['x-tenant']).toBe('tenant-7f3');
    // Protobuf carries ids as raw bytes and strings as UTF-8: both must be in the body.
    expect(request.body.includes(Buffer.from(TRACE_ID, 'hex'))).toBe(true);
    for (const text of ['cicd.pipeline.run.id', '4242', 'https://opentelemetry.io/schemas/1.44.0'])
      expect(request.body.includes(Buffer.from(text))).toBe(true);
    expect(() => JSON.parse(request.raw)).toThrow();

    const json = await exportSpans(telemetryConfig({ ...env, OTEL_EXPORTER_OTLP_PROTOCOL: '' }), [span('json')]);
    expect(json.ok).toBe(true);
    const [decoded] = otlp.spans.filter((s) => s.name === 'json');
    expect(decoded.resource['cicd.pipeline.run.id']).toBe('4242');
    expect(JSON.parse(otlp.requests.at(-1)!.raw).resourceSpans[0].schemaUrl).toBe(
      'https://opentelemetry.io/schemas/1.44.0'
    );
  });

  test('grpc is refused with a warning and nothing is sent', async () => {
    const before = otlp.requests.length;
    const config = telemetryConfig(
      githubEnv({ OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url, OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' })
    );
    const report = await exportSpans(config, [span()]);
    expect(report.ok).toBe(false);
    expect(output).toMatch(/::warning::OTLP over gRPC is not supported for the CI spans; nothing was exported/);
    expect(otlp.requests.length).toBe(before);
  });

  test('a black-holed receiver holds a protobuf export no longer than otlp-timeout', async () => {
    const hole = await startOtlpReceiver({ mode: 'blackhole' });
    try {
      process.env['INPUT_OTLP-TIMEOUT'] = '300ms';
      const config = telemetryConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: hole.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf'
      });
      const started = Date.now();
      const report = await exportSpans(config, [span()]);
      expect(report).toMatchObject({ ok: false, error: 'no answer within the 300 ms budget' });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(hole.requests).toHaveLength(1);
    } finally {
      await hole.close();
    }
  });
});

const realCollector = built('otelcol') ? describe : describe.skip;
realCollector('the real OpenTelemetry Collector', () => {
  test('decodes our http/protobuf request: spans, the merged resource and its schema URL', async () => {
    const spansFile = join(mkdtempSync(join(tmpdir(), 'gt-semconv-')), 'spans.jsonl');
    const collector = await startOtelCollector({ spansFile });
    try {
      const env = githubEnv({
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
        OTEL_RESOURCE_ATTRIBUTES: 'team=payments'
      });
      const report = await exportSpans(telemetryConfig(env), [span('protobuf-step')]);
      expect(report).toMatchObject({ ok: true, exported: 1 });
      const line = await until(
        () => {
          let text: string;
          try {
            text = readFileSync(spansFile, 'utf8');
          } catch {
            return undefined;
          }
          return text.split('\n').find((l) => l.includes('protobuf-step'));
        },
        { what: 'the span in the Collector file exporter' }
      );
      const request = JSON.parse(line);
      const [resourceSpans] = request.resourceSpans;
      const resource = Object.fromEntries(
        resourceSpans.resource.attributes.map((a: { key: string; value: { stringValue: string } }) => [
          a.key,
          a.value.stringValue
        ])
      );
      expect(resource).toMatchObject({ team: 'payments', 'cicd.pipeline.run.id': '4242', 'service.name': 'acme/shop' });
      expect(resourceSpans.schemaUrl).toBe('https://opentelemetry.io/schemas/1.44.0');
      const decoded = resourceSpans.scopeSpans[0].spans[0];
      expect(decoded.traceId).toBe(TRACE_ID);
      expect(decoded.name).toBe('protobuf-step');
    } finally {
      await collector.stop();
    }
  });
});
