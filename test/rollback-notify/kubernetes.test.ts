import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import { startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// dist/rollback-notify through the real @kubernetes/client-node against the loopback API
// server stand-in (no kube-apiserver installs here), and Slack against a loopback receiver.

const BAD = 'release-18-badc0de';
const GOOD = 'release-17-3f78685';
const UID = '7d3c1e2a-0000-4000-8000-000000000001';
let api: Awaited<ReturnType<typeof startKubeApiServer>>;
let slack: Awaited<ReturnType<typeof startSlackReceiver>>;

const template = (build: string, hash: string, hashLabel: string) => ({
  metadata: { labels: { app: 'shop', [hashLabel]: hash } },
  spec: { containers: [{ name: 'shop', image: `registry.example/acme/shop@sha256:${hash.padEnd(64, '0')}`, env: [{ name: 'GOLDENTHREAD_BUILD_ID', value: build }] }] }
});

function cluster(kind: 'Rollout' | 'Deployment') {
  const hashLabel = kind === 'Rollout' ? 'rollouts-pod-template-hash' : 'pod-template-hash';
  const revision = kind === 'Rollout' ? 'rollout.argoproj.io/revision' : 'deployment.kubernetes.io/revision';
  const current = template(BAD, 'bbbb', hashLabel);
  delete (current.metadata.labels as Record<string, string>)[hashLabel];
  api.put(kind === 'Rollout' ? 'argoproj.io' : 'apps', kind === 'Rollout' ? 'rollouts' : 'deployments', {
    apiVersion: kind === 'Rollout' ? 'argoproj.io/v1alpha1' : 'apps/v1',
    kind,
    metadata: { name: 'shop', namespace: 'prod', uid: UID, annotations: { 'goldenthread.dev/build-id': BAD, 'goldenthread.dev/previous-build-id': GOOD } },
    spec: { selector: { matchLabels: { app: 'shop' } }, template: current }
  });
  const rs = (name: string, build: string, hash: string, rev: string, owner = UID) =>
    api.put('apps', 'replicasets', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name, namespace: 'prod', labels: { app: 'shop', [hashLabel]: hash }, annotations: { [revision]: rev }, ownerReferences: [{ uid: owner, controller: true, kind, name: 'shop' }] },
      spec: { template: template(build, hash, hashLabel) }
    });
  rs('shop-aaaa', GOOD, 'aaaa', '4');
  rs('shop-bbbb', BAD, 'bbbb', '5');
  rs('shop-old', 'release-10-0000000', 'cccc', '3');
  rs('other-dddd', 'x-1-0000000', 'dddd', '9', 'someone-else');
}

function verdictFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-verdict-')), 'verdict.json');
  writeFileSync(path, JSON.stringify({
    verdict: 'fail',
    build_id: BAD,
    trace_id: '0af7651916cd43dd8448eb211c80319c',
    span_id: 'b7ad6b7169203331',
    metrics: [
      { name: 'error-rate', value: 0.05, threshold: '≤ 1.00%', samples: 2000, result: 'fail' },
      { name: 'p99-latency', value: 59, threshold: '≤ 500 ms', samples: 2000, result: 'pass' }
    ]
  }));
  return path;
}

beforeEach(async () => {
  api = await startKubeApiServer();
  slack = await startSlackReceiver();
});
afterEach(async () => {
  await api.close();
  await slack.close();
});

function rollback(inputs: Record<string, string>) {
  const job = new LocalJob(githubEnv({ GOLDENTHREAD_GIT_SHA: SHA }));
  return job.step('rollback-notify', {
    'verdict-file': verdictFile(),
    namespace: 'prod',
    name: 'shop',
    kubeconfig: api.kubeconfig,
    'slack-webhook-url': slack.webhookUrl,
    environment: 'prod',
    author: 'Dev Eloper <dev@example.com>',
    'trace-url-template': 'https://grafana.example/explore?traceId={trace_id}',
    ...inputs
  });
}

const patches = () => api.requests.filter((r: { method: string }) => r.method === 'PATCH');

describe('rollback-notify, kubernetes', () => {
  test('argo-undo: previous revision template back in spec.template, once; Slack told once', async () => {
    cluster('Rollout');
    const first = await rollback({ action: 'argo-undo' });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ 'action-taken': 'undo', 'previous-build-id': GOOD, notified: 'slack' });
    const obj = api.get('argoproj.io', 'rollouts', 'prod', 'shop');
    expect(obj.spec.template.spec.containers[0].env[0].value).toBe(GOOD);
    expect(obj.spec.template.metadata.labels).toEqual({ app: 'shop' }); // hash label dropped, as kubectl argo rollouts undo does
    expect(obj.metadata.annotations).toMatchObject({ 'goldenthread.dev/rolled-back-build-id': BAD, 'goldenthread.dev/notified-build-id': BAD });

    const [post] = slack.received;
    expect(post.body.blocks[0].text.text).toBe(`shop (prod) rolled back: build ${BAD}`);
    const fields = post.body.blocks[1].fields.map((f: { text: string }) => f.text);
    expect(fields).toEqual(expect.arrayContaining([`*Build*\n\`${BAD}\``, `*Commit*\n<https://github.example/acme/shop/commit/${SHA}|${SHA.slice(0, 7)}>`, '*Author*\nDev Eloper &lt;dev@example.com&gt;', '*Action*\nundo', `*Now serving*\n\`${GOOD}\``]));
    expect(post.body.blocks[2].text.text).toBe('*Why*: error-rate 5.00% (threshold ≤ 1.00%, 2000 samples)');
    expect(post.body.blocks[3].elements[0].text).toContain('<https://grafana.example/explore?traceId=0af7651916cd43dd8448eb211c80319c|trace>');
    expect(post.body.text).toMatch(/^shop \(prod\) rolled back: build release-18-badc0de\. Commit 3f78685 by Dev Eloper/);

    const record = JSON.parse(readFileSync(first.outputs['rollback-file'], 'utf8'));
    expect(record).toMatchObject({ build_id: BAD, action: 'undo', target: 'Rollout prod/shop', previous_build_id: GOOD, notified: ['slack'] });
    expect(record.idempotency_key).toMatch(/^[0-9a-f]{16}$/);

    const again = await rollback({ action: 'argo-undo' });
    expect(again.outputs['action-taken']).toBe('none');
    expect(again.stdout).toMatch(/already rolled back from build release-18-badc0de/);
    expect(slack.received).toHaveLength(1);
    expect(patches()).toHaveLength(2); // the undo and the notified marker, nothing more
    for (const r of [first, again]) {
      expect(r.log).not.toContain('sEcReTwEbHoOkPaTh');
      expect(r.log).not.toContain('test-token');
    }
  });

  test('argo-abort: status.abort through the status subresource, as kubectl argo rollouts abort', async () => {
    cluster('Rollout');
    const r = await rollback({ action: 'argo-abort' });
    expect(r.outputs['action-taken']).toBe('abort');
    const statusPatch = api.requests.find((q: { url: string }) => q.url.endsWith('/rollouts/shop/status'));
    expect(statusPatch.headers['content-type']).toBe('application/merge-patch+json');
    expect(statusPatch.body).toEqual({ status: { abort: true } });
    const obj = api.get('argoproj.io', 'rollouts', 'prod', 'shop');
    expect(obj.status).toEqual({ abort: true });
    expect(obj.spec.template.spec.containers[0].env[0].value).toBe(BAD); // abort leaves spec.template as it is
  });

  test('deployment-undo: previous ReplicaSet template, as kubectl rollout undo', async () => {
    cluster('Deployment');
    const r = await rollback({ action: 'deployment-undo' });
    expect(r.outputs).toMatchObject({ 'action-taken': 'undo', 'previous-build-id': GOOD });
    expect(api.get('apps', 'deployments', 'prod', 'shop').spec.template.metadata.labels).toEqual({ app: 'shop' });
  });

  test('409 while rolling back: read again and undo once', async () => {
    cluster('Rollout');
    api.faults.conflictsLeft = 1;
    const r = await rollback({ action: 'argo-undo' });
    expect(r.outputs['action-taken']).toBe('undo');
    expect(r.stdout).toMatch(/409 Conflict\); reading it again/);
  });

  test('a target already on another build is left alone, and says so', async () => {
    cluster('Rollout');
    const r = await rollback({ action: 'argo-undo', 'build-id': 'release-19-1234567' });
    expect(r.outputs['action-taken']).toBe('none');
    expect(r.stdout).toMatch(/runs build release-18-badc0de, not release-19-1234567; left alone/);
    expect(patches()).toHaveLength(0);
  });

  test('a missing object is a clear error, and Slack hears that the rollback failed', async () => {
    const r = await rollback({ action: 'argo-undo' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Rollout prod\/shop not found/);
    expect(slack.received).toHaveLength(1);
    expect((slack.received[0].body as { text: string }).text).toMatch(/rollback of build release-18-badc0de FAILED.*argo-undo failed: Rollout prod\/shop not found/);
  });

  test('dry run changes nothing and posts nothing', async () => {
    cluster('Rollout');
    const r = await rollback({ action: 'argo-undo', 'dry-run': 'true' });
    expect(r.outputs['action-taken']).toBe('none');
    expect(r.stdout).toMatch(/dry run: would argo-undo Rollout prod\/shop/);
    expect(patches()).toHaveLength(0);
    expect(slack.received).toHaveLength(0);
  });
});
