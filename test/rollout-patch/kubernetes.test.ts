import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { parseResourceAttributes } from '../../actions/rollout-patch/src/resource-attributes.js';
import { readFileSync } from 'node:fs';

// dist/rollout-patch through its Kubernetes REST layer (core kube-rest.ts) against a loopback API server
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
    const otlp = await startOtlpReceiver();
    try {
      const r = await deploy({ 'kube-timeout': '1s' }, { GOLDENTHREAD_OTLP_ENDPOINT: otlp.url });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /no answer from the Kubernetes API within 1000 ms to get Rollout prod\/shop \(input 'kube-timeout'\)/
      );
      expect(r.ms).toBeLessThan(15_000);
      expect(api.requests).toHaveLength(1);
      // The deploy span says why it ended (semconv cicd.pipeline.task.run.result).
      const [span] = await otlp.waitForSpans(1);
      expect(span.attributes['cicd.pipeline.task.run.result']).toBe('timeout');
      expect(span.attributes['error.type']).toBe('TimeoutFailure');
    } finally {
      await otlp.close();
    }
  });
});

/** A throwaway PKI made by openssl: a cluster CA, the API server's certificate, a client's, and an unrelated CA. */
function makePki(): Record<
  'ca' | 'caKey' | 'serverKey' | 'serverCert' | 'clientKey' | 'clientCert' | 'otherCa',
  string
> & {
  dir: string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'gt-pki-'));
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  for (const ca of ['ca', 'other-ca']) {
    openssl('req', '-x509', ...key, '-keyout', `${ca}.key`, '-out', `${ca}.crt`, '-days', '2', '-subj', `/CN=${ca}`);
  }
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=IP:127.0.0.1\n');
  for (const [name, cn] of [
    ['server', '127.0.0.1'],
    ['client', 'ci-deployer']
  ]) {
    openssl('req', ...key, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`);
    const ext = name === 'server' ? ['-extfile', 'server.ext'] : [];
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${name}.crt`,
      '-days',
      '2',
      ...ext
    );
  }
  const read = (file: string) => readFileSync(join(dir, file), 'utf8');
  return {
    dir,
    ca: read('ca.crt'),
    caKey: read('ca.key'),
    serverKey: read('server.key'),
    serverCert: read('server.crt'),
    clientKey: read('client.key'),
    clientCert: read('client.crt'),
    otherCa: read('other-ca.crt')
  };
}

const b64 = (text: string) => Buffer.from(text).toString('base64');
function kubeconfigFor(server: string, cluster: string[], user: string[]): string {
  const indent = (lines: string[]) => lines.map((l) => `    ${l}`).join('\n');
  return [
    'apiVersion: v1',
    'kind: Config',
    `clusters:\n- name: tls\n  cluster:\n    server: ${server}\n${indent(cluster)}`,
    `users:\n- name: ci\n  user:\n${indent(user)}`,
    'contexts:\n- name: tls\n  context:\n    cluster: tls\n    user: ci',
    'current-context: tls',
    ''
  ].join('\n');
}

describe('rollout-patch, kubernetes mode over TLS (kubeconfig loading as @kubernetes/client-node does it)', () => {
  let pki: ReturnType<typeof makePki>;
  let tlsApi: Awaited<ReturnType<typeof startKubeApiServer>>;
  beforeAll(() => {
    pki = makePki();
  });
  afterAll(() => rmSync(pki.dir, { recursive: true, force: true }));
  beforeEach(async () => {
    tlsApi = await startKubeApiServer({
      token: 'eXeCtOkEn',
      tls: { key: pki.serverKey, cert: pki.serverCert, ca: pki.ca }
    });
    tlsApi.put('argoproj.io', 'rollouts', workload('Rollout'));
  });
  afterEach(() => tlsApi.close());

  test('cluster CA from a file beside the kubeconfig (relative path) and a client certificate: deployed', async () => {
    const dir = mkdtempSync(join(pki.dir, 'kubeconfig-'));
    writeFileSync(join(dir, 'cluster-ca.crt'), pki.ca);
    const file = join(dir, 'config');
    writeFileSync(
      file,
      kubeconfigFor(
        tlsApi.url,
        ['certificate-authority: cluster-ca.crt'],
        [`client-certificate-data: ${b64(pki.clientCert)}`, `client-key-data: ${b64(pki.clientKey)}`]
      )
    );
    const r = await deploy({ kubeconfig: file });
    expect(r.code).toBe(0);
    expect(r.outputs.changed).toBe('true');
    expect(tlsApi.requests.map((q: { method: string }) => q.method)).toEqual(['GET', 'PATCH']);
    // Authenticated by the certificate alone: no token was sent.
    for (const q of tlsApi.requests as Array<{ clientCert?: string; headers: Record<string, string> }>) {
      expect(q.clientCert).toBe('ci-deployer');
      expect(q.headers.authorization).toBeUndefined();
    }
    expect(tlsApi.get('argoproj.io', 'rollouts', 'prod', 'shop').spec.template.spec.containers[0].image).toBe(IMAGE);
  });

  test('an exec credential plugin supplies the token (client.authentication.k8s.io ExecCredential)', async () => {
    const plugin = join(pki.dir, 'credential-plugin.mjs');
    writeFileSync(
      plugin,
      `import { appendFileSync } from 'node:fs';\n` +
        `appendFileSync(${JSON.stringify(join(pki.dir, 'plugin-runs'))}, 'x');\n` +
        `console.log(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1beta1', kind: 'ExecCredential',` +
        ` status: { token: process.env.PLUGIN_TOKEN } }));\n`
    );
    const kubeconfig = kubeconfigFor(
      tlsApi.url,
      [`certificate-authority-data: ${b64(pki.ca)}`],
      [
        'exec:',
        '  apiVersion: client.authentication.k8s.io/v1beta1',
        `  command: ${process.execPath}`,
        `  args: [${JSON.stringify(plugin)}]`,
        '  env: [{ name: PLUGIN_TOKEN, value: eXeCtOkEn }]',
        '  interactiveMode: Never'
      ]
    );
    const r = await deploy({ kubeconfig });
    expect(r.code).toBe(0);
    const sent = (tlsApi.requests as Array<{ headers: Record<string, string> }>).map((q) => q.headers.authorization);
    expect(sent).toEqual(['Bearer eXeCtOkEn', 'Bearer eXeCtOkEn']);
    expect(readFileSync(join(pki.dir, 'plugin-runs'), 'utf8').length).toBeGreaterThanOrEqual(1);
  });

  test('a cluster CA that did not sign the server certificate: the step fails before any request reaches the API', async () => {
    const kubeconfig = kubeconfigFor(
      tlsApi.url,
      [`certificate-authority-data: ${b64(pki.otherCa)}`],
      [`client-certificate-data: ${b64(pki.clientCert)}`, `client-key-data: ${b64(pki.clientKey)}`]
    );
    const r = await deploy({ kubeconfig });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/get Rollout prod\/shop failed: .*(certificate|issuer)/);
    expect(tlsApi.requests).toHaveLength(0);
  });
});
