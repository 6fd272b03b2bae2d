import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { parseResourceAttributes } from '../../actions/rollout-patch/src/resource-attributes.js';
import { readFileSync } from 'node:fs';

// dist/rollout-patch through the real @kubernetes/client-node against a loopback API server
// stand-in (no kube-apiserver installs here) whose patches are applied by kubectl itself.

const DIGEST = 'sha256:' + 'b'.repeat(64);
const IMAGE = `registry.example/acme/shop@${DIGEST}`;
const BUILD = 'release-17-3f78685';
let api: Awaited<ReturnType<typeof startKubeApiServer>>;

function workload(kind: 'Rollout' | 'Deployment', env?: Array<{ name: string; value: string }>) {
  return {
    apiVersion: kind === 'Rollout' ? 'argoproj.io/v1alpha1' : 'apps/v1',
    kind,
    metadata: { name: 'shop', namespace: 'prod', annotations: { 'goldenthread.dev/build-id': 'release-16-0c0ffee' } },
    spec: {
      replicas: 4,
      strategy: kind === 'Rollout' ? { canary: { steps: [{ setWeight: 20 }] } } : { type: 'RollingUpdate' },
      template: {
        spec: {
          containers: [
            { name: 'shop', image: 'registry.example/acme/shop@sha256:' + 'a'.repeat(64), ...(env ? { env } : {}) }
          ]
        }
      }
    }
  };
}

beforeEach(async () => {
  api = await startKubeApiServer();
});
afterEach(async () => {
  await api.close();
});

function deploy(inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  const job = new LocalJob(
    githubEnv({
      GOLDENTHREAD_BUILD_ID: BUILD,
      GOLDENTHREAD_GIT_SHA: SHA,
      TRACEPARENT: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      ...env
    })
  );
  return job.step('rollout-patch', {
    mode: 'kubernetes',
    name: 'shop',
    namespace: 'prod',
    'image-ref': IMAGE,
    kubeconfig: api.kubeconfig,
    environment: 'prod',
    ...inputs
  });
}

describe('rollout-patch, kubernetes mode', () => {
  test('Rollout: one JSON patch pins the digest, merges OTEL_RESOURCE_ATTRIBUTES, annotates', async () => {
    api.put(
      'argoproj.io',
      'rollouts',
      workload('Rollout', [
        { name: 'OTEL_RESOURCE_ATTRIBUTES', value: 'service.name=shop,deployment.environment.name=prod' }
      ])
    );
    const r = await deploy();
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      changed: 'true',
      'previous-build-id': 'release-16-0c0ffee',
      'previous-image': 'registry.example/acme/shop@sha256:' + 'a'.repeat(64)
    });
    const patches = api.requests.filter((q: { method: string }) => q.method === 'PATCH');
    expect(patches).toHaveLength(1);
    expect(patches[0].headers['content-type']).toBe('application/json-patch+json');
    const obj = api.get('argoproj.io', 'rollouts', 'prod', 'shop');
    const c = obj.spec.template.spec.containers[0];
    expect(c.image).toBe(IMAGE);
    const env = Object.fromEntries(c.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(parseResourceAttributes(env.OTEL_RESOURCE_ATTRIBUTES)).toEqual({
      'service.name': 'shop',
      'deployment.environment.name': 'prod',
      'build.id': BUILD,
      'vcs.ref.head.revision': SHA,
      'service.version': BUILD
    });
    expect(env.GOLDENTHREAD_BUILD_ID).toBe(BUILD);
    expect(env.TRACEPARENT).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
    expect(obj.metadata.annotations).toMatchObject({
      'goldenthread.dev/build-id': BUILD,
      'goldenthread.dev/git-sha': SHA,
      'goldenthread.dev/previous-build-id': 'release-16-0c0ffee'
    });
    expect(r.outputs.revision).toBe(obj.metadata.resourceVersion);

    const record = JSON.parse(readFileSync(r.outputs['deployment-file'], 'utf8'));
    expect(record).toMatchObject({
      build_id: BUILD,
      image_digest: DIGEST,
      namespace: 'prod',
      kind: 'Rollout',
      name: 'shop',
      strategy: 'canary',
      replicas: 4,
      environment: 'prod',
      mode: 'kubernetes',
      changed: true,
      trace_id: '0af7651916cd43dd8448eb211c80319c'
    });
    expect(r.log).not.toContain('test-token');

    // Same build again: nothing to patch.
    const again = await deploy();
    expect(again.outputs.changed).toBe('false');
    expect(api.requests.filter((q: { method: string }) => q.method === 'PATCH')).toHaveLength(1);
  });

  test('Deployment through apps/v1', async () => {
    api.put('apps', 'deployments', workload('Deployment'));
    const r = await deploy({ kind: 'Deployment' });
    expect(r.code).toBe(0);
    expect(api.get('apps', 'deployments', 'prod', 'shop').spec.template.spec.containers[0].env).toHaveLength(4);
    expect(JSON.parse(readFileSync(r.outputs['deployment-file'], 'utf8')).strategy).toBe('RollingUpdate');
  });

  test('409 once: re-read and patch again on the fresh object', async () => {
    api.put('argoproj.io', 'rollouts', workload('Rollout'));
    api.faults.conflictsLeft = 1;
    const r = await deploy();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/409 Conflict\); reading it again/);
    expect(api.requests.filter((q: { method: string }) => q.method === 'PATCH')).toHaveLength(2);
    const obj = api.get('argoproj.io', 'rollouts', 'prod', 'shop');
    expect(obj.metadata.labels.touched).toBeDefined(); // the other writer's change survived
    expect(obj.spec.template.spec.containers[0].image).toBe(IMAGE);
  });

  test.each([
    [
      'a missing object',
      {},
      () => undefined,
      /Rollout prod\/shop not found. Check inputs 'kind', 'name' and 'namespace'/
    ],
    [
      'a wrong container',
      { container: 'api' },
      () => api.put('argoproj.io', 'rollouts', workload('Rollout')),
      /has no container 'api'. Its containers: shop/
    ],
    [
      'a 403',
      {},
      () => {
        api.put('argoproj.io', 'rollouts', workload('Rollout'));
        api.faults.forbidden = true;
      },
      /forbidden to get Rollout prod\/shop: .*cannot get resource "rollouts"/
    ]
  ])('%s is a clear error and nothing is patched', async (_name, inputs, arrange, message) => {
    arrange();
    const r = await deploy(inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(api.requests.filter((q: { method: string }) => q.method === 'PATCH')).toHaveLength(0);
  });

  test.each([
    ['image-ref', { 'image-ref': 'registry.example/acme/shop:latest' }, {}, /Invalid input 'image-ref'/],
    ['build-id', { 'build-id': 'x,y=z' }, {}, /Invalid input 'build-id'/],
    ['git-sha', { 'git-sha': `${SHA},build.id=evil` }, {}, /Invalid input 'git-sha'/],
    ['build-id with $(…)', { 'build-id': '$(cat /etc/passwd)' }, {}, /Invalid input 'build-id'/]
  ])('injection through %s is rejected before any request', async (_name, inputs, env, message) => {
    api.put('argoproj.io', 'rollouts', workload('Rollout'));
    const r = await deploy(inputs, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(api.requests).toHaveLength(0);
  });
});

describe('rollout-patch, kubernetes mode: workloadRef and a hung API', () => {
  test('a Rollout with workloadRef: image and env go into the referenced Deployment, annotations on the Rollout', async () => {
    api.put('apps', 'deployments', {
      ...workload('Deployment'),
      metadata: { name: 'shop-template', namespace: 'prod' },
      spec: { ...workload('Deployment').spec, replicas: 0 }
    });
    api.put('argoproj.io', 'rollouts', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'shop', namespace: 'prod', annotations: { 'goldenthread.dev/build-id': 'release-16-0c0ffee' } },
      spec: {
        replicas: 4,
        workloadRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'shop-template' },
        strategy: { canary: { steps: [{ setWeight: 20 }] } }
      }
    });
    const r = await deploy();
    expect(r.code).toBe(0);
    expect(r.outputs).toMatchObject({
      changed: 'true',
      'previous-build-id': 'release-16-0c0ffee',
      'previous-image': 'registry.example/acme/shop@sha256:' + 'a'.repeat(64)
    });
    const holder = api.get('apps', 'deployments', 'prod', 'shop-template');
    expect(holder.spec.template.spec.containers[0].image).toBe(IMAGE);
    expect(holder.metadata.annotations?.['goldenthread.dev/build-id']).toBeUndefined();
    const rollout = api.get('argoproj.io', 'rollouts', 'prod', 'shop');
    expect(rollout.spec.template).toBeUndefined();
    expect(rollout.metadata.annotations).toMatchObject({
      'goldenthread.dev/build-id': BUILD,
      'goldenthread.dev/previous-build-id': 'release-16-0c0ffee'
    });
    // The Rollout controller (stand-in) made a ReplicaSet of the new template, owned by the Rollout.
    const newest = api.replicaSets(rollout).at(-1);
    expect(newest.spec.template.spec.containers[0].image).toBe(IMAGE);
    expect(newest.metadata.annotations['goldenthread.dev/build-id']).toBe(BUILD);
    const again = await deploy();
    expect(again.outputs.changed).toBe('false');
  });

  test('a workloadRef to anything but a Deployment is refused, naming the limitation', async () => {
    api.put('argoproj.io', 'rollouts', {
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Rollout',
      metadata: { name: 'shop', namespace: 'prod' },
      spec: { workloadRef: { apiVersion: 'v1', kind: 'PodTemplate', name: 'shop' } }
    });
    const r = await deploy();
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /Rollout prod\/shop takes its pod template from a PodTemplate \(spec.workloadRef\); rollout-patch can pin only a Rollout's own template or a referenced Deployment's/
    );
    expect(api.requests.filter((q: { method: string }) => q.method === 'PATCH')).toHaveLength(0);
  });

  test('an API that accepts the connection and never answers: the step ends after kube-timeout, naming it', async () => {
    api.put('argoproj.io', 'rollouts', workload('Rollout'));
    api.faults.hang = true;
    const r = await deploy({ 'kube-timeout': '1s' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /no answer from the Kubernetes API within 1000 ms to get Rollout prod\/shop \(input 'kube-timeout'\)/
    );
    expect(r.ms).toBeLessThan(15_000);
    expect(api.requests).toHaveLength(1);
  });
});
