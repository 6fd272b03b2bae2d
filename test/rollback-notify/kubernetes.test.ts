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

const IMAGE: Record<string, string> = {
  [GOOD]: `registry.example/acme/shop@sha256:${'a'.repeat(64)}`,
  [BAD]: `registry.example/acme/shop@sha256:${'b'.repeat(64)}`
};
const template = (build: string) => ({
  metadata: { labels: { app: 'shop' } },
  spec: { containers: [{ name: 'shop', image: IMAGE[build], env: [{ name: 'GOLDENTHREAD_BUILD_ID', value: build }] }] }
});

/**
 * The workload ran GOOD, then BAD (as rollout-patch leaves it); the stand-in's controllers made
 * a ReplicaSet per revision and copied the annotations onto it, as the real ones do.
 */
function cluster(kind: 'Rollout' | 'Deployment') {
  const [group, plural] = kind === 'Rollout' ? ['argoproj.io', 'rollouts'] : ['apps', 'deployments'];
  const object = (build: string, annotations: Record<string, string>) => ({
    apiVersion: kind === 'Rollout' ? 'argoproj.io/v1alpha1' : 'apps/v1',
    kind,
    metadata: { name: 'shop', namespace: 'prod', uid: UID, annotations },
    spec: { selector: { matchLabels: { app: 'shop' } }, template: template(build) }
  });
  api.put(
    group,
    plural,
    object(GOOD, { 'goldenthread.dev/build-id': GOOD, 'goldenthread.dev/git-sha': 'a'.repeat(40), team: 'payments' })
  );
  const revision = api.get(group, plural, 'prod', 'shop').metadata.annotations;
  api.put(
    group,
    plural,
    object(BAD, {
      ...revision,
      'goldenthread.dev/build-id': BAD,
      'goldenthread.dev/git-sha': 'b'.repeat(40),
      'goldenthread.dev/previous-build-id': GOOD,
      'goldenthread.dev/previous-image': IMAGE[GOOD],
      team: 'checkout'
    })
  );
  // A ReplicaSet of someone else's with the same labels and a higher revision: not ours to use.
  api.put('apps', 'replicasets', {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: 'other-dddd',
      namespace: 'prod',
      labels: { app: 'shop' },
      annotations: { [kind === 'Rollout' ? 'rollout.argoproj.io/revision' : 'deployment.kubernetes.io/revision']: '9' },
      ownerReferences: [{ uid: 'someone-else', controller: true }]
    },
    spec: { template: template('x-1-0000000') }
  });
}

function verdictFile(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-verdict-')), 'verdict.json');
  writeFileSync(
    path,
    JSON.stringify({
      verdict: 'fail',
      build_id: BAD,
      trace_id: '0af7651916cd43dd8448eb211c80319c',
      span_id: 'b7ad6b7169203331',
      metrics: [
        { name: 'error-rate', value: 0.05, threshold: '≤ 1.00%', samples: 2000, result: 'fail' },
        { name: 'p99-latency', value: 59, threshold: '≤ 500 ms', samples: 2000, result: 'pass' }
      ]
    })
  );
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

const rollout = () => api.get('argoproj.io', 'rollouts', 'prod', 'shop');
const headlines = () =>
  slack.received.map((r: { body: { blocks: Array<{ text: { text: string } }> } }) => r.body.blocks[0].text.text);

describe('rollback-notify, kubernetes', () => {
  test('argo-undo: previous revision template and its goldenthread annotations back, once; Slack told once', async () => {
    cluster('Rollout');
    const first = await rollback({ action: 'argo-undo' });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ 'action-taken': 'undo', 'previous-build-id': GOOD, notified: 'slack' });
    const obj = rollout();
    expect(obj.spec.template.spec.containers[0].env[0].value).toBe(GOOD);
    expect(obj.spec.template.metadata.labels).toEqual({ app: 'shop' }); // hash label dropped, as kubectl argo rollouts undo does
    // goldenthread.dev/* names what serves again; other annotations are the Rollout's own (the plugin leaves them).
    expect(obj.metadata.annotations).toMatchObject({
      'goldenthread.dev/build-id': GOOD,
      'goldenthread.dev/git-sha': 'a'.repeat(40),
      'goldenthread.dev/rolled-back-build-id': BAD,
      'goldenthread.dev/notified-build-id': BAD,
      team: 'checkout'
    });
    expect(obj.metadata.annotations['goldenthread.dev/previous-build-id']).toBeUndefined(); // GOOD's revision had none

    const [post] = slack.received;
    expect(post.body.blocks[0].text.text).toBe(`shop (prod) rolled back: build ${BAD}`);
    const fields = post.body.blocks[1].fields.map((f: { text: string }) => f.text);
    expect(fields).toEqual(
      expect.arrayContaining([
        `*Build*\n\`${BAD}\``,
        `*Commit*\n<https://github.example/acme/shop/commit/${SHA}|${SHA.slice(0, 7)}>`,
        '*Author*\nDev Eloper &lt;dev@example.com&gt;',
        '*Action*\nundo',
        `*Now serving*\n\`${GOOD}\``
      ])
    );
    expect(post.body.blocks[2].text.text).toBe('*Why*: error-rate 5.00% (threshold ≤ 1.00%, 2000 samples)');
    expect(post.body.blocks[3].elements[0].text).toContain(
      '<https://grafana.example/explore?traceId=0af7651916cd43dd8448eb211c80319c|trace>'
    );
    expect(post.body.text).toMatch(
      /^shop \(prod\) rolled back: build release-18-badc0de\. Commit 3f78685 by Dev Eloper/
    );

    const record = JSON.parse(readFileSync(first.outputs['rollback-file'], 'utf8'));
    expect(record).toMatchObject({
      build_id: BAD,
      action: 'undo',
      target: 'Rollout prod/shop',
      previous_build_id: GOOD,
      notified: ['slack']
    });
    expect(record.idempotency_key).toMatch(/^[0-9a-f]{16}$/);

    const again = await rollback({ action: 'argo-undo' });
    expect(again.outputs).toMatchObject({ 'action-taken': 'none', 'previous-build-id': GOOD, notified: '' });
    expect(again.stdout).toMatch(/already rolled back from build release-18-badc0de .*nothing posted/);
    expect(slack.received).toHaveLength(1);
    expect(patches()).toHaveLength(1); // the undo carried both markers: nothing more
    for (const r of [first, again]) {
      expect(r.log).not.toContain('sEcReTwEbHoOkPaTh');
      expect(r.log).not.toContain('test-token');
    }
  });

  test('argo-abort: status.abort through the status subresource, as kubectl argo rollouts abort, then the markers', async () => {
    cluster('Rollout');
    const r = await rollback({ action: 'argo-abort' });
    expect(r.outputs).toMatchObject({ 'action-taken': 'abort', 'previous-build-id': GOOD, notified: 'slack' });
    const [statusPatch, marker] = patches();
    expect(statusPatch.url).toMatch(/\/rollouts\/shop\/status$/);
    expect(statusPatch.headers['content-type']).toBe('application/merge-patch+json');
    expect(statusPatch.body).toEqual({ status: { abort: true } });
    expect(marker.body[0]).toEqual({ op: 'replace', path: '/metadata/resourceVersion', value: expect.any(String) });
    const obj = rollout();
    expect(obj.status).toEqual({ abort: true });
    expect(obj.spec.template.spec.containers[0].env[0].value).toBe(BAD); // abort leaves spec.template as it is
    expect(obj.metadata.annotations).toMatchObject({
      'goldenthread.dev/rolled-back-build-id': BAD,
      'goldenthread.dev/notified-build-id': BAD
    });
    expect(headlines()).toEqual([`shop (prod) rolled back: build ${BAD}`]);
  });

  test('argo-abort on a Rollout CRD without the status subresource: 404, then the same patch on the object', async () => {
    cluster('Rollout');
    api.statusSubresource.rollouts = false;
    const r = await rollback({ action: 'argo-abort' });
    expect(r.outputs['action-taken']).toBe('abort');
    expect(r.stdout).toMatch(/has no status subresource \(404\); aborting through the object/);
    const [viaStatus, viaObject] = api.requests.filter((q: { method: string }) => q.method === 'PATCH');
    expect(viaStatus.url).toMatch(/\/status$/);
    expect(viaObject.url).toMatch(/\/rollouts\/shop$/);
    expect(viaObject.body).toEqual({ status: { abort: true } });
    expect(rollout().status.abort).toBe(true);
  });

  test('argo-abort whose marker cannot be written: the abort stands, is reported done, with a warning', async () => {
    cluster('Rollout');
    api.faults.answers.push({ method: 'PATCH', path: /\/rollouts\/shop$/, status: 500, times: 10 });
    const r = await rollback({ action: 'argo-abort' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'action-taken': 'abort', notified: 'slack' });
    expect(r.stdout).toMatch(/::warning::.*is aborted, but its rollback marker could not be written .*HTTP 500/);
    expect(rollout().status.abort).toBe(true);
    expect(headlines()).toEqual([`shop (prod) rolled back: build ${BAD}`]);
    expect(JSON.stringify(slack.received[0].body)).not.toMatch(/FAILED/);
  });

  test('deployment-undo: the revision template and annotations, exactly as kubectl rollout undo computes them', async () => {
    cluster('Deployment');
    const before = api.get('apps', 'deployments', 'prod', 'shop');
    const revision = api
      .replicaSets(before)
      .find((rs: { spec: { template: unknown } }) => JSON.stringify(rs.spec.template).includes(GOOD));
    const r = await rollback({ action: 'deployment-undo' });
    expect(r.outputs).toMatchObject({ 'action-taken': 'undo', 'previous-build-id': GOOD });
    const obj = api.get('apps', 'deployments', 'prod', 'shop');
    expect(obj.spec.template.metadata.labels).toEqual({ app: 'shop' });
    // kubectl: the Deployment's own controller annotations kept, the rest from the ReplicaSet; then our markers.
    const kubectl: Record<string, string> = {
      'deployment.kubernetes.io/revision': before.metadata.annotations['deployment.kubernetes.io/revision']
    };
    for (const [k, v] of Object.entries(revision.metadata.annotations as Record<string, string>))
      if (k !== 'deployment.kubernetes.io/revision') kubectl[k] = v;
    const withoutRevision = (annotations: Record<string, string>) =>
      Object.fromEntries(Object.entries(annotations).filter(([k]) => k !== 'deployment.kubernetes.io/revision'));
    const rest = withoutRevision(obj.metadata.annotations);
    expect(rest).toEqual({
      ...withoutRevision(kubectl),
      'goldenthread.dev/rolled-back-build-id': BAD,
      'goldenthread.dev/notified-build-id': BAD
    });
    expect(rest).toMatchObject({ team: 'payments', 'goldenthread.dev/build-id': GOOD });
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
    expect(slack.received).toHaveLength(0);
  });

  test('a missing object is a clear error, and Slack hears that the rollback failed', async () => {
    const r = await rollback({ action: 'argo-undo' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Rollout prod\/shop not found/);
    expect(slack.received).toHaveLength(1);
    expect((slack.received[0].body as { text: string }).text).toMatch(
      /rollback of build release-18-badc0de FAILED.*argo-undo failed: Rollout prod\/shop not found/
    );
  });

  test('an API that accepts connections and never answers: bounded by kube-timeout, and Slack hears FAILED', async () => {
    cluster('Rollout');
    api.faults.hang = true;
    const r = await rollback({ action: 'argo-abort', 'kube-timeout': '1s' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /no answer from the Kubernetes API within 1000 ms to get Rollout prod\/shop \(input 'kube-timeout'\)/
    );
    expect(r.ms).toBeLessThan(20_000);
    expect(headlines()).toEqual([`shop (prod): rollback of build ${BAD} FAILED, it is still serving`]);
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

describe('rollback-notify, kubernetes: one notification per (target, build)', () => {
  test.each(['argo-undo', 'argo-abort', 'deployment-undo'])(
    '%s: three concurrent runs post exactly one Slack message',
    async (action) => {
      cluster(action === 'deployment-undo' ? 'Deployment' : 'Rollout');
      const runs = await Promise.all([1, 2, 3].map(() => rollback({ action })));
      for (const r of runs) expect(r.code).toBe(0);
      expect(slack.received).toHaveLength(1);
      expect(headlines()).toEqual([`shop (prod) rolled back: build ${BAD}`]);
      const posted = runs.filter((r) => r.outputs.notified === 'slack');
      const silent = runs.filter((r) => r.outputs.notified === '');
      expect(posted).toHaveLength(1);
      expect(silent).toHaveLength(2);
      for (const r of silent) {
        expect(r.outputs['action-taken']).toBe('none');
        expect(r.stdout).toMatch(/already rolled back from build release-18-badc0de by .*nothing posted/);
      }
      if (action !== 'argo-abort') {
        // One undo only: the template went back one revision, not two.
        const obj = action === 'deployment-undo' ? api.get('apps', 'deployments', 'prod', 'shop') : rollout();
        expect(obj.spec.template.spec.containers[0].env[0].value).toBe(GOOD);
      }
    },
    60_000
  );

  test('Slack down: the claim is released, and a re-run tells people once — without headlining "rolled back"', async () => {
    await slack.close();
    slack = await startSlackReceiver({ script: [400, 'ok'] });
    cluster('Rollout');
    const first = await rollback({ action: 'argo-undo' });
    expect(first.outputs).toMatchObject({ 'action-taken': 'undo', notified: '' });
    expect(first.stdout).toMatch(/Released the notification claim/);
    expect(rollout().metadata.annotations['goldenthread.dev/notified-build-id']).toBeUndefined();
    const second = await rollback({ action: 'argo-undo' });
    expect(second.outputs).toMatchObject({ 'action-taken': 'none', notified: 'slack', 'previous-build-id': GOOD });
    expect(headlines()[1]).toBe(`shop (prod): build ${BAD} failed its gate`);
    expect(rollout().spec.template.spec.containers[0].env[0].value).toBe(GOOD); // not undone twice
    const third = await rollback({ action: 'argo-undo' });
    expect(third.outputs.notified).toBe('');
    expect(slack.received).toHaveLength(2);
  });
});

describe('rollback-notify, kubernetes: workloadRef', () => {
  function referenced() {
    const deployment = (build: string) => ({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'shop-template', namespace: 'prod' },
      spec: { replicas: 0, selector: { matchLabels: { app: 'shop' } }, template: template(build) }
    });
    api.put('apps', 'deployments', deployment(GOOD));
    api.put('argoproj.io', 'rollouts', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'shop', namespace: 'prod', uid: UID, annotations: { 'goldenthread.dev/build-id': GOOD } },
      spec: {
        selector: { matchLabels: { app: 'shop' } },
        workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'shop-template' }
      }
    });
    // As rollout-patch deploys BAD through a workloadRef: the template first, then the Rollout's annotations.
    api.put('apps', 'deployments', deployment(BAD));
    const annotations = rollout().metadata.annotations;
    api.put('argoproj.io', 'rollouts', {
      ...rollout(),
      metadata: {
        ...rollout().metadata,
        annotations: { ...annotations, 'goldenthread.dev/build-id': BAD, 'goldenthread.dev/previous-build-id': GOOD }
      }
    });
  }

  test('argo-undo puts the previous template into the referenced Deployment, as the plugin does, and the annotations on the Rollout', async () => {
    referenced();
    const r = await rollback({ action: 'argo-undo' });
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({ 'action-taken': 'undo', 'previous-build-id': GOOD, notified: 'slack' });
    expect(api.get('apps', 'deployments', 'prod', 'shop-template').spec.template.spec.containers[0].env[0].value).toBe(
      GOOD
    );
    expect(rollout().spec.template).toBeUndefined();
    expect(rollout().metadata.annotations).toMatchObject({
      'goldenthread.dev/build-id': GOOD,
      'goldenthread.dev/rolled-back-build-id': BAD
    });
  });

  test('a workloadRef to a PodTemplate is refused with the limitation named, and Slack hears FAILED', async () => {
    api.put('argoproj.io', 'rollouts', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'shop', namespace: 'prod', uid: UID, annotations: { 'goldenthread.dev/build-id': BAD } },
      spec: {
        selector: { matchLabels: { app: 'shop' } },
        workloadRef: { apiVersion: 'v1', kind: 'PodTemplate', name: 'shop' }
      }
    });
    const r = await rollback({ action: 'argo-undo' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /takes its pod template from a PodTemplate \(spec.workloadRef\); argo-undo can restore only/
    );
    expect(patches()).toHaveLength(0);
    expect(headlines()[0]).toMatch(/FAILED/);
  });
});
