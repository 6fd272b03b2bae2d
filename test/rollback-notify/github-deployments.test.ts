import { afterEach, describe, expect, test } from '@jest/globals';
import { createServer } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGithubApi } from '../../packages/tools/lib/github-api.mjs';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';
import { manifestsRemote, remoteLog, remoteMessage } from '../../packages/tools/lib/git-fixtures.mjs';

// GitHub deployments written by dist/rollout-patch (github-deployment: true) and re-marked by
// dist/rollback-notify after a rollback, against the GitHub API stand-in (which applies
// auto_inactive as api.github.com.yaml describes it); deploys and reverts are real git on disk.

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
const A = 'release-16-aaaaaaa';
const B = 'release-17-bbbbbbb';
const C = 'release-18-ccccccc';
const DIGIT: Record<string, string> = { [A]: 'a', [B]: 'b', [C]: 'c' };

const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function githubApi(options: { refuse?: number } = {}) {
  const api = await startGithubApi({}, options);
  open.push(api);
  return api;
}

/** A loopback port that nothing listens on: GitHub is down. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

function deploy(repoUrl: string, apiUrl: string, build: string, inputs: Record<string, string> = {}) {
  const digit = DIGIT[build];
  const job = new LocalJob(
    githubEnv({ GOLDENTHREAD_BUILD_ID: build, GOLDENTHREAD_GIT_SHA: digit.repeat(40), GITHUB_API_URL: apiUrl })
  );
  return job.step('rollout-patch', {
    mode: 'gitops',
    kind: 'Deployment',
    repository: repoUrl,
    path: 'prod/shop.yaml',
    'image-ref': `registry.example/acme/shop@sha256:${digit.repeat(64)}`,
    environment: 'staging',
    'github-deployment': 'true',
    'github-token': 'ghs_deploytoken1234567890',
    'deployment-file': join(mkdtempSync(join(tmpdir(), 'gt-deploy-')), 'deployment.json'),
    ...inputs
  });
}

function verdict(kind: 'fail' | 'hold', build: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-verdict-')), 'verdict.json');
  writeFileSync(
    path,
    JSON.stringify({
      verdict: kind,
      reason: kind === 'hold' ? 'shared-degradation' : 'error-rate',
      build_id: build,
      metrics: []
    })
  );
  return path;
}

function rollback(repoUrl: string, apiUrl: string, inputs: Record<string, string> = {}) {
  return new LocalJob(githubEnv({ GITHUB_API_URL: apiUrl })).step('rollback-notify', {
    action: 'gitops-revert',
    'verdict-file': verdict('fail', B),
    repository: repoUrl,
    environment: 'staging',
    'github-deployment': 'true',
    'github-token': 'ghs_deploytoken1234567890',
    ...inputs
  });
}

type Request = { method: string; url: string; body?: Record<string, unknown> };
const deploymentRequests = (api: { requests: Request[] }) => api.requests.filter((r) => r.url.includes('/deployments'));

describe('GitHub deployments: rollout-patch creates, rollback-notify re-marks after a real rollback', () => {
  test('deploy A → deploy B → rollback B → deploy C: each status as GitHub would show it', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const api = await githubApi();

    const a = await deploy(repo.url, api.url, A);
    expect(a.code).toBe(0);
    expect(a.outputs['github-deployment-id']).toBe('1001');
    const record = JSON.parse(readFileSync(a.outputs['deployment-file'], 'utf8'));
    expect(record.github_deployment_id).toBe(1001);
    const created = api.requests.find((r: Request) => r.method === 'POST' && r.url === '/repos/acme/shop/deployments');
    expect(created.body).toEqual({
      ref: 'a'.repeat(40),
      environment: 'staging',
      auto_merge: false,
      required_contexts: [],
      payload: {
        build_id: A,
        trace_id: record.trace_id,
        image_ref: `registry.example/acme/shop@sha256:${'a'.repeat(64)}`
      },
      description: `goldenthread: build ${A}`
    });
    expect(created.headers.authorization).toBe('token ghs_deploytoken1234567890');

    const b = await deploy(repo.url, api.url, B);
    expect(b.code).toBe(0);
    expect(b.outputs['github-deployment-id']).toBe('1002');
    // B's success made A inactive (auto_inactive: prior, non-production, had success).
    expect(api.states()).toEqual({ 1001: ['in_progress', 'success', 'inactive'], 1002: ['in_progress', 'success'] });

    const back = await rollback(repo.url, api.url, { 'deployment-file': b.outputs['deployment-file'] });
    expect(back.code).toBe(0);
    expect(back.outputs['action-taken']).toBe('revert');
    expect(back.outputs['previous-build-id']).toBe(A);
    expect(api.states()).toEqual({
      1001: ['in_progress', 'success', 'inactive', 'success'],
      1002: ['in_progress', 'success', 'failure']
    });
    const failure = api.deployments.get(1002).statuses.at(-1);
    expect(failure.description).toBe(`Rolled back by goldenthread (revert); now serving ${A}`);
    expect(failure.log_url).toBe('https://github.example/acme/shop/actions/runs/4242/attempts/1');
    // B's id came from its deployment record; A's was found by the payload's build id.
    const lookups = deploymentRequests(api).filter((r: Request) => r.method === 'GET');
    expect(lookups.map((r: Request) => r.url)).toEqual([
      '/repos/acme/shop/deployments?environment=staging&per_page=100'
    ]);

    // A re-run finds the revert done: it must not mark anything again.
    const before = api.requests.length;
    const again = await rollback(repo.url, api.url);
    expect(again.code).toBe(0);
    expect(again.outputs['action-taken']).toBe('none');
    expect(deploymentRequests({ requests: api.requests.slice(before) })).toEqual([]);

    const c = await deploy(repo.url, api.url, C);
    expect(c.code).toBe(0);
    expect(api.states()).toEqual({
      1001: ['in_progress', 'success', 'inactive', 'success', 'inactive'],
      1002: ['in_progress', 'success', 'failure'],
      1003: ['in_progress', 'success']
    });
  }, 60_000);

  test('without a deployment-file the bad build is found by its payload too; hold and dry run mark nothing', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const api = await githubApi();
    expect((await deploy(repo.url, api.url, A)).code).toBe(0);
    expect((await deploy(repo.url, api.url, B)).code).toBe(0);
    const deployed = api.requests.length;

    const held = await rollback(repo.url, api.url, { 'verdict-file': verdict('hold', B) });
    expect(held.code).toBe(0);
    const dry = await rollback(repo.url, api.url, { 'dry-run': 'true' });
    expect(dry.code).toBe(0);
    expect(deploymentRequests({ requests: api.requests.slice(deployed) })).toEqual([]);

    const back = await rollback(repo.url, api.url);
    expect(back.code).toBe(0);
    expect(api.states()).toEqual({
      1001: ['in_progress', 'success', 'inactive', 'success'],
      1002: ['in_progress', 'success', 'failure']
    });
  }, 60_000);

  test('GitHub down or refusing: deploys and the rollback still happen, each with a warning', async () => {
    const down = await deadUrl();
    const refusing = await githubApi({ refuse: 403 });
    for (const apiUrl of [down, refusing.url]) {
      const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
      const a = await deploy(repo.url, apiUrl, A);
      expect(a.code).toBe(0);
      expect(a.log).toMatch(
        /::warning::Could not create the GitHub deployment for environment staging \(.+\); the deploy goes on/
      );
      expect(a.outputs['github-deployment-id']).toBeUndefined();
      expect(JSON.parse(readFileSync(a.outputs['deployment-file'], 'utf8')).github_deployment_id).toBeUndefined();
      expect((await deploy(repo.url, apiUrl, B)).code).toBe(0);

      const back = await rollback(repo.url, apiUrl);
      expect(back.code).toBe(0);
      expect(back.outputs['action-taken']).toBe('revert');
      expect(back.log).toMatch(
        /::warning::Could not update the GitHub deployments of staging \(.+\); the rollback itself stands/
      );
      expect(remoteMessage(repo.remote)).toContain(`Goldenthread-Reverts-Build-Id: ${B}`);
      expect(back.log).not.toContain('ghs_deploytoken1234567890');
    }
    expect(refusing.requests.length).toBeGreaterThan(0);
    expect(refusing.deployments.size).toBe(0);
  }, 90_000);

  test('github-deployment without an environment fails before anything is committed', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const api = await githubApi();
    const log = remoteLog(repo.remote);
    const r = await deploy(repo.url, api.url, A, { environment: '' });
    expect(r.code).not.toBe(0);
    expect(r.log).toContain("Input 'environment' is required with github-deployment: true");
    expect(remoteLog(repo.remote)).toEqual(log);
    expect(api.requests).toEqual([]);
  }, 30_000);
});
