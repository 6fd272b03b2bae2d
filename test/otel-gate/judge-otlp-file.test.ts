import { describe, expect, test } from '@jest/globals';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otlpFileBackend, scanFile } from '../../actions/otel-gate/src/backends/otlp-file.js';
import { DEFAULT_EXCLUDED } from '../../actions/otel-gate/src/backends/selection.js';
import { runAnalysis, type GateSettings } from '../../actions/otel-gate/src/judge.js';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';

// The analysis loop against real files in the collector's file-exporter format, with known
// error rates and latencies. `wait` is where the world changes between looks (no sleeps).

const CANARY = 'shop-2-bbbbbbb';
const STABLE = 'shop-1-aaaaaaa';

function file(...lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-otlp-')), 'traces.jsonl');
  writeFileSync(path, lines.map((l) => l + '\n').join(''));
  return path;
}

function backend(path: string) {
  return otlpFileBackend({ url: path, headers: {}, timeoutMs: 1000, buildAttribute: 'build.id', preset: 'spanmetrics', selection: SELECTION });
}

const SELECTION = { kinds: ['server' as const], exclude: DEFAULT_EXCLUDED };
const scan = (text: string) => scanFile(text, { buildAttribute: 'build.id', selection: SELECTION }).builds;

const settings = (over: Partial<GateSettings> = {}): GateSettings => ({
  buildId: CANARY,
  maxErrorRate: 0.01,
  minRequests: 100,
  maxErrorRatio: 2,
  latencyTolerance: 0.2,
  minDurationMs: 0,
  maxDurationMs: 60_000,
  custom: [],
  intervalMs: 1000,
  count: 5,
  failureLimit: 0,
  consecutiveErrorLimit: 2,
  initialDelayMs: 0,
  ...over
});

const noWait = { wait: async () => undefined };

describe('otlp-file backend', () => {
  test('counts SERVER spans per build, errors by status or HTTP 5xx, p99 by nearest rank', () => {
    const text = buildTraffic({ buildId: CANARY, requests: 1000, errors: 20, p50Ms: 40, slowMs: 900 }) + '\n' + buildTraffic({ buildId: STABLE, requests: 10, errors: 0 }) + '\n';
    const stats = scan(text);
    expect(stats.get(CANARY)!.requests).toBe(1000);
    expect(stats.get(CANARY)!.errors).toBe(20);
    expect(stats.get(STABLE)!.requests).toBe(10);
  });

  test('a half-written last line waits for the next look; a corrupt line is an error', () => {
    const full = buildTraffic({ buildId: CANARY, requests: 10, errors: 1 });
    expect(scan(full + '\n' + full.slice(0, 50)).get(CANARY)!.requests).toBe(10);
    expect(() => scan('{nope}\n')).toThrow(/line 1 is not OTLP\/JSON/);
  });
});

describe('judge on otlp-file', () => {
  test('a healthy build passes once the evidence is in, before count runs out', async () => {
    const path = file(buildTraffic({ buildId: CANARY, requests: 2000, errors: 4, p50Ms: 40 }));
    const out = await runAnalysis(settings({ maxP99Ms: 500 }), backend(path), noWait);
    expect(out.verdict).toBe('pass');
    expect(out.measurements).toHaveLength(1);
    expect(out.metrics.map((m) => [m.name, m.result])).toEqual([
      ['error-rate', 'pass'],
      ['p99-latency', 'pass']
    ]);
    expect(out.metrics[0].value).toBeCloseTo(0.002, 6);
  });

  test('a bad build (5% errors) fails', async () => {
    const path = file(buildTraffic({ buildId: CANARY, requests: 400, errors: 20 }));
    const out = await runAnalysis(settings(), backend(path), noWait);
    expect(out.verdict).toBe('fail');
    expect(out.reason).toMatch(/error-rate failed/);
  });

  test('too little traffic is inconclusive, never pass', async () => {
    const path = file(buildTraffic({ buildId: CANARY, requests: 30, errors: 0 }));
    const out = await runAnalysis(settings({ count: 3 }), backend(path), noWait);
    expect(out.verdict).toBe('inconclusive');
    expect(out.measurements).toHaveLength(3);
  });

  test('a build absent from the file is inconclusive', async () => {
    const path = file(buildTraffic({ buildId: STABLE, requests: 3000, errors: 0 }));
    const out = await runAnalysis(settings({ count: 2 }), backend(path), noWait);
    expect(out.verdict).toBe('inconclusive');
  });

  test('slow p99 fails once it rests on 100 samples', async () => {
    const path = file(buildTraffic({ buildId: CANARY, requests: 1000, errors: 0, p50Ms: 40, slowMs: 2000 }));
    const out = await runAnalysis(settings({ maxP99Ms: 500 }), backend(path), noWait);
    expect(out.verdict).toBe('fail');
    expect(out.metrics.find((m) => m.name === 'p99-latency')!.value).toBeGreaterThan(500);
  });

  test('a file that grows between looks: judged on everything written so far', async () => {
    const path = file(buildTraffic({ buildId: CANARY, requests: 50, errors: 0 }));
    let looks = 0;
    const grow = {
      wait: async () => {
        looks++;
        appendFileSync(path, buildTraffic({ buildId: CANARY, requests: 100, errors: looks === 2 ? 12 : 0, seed: looks }) + '\n');
      }
    };
    const out = await runAnalysis(settings({ count: 10 }), backend(path), grow);
    expect(out.measurements.map((m) => m.requests)).toEqual([50, 150, 250]);
    expect(out.verdict).toBe('fail');
  });

  test('a regression against the stable build fails the relative test', async () => {
    const path = file(
      buildTraffic({ buildId: STABLE, requests: 20000, errors: 40 }),
      buildTraffic({ buildId: CANARY, requests: 6000, errors: 36 })
    );
    // 0.6% is within the absolute 2% threshold, but three times the stable build's 0.2%.
    const out = await runAnalysis(settings({ baselineBuildId: STABLE, maxErrorRate: 0.02 }), backend(path), noWait);
    expect(out.metrics[0].result).toBe('pass');
    const relative = out.metrics.find((m) => m.name === 'error-rate-vs-baseline')!;
    expect(relative.result).toBe('fail');
    expect(relative.value).toBeCloseTo(3, 5);
    expect(out.verdict).toBe('fail');
  });

  test('a canary as good as the stable build passes the relative test', async () => {
    const path = file(buildTraffic({ buildId: STABLE, requests: 20000, errors: 40 }), buildTraffic({ buildId: CANARY, requests: 20000, errors: 40, seed: 2 }));
    const out = await runAnalysis(settings({ baselineBuildId: STABLE }), backend(path), noWait);
    expect(out.metrics.map((m) => m.result)).toEqual(['pass', 'pass']);
    expect(out.verdict).toBe('pass');
  });

  test('with too few errors to know any ratio, the baseline guard does not hold back a pass', async () => {
    const path = file(buildTraffic({ buildId: STABLE, requests: 20000, errors: 30 }), buildTraffic({ buildId: CANARY, requests: 2000, errors: 2 }));
    const out = await runAnalysis(settings({ baselineBuildId: STABLE }), backend(path), noWait);
    expect(out.verdict).toBe('pass');
    expect(out.measurements).toHaveLength(1);
    expect(out.metrics[1].detail).toMatch(/^no evidence of a regression/);
  });

  test('backend errors beyond consecutive-error-limit are inconclusive, never a pass', async () => {
    const out = await runAnalysis(settings({ count: 10, consecutiveErrorLimit: 2 }), backend('/nonexistent/traces.jsonl'), noWait);
    expect(out.verdict).toBe('inconclusive');
    expect(out.measurements).toHaveLength(3);
    expect(out.measurements[0].error).toMatch(/cannot read \/nonexistent\/traces.jsonl \(ENOENT\)/);
  });

  test('an error streak that recovers does not stop the analysis', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-otlp-'));
    const path = join(dir, 'late.jsonl');
    let looks = 0;
    const appear = {
      wait: async () => {
        if (++looks === 2) writeFileSync(path, buildTraffic({ buildId: CANARY, requests: 1000, errors: 1 }) + '\n');
      }
    };
    const out = await runAnalysis(settings({ count: 5, consecutiveErrorLimit: 2 }), backend(path), appear);
    expect(out.measurements.map((m) => Boolean(m.error))).toEqual([true, true, false]);
    expect(out.verdict).toBe('pass');
  });
});
