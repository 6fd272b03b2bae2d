import { afterEach, describe, expect, test } from '@jest/globals';
import { parseQueries, parseRate, parseWindowStart, readInputs } from '../../actions/otel-gate/src/inputs.js';
import { fillTemplate, promLabelValue, selector } from '../../actions/otel-gate/src/backends/promql.js';
import { ConfigurationError } from '@goldenthread/core';

const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [k, v] of Object.entries(inputs)) process.env[`INPUT_${k.toUpperCase()}`] = v;
}

describe('thresholds', () => {
  test.each([
    ['1%', 0.01],
    ['0.5 %', 0.005],
    ['0.02', 0.02],
    ['99%', 0.99]
  ])('rate %s is %f', (text, value) => {
    expect(parseRate(text, 'max-error-rate')).toBeCloseTo(value, 12);
  });

  test.each(['1%%', '-5', 'abc', '0', '0%', '100%', '1.5', '', '1e-2'])(
    'rate %j is rejected naming the input',
    (text) => {
      expect(() => parseRate(text, 'max-error-rate')).toThrow(
        new RegExp(`Invalid input 'max-error-rate': '.*'. Expected a rate`)
      );
    }
  );

  test.each([
    ['max-p99-latency', 'fast', /Invalid input 'max-p99-latency' 'fast'. Expected a duration/],
    ['min-requests', '-5', /Invalid input 'min-requests': '-5'. Expected a whole number/],
    ['count', '1', /Invalid input 'count': '1'. Expected a whole number ≥ 2/],
    ['build-label', 'build_id"} or vector(1) #', /Invalid input 'build-label'/],
    ['build-label', '__name__', /Invalid input 'build-label'/],
    ['window-start', '2026-13-45', /Invalid input 'window-start'/],
    ['latency-tolerance', 'lots', /Invalid input 'latency-tolerance'/],
    ['max-error-ratio', '1', /Invalid input 'max-error-ratio'/],
    ['backend', 'tempo', /Invalid input 'backend': 'tempo'. Expected one of: prometheus, otlp-file/],
    ['on-inconclusive', 'maybe', /Expected one of: fail, pass/],
    ['build-id', 'x"} or vector(1)', /Invalid input 'build-id'.*Expected a valid image tag/]
  ])('%s=%j is a clear error', (name, value, message) => {
    setInputs({ 'backend-url': '/tmp/x', 'build-id': 'shop-1-abcdef0', [name]: value });
    expect(() => readInputs()).toThrow(message);
  });

  test('build id defaults to what trace-root exported', () => {
    setInputs({ 'backend-url': '/tmp/x' });
    process.env.GOLDENTHREAD_BUILD_ID = 'release-17-3f78685';
    expect(readInputs().settings.buildId).toBe('release-17-3f78685');
    delete process.env.GOLDENTHREAD_BUILD_ID;
    expect(() => readInputs()).toThrow(/Input 'build-id' is required/);
  });
});

describe('window, selection and baseline', () => {
  test('defaults fit real traffic: 30 s looks, 5 min before a pass, up to 30 min, SERVER spans without probes', () => {
    setInputs({ 'backend-url': '/tmp/x', 'build-id': 'shop-2-abcdef0' });
    const { settings, backendOptions } = readInputs();
    expect(settings).toMatchObject({
      intervalMs: 30_000,
      minDurationMs: 300_000,
      maxDurationMs: 1_800_000,
      count: undefined,
      windowStart: undefined,
      latencyTolerance: 0.2
    });
    expect(backendOptions.selection.kinds).toEqual(['server']);
    expect(backendOptions.selection.exclude).toContain('/healthz');
  });

  test('an explicit count bounds the window; min-duration then defaults to half of it', () => {
    setInputs({ 'backend-url': '/tmp/x', 'build-id': 'shop-2-abcdef0', interval: '10s', count: '13' });
    expect(readInputs().settings).toMatchObject({ count: 13, maxDurationMs: 120_000, minDurationMs: 60_000 });
  });

  test('window-start: now, or an RFC 3339 time not in the future', () => {
    const now = new Date('2026-11-26T18:00:00Z');
    expect(parseWindowStart(undefined, now)).toBeUndefined();
    expect(parseWindowStart('now', now)).toBeUndefined();
    expect(parseWindowStart('2026-11-26T17:30:00+01:00', now)!.toISOString()).toBe('2026-11-26T16:30:00.000Z');
    expect(() => parseWindowStart('2026-11-26T18:30:00Z', now)).toThrow(/is in the future/);
    expect(() => parseWindowStart('1764180000', now)).toThrow(/Expected now, or an RFC 3339 time/);
  });

  test('span selection: kinds validated, probes configurable, none counts everything', () => {
    setInputs({
      'backend-url': '/tmp/x',
      'build-id': 'shop-2-abcdef0',
      'span-kinds': 'Server, consumer',
      'exclude-spans': '/status, Health.Check'
    });
    expect(readInputs().backendOptions.selection).toEqual({
      kinds: ['server', 'consumer'],
      exclude: ['/status', 'Health.Check']
    });
    setInputs({ 'backend-url': '/tmp/x', 'build-id': 'shop-2-abcdef0', 'exclude-spans': 'none' });
    expect(readInputs().backendOptions.selection.exclude).toEqual([]);
  });

  test("the baseline defaults to rollout-patch's previous build, and is never the canary itself", () => {
    setInputs({ 'backend-url': '/tmp/x', 'build-id': 'shop-2-abcdef0' });
    process.env.GOLDENTHREAD_PREVIOUS_BUILD_ID = 'shop-1-0123456';
    expect(readInputs().settings.baselineBuildId).toBe('shop-1-0123456');
    process.env.GOLDENTHREAD_PREVIOUS_BUILD_ID = 'shop-2-abcdef0';
    expect(() => readInputs()).toThrow(/Invalid input 'baseline-build-id': 'shop-2-abcdef0' is the build being judged/);
    process.env.GOLDENTHREAD_PREVIOUS_BUILD_ID = 'x"} or vector(1)';
    expect(() => readInputs()).toThrow(/Invalid input 'baseline-build-id'/);
  });
});

describe('custom queries', () => {
  test('parses max and min', () => {
    expect(parseQueries('[{"name":"cpu","query":"q1","max":0.8},{"name":"apdex","query":"q2","min":0.9}]')).toEqual([
      { name: 'cpu', query: 'q1', op: '<=', threshold: 0.8 },
      { name: 'apdex', query: 'q2', op: '>=', threshold: 0.9 }
    ]);
  });

  test.each([
    'not json',
    '{"name":"x"}',
    '[{"name":"x","query":"q"}]',
    '[{"name":"x","query":"q","max":"1"}]',
    '[{"name":"bad name","query":"q","max":1}]',
    '[{"name":"x","query":"q","max":1,"min":0}]'
  ])('%j is rejected', (text) => {
    expect(() => parseQueries(text)).toThrow(ConfigurationError);
  });
});

describe('PromQL escaping', () => {
  test.each([
    ['plain', 'plain'],
    ['a"b', 'a\\"b'],
    ['back\\slash', 'back\\\\slash'],
    ['new\nline', 'new\\nline'],
    ['"} or vector(1) #', '\\"} or vector(1) #']
  ])('%j → %j', (raw, escaped) => {
    expect(promLabelValue(raw)).toBe(escaped);
  });

  test('selector and templates quote every value', () => {
    expect(selector([['service_name', '=', 'shop"}or{']])).toBe('{service_name="shop\\"}or{"}');
    expect(fillTemplate('rate(x{build_id="{{build_id}}"}[1m])', { build_id: 'a"b' })).toBe(
      'rate(x{build_id="a\\"b"}[1m])'
    );
  });
});
