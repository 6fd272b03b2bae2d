// The gate's jaeger backend against real Jaeger (the `jaeger` all-in-one program, v1.76.0, built by
// test/servers/build.sh; in-memory storage). Spans go in over OTLP/HTTP as a collector sends them;
// the backend reads them back through Jaeger's query API.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { jaegerBackend, PAGE_LIMIT } from '../../actions/otel-gate/src/backends/jaeger.js';
import type { BackendOptions } from '../../actions/otel-gate/src/backends/types.js';
import { backendOptions, totals } from '../collector/backend-helpers.js';
import { startFaultProxy } from '../../packages/tools/lib/fault-proxy.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { built, freePort, startJaeger, until } from '../../packages/tools/lib/real-servers.mjs';

const HAVE_JAEGER = built('jaeger');
if (!HAVE_JAEGER)
  console.warn('test/otel-gate/jaeger: Jaeger is not built (test/servers/build.sh); the real-Jaeger tests are skipped');
const suite = HAVE_JAEGER ? describe : describe.skip;

const hex = (n: number) => randomBytes(n).toString('hex');
const str = (key: string, value: string) => ({ key, value: { stringValue: value } });
const int = (key: string, value: number) => ({ key, value: { intValue: String(value) } });

interface Planned {
  kind?: number;
  name?: string;
  httpStatus?: number;
  error?: boolean;
  durationMs?: number;
  startMs?: number;
  traceState?: string;
  route?: string;
}

/** One OTLP/JSON request: each planned span in a trace of its own, as a service's requests are. */
function otlpRequest(resource: Record<string, string>, spans: Planned[]) {
  const now = Date.now();
  return {
    resourceSpans: [
      {
        resource: { attributes: Object.entries(resource).map(([k, v]) => str(k, v)) },
        scopeSpans: [
          {
            scope: { name: 'jaeger-test' },
            spans: spans.map((p, i) => {
              const start = BigInt(p.startMs ?? now - 5000 + (i % 4000)) * 1_000_000n;
              return {
                traceId: hex(16),
                spanId: hex(8),
                traceState: p.traceState,
                name: p.name ?? 'GET /checkout',
                kind: p.kind ?? 2,
                startTimeUnixNano: String(start),
                endTimeUnixNano: String(start + BigInt((p.durationMs ?? 20) * 1_000_000)),
                attributes: [
                  ...(p.httpStatus ? [int('http.response.status_code', p.httpStatus)] : []),
                  ...(p.route ? [str('http.route', p.route)] : [])
                ],
                status: p.error ? { code: 2, message: 'boom' } : {}
              };
            })
          }
        ]
      }
    ]
  };
}

let jaeger: Awaited<ReturnType<typeof startJaeger>>;
async function send(resource: Record<string, string>, spans: Planned[]) {
  for (let i = 0; i < spans.length; i += 2000) {
    const res = await fetch(`${jaeger.otlpUrl}/v1/traces`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(otlpRequest(resource, spans.slice(i, i + 2000)))
    });
    expect(res.status).toBe(200);
  }
}
const backendAt = (url: string, more: Partial<BackendOptions> = {}) => jaegerBackend(backendOptions(url, more));
const PROBE_ROUTES = ['/healthz', '/readyz', '/livez', '/health', '/ping'];
/** Jaeger stores asynchronously: poll until the backend sees `requests` (then check it stays exact). */
const sampleWhen = (backend: ReturnType<typeof jaegerBackend>, build: string, requests: number) =>
  until(
    async () => {
      const s = await totals(backend, build);
      return s.requests >= requests ? s : undefined;
    },
    { what: `${requests} spans of ${build} in Jaeger` }
  );

suite('otel-gate backend jaeger on real Jaeger', () => {
  beforeAll(async () => {
    jaeger = await startJaeger();
  });
  afterAll(() => jaeger?.stop());

  test('counts the build’s SERVER spans and errors (status ERROR or HTTP ≥ 500); probes, clients, other builds and services do not count', async () => {
    const build = 'release-30-aaaaaaa';
    const planned: Planned[] = [
      ...Array.from({ length: 180 }, (_, i) => ({ httpStatus: 200, durationMs: 10 + (i % 50) })),
      ...Array.from({ length: 12 }, () => ({ httpStatus: 500, error: true })),
      ...Array.from({ length: 8 }, () => ({ httpStatus: 503 })), // status left UNSET: an error by its HTTP code
      ...Array.from({ length: 4 }, () => ({ httpStatus: 404 })), // a client's fault: not an error
      ...PROBE_ROUTES.map((route) => ({ name: `GET ${route}`, route, httpStatus: 503 })),
      ...Array.from({ length: 9 }, () => ({ kind: 3, httpStatus: 500, error: true })) // CLIENT spans
    ];
    await send({ 'service.name': 'shop', 'build.id': build }, planned);
    await send(
      { 'service.name': 'shop', 'build.id': 'release-29-0000000' },
      Array.from({ length: 50 }, () => ({ httpStatus: 500, error: true }))
    );
    await send(
      { 'service.name': 'payments', 'build.id': build },
      Array.from({ length: 30 }, () => ({ httpStatus: 500, error: true }))
    );
    const backend = backendAt(jaeger.url);
    const sample = await sampleWhen(backend, build, 204);
    expect(sample).toMatchObject({ requests: 204, errors: 20, latencySamples: 204 });
    // Looking again finds nothing new and counts nothing twice.
    expect(await totals(backend, build)).toMatchObject({ requests: 204, errors: 20 });
  });

  test(`pages: ${3 * PAGE_LIMIT + 17} traces in one window are each counted once, in a bounded number of searches`, async () => {
    const build = 'release-31-bbbbbbb';
    const n = 3 * PAGE_LIMIT + 17;
    await send(
      { 'service.name': 'shop', 'build.id': build },
      Array.from({ length: n }, (_, i) => ({ httpStatus: i % 100 === 0 ? 500 : 200, error: i % 100 === 0 }))
    );
    // Wait for Jaeger to hold them all (a raw count through a search as large as the store).
    await until(
      async () => {
        const res = await fetch(
          `${jaeger.url}/api/traces?service=shop&tags=${encodeURIComponent(JSON.stringify({ 'build.id': build }))}&limit=${n + 10}`
        );
        return (await res.json()).data.length === n ? true : undefined;
      },
      { what: `${n} traces stored` }
    );
    const proxy = await startFaultProxy(jaeger.url, []);
    try {
      const sample = await totals(backendAt(`http://${proxy.host}`), build);
      expect(sample).toMatchObject({ requests: n, errors: Math.ceil(n / 100) });
      const searches = proxy.seen.filter((r) => r.url.startsWith('/api/traces?')).length;
      expect(searches).toBeGreaterThan(1); // one answer holds at most PAGE_LIMIT traces
      // Each full answer is split in at most three: a bound of five searches per page of traffic.
      expect(searches).toBeLessThanOrEqual(5 * Math.ceil(n / PAGE_LIMIT));
      for (const r of proxy.seen) expect(new URL(r.url, 'http://x').searchParams.get('limit')).toBe(String(PAGE_LIMIT));
    } finally {
      await proxy.close();
    }
  });

  test('looks move a window: new spans add up across looks, a span that arrives late is still counted once', async () => {
    const build = 'release-32-ccccccc';
    const backend = backendAt(jaeger.url);
    await send(
      { 'service.name': 'shop', 'build.id': build },
      Array.from({ length: 100 }, () => ({ httpStatus: 200 }))
    );
    await sampleWhen(backend, build, 100);
    // More traffic, plus spans that started 10 s ago but reach Jaeger only now (an exporter's batch).
    await send({ 'service.name': 'shop', 'build.id': build }, [
      ...Array.from({ length: 60 }, () => ({ httpStatus: 500, error: true })),
      ...Array.from({ length: 5 }, () => ({ httpStatus: 200, startMs: Date.now() - 10_000 }))
    ]);
    const second = await sampleWhen(backend, build, 165);
    expect(second).toMatchObject({ requests: 165, errors: 60 });
    expect(await totals(backend, build)).toMatchObject({ requests: 165, errors: 60 });
  });

  test('says when upstream sampling makes the counts partial', async () => {
    const build = 'release-33-ddddddd';
    // OpenTelemetry's probability sampling records its threshold in the tracestate (th:8 = 50 %).
    await send(
      { 'service.name': 'shop', 'build.id': build },
      Array.from({ length: 20 }, () => ({ httpStatus: 200, traceState: 'ot=th:8' }))
    );
    const warnings: string[] = [];
    await sampleWhen(backendAt(jaeger.url, { warn: (w) => warnings.push(w) }), build, 20);
    expect(warnings).toEqual([expect.stringMatching(/counts are partial.*th:8/)]);
    const unsampled: string[] = [];
    await totals(backendAt(jaeger.url, { warn: (w) => unsampled.push(w) }), 'release-30-aaaaaaa');
    expect(unsampled).toEqual([]);
  });

  test('the compiled gate step reads Jaeger: every span counted, the good build never failed, the bad never passed, sampling noted', async () => {
    const good = 'release-34-eeeeeee';
    // The spans start within the last 5 s (otlpRequest): a window from just before them.
    const windowStart = new Date(Date.now() - 6_000).toISOString();
    const bad = 'release-35-fffffff';
    await send(
      { 'service.name': 'shop', 'build.id': good },
      Array.from({ length: 600 }, () => ({ httpStatus: 200 }))
    );
    await send(
      { 'service.name': 'shop', 'build.id': bad },
      Array.from({ length: 400 }, (_, i) => ({
        httpStatus: i % 10 === 0 ? 500 : 200,
        error: i % 10 === 0,
        traceState: 'ot=th:c'
      }))
    );
    await sampleWhen(backendAt(jaeger.url), bad, 400);
    const gate = (buildId: string) =>
      new LocalJob(githubEnv()).step('otel-gate', {
        backend: 'jaeger',
        'backend-url': jaeger.url,
        service: 'shop',
        'build-id': buildId,
        'max-error-rate': '1%',
        'window-start': windowStart,
        'min-duration': '0s',
        interval: '200ms',
        count: '4'
      });
    const [passed, failed] = [await gate(good), await gate(bad)];
    // Every span reaches the judge through the compiled step. Traffic this short (one burst, looks
    // 200 ms apart) is too little for the judge's decision-time rule to settle a verdict either way,
    // so the test holds it to: never fail the good build, never pass the bad one.
    expect(passed.outputs.requests).toBe('600');
    expect(['pass', 'inconclusive']).toContain(passed.outputs.verdict);
    expect(failed.outputs.requests).toBe('400');
    expect(['fail', 'inconclusive']).toContain(failed.outputs.verdict);
    expect(failed.code).toBe(1);
    expect(failed.log).toMatch(/counts are partial: spans were sampled upstream \(tracestate th:c\)/);
  });

  test('Jaeger answering 500, or not at all, is a backend error (a look that counts toward the error limit), never zero traffic', async () => {
    const proxy = await startFaultProxy(jaeger.url, [{ method: 'GET', path: /^\/api\/traces/, status: 500, times: 1 }]);
    try {
      const backend = backendAt(`http://${proxy.host}`);
      await expect(totals(backend, 'release-30-aaaaaaa')).rejects.toThrow(/HTTP 500/);
      await expect(totals(backend, 'release-30-aaaaaaa')).resolves.toMatchObject({ requests: 204 });
    } finally {
      await proxy.close();
    }
    const nobody = `http://127.0.0.1:${await freePort()}`;
    await expect(totals(backendAt(nobody), 'release-30-aaaaaaa')).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/api\/traces/
    );
  });
});

describe('otel-gate backend jaeger: inputs', () => {
  test('needs a service and an http(s) URL, and refuses custom queries, before any request', async () => {
    expect(() => jaegerBackend(backendOptions('http://jaeger:16686', { service: undefined }))).toThrow(
      /Input 'service' is required for backend jaeger/
    );
    expect(() => backendAt('ftp://jaeger')).toThrow(
      /Invalid input 'backend-url' 'ftp:\/\/jaeger'. Expected Jaeger's query base URL/
    );
    await expect(
      backendAt('http://jaeger:16686').custom({ name: 'x', query: 'q', op: '<=', threshold: 1 }, { build: 'b' })
    ).rejects.toThrow(/needs a query backend/);
  });

  test('the build id reaches Jaeger only inside the JSON tags parameter, escaped', async () => {
    const seen: string[] = [];
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      seen.push(req.url!);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[]}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as { port: number }).port;
      const hostile = 'b"}&service=other&x={"a';
      await totals(backendAt(`http://127.0.0.1:${port}/jaeger`), hostile);
      const url = new URL(seen[0], 'http://x');
      expect(url.pathname).toBe('/jaeger/api/traces');
      expect(url.searchParams.getAll('service')).toEqual(['shop']);
      expect(JSON.parse(url.searchParams.get('tags')!)).toEqual({ 'build.id': hostile });
    } finally {
      server.close();
    }
  });
});
