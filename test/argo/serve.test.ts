import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { until } from '../../packages/tools/lib/real-servers.mjs';
import { startServe } from './serve-process.js';
import { PENDING_VERDICT, recordJson, type VerdictAnswer } from '../../packages/core/src/contracts/records.js';

// The compiled `serve` under what a cluster throws at it: malformed and oversized requests,
// slow clients, a failing backend that echoes credentials, missing tokens, SIGTERM mid-request;
// and its analysis sessions: pending until decided, sticky after, one look at a time per key.
// The backend is a loopback server answering Prometheus' /api/v1/query in its documented shape.

const TOKEN = 'serve-test-token-0123456789';
const BUILD = 'shop-12-abcdef0';
type Mode = 'ok' | 'echo-credentials' | 'held';
let mode: Mode = 'ok';
let held: Array<() => void> = [];
let queries = 0;
/** The build's cumulative SERVER spans, as the spanmetrics calls counter reports them. */
const counters = { ok: 4999, errors: 1 };
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
      // The gate reads the spanmetrics calls counter per series (span kind, status): `counters`
      // of SERVER spans; no latency histogram.
      if (!query.includes('calls_total'))
        return res.writeHead(200, { 'content-type': 'application/json' }).end(vector());
      const series = (status: string, value: number) => ({
        metric: { span_kind: 'SPAN_KIND_SERVER', span_name: 'GET /checkout', status_code: status, build_id: BUILD },
        value: [Date.now() / 1000, String(value)]
      });
      const result = [series('STATUS_CODE_UNSET', counters.ok), series('STATUS_CODE_ERROR', counters.errors)];
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
  Object.assign(counters, { ok: 4999, errors: 1 });
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
    // The first look opens the window: nothing to judge yet.
    expect(((await ok.json()) as { verdict: string }).verdict).toBe('pending');
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
    [{ 'serve-address': 'a b' }, /Invalid input 'serve-address': 'a b'/],
    [{ 'window-start': '2026-01-01T00:00:00Z' }, /Input 'window-start' does not apply to serve: .*window_start/]
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
    expect(((await answer.json()) as { verdict: string }).verdict).toBe('pending');
    expect(await g.exited).toBe(0);
  }, 30_000);
});

interface Body {
  verdict: string;
  reason?: string;
  error?: string;
  gate_passed?: boolean;
  window?: { start: string; end: string };
  metrics?: Array<{ name: string; result: string }>;
  measurements?: Array<{ look: number; error?: string; interval?: unknown }>;
}

async function ask(g: { base: string }, query: string): Promise<{ status: number; body: Body }> {
  const res = await fetch(`${g.base}/v1/verdict?${query}`, { headers: auth });
  return { status: res.status, body: (await res.json()) as Body };
}
const windowMs = (b: Body) => Date.parse(b.window!.end) - Date.parse(b.window!.start);
const looks = (b: Body) => b.measurements!.map((m) => m.look);
const oneTo = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('serve: analysis sessions', () => {
  test('pending until min-duration of window however good the traffic, then pass; the pass is final: same answer, no more looks', async () => {
    const g = await gate({ 'min-duration': '2s', 'max-duration': '1m' });
    const answers: Array<{ status: number; body: Body }> = [];
    await until(
      async () => {
        counters.ok += 5000; // plenty of healthy traffic between any two looks
        answers.push(await ask(g, `build_id=${BUILD}`));
        return answers.at(-1)!.body.verdict === 'pending' ? undefined : true;
      },
      { what: 'a decision', everyMs: 50 }
    );
    for (const a of answers) expect(a.status).toBe(200);
    const first = answers[0].body;
    // The first ask opens the window: its counters are the window's start, not evidence.
    expect(first).toMatchObject({ verdict: 'pending', window: { start: first.window!.end } });
    expect(looks(first)).toEqual([1]);
    expect(first.gate_passed).toBeUndefined();
    expect(first.reason).toMatch(/^not decided yet: .*min-duration \(2 s\)/);
    // Every answer is the next look of one session: no look lost, none repeated.
    answers.forEach((a, i) => expect(looks(a.body)).toEqual(oneTo(i + 1).slice(-100)));
    const decided = answers.at(-1)!.body;
    expect(decided.verdict).toBe('pass');
    expect(decided.gate_passed).toBe(true);
    expect(windowMs(decided)).toBeGreaterThanOrEqual(2000);
    for (const a of answers.slice(0, -1)) expect(a.body.verdict).toBe('pending');
    expect(answers.length).toBeGreaterThan(2);
    const before = queries;
    for (let i = 0; i < 3; i++) {
      counters.errors += 5000; // whatever happens now is not looked at
      expect(await ask(g, `build_id=${BUILD}`)).toEqual({ status: 200, body: decided });
    }
    expect(queries).toBe(before);
  }, 30_000);

  test('max-duration reached without a decision: a final inconclusive with its reason, the same on every later ask', async () => {
    const g = await gate({ 'min-duration': '1s', 'max-duration': '3s' });
    const answers: Body[] = [];
    await until(
      async () => {
        answers.push((await ask(g, `build_id=${BUILD}`)).body); // no traffic at all in the window
        return answers.at(-1)!.verdict === 'pending' ? undefined : true;
      },
      { what: 'the end of the window', everyMs: 200 }
    );
    const final = answers.at(-1)!;
    expect(final.verdict).toBe('inconclusive');
    expect(final.reason).toMatch(/traffic too thin/);
    expect(windowMs(final)).toBeGreaterThanOrEqual(3000);
    for (const m of final.metrics!) expect(m.result).not.toBe('pending');
    for (const b of answers.slice(0, -1)) expect(windowMs(b)).toBeLessThan(3000);
    const before = queries;
    expect((await ask(g, `build_id=${BUILD}`)).body).toEqual(final);
    expect(queries).toBe(before);
  }, 30_000);

  test('asks for one key while its look is in flight: one look, every ask answered with it', async () => {
    const g = await gate();
    const query = `build_id=${BUILD}&baseline_build_id=shop-11-0000000`;
    expect(looks((await ask(g, query)).body)).toEqual([1]);
    mode = 'held';
    const before = queries;
    const first = ask(g, query);
    await until(async () => (queries > before ? true : undefined), { what: 'the look to reach the backend' });
    const others = Array.from({ length: 5 }, () => ask(g, query));
    // Those requests are on their own connections, written before these: served once these are.
    for (let i = 0; i < 2; i++) expect((await fetch(`${g.base}/healthz`)).status).toBe(200);
    mode = 'ok';
    for (const release of held.splice(0)) release();
    const answers = await Promise.all([first, ...others]);
    for (const a of answers) expect(a).toEqual(answers[0]);
    expect(answers[0].status).toBe(200);
    expect(looks(answers[0].body)).toEqual([1, 2]);
    // Had any of them looked again, this would be look 4 or later.
    expect(looks((await ask(g, query)).body)).toEqual([1, 2, 3]);
  }, 30_000);

  test('a backend error is a 503 and the session keeps its window; past consecutive-error-limit the answer is a final inconclusive', async () => {
    const g = await gate({ 'consecutive-error-limit': '2' });
    const query = `build_id=${BUILD}`;
    const opened = (await ask(g, query)).body;
    mode = 'echo-credentials';
    expect((await ask(g, query)).status).toBe(503);
    mode = 'ok';
    counters.ok += 100;
    const after = await ask(g, query);
    expect(after.status).toBe(200);
    expect(after.body.window!.start).toBe(opened.window!.start);
    expect(looks(after.body)).toEqual([1, 2, 3]);
    expect(after.body.measurements![1].error).toContain('https://***@prometheus.internal');
    expect(JSON.stringify(after.body)).not.toMatch(/hunter2|sEcReTtOkEnVaLuE|letmein123/);
    mode = 'echo-credentials';
    // Limit 2: the third error in a row decides (inconclusive); that look is still an Error for Argo.
    for (let i = 0; i < 3; i++) expect((await ask(g, query)).status).toBe(503);
    mode = 'ok';
    const before = queries;
    const final = await ask(g, query);
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({
      verdict: 'inconclusive',
      reason: expect.stringMatching(/consecutive-error-limit/)
    });
    expect(queries).toBe(before);
  }, 30_000);

  test('past 256 sessions the least recently asked is dropped (its next ask opens a new window); the others keep theirs', async () => {
    const g = await gate();
    const id = (i: number) => `cap-${i}-aaaaaaa`;
    const oldest = (await ask(g, `build_id=${id(0)}`)).body;
    for (let i = 1; i <= 256; i++) expect((await ask(g, `build_id=${id(i)}`)).status).toBe(200);
    const reopened = (await ask(g, `build_id=${id(0)}`)).body; // drops cap-1, now the least recent
    expect(looks(reopened)).toEqual([1]);
    expect(Date.parse(reopened.window!.start)).toBeGreaterThan(Date.parse(oldest.window!.start));
    expect(looks((await ask(g, `build_id=${id(2)}`)).body)).toEqual([1, 2]);
    expect(looks((await ask(g, `build_id=${id(256)}`)).body)).toEqual([1, 2]);
    expect(looks((await ask(g, `build_id=${id(1)}`)).body)).toEqual([1]);
    expect(g.running()).toBe(true);
  }, 60_000);

  test('a session nobody asked about for 2 × max-duration is dropped; one asked meanwhile keeps its final answer', async () => {
    const g = await gate({ 'min-duration': '1s', 'max-duration': '2s' });
    const idle = `build_id=${BUILD}`;
    const busy = `build_id=shop-13-abcdef1`;
    await ask(g, idle);
    const askedIdle = Date.now();
    expect(looks((await ask(g, idle)).body)).toEqual([1, 2]);
    const answers: Body[] = [];
    // Keep asking for the other key until the first has been idle past 2 × max-duration (4 s):
    // the time passing is what is under test.
    await until(
      async () => {
        answers.push((await ask(g, busy)).body);
        return Date.now() - askedIdle > 4_500 ? true : undefined;
      },
      { what: 'the idle time to pass', everyMs: 250, timeoutMs: 15_000 }
    );
    const final = answers.at(-1)!;
    expect(final.verdict).toBe('inconclusive'); // max-duration reached, no traffic
    expect((await ask(g, busy)).body).toEqual(final);
    expect(looks((await ask(g, idle)).body)).toEqual([1]);
  }, 30_000);

  test('window_start: a bad one is a 400 naming it, before any backend call; a good one starts the window there', async () => {
    const g = await gate({ 'max-duration': '10m' });
    const now = Date.now();
    const before = queries;
    const bad: Array<[string, RegExp]> = [
      ['yesterday', /^Invalid query parameter window_start: 'yesterday'. Expected now, or an RFC 3339 time/],
      [new Date(now + 3_600_000).toISOString(), /^Invalid query parameter window_start: '.*' is in the future/],
      [new Date(now - 11 * 60_000).toISOString(), /is more than max-duration \(10 min\) ago/],
      // An unencoded `+` in the offset reads as a space.
      ['2026-11-26T17:30:00+01:00', /Expected now, or an RFC 3339 time/]
    ];
    for (const [value, message] of bad) {
      const encoded = value.includes('+') ? value : encodeURIComponent(value);
      const { status, body } = await ask(g, `build_id=${BUILD}&window_start=${encoded}`);
      expect(status).toBe(400);
      expect(body.error).toMatch(message);
    }
    const same = await ask(g, `build_id=${BUILD}&baseline_build_id=${BUILD}`);
    expect(same).toMatchObject({ status: 400, body: { error: expect.stringMatching(/baseline_build_id/) } });
    expect(queries).toBe(before);
    const start = new Date(now - 30_000).toISOString();
    const pinned = (await ask(g, `build_id=${BUILD}&window_start=${encodeURIComponent(start)}`)).body;
    expect(pinned.verdict).toBe('pending');
    expect(pinned.window!.start).toBe(start);
    // The window began before the first look: that look already judges an interval.
    expect(pinned.measurements![0].interval).toBeDefined();
  });
});

test("'pending' is an answer, never a record file: the verdict record's writer refuses it", () => {
  const answer: VerdictAnswer = { verdict: PENDING_VERDICT, build_id: BUILD, metrics: [] };
  expect(() => recordJson('verdict', answer as never)).toThrow(/verdict/);
  expect(recordJson('verdict', { ...answer, verdict: 'inconclusive' })).toContain('"inconclusive"');
});
