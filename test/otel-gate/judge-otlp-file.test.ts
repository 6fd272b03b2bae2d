import { describe, expect, test } from '@jest/globals';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otlpFileBackend, scanFile } from '../../actions/otel-gate/src/backends/otlp-file.js';
import { DEFAULT_EXCLUDED } from '../../actions/otel-gate/src/backends/selection.js';
import { runAnalysis, type GateSettings } from '../../actions/otel-gate/src/judge.js';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';

// The real analysis loop on real files in the collector's file-exporter format. `wait` is where
// the world changes between looks: it appends the next interval's spans (dated just now) and
// moves a simulated clock by the interval — no sleeps.

const CANARY = 'shop-2-bbbbbbb';
const STABLE = 'shop-1-aaaaaaa';
const SELECTION = { kinds: ['server' as const], exclude: DEFAULT_EXCLUDED };
const scan = (text: string) => scanFile(text, { buildAttribute: 'build.id', selection: SELECTION }).builds;

function file(...lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-otlp-')), 'traces.jsonl');
  writeFileSync(path, lines.map((l) => l + '\n').join(''));
  return path;
}

function backend(path: string, warnings: string[] = []) {
  return otlpFileBackend({
    url: path,
    headers: {},
    timeoutMs: 1000,
    buildAttribute: 'build.id',
    preset: 'spanmetrics',
    selection: SELECTION,
    warn: (w) => warnings.push(w)
  });
}

const settings = (over: Partial<GateSettings> = {}): GateSettings => ({
  buildId: CANARY,
  maxErrorRate: 0.01,
  minRequests: 100,
  maxErrorRatio: 2,
  latencyTolerance: 0.2,
  custom: [],
  intervalMs: 30_000,
  minDurationMs: 150_000,
  maxDurationMs: 900_000,
  failureLimit: 0,
  consecutiveErrorLimit: 2,
  initialDelayMs: 0,
  ...over
});

type Step = (look: number) => string[];

/** Hooks that append `step(look)`'s lines before each look after the first and advance a clock. */
function world(path: string, step: Step) {
  // The window starts 10 min back, so spans dated "just now" by the real clock fall inside it.
  let clock = Date.now() - 600_000;
  let look = 0;
  return {
    now: () => new Date(clock),
    wait: async (ms: number) => {
      clock += ms;
      look++;
      const lines = step(look);
      if (lines.length) appendFileSync(path, lines.map((l) => l + '\n').join(''));
    }
  };
}

const recent = { startMs: Date.now() - 1000, spreadMs: 500 };
const traffic = (buildId: string, requests: number, errors: number, extra: Record<string, unknown> = {}) =>
  buildTraffic({
    buildId,
    requests,
    errors,
    seed: Math.floor(Math.random() * 1e9),
    ...recent,
    startMs: Date.now() - 600,
    ...extra
  });

describe('otlp-file backend', () => {
  test('counts SERVER spans per build; errors by status ERROR or HTTP ≥ 500 with status UNSET', () => {
    const text =
      [
        buildTraffic({ buildId: CANARY, requests: 1000, errors: 20 }),
        buildTraffic({ buildId: CANARY, requests: 100, errors: 10, unsetStatus: true }),
        buildTraffic({ buildId: STABLE, requests: 10, errors: 0 }),
        buildTraffic({ buildId: CANARY, requests: 50, errors: 0, kind: 3 }), // CLIENT spans: not requests
        buildTraffic({ buildId: CANARY, requests: 70, errors: 0, route: '/healthz' }) // probes: excluded
      ].join('\n') + '\n';
    const stats = scan(text);
    expect(stats.get(CANARY)).toMatchObject({ requests: 1100, errors: 30 });
    expect(stats.get(STABLE)!.requests).toBe(10);
  });

  test('a torn last line waits; a malformed line is skipped and counted; a mostly unreadable file is an error', async () => {
    const full = buildTraffic({ buildId: CANARY, requests: 10, errors: 1, startMs: Date.now() - 500 });
    expect(scan(full + '\n' + full.slice(0, 50)).get(CANARY)!.requests).toBe(10);
    const result = scanFile(`${full}\n{nope}\n${full}\n`, { buildAttribute: 'build.id', selection: SELECTION });
    expect(result).toMatchObject({ lines: 3, malformed: 1, firstMalformed: 2 });
    expect(result.builds.get(CANARY)!.requests).toBe(20);

    const warnings: string[] = [];
    const path = file(full, '{nope}', full);
    appendFileSync(path, full.slice(0, 30)); // a writer mid-append
    const b = backend(path, warnings);
    const snap = await b.snapshot(CANARY, new Date(Date.now() - 60_000));
    expect(snap.get('spans')!.requests).toBe(20);
    expect(warnings).toEqual([expect.stringMatching(/skipped 1 malformed line\(s\) of 3 .*\(first: line 2\)/)]);
    await expect(backend(file('{a', '{b', full)).snapshot(CANARY, new Date(0))).rejects.toThrow(
      /2 of 3 lines .* are not OTLP\/JSON/
    );
  });

  test('only spans that started in the window count', async () => {
    const old = buildTraffic({ buildId: CANARY, requests: 500, errors: 0, startMs: Date.now() - 600_000 });
    const fresh = buildTraffic({ buildId: CANARY, requests: 40, errors: 4, startMs: Date.now() - 1000 });
    const future = buildTraffic({ buildId: CANARY, requests: 70, errors: 0, startMs: Date.now() + 600_000 });
    const b = backend(file(old, fresh, future));
    expect((await b.snapshot(CANARY, new Date(Date.now() - 60_000))).get('spans')).toMatchObject({
      requests: 40,
      errors: 4
    });
    expect((await b.snapshot(CANARY, new Date(Date.now() - 3_600_000))).get('spans')).toMatchObject({
      requests: 540,
      errors: 4
    });
  });
});

describe('judge on otlp-file', () => {
  test('a healthy canary passes only after min-duration, never on the first look', async () => {
    const path = file();
    const out = await runAnalysis(
      settings(),
      backend(path),
      world(path, () => [traffic(CANARY, 300, 1)])
    );
    expect(out.verdict).toBe('pass');
    expect(out.measurements[0]).toMatchObject({ look: 1, requests: 0 });
    // 150 s of window at 30 s per look: the pass comes at look 6 at the earliest.
    expect(out.measurements.length).toBeGreaterThanOrEqual(6);
    expect(Date.parse(out.window!.end) - Date.parse(out.window!.start)).toBeGreaterThanOrEqual(150_000);
    expect(out.estimate?.text).toMatch(/^at 10 req\/s a decision needs about \d+ min \(max-duration 15 min\)$/);
  });

  test('requests served before the window cannot carry a build that fails inside it', async () => {
    const path = file(
      buildTraffic({
        buildId: CANARY,
        requests: 20000,
        errors: 10,
        startMs: Date.now() - 3_600_000,
        spreadMs: 1_800_000
      })
    );
    const out = await runAnalysis(
      settings(),
      backend(path),
      world(path, () => [traffic(CANARY, 200, 10)])
    );
    expect(out.verdict).toBe('fail');
    expect(out.last!.requests).toBeLessThan(2000);
    expect(out.reason).toMatch(/error-rate failed/);
  });

  test('a regression that starts after a few healthy intervals is caught before min-duration allows a pass', async () => {
    const path = file();
    const out = await runAnalysis(
      settings(),
      backend(path),
      world(path, (look) => [traffic(CANARY, 1000, look <= 2 ? 1 : 40)])
    );
    expect(out.verdict).toBe('fail');
  });

  test('too little traffic is inconclusive, never pass, and says how long a decision would need', async () => {
    const path = file();
    const out = await runAnalysis(
      settings({ maxDurationMs: 300_000 }),
      backend(path),
      world(path, () => [traffic(CANARY, 3, 0)])
    );
    expect(out.verdict).toBe('inconclusive');
    expect(out.reason).toMatch(
      /traffic too thin: at 0\.1 req\/s a decision needs about \d+ min \(max-duration 5 min\)/
    );
  });

  test('a canary that only answers probes is inconclusive', async () => {
    const path = file();
    const out = await runAnalysis(
      settings({ maxDurationMs: 300_000 }),
      backend(path),
      world(path, () => [traffic(CANARY, 200, 0, { route: '/healthz' })])
    );
    expect(out.verdict).toBe('inconclusive');
    expect(out.last!.requests).toBe(0);
  });

  test('a shared outage is hold (shared-degradation), not fail', async () => {
    const path = file();
    const out = await runAnalysis(
      settings({ baselineBuildId: STABLE }),
      backend(path),
      world(path, () => [traffic(CANARY, 200, 30), traffic(STABLE, 800, 120)])
    );
    expect(out.verdict).toBe('hold');
    expect(out.reason).toMatch(/^shared-degradation/);
    expect(out.metrics.find((m) => m.name === 'error-rate')!.result).toBe('hold');
    expect(out.metrics.find((m) => m.name === 'error-rate-vs-baseline')!.result).not.toBe('fail');
  });

  test('a canary at 10× stable but under the threshold does not pass: the baseline holds it back and fails it', async () => {
    const path = file();
    const out = await runAnalysis(
      settings({ baselineBuildId: STABLE }),
      backend(path),
      world(path, () => [traffic(CANARY, 1000, 5), traffic(STABLE, 4000, 2)])
    );
    expect(out.verdict).toBe('fail');
    expect(out.reason).toMatch(/error-rate-vs-baseline failed/);
    expect(out.metrics[0].value).toBeLessThan(0.01);
  });

  test('a latency-only regression fails against the stable build, with no absolute latency threshold', async () => {
    const path = file();
    const out = await runAnalysis(
      settings({ baselineBuildId: STABLE }),
      backend(path),
      world(path, () => [traffic(CANARY, 300, 0, { p50Ms: 120 }), traffic(STABLE, 1200, 0, { p50Ms: 40 })])
    );
    expect(out.verdict).toBe('fail');
    expect(out.reason).toMatch(/p99-latency-vs-baseline failed/);
    const latency = out.metrics.find((m) => m.name === 'p99-latency-vs-baseline')!;
    expect(latency.value!).toBeGreaterThan(2 * latency.baseline_value!);
  });

  test('backend errors beyond consecutive-error-limit are inconclusive, never a pass', async () => {
    const out = await runAnalysis(settings({ consecutiveErrorLimit: 2 }), backend('/nonexistent/traces.jsonl'), {
      wait: async () => undefined
    });
    expect(out.verdict).toBe('inconclusive');
    // Look 1 reads the window-start baseline (nothing, for a file filtered by start time).
    expect(out.measurements).toHaveLength(4);
    expect(out.measurements[1].error).toMatch(/cannot read \/nonexistent\/traces.jsonl \(ENOENT\)/);
  });
});
