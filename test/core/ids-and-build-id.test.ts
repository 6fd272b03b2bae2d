import { describe, expect, test } from '@jest/globals';
import {
  deriveRootSpanId,
  deriveTraceId,
  mintBuildId,
  safeJobName,
  validateBuildId,
  ConfigurationError
} from '@goldenthread/core';

describe('deterministic ids (docs/design.md §2)', () => {
  // Vectors computed independently with Python's hashlib.sha256.
  test('trace id is the first 32 hex of sha256 of the run key', () => {
    expect(deriveTraceId({ repository: 'acme/shop', runId: '123', runAttempt: '1' })).toBe(
      'ac40b755c3840e07e4a6cf7814069ab5'
    );
    expect(deriveTraceId({ repository: 'team/app/main', runId: '77', runAttempt: '1' })).toBe(
      '4aff95b423e16bffcaad39657e4e648b'
    );
  });

  test('root span id uses the |root suffix', () => {
    expect(deriveRootSpanId({ repository: 'acme/shop', runId: '123', runAttempt: '1' })).toBe('d703457acb2f842b');
  });

  test('another attempt is another trace', () => {
    const first = deriveTraceId({ repository: 'acme/shop', runId: '123', runAttempt: '1' });
    expect(deriveTraceId({ repository: 'acme/shop', runId: '123', runAttempt: '2' })).not.toBe(first);
  });
});

describe('build id (seed 004 tagging rule)', () => {
  test.each([
    ['CI', 'ci'],
    ['team/app/main', 'team-app-main'],
    ['  Deploy -- Prod!! ', 'deploy-prod'],
    ['Ünïcode Jöb', 'n-code-j-b'],
    ['%%%', 'job'],
    ['a'.repeat(39) + '-bcd', 'a'.repeat(39)]
  ])('safe job name of %j is %j', (job, safe) => {
    expect(safeJobName(job)).toBe(safe);
  });

  test('safe job name is at most 40 characters', () => {
    expect(safeJobName('x'.repeat(100))).toHaveLength(40);
  });

  test('mints <safe-job>-<build-number>-<short-sha>', () => {
    expect(mintBuildId('Shop CI', '42', 'ABCDEF0123456789abcdef0123456789abcdef01')).toBe('shop-ci-42-abcdef0');
  });

  test('rejects a bad sha and a bad build number with the reason', () => {
    expect(() => mintBuildId('ci', '42', 'xyz')).toThrow(/Invalid commit sha 'xyz'/);
    expect(() => mintBuildId('ci', '4 2', 'abcdef0')).toThrow(/Invalid build number/);
  });

  test.each(['ok-1-abc1234', 'v1.2.3', '_x', 'a'.repeat(128)])('accepts tag %j', (id) => {
    expect(validateBuildId(id)).toBe(id);
  });

  test.each(['', '-lead', '.lead', 'has space', 'semi;colon', '$(id)', 'a'.repeat(129), 'ünï'])(
    'rejects %j naming the input',
    (id) => {
      expect(() => validateBuildId(id, "input 'build-id'")).toThrow(ConfigurationError);
      expect(() => validateBuildId(id, "input 'build-id'")).toThrow(
        /Invalid input 'build-id'.*Expected a valid image tag/
      );
    }
  );
});
