import { afterEach, describe, expect, test } from '@jest/globals';
import { LocalJob } from '../packages/tools/lib/local-runner.mjs';
import { startOtlpReceiver } from '../packages/tools/lib/otlp-receiver.mjs';
import { startGithubApi } from '../packages/tools/lib/github-api.mjs';
import { githubEnv, SHA } from '../packages/tools/lib/fixtures.mjs';

// The compiled dist/trace-root, run as a child process exactly as a runner does, against a
// loopback OTLP/HTTP receiver that decodes what the real exporter sends.

const TRACE_ID = '0af7651916cd43dd8448eb211c80319c';
const PARENT = 'b7ad6b7169203331';
type Receiver = Awaited<ReturnType<typeof startOtlpReceiver>>;
const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function receiver(mode: 'ok' | 'error' | 'blackhole' = 'ok'): Promise<Receiver> {
  const r = await startOtlpReceiver({ mode });
  open.push(r);
  return r;
}

describe('trace-root main + post', () => {
  test('mints the run trace, hands on env and outputs, post exports the SERVER root span', async () => {
    const otlp = await receiver();
    const job = new LocalJob(githubEnv());
    const main = await job.step('trace-root', { 'otlp-endpoint': otlp.url, environment: 'staging' });
    expect(main.code).toBe(0);
    const { outputs, exported } = main;
    expect(outputs['build-id']).toBe(`release-17-${SHA.slice(0, 7)}`);
    expect(outputs['trace-id']).toMatch(/^[0-9a-f]{32}$/);
    expect(outputs.traceparent).toBe(`00-${outputs['trace-id']}-${outputs['span-id']}-01`);
    expect(exported).toMatchObject({
      TRACEPARENT: outputs.traceparent,
      GOLDENTHREAD_BUILD_ID: outputs['build-id'],
      GOLDENTHREAD_TRACE_ID: outputs['trace-id'],
      GOLDENTHREAD_GIT_SHA: SHA
    });
    expect(exported).not.toHaveProperty('BUILD_ID');
    expect(exported).not.toHaveProperty('GIT_COMMIT');
    expect(main.summary).toContain(outputs['build-id']);
    expect(main.stdout).not.toContain('::add-mask::');

    const post = await job.post('trace-root');
    expect(post.code).toBe(0);
    const [root] = await otlp.waitForSpans(1);
    expect(root).toMatchObject({
      traceId: outputs['trace-id'],
      spanId: outputs['span-id'],
      parentSpanId: undefined,
      name: 'RUN Release',
      kind: 'SERVER',
      status: { code: 1 }
    });
    expect(root.attributes).toEqual({
      'cicd.pipeline.action.name': 'RUN',
      'cicd.pipeline.result': 'success',
      'build.id': outputs['build-id'],
      'deployment.environment.name': 'staging',
      'goldenthread.ci.system': 'github',
      'goldenthread.run.attempt': '1',
      'goldenthread.outcome.source': 'recorded-steps'
    });
    // The pipeline, its run, the worker and the repository are entities: on the resource (semconv v1.44.0).
    expect(root.resource).toEqual({
      'service.name': 'acme/shop',
      'cicd.pipeline.name': 'Release',
      'cicd.pipeline.run.id': '4242',
      'cicd.pipeline.run.url.full': 'https://github.example/acme/shop/actions/runs/4242/attempts/1',
      'cicd.worker.id': 'runner-1',
      'cicd.worker.name': 'runner-1',
      'vcs.repository.url.full': 'https://github.example/acme/shop',
      'vcs.repository.name': 'shop',
      'vcs.ref.head.revision': SHA,
      'vcs.ref.head.name': 'main'
    });
    expect(root.endMs).toBeGreaterThanOrEqual(root.startMs);
  });

  test('two jobs of one run and attempt land in one trace without passing outputs', async () => {
    const otlp = await receiver();
    const first = new LocalJob(githubEnv({ GITHUB_JOB: 'build', RUNNER_NAME: 'r1' }));
    const second = new LocalJob(githubEnv({ GITHUB_JOB: 'deploy', RUNNER_NAME: 'r2' }));
    const a = await first.step('trace-root', { 'otlp-endpoint': otlp.url, 'root-span': 'job' });
    const b = await second.step('trace-root', { 'otlp-endpoint': otlp.url });
    expect(a.outputs['trace-id']).toBe(b.outputs['trace-id']);
    await first.post('trace-root');
    await second.post('trace-root');
    const spans = await otlp.waitForSpans(2);
    const runSpan = spans.find((s: { kind: string }) => s.kind === 'SERVER')!;
    const jobSpan = spans.find((s: { kind: string }) => s.kind === 'INTERNAL')!;
    expect(jobSpan.name).toBe('build');
    expect(jobSpan.parentSpanId).toBe(runSpan.spanId);
    expect(jobSpan.attributes['cicd.pipeline.task.run.result']).toBe('success');
    expect(jobSpan.attributes['cicd.pipeline.task.run.id']).toBe(jobSpan.spanId);
    expect(jobSpan.attributes['cicd.pipeline.task.run.url.full']).toBe(
      'https://github.example/acme/shop/actions/runs/4242/attempts/1'
    );
    // Each span names the worker that ran it (semconv: a run may span several workers).
    expect([jobSpan.resource['cicd.worker.id'], runSpan.resource['cicd.worker.id']]).toEqual(['r1', 'r2']);
    expect(new Set(spans.map((s: { traceId: string }) => s.traceId)).size).toBe(1);
  });

  test('joins an inherited valid TRACEPARENT (and hands TRACESTATE on)', async () => {
    const otlp = await receiver();
    const job = new LocalJob(githubEnv({ TRACEPARENT: `00-${TRACE_ID}-${PARENT}-01`, TRACESTATE: 'vendor=abc' }));
    const main = await job.step('trace-root', { 'otlp-endpoint': otlp.url });
    expect(main.outputs['trace-id']).toBe(TRACE_ID);
    expect(main.exported.TRACESTATE).toBe('vendor=abc');
    expect(main.stdout).toContain('Joined trace');
    await job.post('trace-root');
    const [root] = await otlp.waitForSpans(1);
    expect(root.traceId).toBe(TRACE_ID);
    expect(root.parentSpanId).toBe(PARENT);
  });

  test.each([
    ['version ff', `ff-${TRACE_ID}-${PARENT}-01`],
    ['all-zero trace id', `00-${'0'.repeat(32)}-${PARENT}-01`],
    ['upper case', `00-${TRACE_ID.toUpperCase()}-${PARENT}-01`],
    ['garbage', 'hello']
  ])('ignores an inherited %s TRACEPARENT with a warning', async (_name, header) => {
    const job = new LocalJob(githubEnv({ TRACEPARENT: header }));
    const main = await job.step('trace-root');
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/::warning::Ignoring invalid inherited TRACEPARENT/);
    expect(main.outputs['trace-id']).not.toBe(TRACE_ID);
    expect(main.outputs['trace-id']).toMatch(/^[0-9a-f]{32}$/);
  });

  test('an invalid build-id override fails the step naming the input, and nothing is exported', async () => {
    const job = new LocalJob(githubEnv());
    const main = await job.step('trace-root', { 'build-id': 'bad tag;rm -rf /' });
    expect(main.code).toBe(1);
    expect(main.stdout).toMatch(/::error::trace-root failed: Invalid input 'build-id'.*Expected a valid image tag/);
    expect(main.exported).toEqual({});
    expect(main.outputs).toEqual({});
  });

  test('a failing later goldenthread step makes the root span a failure', async () => {
    const otlp = await receiver();
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', { 'otlp-endpoint': otlp.url });
    // A goldenthread step that fails records its outcome for the post step.
    const failing = await job.run('trace-root', 'main', { 'root-span': 'neither' });
    expect(failing.code).toBe(1);
    await job.post('trace-root');
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['cicd.pipeline.result']).toBe('failure');
    expect(root.attributes['error.type']).toBe('failure');
    expect(root.status.code).toBe(2);
  });

  test.each([
    ['FAILURE', 'failure', 2],
    ['UNSTABLE', 'failure', 2],
    ['ABORTED', 'cancellation', 0],
    ['timed_out', 'timeout', 2],
    ['SUCCESS', 'success', 1]
  ])('job-status %s becomes cicd.pipeline.result %s', async (status, result, code) => {
    const otlp = await receiver();
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'job-status': status });
    await job.post('trace-root');
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['cicd.pipeline.result']).toBe(result);
    expect(root.attributes['goldenthread.outcome.source']).toBe('input');
    expect(root.status.code).toBe(code);
  });

  test("with a token, the outcome is this job's steps as the GitHub API reports them", async () => {
    const otlp = await receiver();
    const path = '/repos/acme/shop/actions/runs/4242/attempts/1/jobs';
    const api = await startGithubApi({
      [path]: [
        {
          name: 'other',
          status: 'completed',
          conclusion: 'success',
          runner_name: 'runner-9',
          started_at: '2026-01-02T03:04:05Z',
          steps: []
        },
        {
          name: 'build',
          status: 'in_progress',
          conclusion: null,
          runner_name: 'runner-1',
          steps: [
            { name: 'checkout', status: 'completed', conclusion: 'success' },
            { name: 'unit tests', status: 'completed', conclusion: 'failure' },
            { name: 'post trace-root', status: 'in_progress', conclusion: null }
          ]
        }
      ]
    });
    open.push(api);
    const token = 'ghs_secretTokenValue123';
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url }));
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'github-token': token });
    const post = await job.post('trace-root');
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['cicd.pipeline.result']).toBe('failure');
    expect(root.attributes['goldenthread.outcome.source']).toBe('github-api');
    // The run's root span starts with the attempt's first job.
    expect(root.startMs).toBe(Date.parse('2026-01-02T03:04:05Z'));
    expect(api.requests[0].url).toMatch(new RegExp(`^${path}`));
    expect(api.requests[0].headers.authorization).toBe(`token ${token}`);
    expect(post.log).not.toContain(token);
  });

  test("a job span takes this job's id and page from the API as its task run id and URL", async () => {
    const otlp = await receiver();
    const api = await startGithubApi({
      '/repos/acme/shop/actions/runs/4242/attempts/1/jobs': [
        {
          id: 26920038674,
          html_url: 'https://github.example/acme/shop/actions/runs/4242/job/26920038674',
          name: 'build',
          status: 'in_progress',
          conclusion: null,
          runner_name: 'runner-1',
          steps: [{ name: 'compile', status: 'completed', conclusion: 'timed_out' }]
        }
      ]
    });
    open.push(api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url }));
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'github-token': 'ghs_x', 'root-span': 'job' });
    await job.post('trace-root');
    const [span] = await otlp.waitForSpans(1);
    expect(span.kind).toBe('INTERNAL');
    expect(span.attributes).toMatchObject({
      'cicd.pipeline.task.name': 'build',
      'cicd.pipeline.task.run.id': '26920038674',
      'cicd.pipeline.task.run.url.full': 'https://github.example/acme/shop/actions/runs/4242/job/26920038674',
      'cicd.pipeline.task.run.result': 'timeout'
    });
  });

  test('a matrix run past 100 jobs: every page is read, and this job is found on the second', async () => {
    const otlp = await receiver();
    const path = '/repos/acme/shop/actions/runs/4242/attempts/1/jobs';
    const others = Array.from({ length: 130 }, (_, i) => ({
      name: `matrix ${i}`,
      status: 'in_progress',
      conclusion: null,
      runner_name: `runner-${i + 10}`,
      steps: []
    }));
    const mine = {
      name: 'build',
      status: 'in_progress',
      conclusion: null,
      runner_name: 'runner-1',
      steps: [{ name: 'tests', status: 'completed', conclusion: 'failure' }]
    };
    const api = await startGithubApi({ [path]: [...others, mine] });
    open.push(api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url }));
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'github-token': 'ghs_matrixToken123' });
    await job.post('trace-root');
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['cicd.pipeline.result']).toBe('failure');
    expect(root.attributes['goldenthread.outcome.source']).toBe('github-api');
    expect(api.requests.filter((r: { url: string }) => r.url.startsWith(path))).toHaveLength(2);
  });

  test('an API error falls back to recorded steps with a warning', async () => {
    const otlp = await receiver();
    const api = await startGithubApi({});
    open.push(api);
    const job = new LocalJob(githubEnv({ GITHUB_API_URL: api.url }));
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'github-token': 'ghs_x' });
    const post = await job.post('trace-root');
    expect(post.stdout).toMatch(/::warning::Could not read the job's outcome from the GitHub API/);
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['goldenthread.outcome.source']).toBe('recorded-steps');
  });
});

describe('telemetry is best-effort and bounded', () => {
  test('a black-holed collector: post finishes within its budget and does not fail the job', async () => {
    const otlp = await receiver('blackhole');
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'otlp-timeout': '1s' });
    const post = await job.post('trace-root');
    expect(post.code).toBe(0);
    expect(otlp.requests.length).toBeGreaterThanOrEqual(1);
    expect(post.stdout).toMatch(/::warning::Trace export to .* failed after \d+ ms/);
    // Budget 1 s + process start/exit; far below the exporter's own 10 s default.
    expect(post.ms).toBeLessThan(4000);
  });

  test('an unreachable collector is a warning, not a failure', async () => {
    const otlp = await receiver();
    const deadUrl = otlp.url;
    await otlp.close();
    open.pop();
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', { 'otlp-endpoint': deadUrl, 'otlp-timeout': '2s' });
    const post = await job.post('trace-root');
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/::warning::Trace export/);
  });

  test('a collector answering 503 is a warning, not a failure', async () => {
    const otlp = await receiver('error');
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'otlp-timeout': '1500ms' });
    const post = await job.post('trace-root');
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/::warning::Trace export/);
  });

  test('otlp-headers reach the collector and never appear in output', async () => {
    const otlp = await receiver();
    const secret = 'Bearer s3cr3t-Zq9';
    const job = new LocalJob(githubEnv());
    const inputs = {
      'otlp-endpoint': otlp.url,
      'otlp-headers': `authorization=${encodeURIComponent(secret)},x-team=shop`
    };
    const main = await job.step('trace-root', inputs);
    const post = await job.post('trace-root');
    await otlp.waitForSpans(1);
    expect(otlp.requests[0].headers.authorization).toBe(secret);
    expect(otlp.requests[0].headers['x-team']).toBe('shop');
    for (const text of [main.log, post.log, JSON.stringify(main.exported), JSON.stringify(main.state)]) {
      expect(text).not.toContain('s3cr3t-Zq9');
    }
  });

  test('outside GitHub (Jenkins) a secret is never printed, not even as a mask command', async () => {
    const otlp = await receiver();
    const job = new LocalJob({
      JENKINS_URL: 'http://jenkins/',
      JOB_NAME: 'shop/main',
      BUILD_NUMBER: '8',
      GIT_COMMIT: SHA
    });
    const main = await job.step('trace-root', {
      'otlp-endpoint': otlp.url,
      'otlp-headers': 'authorization=Bearer%20j3nk1ns'
    });
    const post = await job.post('trace-root');
    await otlp.waitForSpans(1);
    expect(main.outputs['build-id']).toBe(`shop-main-8-${SHA.slice(0, 7)}`);
    expect(main.stdout + main.stderr + post.stdout + post.stderr).not.toContain('j3nk1ns');
  });

  test("every input is checked before main hands anything on (the post step's job-status too)", async () => {
    for (const [inputs, message] of [
      [{ 'job-status': 'green' }, /Invalid input 'job-status': 'green'. Expected a GitHub conclusion/],
      [{ 'root-span': 'step' }, /Invalid input 'root-span': 'step'. Expected one of: run, job/],
      [{ 'build-id': 'has space' }, /input 'build-id'/]
    ] as const) {
      const job = new LocalJob(githubEnv());
      const main = await job.step('trace-root', inputs);
      expect(main.code).toBe(1);
      expect(main.stdout).toMatch(message);
      expect(main.exported).toEqual({});
      expect(main.outputs).toEqual({});
      expect(main.state).toEqual({});
    }
  });

  test('malformed otlp-headers and endpoint are configuration errors naming the input', async () => {
    const job = new LocalJob(githubEnv());
    const badHeaders = await job.step('trace-root', {
      'otlp-endpoint': 'http://127.0.0.1:1',
      'otlp-headers': 'tokenwithoutkey'
    });
    expect(badHeaders.code).toBe(1);
    expect(badHeaders.stdout).toMatch(/Invalid input 'otlp-headers': expected comma-separated key=value pairs/);
    expect(badHeaders.log).not.toContain('tokenwithoutkey');
    const badUrl = await job.step('trace-root', { 'otlp-endpoint': 'ftp://collector' });
    expect(badUrl.stdout).toMatch(/Invalid input 'otlp-endpoint' 'ftp:\/\/collector'. Expected an http/);
    const badTimeout = await job.step('trace-root', { 'otlp-timeout': 'soon' });
    expect(badTimeout.stdout).toMatch(/Invalid input 'otlp-timeout' 'soon'. Expected a duration/);
  });
});
