// The sample "shop" service the demo deploys: the runtime base (HTTP server + OpenTelemetry
// SDK, configured only by the standard OTEL_* env) around the app code of one build
// (SHOP_APP_DIR/checkout.mjs, from that build's image context). Like any pod with an OTel SDK,
// every span carries the resource attributes rollout-patch injected (build.id, vcs revision);
// the link to the deploy span named by TRACEPARENT is this service's own code (deployLink):
// no SDK reads TRACEPARENT from the environment by itself.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SpanKind, SpanStatusCode, TraceFlags } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { detectResources, envDetector } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

const { checkout } = await import(pathToFileURL(join(process.env.SHOP_APP_DIR, 'checkout.mjs')).href);

const provider = new BasicTracerProvider({
  resource: detectResources({ detectors: [envDetector] }),
  spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())]
});
const tracer = provider.getTracer('shop');

/** The deploy span this pod came from (W3C traceparent), as a span link. */
function deployLink() {
  const match = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/.exec(process.env.TRACEPARENT ?? '');
  if (!match) return [];
  return [
    {
      context: {
        traceId: match[1],
        spanId: match[2],
        traceFlags: Number.parseInt(match[3], 16) & TraceFlags.SAMPLED,
        isRemote: true
      }
    }
  ];
}
const links = deployLink();

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://shop');
  const span = tracer.startSpan(`${req.method} ${url.pathname}`, {
    kind: SpanKind.SERVER,
    links,
    attributes: { 'http.request.method': req.method, 'url.path': url.pathname }
  });
  let status = 200;
  let body;
  try {
    body = JSON.stringify(
      checkout({
        items: Number(url.searchParams.get('items') ?? 1),
        coupon: url.searchParams.get('coupon') ?? undefined
      })
    );
  } catch (error) {
    status = 500;
    body = JSON.stringify({ error: error.message });
    span.recordException(error);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
  }
  span.setAttribute('http.response.status_code', status);
  res.writeHead(status, { 'content-type': 'application/json' }).end(body);
  span.end();
});

async function shutdown() {
  server.close();
  await provider.shutdown(); // flush the last spans before the pod goes away
  process.exit(0);
}
process.on('SIGTERM', shutdown);

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
