import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { until } from '../../packages/tools/lib/real-servers.mjs';
import { startServe } from './serve-process.js';

// The compiled `serve` under what a cluster throws at it: malformed and oversized requests,
// slow clients, a failing backend that echoes credentials, missing tokens, SIGTERM mid-request.
// The backend is a loopback server answering Prometheus' /api/v1/query in its documented shape.

const TOKEN = 'serve-test-token-0123456789';
const BUILD = 'shop-12-abcdef0';
type Mode = 'ok' | 'echo-credentials' | 'held';
let mode: Mode = 'ok';
let held: Array<() => void> = [];
let queries = 0;
let prom: Server;
let promUrl: string;
const gates: Array<Awaited<ReturnType<typeof startServe>>> = [];

function vector(value?: number) {
  return JSON.stringify({
    status: 'success',
    data: {
      resultType: 'vector',
      result: value === undefined ? [] : [{ metric: {}, value: [Date.now() / 1000, String(value)] }]
    }
  });
}

beforeAll(async () => {
  prom = createServer((req, res) => {
    queries++;
    const query = new URL(req.url ?? '/', 'http://x').searchParams.get('query') ?? '';
    const answer = () => {
      if (mode === 'echo-credentials') {
        // A misconfigured proxy in front of Prometheus that echoes what it was sent.
        return res
          .writeHead(502, { 'content-type': 'text/plain' })
          .end(
            `upstream https://admin:hunter2@prometheus.internal:9090 refused; Authorization: Bearer sEcReTtOkEnVaLuE; password=letmein123 ${'x'.repeat(2000)}`
          );
      }
      // The gate reads the spanmetrics calls counter per series (span kind, status): 4999 ok and 1
      // error of SERVER spans; no latency histogram.
      if (!query.includes('calls_total'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end(vector());
      const series = (status: string, value: number) => ({
        metric: { span_kind: 'SPAN_KIND_SERVER', span_name: 'GET /checkout', status_code: status, build_id: BUILD },
        value: [Date.now() / 1000, String(value)]
      });
      const result = [series('STATUS_CODE_UNSET', 4999), series('STATUS_CODE_ERROR', 1)];
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ status: 'success', data: { resultType: 'vector', result } }));
    };
    if (mode === 'held') held.push(answer);
    else answer();
  });
  await new Promise<void>((r) => prom.listen(0, '127.0.0.1', r));
  promUrl = `http://127.0.0.1:${(prom.address() as { port: number }).port}`;
});
afterAll(async () => {
  for (const release of held) release();
  await new Promise((r) => prom.close(r));
});
afterEach(async () => {
  mode = 'ok';
  for (const release of held) release();
  held = [];
  await Promise.all(gates.splice(0).map((g) => g.stop('SIGKILL')));
});

async function gate(extra: Record<string, string> = {}) {
  const g = await startServe({
    backend: 'prometheus',
    'backend-url': promUrl,
    'backend-timeout': '5s',
    'serve-token': TOKEN,
    ...extra
  });
  gates.push(g);
  return g;
}

const auth = { authorization: `Bearer ${TOKEN}` };

/** Write raw bytes on a fresh connection; resolve with everything the server sent before closing. */
function raw(port: number, bytes: string, { end = true } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    socket.on('data', (c: Buffer) => (got += c.toString()));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(got) : reject(error)));
    socket.on('close', () => resolve(got));
    socket.write(bytes);
    if (end) socket.end();
  });
}

describe('serve: hostile requests', () => {
  test('a malformed request line gets 400, and the server keeps serving every later request', async () => {
    const g = await gate();
    const answers = await Promise.all([
      raw(g.port, 'GET http://[ HTTP/1.1\r\nHost: gate\r\n\r\n'),
      raw(g.port, 'GET http://[::1 HTTP/1.1\r\nHost: gate\r\n\r\n'),
      raw(g.port, '\x00\x01\x02 nonsense\r\n\r\n'),
      raw(g.port, 'GET //[ HTTP/1.1\r\nHost: gate\r\n\r\n')
    ]);
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    const ok = await fetch(`${g.base}/v1/verdict?build_id=${BUILD}`, { headers: auth });
    expect(ok.status).toBe(200);
    // One look at static counters is not yet evidence for a pass; what matters here is a verdict.
    expect(['pass', 'inconclusive']).toContain(((await ok.json()) as { verdict: string }).verdict);
    expect(g.running()).toBe(true);
  });

  test('oversized headers 431, a body 413, other methods 405, other paths 404; still serving', async () => {
    const g = await gate();
    const big = await raw(g.port, `GET /healthz HTTP/1.1\r\nHost: gate\r\nX-Big: ${'a'.repeat(10_000)}\r\n\r\n`);
    expect(big).toMatch(/^HTTP\/1\.1 431 /);
    const body = await fetch(`${g.base}/v1/verdict?build_id=${BUILD}`, {
      method: 'POST',
      headers: auth,
      body: 'x'.repeat(5000)
    });
    expect(body.status).toBe(413);
    expect((await fetch(`${g.base}/v1/verdict?build_id=${BUILD}`, { method: 'DELETE', headers: auth })).status).toBe(
      405
    );
    expect((await fetch(`${g.base}/metrics`)).status).toBe(404);
    expect((await fetch(`${g.base}/healthz`)).status).toBe(200);
  });

  test('a client that never finishes its headers is cut off (408) without holding the server', async () => {
    const g = await gate();
    const started = Date.now();
    const slow = raw(g.port, 'GET /healthz HTTP/1.1\r\nHost: gate\r\n', { end: false });
    // Meanwhile everyone else is served.
    expect((await fetch(`${g.base}/healthz`)).status).toBe(200);
    const answer = await slow;
    expect(answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(Date.now() - started).toBeLessThan(12_000);
  }, 20_000);
});

describe('serve: bearer token', () => {
  test('verdicts need the token (401 without or wrong, 200 with); /healthz does not', async () => {
    const g = await gate();
    const url = `${g.base}/v1/verdict?build_id=${BUILD}`;
    const none = await fetch(url);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN}x` } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Bearer ${TOKEN.slice(0, -1)}` } })).status).toBe(401);
    expect((await fetch(url, { headers: { authorization: `Basic ${TOKEN}` } })).status).toBe(401);
    expect((await fetch(url, { headers: auth })).status).toBe(200);
    expect((await fetch(`${g.base}/healthz`)).status).toBe(200);
    expect(queries).toBeGreaterThan(0);
  });

  test('from a file (a mounted Secret), trailing newline ignored', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gt-tok-')), 'token');
    writeFileSync(file, `${TOKEN}\n`);
    const g = await gate({ 'serve-token': '', 'serve-token-file': file });
    expect((await fetch(`${g.base}/v1/verdict?build_id=${BUILD}`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${g.base}/v1/verdict?build_id=${BUILD}`)).status).toBe(401);
  });

  test.each([
    [{ 'serve-token': 'short' }, /Invalid input 'serve-token': expected at least 16 printable characters/],
    [
      { 'serve-token': '', 'serve-token-file': '/nonexistent/token' },
      /Invalid input 'serve-token-file': cannot read '\/nonexistent\/token' \(ENOENT\)/
    ],
    [{ 'serve-port': '99999' }, /Invalid input 'serve-port': '99999'. Expected a TCP port/],
    [{ 'serve-address': 'a b' }, /Invalid input 'serve-address': 'a b'/]
  ])('bad input %j: exits 1 with a clear error before listening', async (inputs, message) => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      INPUT_BACKEND: 'prometheus',
      'INPUT_BACKEND-URL': promUrl,
      'INPUT_SERVE-PORT': '0'
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const run = spawnSync(process.execPath, ['dist/otel-gate/index.js', 'serve'], {
      env,
      encoding: 'utf8',
      timeout: 20_000
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(message);
    expect(run.stdout + run.stderr).not.toMatch(/serving on/);
  });

  test('listens on loopback unless told otherwise', async () => {
    const g = await gate();
    expect(g.output()).toMatch(/serving on http:\/\/127\.0\.0\.1:\d+\/v1\/verdict \(a bearer token is required\)/);
  });
});

describe('serve: backend trouble', () => {
  test('a failing backend is a 503 whose error carries no credential and stays short', async () => {
    const g = await gate();
    mode = 'echo-credentials';
    const res = await fetch(`${g.base}/v1/verdict?build_id=${BUILD}`, { headers: auth });
    expect(res.status).toBe(503);
    const text = await res.text();
    for (const secret of ['hunter2', 'sEcReTtOkEnVaLuE', 'letmein123', TOKEN]) expect(text).not.toContain(secret);
    const { error } = JSON.parse(text) as { error: string };
    expect(error).toMatch(/^backend prometheus could not be read: /);
    expect(error).toContain('https://***@prometheus.internal');
    expect(error.length).toBeLessThanOrEqual(300);
    expect(g.output()).not.toContain('hunter2');
  });

  test('SIGTERM mid-verdict: the in-flight request is answered, new connections refused, exit 0', async () => {
    const g = await gate();
    mode = 'held';
    const before = queries;
    const inFlight = fetch(`${g.base}/v1/verdict?build_id=${BUILD}`, { headers: auth });
    await until(async () => (queries > before ? true : undefined), { what: 'the verdict to reach the backend' });
    g.signal('SIGTERM');
    await until(async () => (/SIGTERM: draining 1 in-flight/.test(g.output()) ? true : undefined), {
      what: 'serve to start draining'
    });
    await expect(fetch(`${g.base}/healthz`)).rejects.toThrow(); // no new connections
    for (const release of held.splice(0)) release();
    mode = 'ok';
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(['pass', 'inconclusive']).toContain(((await answer.json()) as { verdict: string }).verdict);
    expect(await g.exited).toBe(0);
  }, 30_000);
});
