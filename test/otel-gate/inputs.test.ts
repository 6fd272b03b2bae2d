import { afterEach, describe, expect, test } from '@jest/globals';
import { parseQueries, parseRate, readInputs } from '../../actions/otel-gate/src/inputs.js';
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

  test.each(['1%%', '-5', 'abc', '0', '0%', '100%', '1.5', '', '1e-2'])('rate %j is rejected naming the input', (text) => {
    expect(() => parseRate(text, 'max-error-rate')).toThrow(new RegExp(`Invalid input 'max-error-rate': '.*'. Expected a rate`));
  });

  test.each([
    ['max-p99-latency', 'fast', /Invalid input 'max-p99-latency' 'fast'. Expected a duration/],
    ['min-requests', '-5', /Invalid input 'min-requests': '-5'. Expected a whole number/],
    ['count', '0', /Invalid input 'count': '0'. Expected a whole number ≥ 1/],
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

describe('custom queries', () => {
  test('parses max and min', () => {
    expect(parseQueries('[{"name":"cpu","query":"q1","max":0.8},{"name":"apdex","query":"q2","min":0.9}]')).toEqual([
      { name: 'cpu', query: 'q1', op: '<=', threshold: 0.8 },
      { name: 'apdex', query: 'q2', op: '>=', threshold: 0.9 }
    ]);
  });

  test.each(['not json', '{"name":"x"}', '[{"name":"x","query":"q"}]', '[{"name":"x","query":"q","max":"1"}]', '[{"name":"bad name","query":"q","max":1}]', '[{"name":"x","query":"q","max":1,"min":0}]'])(
    '%j is rejected',
    (text) => {
      expect(() => parseQueries(text)).toThrow(ConfigurationError);
    }
  );
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
    expect(fillTemplate('rate(x{build_id="{{build_id}}"}[1m])', { build_id: 'a"b' })).toBe('rate(x{build_id="a\\"b"}[1m])');
  });
});
