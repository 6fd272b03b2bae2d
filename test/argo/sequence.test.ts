import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import { startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';

// A release history through the compiled actions, as a team lives it: deploy A, deploy B,
// B fails its gate and is rolled back, deploy C, C fails too and is rolled back — on a Rollout
// (argo-undo, and argo-abort) and on a Deployment (deployment-undo). After every step: what the
// workload runs, what its goldenthread.dev/* annotations say, what the deployment and rollback
// records name as the previous build, and what Slack heard. The API stand-in simulates the
// controllers' ReplicaSet history, so every undo finds its revision the way kubectl does.

const image = (c: string) => `registry.example/acme/shop@sha256:${c.repeat(64)}`;
const BUILDS = {
  A: { id: 'shop-1-aaaaaaa', sha: 'a'.repeat(40), image: image('a') },
  B: { id: 'shop-2-bbbbbbb', sha: 'b'.repeat(40), image: image('b') },
  C: { id: 'shop-3-ccccccc', sha: 'c'.repeat(40), image: image('c') }
};
const ORIGINAL = image('0');
type Flow = { name: string; kind: 'Rollout' | 'Deployment'; action: 'argo-undo' | 'argo-abort' | 'deployment-undo' };
const FLOWS: Flow[] = [
  { name: 'Rollout, argo-undo', kind: 'Rollout', action: 'argo-undo' },
  { name: 'Rollout, argo-abort', kind: 'Rollout', action: 'argo-abort' },
  { name: 'Deployment, deployment-undo', kind: 'Deployment', action: 'deployment-undo' }
];

let api: Awaited<ReturnType<typeof startKubeApiServer>>;
let slack: Awaited<ReturnType<typeof startSlackReceiver>>;
beforeEach(async () => {
  api = await startKubeApiServer();
  slack = await startSlackReceiver();
});
afterEach(async () => {
  await api.close();
  await slack.close();
});

describe.each(FLOWS.map((f) => [f.name, f] as const))('A → B → rollback → C → rollback: %s', (_name, flow) => {
  const [group, plural] = flow.kind === 'Rollout' ? ['argoproj.io', 'rollouts'] : ['apps', 'deployments'];
  const object = () => api.get(group, plural, 'prod', 'shop');
  const container = () => object().spec.template.spec.containers[0];
  const env = () => Object.fromEntries(container().env.map((e: { name: string; value: string }) => [e.name, e.value]));
  const ours = () =>
    Object.fromEntries(
      Object.entries(object().metadata.annotations ?? {}).filter(([k]) => k.startsWith('goldenthread.dev/'))
    );
  const record = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

  async function deploy(b: (typeof BUILDS)[keyof typeof BUILDS]) {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: b.id, GOLDENTHREAD_GIT_SHA: b.sha }));
    const r = await job.step('rollout-patch', {
      mode: 'kubernetes',
      kind: flow.kind,
      name: 'shop',
      namespace: 'prod',
      'image-ref': b.image,
      kubeconfig: api.kubeconfig
    });
    expect(r.code).toBe(0);
    return { outputs: r.outputs, record: record(r.outputs['deployment-file']) };
  }
  async function rollback(b: (typeof BUILDS)[keyof typeof BUILDS]) {
    const job = new LocalJob(githubEnv({ GOLDENTHREAD_GIT_SHA: b.sha }));
    const r = await job.step('rollback-notify', {
      action: flow.action,
      'build-id': b.id,
      name: 'shop',
      namespace: 'prod',
      kubeconfig: api.kubeconfig,
      'slack-webhook-url': slack.webhookUrl,
      author: 'Dev <dev@example.com>'
    });
    expect(r.code).toBe(0);
    return { outputs: r.outputs, record: record(r.outputs['rollback-file']) };
  }
  const slackSaid = (i: number) => {
    const body = slack.received[i].body as {
      blocks: Array<{ text?: { text: string }; fields?: Array<{ text: string }> }>;
    };
    return {
      headline: body.blocks[0].text!.text,
      nowServing: body.blocks[1].fields!.find((f) => f.text.startsWith('*Now serving*'))!.text.split('\n')[1]
    };
  };

  test('images, annotations, previous-build records and Slack are right at every step', async () => {
    api.put(group, plural, {
      apiVersion: flow.kind === 'Rollout' ? 'argoproj.io/v1alpha1' : 'apps/v1',
      kind: flow.kind,
      metadata: { name: 'shop', namespace: 'prod', annotations: { team: 'checkout' } },
      spec: {
        replicas: 3,
        selector: { matchLabels: { app: 'shop' } },
        template: { metadata: { labels: { app: 'shop' } }, spec: { containers: [{ name: 'shop', image: ORIGINAL }] } }
      }
    });
    const undo = flow.action !== 'argo-abort';
    const { A, B, C } = BUILDS;

    // 1. deploy A over a workload goldenthread never touched.
    let d = await deploy(A);
    expect(container().image).toBe(A.image);
    expect(env().GOLDENTHREAD_BUILD_ID).toBe(A.id);
    expect(ours()).toMatchObject({
      'goldenthread.dev/build-id': A.id,
      'goldenthread.dev/git-sha': A.sha,
      'goldenthread.dev/previous-image': ORIGINAL
    });
    expect(ours()['goldenthread.dev/previous-build-id']).toBeUndefined();
    expect(d.record).toMatchObject({ build_id: A.id, changed: true, previous_image: ORIGINAL });
    expect(d.record.previous_build_id).toBeUndefined();

    // 2. deploy B.
    d = await deploy(B);
    expect(container().image).toBe(B.image);
    expect(ours()).toMatchObject({
      'goldenthread.dev/build-id': B.id,
      'goldenthread.dev/previous-build-id': A.id,
      'goldenthread.dev/previous-image': A.image
    });
    expect(d.record).toMatchObject({ build_id: B.id, previous_build_id: A.id, previous_image: A.image });

    // 3. B fails: roll back.
    let rb = await rollback(B);
    expect(rb.outputs).toMatchObject({
      'action-taken': undo ? 'undo' : 'abort',
      'previous-build-id': A.id,
      notified: 'slack'
    });
    expect(rb.record).toMatchObject({ build_id: B.id, previous_build_id: A.id, notified: ['slack'] });
    if (undo) {
      expect(container().image).toBe(A.image);
      expect(env().GOLDENTHREAD_BUILD_ID).toBe(A.id);
      expect(ours()).toMatchObject({
        'goldenthread.dev/build-id': A.id,
        'goldenthread.dev/git-sha': A.sha,
        'goldenthread.dev/previous-image': ORIGINAL,
        'goldenthread.dev/rolled-back-build-id': B.id
      });
      expect(ours()['goldenthread.dev/previous-build-id']).toBeUndefined();
    } else {
      expect(object().status.abort).toBe(true);
      expect(container().image).toBe(B.image); // abort leaves the spec; the stable ReplicaSet (A) serves
      expect(ours()).toMatchObject({
        'goldenthread.dev/build-id': B.id,
        'goldenthread.dev/previous-build-id': A.id,
        'goldenthread.dev/rolled-back-build-id': B.id
      });
    }
    expect(object().metadata.annotations.team).toBe('checkout');
    expect(slack.received).toHaveLength(1);
    expect(slackSaid(0)).toEqual({ headline: `shop rolled back: build ${B.id}`, nowServing: `\`${A.id}\`` });

    // 4. deploy C: its previous build is A — what served — not the rolled-back B.
    d = await deploy(C);
    expect(container().image).toBe(C.image);
    expect(ours()).toMatchObject({
      'goldenthread.dev/build-id': C.id,
      'goldenthread.dev/previous-build-id': A.id,
      'goldenthread.dev/previous-image': A.image
    });
    expect(d.record).toMatchObject({ build_id: C.id, previous_build_id: A.id, previous_image: A.image });
    if (!undo) expect(object().status.abort).toBe(false); // a new template starts a new update (rollout/sync.go)

    // 5. C fails too: roll back, to A again.
    rb = await rollback(C);
    expect(rb.outputs).toMatchObject({
      'action-taken': undo ? 'undo' : 'abort',
      'previous-build-id': A.id,
      notified: 'slack'
    });
    expect(rb.record).toMatchObject({ build_id: C.id, previous_build_id: A.id });
    if (undo) {
      expect(container().image).toBe(A.image);
      expect(ours()).toMatchObject({
        'goldenthread.dev/build-id': A.id,
        'goldenthread.dev/rolled-back-build-id': C.id,
        'goldenthread.dev/notified-build-id': C.id
      });
    } else {
      expect(object().status.abort).toBe(true);
      expect(ours()).toMatchObject({
        'goldenthread.dev/build-id': C.id,
        'goldenthread.dev/previous-build-id': A.id,
        'goldenthread.dev/rolled-back-build-id': C.id
      });
    }
    expect(slack.received).toHaveLength(2);
    expect(slackSaid(1)).toEqual({ headline: `shop rolled back: build ${C.id}`, nowServing: `\`${A.id}\`` });

    // And a re-run of the last rollback changes nothing and tells nobody.
    const again = await rollback(C);
    expect(again.outputs).toMatchObject({ 'action-taken': 'none', notified: '' });
    expect(slack.received).toHaveLength(2);
    if (undo) expect(container().image).toBe(A.image);
  }, 90_000);
});
