import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ANNOTATION,
  ConfigurationError,
  forgetSecrets,
  formatMetricValue,
  redact,
  registerSecret,
  TRAILER,
  type CiBuildRecord,
  type DeploymentRecord,
  type RollbackRecord,
  type VerdictRecord
} from '@goldenthread/core';
import { parseRecord, readRecord, writeRecord } from '@goldenthread/core/records';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { manifestsRemote, remoteLog } from '../../packages/tools/lib/git-fixtures.mjs';

// The records and names two steps agree on (packages/core/src/contracts): each written by one
// writer and read back by one validating reader — also across actions, through the compiled dist/.

const dir = () => mkdtempSync(join(tmpdir(), 'gt-contract-'));
afterEach(() => forgetSecrets());

const BUILD = 'release-17-3f78685';
const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: shop
          image: registry.example/acme/shop@sha256:${'0'.repeat(64)}
`;
const TRACE = '0af7651916cd43dd8448eb211c80319c';
const now = new Date().toISOString();

const samples: { [K in 'ci-build' | 'deployment' | 'verdict' | 'rollback']: object } = {
  'ci-build': {
    build_id: BUILD,
    job_name: 'release',
    build_number: '17',
    branch: 'main',
    image_name: 'registry.example/shop',
    image_tag: BUILD,
    image_digest: `sha256:${'a'.repeat(64)}`,
    commits: [{ commit_id: SHA, author: 'Ada', email: 'ada@example.com', message: 'fix' }],
    authors: ['Ada'],
    build_status: 'success',
    timestamp: now,
    trace_id: TRACE
  } satisfies CiBuildRecord,
  deployment: {
    build_id: BUILD,
    image_digest: `sha256:${'a'.repeat(64)}`,
    image_ref: `registry.example/shop@sha256:${'a'.repeat(64)}`,
    kind: 'Rollout',
    mode: 'gitops',
    commit: SHA,
    changed: true,
    previous_build_id: 'release-16-1111111',
    timestamp: now,
    trace_id: TRACE
  } satisfies DeploymentRecord,
  verdict: {
    verdict: 'hold',
    gate_passed: false,
    reason: 'shared-degradation',
    build_id: BUILD,
    baseline_build_id: 'release-16-1111111',
    backend: 'prometheus',
    window: { start: now, end: now },
    selection: 'SERVER spans, probes excluded',
    metrics: [
      {
        name: 'error-rate',
        query: 'q',
        value: 0.05,
        baseline_value: 0.05,
        threshold: '≤ 1%',
        samples: 900,
        result: 'inconclusive'
      }
    ],
    measurements: [{ look: 1 }],
    started_at: now,
    finished_at: now,
    trace_id: TRACE
  } satisfies VerdictRecord,
  rollback: {
    build_id: BUILD,
    action: 'revert',
    target: 'git.example/acme/manifests@main',
    previous_build_id: 'release-16-1111111',
    reason: { verdict: 'fail', failing: [{ name: 'error-rate', value: '5.00%', threshold: '≤ 1%', samples: 900 }] },
    notified: ['slack'],
    idempotency_key: 'abc',
    dry_run: false,
    timestamp: now,
    trace_id: TRACE
  } satisfies RollbackRecord
};

describe('records: one writer, one validating reader', () => {
  test.each(Object.keys(samples) as Array<keyof typeof samples>)('%s: written, read back equal', (kind) => {
    const path = join(dir(), `${kind}.json`);
    writeRecord(kind, path, samples[kind] as never);
    expect(readRecord(kind, path, 'record-file')).toEqual(samples[kind]);
  });

  test('a verdict whose metrics is not an array is refused, naming the input and the field', () => {
    const broken = { ...samples.verdict, metrics: { name: 'error-rate' } };
    expect(() => parseRecord('verdict', broken, 'verdict-file')).toThrow(ConfigurationError);
    expect(() => parseRecord('verdict', broken, 'verdict-file')).toThrow(
      /Input 'verdict-file' is not a valid verdict record \(metrics: .*expected array/
    );
  });

  test.each([
    ['an unknown verdict', { verdict: 'maybe' }, /verdict: Invalid option/],
    ['a build id that is no image tag', { build_id: 'x;rm -rf /' }, /build_id/],
    [
      'a negative sample count',
      { metrics: [{ name: 'e', value: 1, threshold: 't', samples: -1, result: 'fail' }] },
      /metrics\.0\.samples/
    ]
  ])('%s is refused', (_what, patch, message) => {
    expect(() => parseRecord('verdict', { ...samples.verdict, ...patch }, 'verdict-file')).toThrow(message);
  });

  test('a file that is not JSON, or not there, is a clear input error', () => {
    const path = join(dir(), 'v.json');
    writeFileSync(path, '{"verdict": "fail",');
    expect(() => readRecord('verdict', path, 'verdict-file')).toThrow(/Input 'verdict-file': '.*' is not JSON/);
    expect(() => readRecord('verdict', join(dir(), 'missing.json'), 'verdict-file')).toThrow(/cannot be read/);
  });

  test('a secret inside a record is redacted on write', () => {
    registerSecret('ghp_s3cretTokenValue');
    const path = join(dir(), 'r.json');
    writeRecord('rollback', path, {
      ...(samples.rollback as RollbackRecord),
      target: 'https://x-access-token:ghp_s3cretTokenValue@git.example/m.git@main'
    });
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('ghp_s3cret');
    expect(readRecord('rollback', path, 'rollback-file').target).toBe('https://***@git.example/m.git@main');
  });

  test('metric values read the same in the gate summary and in Slack', () => {
    expect(formatMetricValue('error-rate', 0.0123)).toBe('1.23%');
    expect(formatMetricValue('error-rate-vs-baseline', 3.5)).toBe('3.50×');
    expect(formatMetricValue('p99-latency', 412.6)).toBe('413 ms');
    expect(formatMetricValue('custom', null)).toBe('–');
  });
});

describe('redaction: one rule', () => {
  test.each([
    [
      'URL credentials',
      'clone https://x-access-token:abc123@github.com/a/b.git failed',
      'clone https://***@github.com/a/b.git failed'
    ],
    ['a bare token in a URL', 'ssh://deploykey@host/repo', 'ssh://***@host/repo'],
    [
      'an echoed bearer token',
      'HTTP 401: Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x',
      'HTTP 401: Authorization: Bearer ***'
    ],
    [
      'a Slack webhook',
      'POST https://hooks.slack.com/services/T0/B0/XYZ failed',
      'POST https://hooks.slack.com/services/*** failed'
    ],
    ['a signed query', 'GET https://h/x?sig=abcdef&x=1', 'GET https://h/x?sig=***&x=1']
  ])('%s', (_what, text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  test('a registered secret is hidden in its plain, URL-encoded and Base64 forms, longest first', () => {
    registerSecret('p@ss word/1');
    const text = `a p@ss word/1 b ${encodeURIComponent('p@ss word/1')} c ${Buffer.from('p@ss word/1').toString('base64')}`;
    expect(redact(text)).toBe('a *** b *** c ***');
  });
});

describe('across actions, through the compiled steps', () => {
  test("otel-gate's verdict file is what rollback-notify reads; rollout-patch's trailers are what it reverts", async () => {
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', {});
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const deployed = await job.step('rollout-patch', {
      mode: 'gitops',
      kind: 'Deployment',
      repository: repo.url,
      path: 'prod/shop.yaml',
      'image-ref': `registry.example/acme/shop@sha256:${'b'.repeat(64)}`
    });
    expect(deployed.code).toBe(0);
    const deployment = readRecord('deployment', deployed.outputs['deployment-file'], 'deployment-file');
    expect(deployment).toMatchObject({ build_id: job.env.GOLDENTHREAD_BUILD_ID, mode: 'gitops', changed: true });
    expect(remoteLog(repo.remote, '%B').join('\n')).toContain(`${TRAILER.buildId}: ${job.env.GOLDENTHREAD_BUILD_ID}`);

    const traffic = join(dir(), 'traces.jsonl');
    // The gate judges its own window: spans that start over the next seconds (written ahead).
    writeFileSync(
      traffic,
      buildTraffic({
        buildId: job.env.GOLDENTHREAD_BUILD_ID,
        requests: 3000,
        errors: 600,
        startMs: Date.now() + 200,
        spreadMs: 2000
      }) + '\n'
    );
    const gate = await job.step('otel-gate', {
      backend: 'otlp-file',
      'backend-url': traffic,
      interval: '100ms',
      count: '40'
    });
    expect(gate.outputs.verdict).toBe('fail');
    const verdict = readRecord('verdict', gate.outputs['report-file'], 'verdict-file');
    expect(verdict.build_id).toBe(job.env.GOLDENTHREAD_BUILD_ID);

    const rollback = await job.step('rollback-notify', {
      action: 'gitops-revert',
      repository: repo.url,
      'verdict-file': gate.outputs['report-file']
    });
    expect(rollback.code).toBe(0);
    expect(rollback.outputs['action-taken']).toBe('revert');
    const record = readRecord('rollback', rollback.outputs['rollback-file'], 'rollback-file');
    expect(record.reason?.verdict).toBe('fail');
    expect(record.reason?.failing.map((f) => f.name)).toContain('error-rate');
    expect(remoteLog(repo.remote, '%B').join('\n')).toContain(`${TRAILER.reverts}: ${job.env.GOLDENTHREAD_BUILD_ID}`);
  });

  test('the annotation names rollout-patch writes are the ones rollback-notify reads', () => {
    expect(Object.values(ANNOTATION).every((key) => key.startsWith('goldenthread.dev/'))).toBe(true);
    expect(new Set(Object.values(ANNOTATION)).size).toBe(Object.keys(ANNOTATION).length);
  });
});
