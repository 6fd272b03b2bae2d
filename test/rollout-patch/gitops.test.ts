import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startGithubApi } from '../../packages/tools/lib/github-api.mjs';
import { parse } from 'yaml';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { startOpenSearchStandIn } from '../../packages/tools/lib/opensearch-standin.mjs';
import { freePort } from '../../packages/tools/lib/real-servers.mjs';
import { manifestsRemote, remoteFile, remoteLog, remoteMessage } from '../../packages/tools/lib/git-fixtures.mjs';
import { parseResourceAttributes } from '../../actions/rollout-patch/src/resource-attributes.js';

// dist/rollout-patch in gitops mode against real git repositories on disk.

const DIGEST = 'sha256:' + 'c'.repeat(64);
const IMAGE = `registry.example/acme/shop@${DIGEST}`;
const BUILD = 'release-17-3f78685';

const ROLLOUT = `# Shop canary. Owned by team payments.
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: shop # do not rename: dashboards key on it
  labels:
    app: shop
spec:
  replicas: 5
  strategy:
    canary:
      steps:
        - setWeight: 20 # first step
        - pause: {}
  template:
    spec:
      containers:
        - name: shop
          image: registry.example/acme/shop:v1 # pinned by CI
          env:
            # keep PORT first
            - name: PORT
              value: "8080"
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: service.name=shop,team=payments
---
# The service in front of it.
apiVersion: v1
kind: Service
metadata:
  name: shop
spec:
  ports:
    - port: 80 # http
`;

const KUSTOMIZATION = `# prod overlay
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - rollout.yaml # the workload
images:
  - name: registry.example/acme/shop
    newTag: v1 # replaced by CI
`;

function deploy(url: string, inputs: Record<string, string> = {}, sha = SHA, build = BUILD) {
  const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: build, GOLDENTHREAD_GIT_SHA: sha }));
  return job.step('rollout-patch', {
    mode: 'gitops',
    repository: url,
    path: 'prod/rollout.yaml',
    'image-ref': IMAGE,
    environment: 'prod',
    ...inputs
  });
}

/** Lines that hold none of the values the deploy edits must be untouched, byte for byte. */
function untouchedLines(before: string, after: string, edited: RegExp): void {
  const kept = before.split('\n').filter((l) => !edited.test(l));
  const afterLines = after.split('\n');
  let at = 0;
  for (const line of kept) {
    const found = afterLines.indexOf(line, at);
    expect({ line, found: found >= 0 }).toEqual({ line, found: true });
    at = found + 1;
  }
}

describe('rollout-patch, gitops mode', () => {
  test('plain manifest: digest, env and annotations edited; every comment and other line kept; trailers', async () => {
    const repo = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
    const r = await deploy(repo.url);
    expect(r.code).toBe(0);
    expect(r.outputs.changed).toBe('true');
    const after = remoteFile(repo.remote, 'prod/rollout.yaml');
    untouchedLines(ROLLOUT, after, /image: registry|service\.name=shop/);
    expect(after).toContain(`image: ${IMAGE} # pinned by CI`);
    const [rollout, service] = after.split('\n---\n').map((d: string) => parse(d));
    const env = Object.fromEntries(
      rollout.spec.template.spec.containers[0].env.map((e: { name: string; value?: string }) => [e.name, e.value])
    );
    expect(parseResourceAttributes(env.OTEL_RESOURCE_ATTRIBUTES)).toMatchObject({
      'service.name': 'shop',
      team: 'payments',
      'build.id': BUILD,
      'vcs.ref.head.revision': SHA
    });
    expect(env.GOLDENTHREAD_BUILD_ID).toBe(BUILD);
    expect(rollout.metadata.annotations['goldenthread.dev/build-id']).toBe(BUILD);
    expect(service.spec.ports[0].port).toBe(80);

    const [head] = remoteLog(repo.remote);
    expect(r.outputs.commit).toBe(head.split(' ')[0]);
    const message = remoteMessage(repo.remote);
    expect(message).toMatch(/^deploy release-17-3f78685 to prod\n/);
    expect(message).toContain(`Goldenthread-Build-Id: ${BUILD}\nGoldenthread-Git-Sha: ${SHA}\nGoldenthread-Trace-Id: `);

    // The same build again: no empty commit.
    const again = await deploy(repo.url);
    expect(again.outputs.changed).toBe('false');
    expect(remoteLog(repo.remote)).toHaveLength(2);

    // The next build records what it replaces.
    const next = await deploy(
      repo.url,
      { 'image-ref': `registry.example/acme/shop@sha256:${'d'.repeat(64)}` },
      'e'.repeat(40),
      'release-18-eeeeeee'
    );
    expect(next.outputs['previous-build-id']).toBe(BUILD);
    expect(remoteMessage(repo.remote)).toContain(`Goldenthread-Previous-Build-Id: ${BUILD}`);
  });

  test('kustomization: images pinned by digest, env through a JSON 6902 patch built from the base', async () => {
    const repo = manifestsRemote({ 'prod/kustomization.yaml': KUSTOMIZATION, 'prod/rollout.yaml': ROLLOUT });
    const r = await deploy(repo.url, { path: 'prod/kustomization.yaml' });
    expect(r.code).toBe(0);
    const after = remoteFile(repo.remote, 'prod/kustomization.yaml');
    untouchedLines(KUSTOMIZATION, after, /newTag/);
    const k = parse(after);
    expect(k.images).toEqual([{ name: 'registry.example/acme/shop', digest: DIGEST }]);
    expect(k.patches).toHaveLength(1);
    expect(k.patches[0].target).toEqual({ kind: 'Rollout', name: 'shop' });
    const ops = JSON.parse(k.patches[0].patch);
    const otel = ops.find((op: { value?: { name?: string } }) => op.value?.name === 'OTEL_RESOURCE_ATTRIBUTES');
    expect(otel.op).toBe('replace');
    expect(otel.path).toBe('/spec/template/spec/containers/0/env/1');
    expect(parseResourceAttributes(otel.value.value)).toMatchObject({
      'service.name': 'shop',
      team: 'payments',
      'build.id': BUILD
    });
    expect(remoteFile(repo.remote, 'prod/rollout.yaml')).toBe(ROLLOUT);

    const again = await deploy(repo.url, { path: 'prod/kustomization.yaml' });
    expect(again.outputs.changed).toBe('false');
    const next = await deploy(
      repo.url,
      { path: 'prod/kustomization.yaml', 'image-ref': `registry.example/acme/shop@sha256:${'d'.repeat(64)}` },
      'e'.repeat(40),
      'release-18-eeeeeee'
    );
    expect(next.outputs['previous-build-id']).toBe(BUILD);
    expect(parse(remoteFile(repo.remote, 'prod/kustomization.yaml')).patches).toHaveLength(1);
  });

  test('the deployment record goes to deployment-metadata, one document per build and target; a dead cluster is a warning', async () => {
    const search = await startOpenSearchStandIn();
    try {
      const repo = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
      const r = await deploy(repo.url, { 'opensearch-url': search.url });
      expect(r.code).toBe(0);
      expect(search.indexed).toHaveLength(1);
      expect(search.indexed[0].url.split('?')[0]).toBe(
        `/deployment-metadata/_doc/${encodeURIComponent(`${BUILD}@${repo.url}/prod/rollout.yaml`)}`
      );
      expect(search.indexed[0].body).toMatchObject({
        build_id: BUILD,
        image_digest: DIGEST,
        mode: 'gitops',
        environment: 'prod',
        commit: r.outputs.commit,
        changed: true
      });
      expect(search.indexed[0].body).toEqual(JSON.parse(readFileSync(r.outputs['deployment-file'], 'utf8')));

      const dead = await deploy(repo.url, {
        'opensearch-url': `http://127.0.0.1:${await freePort()}`,
        'opensearch-timeout': '2s'
      });
      expect(dead.code).toBe(0);
      expect(dead.stdout).toMatch(/::warning::Could not index the deployment record into deployment-metadata/);
    } finally {
      await search.close();
    }
  });

  // A remote that moved between clone and push: test/suite (git: a remote that moved).

  test('pull-request delivery: pushes a deploy branch and opens a PR against main, main untouched', async () => {
    const repo = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
    const api = await startGithubApi();
    try {
      const job = new LocalJob(
        githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, GOLDENTHREAD_GIT_SHA: SHA, GITHUB_API_URL: api.url })
      );
      const r = await job.step('rollout-patch', {
        mode: 'gitops',
        repository: repo.url,
        path: 'prod/rollout.yaml',
        'image-ref': IMAGE,
        'pull-request': 'true',
        token: 'ghs_prToken99'
      });
      expect(r.stdout).not.toMatch(/::error::/);
      expect(r.code).toBe(0);
      const pr = api.requests.find((q: { method: string }) => q.method === 'POST')!;
      expect(pr.body).toMatchObject({ head: `goldenthread/deploy-${BUILD}`, base: 'main', title: `Deploy ${BUILD}` });
      expect(pr.headers.authorization).toBe('token ghs_prToken99');
      expect(r.outputs['pull-request-url']).toMatch(/\/pull\/\d+$/);
      expect(remoteLog(repo.remote)).toHaveLength(1);
      expect(
        execFileSync('git', ['--git-dir', repo.remote, 'show', `goldenthread/deploy-${BUILD}:prod/rollout.yaml`], {
          encoding: 'utf8'
        })
      ).toContain(IMAGE);
      expect(r.log).not.toContain('ghs_prToken99');
    } finally {
      await api.close();
    }
  });

  test.each([
    [
      'a path that does not exist',
      { path: 'prod/missing.yaml' },
      /Invalid input 'path': 'prod\/missing.yaml' does not exist on branch 'main'/
    ],
    [
      'a path outside the repository',
      { path: '../etc/passwd' },
      /Invalid input 'path': '..\/etc\/passwd'. Expected a path inside/
    ],
    ['a branch that does not exist', { branch: 'nope' }, /cannot clone branch 'nope'/],
    ['a container that does not exist', { container: 'api' }, /has no container 'api'. Its containers: shop/],
    ['a kind the file does not have', { kind: 'Deployment' }, /has no Deployment. Found: Rollout shop/]
  ])('%s is a clear error and nothing is pushed', async (_name, inputs, message) => {
    const repo = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
    const r = await deploy(repo.url, inputs);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(remoteLog(repo.remote)).toHaveLength(1);
  });

  test('malformed YAML is a clear error', async () => {
    const repo = manifestsRemote({ 'prod/rollout.yaml': 'kind: Rollout\nspec: [unclosed\n' });
    const r = await deploy(repo.url);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/prod\/rollout.yaml is not valid YAML/);
  });
});
