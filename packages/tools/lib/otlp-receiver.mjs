// A loopback OTLP/HTTP trace receiver: accepts what the real OTel JS exporter sends
// (POST /v1/traces, OTLP/JSON ExportTraceServiceRequest) and keeps the decoded spans. An
// OTLP/protobuf request is answered 200 and kept as bytes (requests[].body), not decoded.
// mode 'ok' answers 200, 'error' answers 503, 'blackhole' accepts and never answers.
import { createServer } from 'node:http';

const KINDS = { 1: 'INTERNAL', 2: 'SERVER', 3: 'CLIENT', 4: 'PRODUCER', 5: 'CONSUMER' };

function attributeValue(value) {
  if (value === undefined || value === null) return undefined;
  if ('stringValue' in value) return value.stringValue;
  if ('boolValue' in value) return value.boolValue;
  if ('intValue' in value) return Number(value.intValue);
  if ('doubleValue' in value) return value.doubleValue;
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(attributeValue);
  return undefined;
}

export function attributesOf(list = []) {
  return Object.fromEntries(list.map((a) => [a.key, attributeValue(a.value)]));
}

/** Flatten an ExportTraceServiceRequest into spans with decoded resource + attributes. */
export function decodeTraceRequest(body) {
  const spans = [];
  for (const resourceSpans of body.resourceSpans ?? []) {
    const resource = attributesOf(resourceSpans.resource?.attributes);
    for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
      for (const span of scopeSpans.spans ?? []) {
        spans.push({
          traceId: span.traceId,
          spanId: span.spanId,
          parentSpanId: span.parentSpanId || undefined,
          name: span.name,
          kind: KINDS[span.kind] ?? String(span.kind),
          startMs: Number(BigInt(span.startTimeUnixNano) / 1_000_000n),
          endMs: Number(BigInt(span.endTimeUnixNano) / 1_000_000n),
          attributes: attributesOf(span.attributes),
          status: { code: span.status?.code ?? 0, message: span.status?.message },
          links: (span.links ?? []).map((l) => ({ traceId: l.traceId, spanId: l.spanId })),
          resource
        });
      }
    }
  }
  return spans;
}

/**
 * @param {{ mode?: 'ok' | 'error' | 'blackhole', onRequest?: (raw: string, spans: object[]) => void }} [options]
 *   onRequest sees every accepted request (raw OTLP/JSON and its decoded spans).
 */
export async function startOtlpReceiver({ mode = 'ok', onRequest } = {}) {
  const spans = [];
  const requests = [];
  const waiters = [];
  const held = new Set();
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const raw = body.toString('utf8');
      requests.push({ path: req.url, headers: req.headers, raw, body });
      if (mode === 'blackhole') {
        held.add(res);
        return;
      }
      if (mode === 'error') {
        res.writeHead(503).end();
        return;
      }
      if (
        req.method === 'POST' &&
        req.url === '/v1/traces' &&
        req.headers['content-type'] === 'application/x-protobuf'
      ) {
        res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
        return;
      }
      if (req.method !== 'POST' || req.url !== '/v1/traces' || !/json/.test(req.headers['content-type'] ?? '')) {
        res.writeHead(400).end();
        return;
      }
      const decoded = decodeTraceRequest(JSON.parse(raw));
      spans.push(...decoded);
      onRequest?.(raw, decoded);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      for (const w of waiters.splice(0)) w();
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    requests,
    /** Resolve once at least n spans arrived (event-driven, no polling sleeps). */
    waitForSpans(n) {
      return new Promise((resolve) => {
        const check = () => (spans.length >= n ? resolve(spans) : waiters.push(check));
        check();
      });
    },
    async close() {
      for (const res of held) res.destroy();
      server.closeAllConnections?.();
      await new Promise((r) => server.close(r));
    }
  };
}
