import { describe, expect, test } from '@jest/globals';
import { errorRateSprt, relativeSprt, wilsonInterval } from '../../actions/otel-gate/src/sprt.js';
import { rng } from '../../packages/tools/lib/telemetry-fixtures.mjs';

describe('error-rate sequential test', () => {
  test('no traffic decides nothing', () => {
    expect(errorRateSprt(0, 0, 0.01).decision).toBe('continue');
  });

  test('error-free traffic passes only after enough requests (about 300 at 1%)', () => {
    expect(errorRateSprt(0, 50, 0.01).decision).toBe('continue');
    expect(errorRateSprt(0, 200, 0.01).decision).toBe('continue');
    expect(errorRateSprt(0, 320, 0.01).decision).toBe('pass');
  });

  test('a clear regression fails, a rate at the threshold stays undecided on little data', () => {
    expect(errorRateSprt(12, 200, 0.01).decision).toBe('fail');
    expect(errorRateSprt(2, 200, 0.01).decision).toBe('continue');
  });

  test('bounds follow alpha and beta', () => {
    const r = errorRateSprt(0, 1, 0.01, { alpha: 0.001, beta: 0.01 });
    expect(r.upper).toBeCloseTo(Math.log(0.99 / 0.001), 10);
    expect(r.lower).toBeCloseTo(Math.log(0.01 / 0.999), 10);
  });

  // Wald's bound, checked by simulation: a healthy canary (true rate T/2) looked at every
  // 50 requests for 60 looks is failed in at most alpha = 0.1 % of runs (about 0.05 % seen).
  test('false alarms stay within alpha under repeated looks (simulated, 20000 runs)', () => {
    const random = rng(7);
    let falseFails = 0;
    for (let run = 0; run < 20000; run++) {
      let errors = 0;
      let requests = 0;
      for (let look = 0; look < 60; look++) {
        for (let i = 0; i < 50; i++) if (random() < 0.005) errors++;
        requests += 50;
        const d = errorRateSprt(errors, requests, 0.01).decision;
        if (d === 'fail') falseFails++;
        if (d !== 'continue') break;
      }
    }
    expect(falseFails / 20000).toBeLessThanOrEqual(0.001);
  });
});

describe('canary vs stable', () => {
  test('equal rates do not fail; a tripled canary rate fails', () => {
    expect(relativeSprt({ errors: 10, requests: 1000 }, { errors: 100, requests: 10000 }, 2).decision).not.toBe('fail');
    expect(relativeSprt({ errors: 30, requests: 1000 }, { errors: 100, requests: 10000 }, 2).decision).toBe('fail');
  });

  test('uneven traffic splits are accounted for', () => {
    // Canary has 1/10 of the traffic and 1/10 of the errors: same rate, no alarm.
    expect(relativeSprt({ errors: 20, requests: 2000 }, { errors: 200, requests: 20000 }, 2).decision).not.toBe('fail');
  });

  test('no baseline traffic decides nothing', () => {
    expect(relativeSprt({ errors: 5, requests: 100 }, { errors: 0, requests: 0 }, 2).decision).toBe('continue');
  });
});

test('Wilson interval brackets the observed rate', () => {
  const [low, high] = wilsonInterval(5, 100);
  expect(low).toBeLessThan(0.05);
  expect(high).toBeGreaterThan(0.05);
  expect(wilsonInterval(0, 0)).toEqual([0, 1]);
});
