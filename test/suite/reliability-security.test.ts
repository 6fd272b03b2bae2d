// Reliability and security, in one place: every failure a pipeline meets in the wild and every
// hostile input, tried against the compiled actions (dist/) as a runner runs them. Real
// Prometheus, docker-registry, buildah and git repositories; loopback stand-ins, speaking the
// documented wire formats, for what cannot run here (Kubernetes API, Slack, GitHub API, the
// collector). test/summary-reporter.mjs prints these tests as a table with their counts.
// After each case, secret-scan.ts looks for every secret the suite passes in in all it produced.
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import { startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { startGithubApi } from '../../packages/tools/lib/github-api.mjs';
import { startFaultProxy } from '../../packages/tools/lib/fault-proxy.mjs';
import { buildTraffic, startSpanmetricsExporter } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { manifestsRemote, moveOnFirstPush, remoteFile, remoteLog } from '../../packages/tools/lib/git-fixtures.mjs';
import { available, freePort, startPrometheus, startRegistry } from '../../packages/tools/lib/real-servers.mjs';
import { scanBodies, scanEachCase, ScannedJob, scanRemote, scanSlack, scanSpans, SECRETS } from './secret-scan.js';

type Run = Awaited<ReturnType<LocalJob['step']>>;

// ── secrets: passed wherever an input takes one; each case's output is scanned for all of them ──
scanEachCase();
const OTLP_HEADERS = `authorization=Bearer ${SECRETS.otlp}`;
let jobs = 0;

function job(env: Record<string, string> = {}): LocalJob {
  return new ScannedJob(githubEnv({ GITHUB_RUN_ID: String(4000 + jobs++), ...env }));
}

/** A job after trace-root: the build id and commit are in its env. */
const pipelineJob = (env: Record<string, string> = {}) =>
  job({ GOLDENTHREAD_BUILD_ID: GOOD, GOLDENTHREAD_GIT_SHA: SHA, ...env });

/** Run a step (the job keeps what it printed and wrote for the case's secret scan). */
const step = (
  j: LocalJob,
  action: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  options = {}
) => j.step(action, inputs, env, options);

/** The message a step failed with (the runner's ::error:: line). */
const failure = (r: Run) => /::error::(.*)/.exec(r.stdout)?.[1] ?? '';

// ── fixtures ──
const GOOD = 'release-17-3f78685';
const BAD = 'release-18-badc0de';
const IMAGE = `registry.example/acme/shop@sha256:${'b'.repeat(64)}`;
const ROLLOUT = `# prod shop
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: shop
          image: registry.example/acme/shop@sha256:${'a'.repeat(64)}
          env:
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: service.name=shop
`;

function repo(files: Record<string, string> = { 'prod/rollout.yaml': ROLLOUT }) {
  const r = manifestsRemote(files);
  scanRemote(r.remote);
  return r;
}

function spansFile(
  buildId: string,
  requests: number,
  errors: number,
  placement: { startMs?: number; spreadMs?: number } = {}
): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-suite-')), 'spans.jsonl');
  writeFileSync(path, buildTraffic({ buildId, requests, errors, seed: 3, ...placement }) + '\n');
  return path;
}

function verdictFile(verdict: 'pass' | 'fail', buildId = BAD): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-suite-')), 'verdict.json');
  writeFileSync(
    path,
    JSON.stringify({
      verdict,
      build_id: buildId,
      trace_id: '0af7651916cd43dd8448eb211c80319c',
      span_id: 'b7ad6b7169203331',
      metrics: [{ name: 'error-rate', value: 0.05, threshold: '≤ 1.00%', samples: 2000, result: verdict }]
    })
  );
  return path;
}

async function slackReceiver(script?: Array<string | number | { status: number; retryAfter: number }>) {
  const s = await startSlackReceiver({ script, token: SECRETS.slackToken });
  scanSlack(s);
  opened.push(s);
  return s;
}

const opened: Array<{ close: () => Promise<unknown> }> = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

/** A deploy of `buildId` to the repo's main, as the pipeline's deploy step makes it. */
async function deploy(r: { url: string }, buildId: string, digit: string, inputs: Record<string, string> = {}) {
  const d = await step(
    job({ GOLDENTHREAD_BUILD_ID: buildId, GOLDENTHREAD_GIT_SHA: digit.repeat(40) }),
    'rollout-patch',
    {
      mode: 'gitops',
      repository: r.url,
      path: 'prod/rollout.yaml',
      'image-ref': `registry.example/acme/shop@sha256:${digit.repeat(64)}`,
      'otlp-headers': OTLP_HEADERS,
      ...inputs
    }
  );
  expect(d.code).toBe(0);
  return d;
}

function kubeWorkload(api: Awaited<ReturnType<typeof startKubeApiServer>>) {
  api.put('argoproj.io', 'rollouts', {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: {
      name: 'shop',
      namespace: 'prod',
      annotations: { 'goldenthread.dev/build-id': BAD, 'goldenthread.dev/previous-build-id': GOOD }
    },
    spec: {
      replicas: 4,
      strategy: { canary: { steps: [{ setWeight: 20 }] } },
      template: {
        spec: { containers: [{ name: 'shop', image: `registry.example/acme/shop@sha256:${'a'.repeat(64)}` }] }
      }
    },
    status: { phase: 'Paused' }
  });
}

async function kubeApi() {
  const api = await startKubeApiServer({ token: SECRETS.kube });
  opened.push(api);
  scanBodies('Kubernetes API request bodies', api.requests);
  kubeWorkload(api);
  return api;
}

const REAL_PROMETHEUS = available('prometheus');
/** The gate judges only its own window: these cases look at data written just before it starts. */
const judgeRecentData = () => ({ 'window-start': new Date(Date.now() - 60_000).toISOString(), 'min-duration': '0s' });
const REAL_BUILDER = available('buildah') && available('docker-registry');
const realOnly = (real: boolean) => (real ? test : test.skip);

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('collector: telemetry is best effort and bounded', () => {
  for (const mode of ['down', 'black-holed'] as const) {
    test(`collector ${mode}: a whole pipeline (root, deploy, gate, rollback, post) succeeds and no step hangs`, async () => {
      const receiver = mode === 'black-holed' ? await startOtlpReceiver({ mode: 'blackhole' }) : undefined;
      if (receiver) opened.push(receiver);
      if (receiver) scanSpans(receiver);
      const endpoint = receiver?.url ?? `http://127.0.0.1:${await freePort()}`;
      const j = job();
      const otlp = { 'otlp-headers': OTLP_HEADERS, 'otlp-timeout': '1s' };
      const runs = [await step(j, 'trace-root', { 'otlp-endpoint': endpoint, ...otlp })];
      expect(j.env.GOLDENTHREAD_OTLP_ENDPOINT).toMatch(new RegExp(`^${endpoint}`));
      const manifests = repo();
      runs.push(
        await step(j, 'rollout-patch', {
          mode: 'gitops',
          repository: manifests.url,
          path: 'prod/rollout.yaml',
          'image-ref': IMAGE,
          ...otlp
        })
      );
      const gate = await step(j, 'otel-gate', {
        backend: 'otlp-file',
        'backend-url': spansFile(j.env.GOLDENTHREAD_BUILD_ID, 2000, 100, { startMs: Date.now(), spreadMs: 20_000 }),
        interval: '1s',
        count: '20',
        ...judgeRecentData(),
        ...otlp
      });
      runs.push(
        await step(j, 'rollback-notify', {
          action: 'gitops-revert',
          repository: manifests.url,
          'verdict-file': gate.outputs['report-file'],
          ...otlp
        })
      );
      runs.push(await j.post('trace-root'));
      expect(gate.outputs.verdict).toBe('fail');
      for (const r of runs) {
        expect(r.signal).toBeNull(); // finished on its own, not killed by the runner's timeout
        expect(r.code).toBe(0);
        // Bounded: the 1 s export budget plus start-up, far below the runner's 60 s kill.
        expect(r.ms).toBeLessThan(15_000);
      }
      expect(runs.at(-1)!.log).toMatch(/Trace export to .* failed after \d+ ms/);
      expect(remoteLog(manifests.remote)[0]).toMatch(/Revert/);
    });
  }
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('telemetry backend: Prometheus down mid-analysis', () => {
  for (const onInconclusive of ['fail', 'pass'] as const) {
    realOnly(REAL_PROMETHEUS)(
      `Prometheus stops after the first look → inconclusive; on-inconclusive ${onInconclusive} ${onInconclusive === 'fail' ? 'fails the step (closed)' : 'passes with a warning'}`,
      async () => {
        const exporter = await startSpanmetricsExporter({
          [GOOD]: { ok: 60, errors: 0, latencies: Array(60).fill(20) }
        });
        opened.push(exporter);
        const prometheus = await startPrometheus([exporter.address]);
        try {
          await prometheus.waitFor(`sum(traces_span_metrics_calls_total{build_id="${GOOD}"})`, (v) => v === 60);
          let stopped: Promise<void> | undefined;
          const r = await step(
            pipelineJob(),
            'otel-gate',
            {
              backend: 'prometheus',
              'backend-url': prometheus.url,
              'backend-headers': `authorization=Bearer ${SECRETS.prometheus}`,
              interval: '1s',
              count: '20',
              'consecutive-error-limit': '2',
              'on-inconclusive': onInconclusive
            },
            {},
            {
              // Event-driven: stop the server as soon as the gate reports its first look.
              onStdout: (soFar: string) => {
                if (!stopped && /look 1:/.test(soFar)) stopped = prometheus.stop();
              }
            }
          );
          await stopped;
          expect(r.outputs.verdict).toBe('inconclusive');
          expect(r.log).toMatch(/look 2: backend error/);
          const record = JSON.parse(readFileSync(r.outputs['report-file'], 'utf8'));
          expect(record).toMatchObject({ verdict: 'inconclusive', gate_passed: onInconclusive === 'pass' });
          if (onInconclusive === 'fail') {
            expect(r.code).toBe(1);
            expect(failure(r)).toMatch(/inconclusive and on-inconclusive is fail/);
          } else {
            expect(r.code).toBe(0);
            expect(r.stdout).toMatch(/::warning::.*Inconclusive/);
          }
        } finally {
          await prometheus.stop();
        }
      }
    );
  }
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('registry: 500, then 200', () => {
  realOnly(REAL_BUILDER)(
    'a blob upload and the digest read-back each fail once → build-and-tag retries and pins the digest the registry serves',
    async () => {
      const registry = await startRegistry();
      const proxy = await startFaultProxy(registry.url, [
        { method: 'POST', path: /\/blobs\/uploads\/$/, status: 500, times: 1 },
        { method: 'HEAD', path: /\/manifests\/release-/, status: 503, times: 1, userAgent: /^(node|undici)/ }
      ]);
      opened.push(proxy);
      try {
        const context = mkdtempSync(join(tmpdir(), 'gt-suite-ctx-'));
        writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
        writeFileSync(join(context, 'app.txt'), 'shop\n');
        const r = await step(
          pipelineJob(),
          'build-and-tag',
          {
            image: `${proxy.host}/acme/shop`,
            context,
            builder: 'buildah',
            'tls-verify': 'false',
            'otlp-headers': OTLP_HEADERS
          },
          {},
          { timeoutMs: 120_000 }
        );
        expect(failure(r)).toBe('');
        expect(r.code).toBe(0);
        expect(proxy.seen.filter((s) => s.injected).map((s) => `${s.method} ${s.injected}`)).toEqual([
          'POST 500',
          'HEAD 503'
        ]);
        expect(r.outputs.digest).toBe(await registry.digest('acme/shop', r.outputs.tag));
      } finally {
        await registry.stop();
      }
    }
  );
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('Kubernetes API: 409 and 403', () => {
  const deployInputs = (api: { kubeconfig: string }) => ({
    mode: 'kubernetes',
    name: 'shop',
    namespace: 'prod',
    'image-ref': IMAGE,
    kubeconfig: api.kubeconfig,
    'otlp-headers': OTLP_HEADERS
  });

  test('rollout-patch meets 409 Conflict (someone wrote the Rollout first) → re-reads, patches once more, pinned', async () => {
    const api = await kubeApi();
    api.faults.conflictsLeft = 1;
    const r = await step(pipelineJob(), 'rollout-patch', deployInputs(api));
    expect(r.code).toBe(0);
    expect(api.requests.filter((q: { method: string }) => q.method === 'PATCH')).toHaveLength(2);
    expect(api.get('argoproj.io', 'rollouts', 'prod', 'shop').spec.template.spec.containers[0].image).toBe(IMAGE);
  });

  test('rollout-patch meets 403 Forbidden → fails naming the missing permission, Rollout untouched', async () => {
    const api = await kubeApi();
    const before = JSON.stringify(api.get('argoproj.io', 'rollouts', 'prod', 'shop'));
    api.faults.forbidden = true;
    const r = await step(pipelineJob(), 'rollout-patch', deployInputs(api));
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/forbidden.*rollouts/i);
    expect(JSON.stringify(api.get('argoproj.io', 'rollouts', 'prod', 'shop'))).toBe(before);
  });

  test('rollback-notify argo-abort meets 409 → retries, aborts once, Slack told once', async () => {
    const api = await kubeApi();
    const slack = await slackReceiver();
    api.faults.conflictsLeft = 1;
    const r = await step(job(), 'rollback-notify', {
      action: 'argo-abort',
      name: 'shop',
      namespace: 'prod',
      kubeconfig: api.kubeconfig,
      'verdict-file': verdictFile('fail'),
      'slack-webhook-url': slack.webhookUrl,
      'otlp-headers': OTLP_HEADERS
    });
    expect(failure(r)).toBe('');
    expect(r.outputs['action-taken']).toBe('abort');
    expect(api.get('argoproj.io', 'rollouts', 'prod', 'shop').status.abort).toBe(true);
    expect(slack.received).toHaveLength(1);
  });

  test('rollback-notify meets 403 → fails naming the permission; nothing patched; Slack hears the rollback FAILED, never that it happened', async () => {
    const api = await kubeApi();
    const slack = await slackReceiver();
    api.faults.forbidden = true;
    const r = await step(job(), 'rollback-notify', {
      action: 'argo-abort',
      name: 'shop',
      namespace: 'prod',
      kubeconfig: api.kubeconfig,
      'verdict-file': verdictFile('fail'),
      'slack-webhook-url': slack.webhookUrl
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/forbidden/i);
    expect(api.get('argoproj.io', 'rollouts', 'prod', 'shop').status.abort).toBeUndefined();
    expect(slack.received).toHaveLength(1);
    const { text } = slack.received[0].body as { text: string };
    expect(text).toMatch(/rollback of build release-18-badc0de FAILED, it is still serving/);
    expect(text).toMatch(/abort failed: .*forbidden/i);
    expect(text).not.toMatch(/rolled back/);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('Slack: rate limited, and down', () => {
  async function revertWithSlack(webhook: string) {
    const manifests = repo();
    await deploy(manifests, GOOD, 'a');
    await deploy(manifests, BAD, 'b');
    const run = () =>
      step(job(), 'rollback-notify', {
        action: 'gitops-revert',
        repository: manifests.url,
        'verdict-file': verdictFile('fail'),
        'slack-webhook-url': webhook,
        'otlp-headers': OTLP_HEADERS
      });
    return { manifests, run };
  }

  test('429 with Retry-After: 1 → waits, posts again, one message delivered', async () => {
    const slack = await slackReceiver([{ status: 429, retryAfter: 1 }, 'ok']);
    const { run } = await revertWithSlack(slack.webhookUrl);
    const r = await run();
    expect(r.code).toBe(0);
    expect(r.outputs.notified).toBe('slack');
    expect(slack.received.map((m: { answered: unknown }) => m.answered)).toEqual([
      { status: 429, retryAfter: 1 },
      'ok'
    ]);
  });

  test('Slack down → the revert stands, notify-error says why; a re-run after Slack is back posts once and reverts nothing more', async () => {
    const deadWebhook = `http://127.0.0.1:${await freePort()}/services/T000/B000/${SECRETS.slackWebhookPath}`;
    const { manifests } = await revertWithSlack(deadWebhook);
    const first = await step(job(), 'rollback-notify', {
      action: 'gitops-revert',
      repository: manifests.url,
      'verdict-file': verdictFile('fail'),
      'slack-webhook-url': deadWebhook
    });
    expect(first.code).toBe(0);
    expect(first.outputs['action-taken']).toBe('revert');
    expect(first.outputs['notify-error']).toBeTruthy();
    expect(first.stdout).toMatch(/::warning::.*Slack notification failed/);
    const slack = await slackReceiver();
    const second = await step(job(), 'rollback-notify', {
      action: 'gitops-revert',
      repository: manifests.url,
      'verdict-file': verdictFile('fail'),
      'slack-webhook-url': slack.webhookUrl
    });
    expect(second.code).toBe(0);
    expect(second.outputs['action-taken']).not.toBe('revert');
    expect(slack.received).toHaveLength(1);
    expect(remoteLog(manifests.remote).filter((l: string) => /Revert/.test(l))).toHaveLength(1);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('git: a remote that moved', () => {
  test('rollout-patch: main moves between clone and push → the edit is redone on the new tip', async () => {
    const manifests = repo({ 'prod/rollout.yaml': ROLLOUT, 'README.md': 'manifests\n' });
    moveOnFirstPush(manifests.remote, { 'README.md': 'edited elsewhere\n' }, 'docs: someone else');
    const r = await deploy(manifests, GOOD, 'a');
    expect(r.log).toMatch(/moved while we committed/);
    expect(remoteLog(manifests.remote, '%s')).toEqual([
      expect.stringMatching(new RegExp(`^deploy ${GOOD}`)),
      'docs: someone else',
      'initial manifests'
    ]);
    expect(remoteFile(manifests.remote, 'README.md')).toBe('edited elsewhere\n');
  });

  test('rollback-notify: main moves before the revert is pushed → the revert is redone on the new tip', async () => {
    const manifests = repo({ 'prod/rollout.yaml': ROLLOUT, 'README.md': 'manifests\n' });
    await deploy(manifests, GOOD, 'a');
    const goodFile = remoteFile(manifests.remote, 'prod/rollout.yaml');
    await deploy(manifests, BAD, 'b');
    moveOnFirstPush(manifests.remote, { 'README.md': 'edited elsewhere\n' }, 'docs: someone else');
    const r = await step(job(), 'rollback-notify', {
      action: 'gitops-revert',
      repository: manifests.url,
      'verdict-file': verdictFile('fail')
    });
    expect(failure(r)).toBe('');
    expect(remoteLog(manifests.remote, '%s').slice(0, 2)).toEqual([
      expect.stringMatching(/^Revert/),
      'docs: someone else'
    ]);
    expect(remoteFile(manifests.remote, 'prod/rollout.yaml')).toBe(goodFile);
    expect(remoteFile(manifests.remote, 'README.md')).toBe('edited elsewhere\n');
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('idempotent: every action run twice', () => {
  test('trace-root twice in the same run → the same trace id, build id and traceparent', async () => {
    const [a, b] = [
      await step(job({ GITHUB_RUN_ID: '777' }), 'trace-root', {}),
      await step(job({ GITHUB_RUN_ID: '777' }), 'trace-root', {})
    ];
    for (const key of ['trace-id', 'build-id', 'traceparent']) expect(b.outputs[key]).toBe(a.outputs[key]);
  });

  realOnly(REAL_BUILDER)(
    'build-and-tag twice → the same tag serves the same digest (timestamps pinned to SOURCE_DATE_EPOCH)',
    async () => {
      const registry = await startRegistry();
      try {
        const context = mkdtempSync(join(tmpdir(), 'gt-suite-ctx-'));
        writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
        writeFileSync(join(context, 'app.txt'), 'shop\n');
        const inputs = {
          image: `${registry.host}/acme/shop`,
          context,
          builder: 'buildah',
          'tls-verify': 'false',
          'opensearch-url': `http://elastic:${SECRETS.opensearch}@127.0.0.1:${await freePort()}`,
          'otlp-headers': OTLP_HEADERS
        };
        const env = { GITHUB_RUN_ID: '778', SOURCE_DATE_EPOCH: '1764115200' };
        const first = await step(pipelineJob(env), 'build-and-tag', inputs, {}, { timeoutMs: 120_000 });
        const second = await step(pipelineJob(env), 'build-and-tag', inputs, {}, { timeoutMs: 120_000 });
        expect([first.code, second.code]).toEqual([0, 0]);
        expect(second.outputs.tag).toBe(first.outputs.tag);
        expect(second.outputs.digest).toBe(first.outputs.digest);
        expect(await registry.digest('acme/shop', first.outputs.tag)).toBe(first.outputs.digest);
        expect(first.stdout).toMatch(/::warning::Could not index the build record/);
      } finally {
        await registry.stop();
      }
    }
  );

  test('rollout-patch twice → one deploy commit; the second run changes nothing', async () => {
    const manifests = repo();
    const sink = { 'opensearch-url': `http://elastic:${SECRETS.opensearch}@127.0.0.1:${await freePort()}` };
    const first = await deploy(manifests, GOOD, 'a', sink);
    const second = await deploy(manifests, GOOD, 'a', sink);
    expect(second.stdout).toMatch(/::warning::Could not index the deployment record/);
    expect([first.outputs.changed, second.outputs.changed]).toEqual(['true', 'false']);
    expect(remoteLog(manifests.remote)).toHaveLength(2);
  });

  test('otel-gate twice on the same telemetry → the same verdict from the same counts', async () => {
    // All of it already in the past, inside one fixed window: both runs see exactly the same evidence.
    const file = spansFile(GOOD, 3000, 3, { startMs: Date.now() - 20_000, spreadMs: 10_000 });
    const since = judgeRecentData();
    const run = () =>
      step(pipelineJob(), 'otel-gate', {
        backend: 'otlp-file',
        'backend-url': file,
        interval: '1s',
        count: '3',
        ...since
      });
    const [a, b] = [await run(), await run()];
    expect(a.outputs.requests).toBe('3000');
    expect(a.outputs.verdict).not.toBe('fail');
    expect([b.outputs.verdict, b.outputs.requests]).toEqual([a.outputs.verdict, a.outputs.requests]);
  });

  test('rollback-notify (argo-abort) twice → one abort patch, one Slack message', async () => {
    const api = await kubeApi();
    const slack = await slackReceiver();
    const run = () =>
      step(job(), 'rollback-notify', {
        action: 'argo-abort',
        name: 'shop',
        namespace: 'prod',
        kubeconfig: api.kubeconfig,
        'verdict-file': verdictFile('fail'),
        'slack-webhook-url': slack.webhookUrl
      });
    const [a, b] = [await run(), await run()];
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(
      api.requests.filter((q: { method: string; url: string }) => q.method === 'PATCH' && q.url.endsWith('/status'))
    ).toHaveLength(1);
    expect(slack.received).toHaveLength(1);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('malformed input: a clear error naming the input, nothing half-done', () => {
  for (const bad of [
    '00-zz7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    '00-00000000000000000000000000000000-b7ad6b7169203331-01',
    'ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01'
  ]) {
    test(`inherited TRACEPARENT ${bad.slice(0, 12)}… → ignored with a warning, the run's own trace starts`, async () => {
      const r = await step(job({ TRACEPARENT: bad }), 'trace-root', {});
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/::warning::.*Ignoring invalid inherited TRACEPARENT/);
      expect(r.outputs['trace-id']).toMatch(/^(?!0{32})[0-9a-f]{32}$/);
      expect(bad).not.toContain(r.outputs['trace-id']);
    });
  }

  for (const ref of [
    'registry.example/acme/shop@sha256:abc',
    'registry.example/acme/shop:latest',
    `registry.example/acme/shop@md5:${'a'.repeat(32)}`
  ]) {
    test(`rollout-patch image-ref '${ref.split('/').pop()}' → fails naming 'image-ref'; no commit`, async () => {
      const manifests = repo();
      const r = await step(pipelineJob(), 'rollout-patch', {
        mode: 'gitops',
        repository: manifests.url,
        path: 'prod/rollout.yaml',
        'image-ref': ref
      });
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/'image-ref'.*sha256/);
      expect(remoteLog(manifests.remote)).toHaveLength(1);
    });
  }

  for (const id of ['release 17', '../etc/passwd', 'a'.repeat(200)]) {
    test(`build-id '${id.slice(0, 16)}' → fails naming 'build-id'`, async () => {
      const r = await step(job(), 'trace-root', { 'build-id': id });
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/'build-id'/);
      expect(r.exported).toEqual({});
    });
  }

  for (const [input, value] of [
    ['max-error-rate', '120%'],
    ['max-error-rate', 'abc'],
    ['max-p99-latency', '-5ms'],
    ['interval', '0s'],
    ['count', 'many'],
    ['failure-limit', '-1']
  ]) {
    test(`otel-gate ${input}: '${value}' → fails naming '${input}' before any look`, async () => {
      const r = await step(pipelineJob(), 'otel-gate', {
        backend: 'otlp-file',
        'backend-url': spansFile(GOOD, 10, 0),
        [input]: value
      });
      expect(r.code).toBe(1);
      expect(failure(r)).toContain(`'${input}'`);
      expect(r.outputs.verdict).toBeUndefined();
    });
  }

  test('a GitOps manifest that is not YAML → fails naming the file; nothing pushed', async () => {
    const manifests = repo({ 'prod/rollout.yaml': 'kind: Rollout\nspec: [unclosed\n' });
    const r = await step(pipelineJob(), 'rollout-patch', {
      mode: 'gitops',
      repository: manifests.url,
      path: 'prod/rollout.yaml',
      'image-ref': IMAGE
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toContain('prod/rollout.yaml');
    expect(remoteLog(manifests.remote)).toHaveLength(1);
  });

  test("otel-gate queries that are not YAML → fails naming 'queries'", async () => {
    const r = await step(pipelineJob(), 'otel-gate', {
      backend: 'prometheus',
      'backend-url': 'http://127.0.0.1:9',
      queries: '- name: x\n  query: [unclosed'
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toContain("'queries'");
  });

  test("a kubeconfig that is not YAML → fails naming 'kubeconfig'; nothing patched", async () => {
    const api = await kubeApi();
    const r = await step(pipelineJob(), 'rollout-patch', {
      mode: 'kubernetes',
      name: 'shop',
      namespace: 'prod',
      'image-ref': IMAGE,
      kubeconfig: 'clusters: [unclosed'
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toContain("'kubeconfig'");
    expect(api.requests).toHaveLength(0);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('injection: hostile strings in every free-text input', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'gt-suite-pwned-'));
  const canary = join(scratch, 'pwned');
  const PAYLOADS: Record<string, string> = {
    shell: `$(touch ${canary}) \`touch ${canary}\` ; touch ${canary} #`,
    promql: 'shop"} or vector(1) or {x="',
    yaml: 'prod\nkind: Secret\nmetadata: {name: stolen}',
    env: 'x\nINJECTED=1\nghadelimiter_0\nINJECTED=2',
    slack: '<!channel> <https://evil.example|click here> *bold*'
  };

  /** What every hostile run must show: no command ran, no variable or output smuggled in. */
  function harmless(r: Run, { mayFailWith = /[Ii]nput '[a-z-]+'/ } = {}) {
    expect(existsSync(canary)).toBe(false);
    expect(Object.keys(r.exported).filter((k) => k.startsWith('INJECTED'))).toEqual([]);
    expect(Object.keys(r.outputs).filter((k) => k.startsWith('INJECTED'))).toEqual([]);
    expect(r.log).not.toMatch(/looks like a bug in goldenthread/);
    // Either it ran, or it refused with an error naming an input.
    if (r.code !== 0) expect(failure(r)).toMatch(mayFailWith);
  }

  for (const [kind, payload] of Object.entries(PAYLOADS)) {
    test(`${kind}: trace-root service-name, environment → nothing runs, no env var smuggled in, the value handed on as given`, async () => {
      const j = job();
      const r = await step(j, 'trace-root', { 'service-name': payload, environment: payload });
      harmless(r);
      if (r.code === 0) expect(j.env.GOLDENTHREAD_SERVICE_NAME).toBe(payload);
    });

    test(`${kind}: rollout-patch environment, commit-message, author-name, container → one Rollout document, value kept literally`, async () => {
      const manifests = repo();
      const r = await step(pipelineJob(), 'rollout-patch', {
        mode: 'gitops',
        repository: manifests.url,
        path: 'prod/rollout.yaml',
        'image-ref': IMAGE,
        environment: payload,
        'commit-message': payload,
        'author-name': payload
      });
      harmless(r);
      const docs = parseAllDocuments(remoteFile(manifests.remote, 'prod/rollout.yaml')).map((d) => d.toJS());
      expect(docs.map((d) => d.kind)).toEqual(['Rollout']);
      if (r.code === 0) expect(JSON.stringify(docs[0])).not.toContain('stolen');
      const wrong = await step(pipelineJob(), 'rollout-patch', {
        mode: 'gitops',
        repository: manifests.url,
        path: 'prod/rollout.yaml',
        'image-ref': IMAGE,
        container: payload
      });
      harmless(wrong);
      expect(wrong.code).toBe(1);
    });

    test(`${kind}: rollback-notify service, environment, author, trace-url-template → Slack gets it escaped, as text`, async () => {
      const slack = await slackReceiver();
      const r = await step(job(), 'rollback-notify', {
        action: 'none',
        'build-id': BAD,
        'verdict-file': verdictFile('fail'),
        'slack-webhook-url': slack.webhookUrl,
        service: payload,
        environment: payload,
        author: payload,
        'trace-url-template': `https://grafana.example/${payload}/{trace_id}`
      });
      harmless(r);
      expect(r.code).toBe(0);
      // Slack parses mentions and links in mrkdwn and in the fallback text (plain_text shows them as typed).
      const body = slack.received[0].body as { text: string; blocks: unknown };
      const parsed = [body.text, ...JSON.stringify(body.blocks).match(/"type":"mrkdwn","text":"(?:[^"\\]|\\.)*"/g)!];
      for (const text of parsed) {
        expect(text).not.toContain('<!channel>');
        expect(text).not.toContain('<https://evil.example');
      }
    });

    realOnly(REAL_BUILDER)(
      `${kind}: build-and-tag build-args, labels → passed as argv, never through a shell`,
      async () => {
        const context = mkdtempSync(join(tmpdir(), 'gt-suite-ctx-'));
        writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nARG NOTE\nCOPY app.txt /\n');
        writeFileSync(join(context, 'app.txt'), 'shop\n');
        const r = await step(
          pipelineJob(),
          'build-and-tag',
          {
            image: 'localhost/acme/shop',
            context,
            builder: 'buildah',
            push: 'false',
            'build-args': `NOTE=${payload.replace(/[\n,]/g, ' ')}`,
            labels: `note=${payload.replace(/[\n,]/g, ' ')}`
          },
          {},
          { timeoutMs: 120_000 }
        );
        harmless(r);
        expect(r.code).toBe(0);
      }
    );
  }

  realOnly(REAL_PROMETHEUS)(
    'promql: otel-gate service and build ids → the label value stays a label value (no series for it, so no pass)',
    async () => {
      const exporter = await startSpanmetricsExporter({
        [GOOD]: { ok: 5000, errors: 0, latencies: Array(5000).fill(20) }
      });
      opened.push(exporter);
      const prometheus = await startPrometheus([exporter.address]);
      try {
        await prometheus.waitFor(`sum(traces_span_metrics_calls_total{build_id="${GOOD}"})`, (v) => v === 5000);
        const r = await step(pipelineJob(), 'otel-gate', {
          backend: 'prometheus',
          'backend-url': prometheus.url,
          service: PAYLOADS.promql,
          interval: '1s',
          count: '3',
          ...judgeRecentData()
        });
        harmless(r, { mayFailWith: /did not pass: inconclusive/ });
        expect(r.log).not.toMatch(/backend error/);
        expect(r.outputs.requests).toBe('0');
        expect(r.outputs.verdict).not.toBe('pass');
        // The same service name without the payload finds the build's 5000 requests: the data is there.
        const control = await step(pipelineJob(), 'otel-gate', {
          backend: 'prometheus',
          'backend-url': prometheus.url,
          service: 'shop',
          interval: '1s',
          count: '3',
          ...judgeRecentData()
        });
        expect(control.outputs.requests).toBe('5000');
        const injected = await step(pipelineJob(), 'otel-gate', {
          backend: 'prometheus',
          'backend-url': prometheus.url,
          'build-id': `${GOOD}"} or vector(1) or {x="`
        });
        harmless(injected);
        expect(failure(injected)).toContain("'build-id'");
      } finally {
        await prometheus.stop();
      }
    }
  );
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('secrets: never printed, never written', () => {
  test('trace-root with github-token and otlp-headers, post step included, against the GitHub API stand-in', async () => {
    const github = await startGithubApi();
    opened.push(github);
    scanBodies('GitHub API request bodies', github.requests);
    const receiver = await startOtlpReceiver();
    opened.push(receiver);
    scanSpans(receiver);
    const j = job({ GITHUB_API_URL: github.url });
    expect(
      (
        await step(j, 'trace-root', {
          'otlp-endpoint': receiver.url,
          'otlp-headers': OTLP_HEADERS,
          'github-token': SECRETS.github
        })
      ).code
    ).toBe(0);
    expect((await j.post('trace-root')).code).toBe(0);
    expect(receiver.spans.length).toBeGreaterThan(0);
    expect(
      receiver.requests.some(
        (q: { headers: Record<string, string> }) => q.headers.authorization === `Bearer ${SECRETS.otlp}`
      )
    ).toBe(true);
  });

  test('rollback-notify via chat.postMessage with slack-token, and a PR comment with github-token', async () => {
    const github = await startGithubApi();
    opened.push(github);
    scanBodies('GitHub API request bodies', github.requests);
    const slack = await slackReceiver();
    const manifests = repo();
    await deploy(manifests, GOOD, 'a');
    await deploy(manifests, BAD, 'b');
    const event = join(mkdtempSync(join(tmpdir(), 'gt-suite-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: SHA } } }));
    const r = await step(
      job({ GITHUB_API_URL: github.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event }),
      'rollback-notify',
      {
        action: 'gitops-revert',
        repository: manifests.url,
        token: SECRETS.git,
        'verdict-file': verdictFile('fail'),
        'slack-token': SECRETS.slackToken,
        'slack-channel': '#deploys',
        'slack-api-url': slack.apiUrl,
        'github-token': SECRETS.github,
        'otlp-headers': OTLP_HEADERS
      }
    );
    expect(failure(r)).toBe('');
    expect(r.outputs.notified).toBe('slack');
    expect(
      github.requests.filter(
        (q: { method: string; url: string }) => q.method === 'POST' && q.url.endsWith('/issues/7/comments')
      )
    ).toHaveLength(1);
  });
});
