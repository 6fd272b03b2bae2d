// Reliability and security suite, continued (issue: no hang, no leak, nothing written outside).
// Each case runs the compiled actions as a runner does and checks, on its own, everything it
// produced (and secret-scan.ts scans it for every secret the suite passes in): no case depends on
// another having run.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { cloneOf, git, manifestsRemote as newRemote, remoteLog } from '../../packages/tools/lib/git-fixtures.mjs';
import { startHostile } from '../../packages/tools/lib/hostile.mjs';
import { createServer as createHttpServer } from 'node:http';
import { scanEachCase, ScannedJob, scanRemote, scanSlack, scanSpans, SECRETS } from './secret-scan.js';

type Run = Awaited<ReturnType<LocalJob['step']>>;

const GOOD = 'release-17-3f78685';
const BAD = 'release-18-badc0de';
const SECRET = SECRETS.git;
scanEachCase();
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

const opened: Array<{ close: () => Promise<unknown> | void }> = [];
afterAll(async () => {
  await Promise.all(opened.map(async (s) => s.close()));
});

const job = (env: Record<string, string> = {}) =>
  new ScannedJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BAD, GOLDENTHREAD_GIT_SHA: 'b'.repeat(40), ...env }));
const everything = (r: Run) =>
  [r.log, JSON.stringify(r.outputs), r.summary, JSON.stringify(r.exported), JSON.stringify(r.state)].join('\n');
const failure = (r: Run) => /::error::(.*)/.exec(r.stdout)?.[1] ?? '';
const deployInputs = (url: string, extra: Record<string, string> = {}) => ({
  mode: 'gitops',
  kind: 'Deployment',
  repository: url,
  path: 'prod/shop.yaml',
  'image-ref': `registry.example/acme/shop@sha256:${'b'.repeat(64)}`,
  ...extra
});

/** A bare git remote whose commits the case's secret scan reads. */
function manifestsRemote(files: Record<string, string>) {
  const r = newRemote(files);
  scanRemote(r.remote);
  return r;
}

async function slackReceiver() {
  const slack = await startSlackReceiver({});
  opened.push(slack);
  scanSlack(slack);
  return slack;
}

/** A dependency failing in one of lib/hostile.mjs's modes, closed after the file. */
async function hostile(mode: 'silent' | 'slow') {
  const server = await startHostile(mode);
  opened.push(server);
  return server;
}

/** A kubeconfig for a plain-HTTP API server at `url`, with the suite's bearer token. */
const kubeconfigFor = (url: string) =>
  [
    'apiVersion: v1',
    'kind: Config',
    `clusters:\n- name: c\n  cluster:\n    server: ${url}\n    insecure-skip-tls-verify: true`,
    `users:\n- name: ci\n  user:\n    token: ${SECRETS.kube}`,
    'contexts:\n- name: c\n  context:\n    cluster: c\n    user: ci',
    'current-context: c',
    ''
  ].join('\n');

/** A TCP server that accepts every connection and never answers a byte. */
async function blackHole(): Promise<{ url: string; close: () => void }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const hole = {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      sockets.forEach((s) => s.destroy());
      server.close();
    }
  };
  opened.push(hole);
  return hole;
}

/** Lines of the step's stdout that the runner would read as a workflow command. */
const commandLines = (r: Run) =>
  r.stdout.split('\n').filter((line: string) => /^\s*::/.test(line) || line.includes('##['));

describe('credentials inside URLs: redacted at every sink', () => {
  test('rollout-patch with a token in `repository` that cannot be cloned → the error, log, summary and span hold no token', async () => {
    const otlp = await startOtlpReceiver();
    opened.push(otlp);
    scanSpans(otlp);
    const hole = await blackHole();
    const url = hole.url.replace('http://', `https://x-access-token:${SECRET}@`) + '/acme/manifests.git';
    const r = await job().step('rollout-patch', deployInputs(url, { 'git-timeout': '3s', 'otlp-endpoint': otlp.url }));
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/cannot clone branch 'main' of https:\/\/\*\*\*@127\.0\.0\.1:\d+\/acme\/manifests\.git/);
    const spans = JSON.stringify(otlp.spans);
    expect(spans.length).toBeGreaterThan(100);
    for (const text of [everything(r), spans]) expect(text).not.toContain(SECRET);
  });

  test('rollback-notify with a token in `repository` whose revert fails → Slack hears it FAILED, without the token', async () => {
    const slack = await slackReceiver();
    const url = `https://x-access-token:${SECRET}@127.0.0.1:1/acme/manifests.git`;
    const r = await job().step('rollback-notify', {
      action: 'gitops-revert',
      repository: url,
      'slack-webhook-url': slack.webhookUrl,
      'git-timeout': '5s'
    });
    expect(r.code).toBe(1);
    expect(slack.received).toHaveLength(1);
    const posted = JSON.stringify(slack.received[0].body);
    expect(posted).toMatch(/FAILED/);
    expect(posted).toContain('https://***@127.0.0.1:1/acme/manifests.git');
    for (const text of [everything(r), posted]) expect(text).not.toContain(SECRET);
  });
});

describe('credentials on Jenkins, where nothing consumes ::add-mask::', () => {
  test('rollback-notify with a token in `repository`, token and slack-token inputs, revert failing → the raw log holds no secret and no ::add-mask:: line', async () => {
    const slack = await slackReceiver();
    const r = await new ScannedJob({
      JENKINS_URL: 'https://jenkins.example/',
      JOB_NAME: 'shop/main',
      BUILD_NUMBER: '17',
      GIT_COMMIT: 'b'.repeat(40),
      GOLDENTHREAD_BUILD_ID: BAD
    }).step('rollback-notify', {
      action: 'gitops-revert',
      repository: `https://x-access-token:${SECRET}@127.0.0.1:1/acme/manifests.git`,
      token: SECRETS.github,
      'slack-token': SECRETS.slackToken,
      'slack-channel': '#deploys',
      'slack-api-url': slack.apiUrl,
      'git-timeout': '5s'
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/https:\/\/\*\*\*@127\.0\.0\.1:1\/acme\/manifests\.git/);
    expect(slack.received).toHaveLength(1); // told, with the token inputs in use
    const raw = r.stdout + r.stderr; // a Jenkins console shows every byte
    expect(raw).not.toMatch(/::add-mask::/);
    for (const secret of [SECRET, SECRETS.github, SECRETS.slackToken]) expect(raw).not.toContain(secret);
  });
});

describe('the GitHub API answers 200 and never finishes the body', () => {
  test('trace-root post → the read is stopped by the 10 s request bound and said so; the outcome comes from the recorded steps', async () => {
    const github = await hostile('slow');
    const j = job({ GITHUB_API_URL: github.url });
    expect((await j.step('trace-root', { 'github-token': SECRETS.github })).code).toBe(0);
    const post = await j.post('trace-root');
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(/::warning::Could not read the job's outcome from the GitHub API \(.*timeout/);
    expect(post.stdout).toMatch(/Job outcome: success \(from recorded-steps\)/);
  });
});

describe("the CI's own environment never breaks git", () => {
  test("Jenkins' Git plugin variables and an agent's EDITOR / PAGER → the gitops deploy and its revert still work", async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const jenkins = {
      GIT_COMMIT: 'c'.repeat(40),
      GIT_PREVIOUS_COMMIT: 'd'.repeat(40),
      GIT_BRANCH: 'origin/main',
      GIT_LOCAL_BRANCH: 'main',
      GIT_URL: 'https://git.example/acme/shop.git',
      GIT_AUTHOR_NAME: 'Jenkins',
      GIT_COMMITTER_EMAIL: 'jenkins@example.com',
      GIT_DIR: '/nonexistent/.git',
      EDITOR: 'vim',
      PAGER: 'less',
      SSH_ASKPASS: '/usr/bin/ssh-askpass'
    };
    const deployed = await job(jenkins).step('rollout-patch', deployInputs(repo.url));
    expect(failure(deployed)).toBe('');
    expect(deployed.outputs.changed).toBe('true');
    const reverted = await job(jenkins).step('rollback-notify', { action: 'gitops-revert', repository: repo.url });
    expect(failure(reverted)).toBe('');
    expect(reverted.outputs['action-taken']).toBe('revert');
    expect(remoteLog(repo.remote, '%an')[0]).toBe('goldenthread');
  });
});

describe('paths stay inside the repository', () => {
  test('a committed symlink to a runner file → refused naming `path`; the outside file untouched, nothing pushed', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'gt-outside-')), 'precious.yaml');
    writeFileSync(outside, MANIFEST);
    const repo = manifestsRemote({ 'README.md': 'manifests\n' });
    const work = cloneOf(repo.remote);
    mkdirSync(join(work, 'prod'));
    symlinkSync(outside, join(work, 'prod', 'shop.yaml'));
    git(work, 'add', '-A');
    git(work, 'commit', '-q', '-m', 'a symlink');
    git(work, 'push', '-q', 'origin', 'HEAD:main');
    const before = remoteLog(repo.remote);

    const r = await job().step('rollout-patch', deployInputs(repo.url));
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/Input 'path': 'prod\/shop\.yaml' leads outside the repository/);
    expect(readFileSync(outside, 'utf8')).toBe(MANIFEST);
    expect(remoteLog(repo.remote)).toEqual(before);
    expect(r.outputs.changed).toBeUndefined();
  });

  test('kustomization `resources:` climbing out of the repo (../../../..) → refused; no runner file read or committed', async () => {
    const kustomization = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'resources:',
      '  - ../../../../../../../../etc/hostname',
      '  - ../../../../../../../../tmp',
      ''
    ].join('\n');
    const repo = manifestsRemote({ 'prod/kustomization.yaml': kustomization });
    const before = remoteLog(repo.remote);
    const r = await job().step('rollout-patch', deployInputs(repo.url, { path: 'prod/kustomization.yaml' }));
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(
      /'resources:' entry of .*kustomization\.yaml: '.*etc\/hostname' leads outside the repository/
    );
    expect(remoteLog(repo.remote)).toEqual(before);
  });
});

describe('remotes that accept connections and never answer: bounded, clear', () => {
  test('rollout-patch against a black-hole git remote → fails within git-timeout, naming the input to raise', async () => {
    const hole = await blackHole();
    const started = Date.now();
    const r = await job().step(
      'rollout-patch',
      deployInputs(`${hole.url}/acme/manifests.git`, { 'git-timeout': '2s' })
    );
    const elapsed = Date.now() - started;
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/no answer within 2 s \(raise input 'git-timeout'/);
    expect(elapsed).toBeLessThan(30_000); // a hang would be cut by jest's own timeout, not pass
  });

  test('rollback-notify against a black-hole git remote → fails within git-timeout, and Slack still hears it FAILED', async () => {
    const hole = await blackHole();
    const slack = await slackReceiver();
    const r = await job().step('rollback-notify', {
      action: 'gitops-revert',
      repository: `${hole.url}/m.git`,
      'git-timeout': '2s',
      'slack-webhook-url': slack.webhookUrl
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/raise input 'git-timeout'/);
    expect(slack.received).toHaveLength(1);
    expect(JSON.stringify(slack.received[0].body)).toMatch(
      /rollback of build release-18-badc0de FAILED, it is still serving/
    );
  });
});

describe('a Kubernetes API that accepts connections and never answers: bounded, clear', () => {
  test('rollout-patch (kubernetes) against a silent API → fails within kube-timeout (2 s), naming the input to raise', async () => {
    const api = await hostile('silent');
    const r = await job().step('rollout-patch', {
      mode: 'kubernetes',
      name: 'shop',
      namespace: 'prod',
      'image-ref': `registry.example/acme/shop@sha256:${'b'.repeat(64)}`,
      kubeconfig: kubeconfigFor(api.url),
      'kube-timeout': '2s'
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/within 2000 ms.*'kube-timeout'/);
    expect(api.connections).toBeGreaterThan(0);
    expect(r.ms).toBeLessThan(20_000); // far below the 30 s default: the input bounds it
  });

  test('rollback-notify (argo-abort) against a silent API → fails within kube-timeout, and Slack hears the rollback FAILED', async () => {
    const api = await hostile('slow');
    const slack = await slackReceiver();
    const r = await job().step('rollback-notify', {
      action: 'argo-abort',
      name: 'shop',
      namespace: 'prod',
      'build-id': BAD,
      kubeconfig: kubeconfigFor(api.url),
      'kube-timeout': '2s',
      'slack-webhook-url': slack.webhookUrl
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/'kube-timeout'/);
    expect(r.ms).toBeLessThan(20_000);
    expect(slack.received).toHaveLength(1);
    expect(JSON.stringify(slack.received[0].body)).toMatch(/FAILED/);
  });
});

describe('text from outside cannot drive the runner', () => {
  test('a Prometheus error string full of workflow commands → logged as text, no line starts a command', async () => {
    const answer = JSON.stringify({
      status: 'error',
      errorType: 'bad_data',
      error:
        'parse error\n::stop-commands::pwned\n::error::forged by the backend\n::add-mask::everything\n##[error]forged'
    });
    const asked: string[] = [];
    const prometheus = createHttpServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(400, { 'content-type': 'application/json' }).end(answer);
    });
    await new Promise<void>((done) => prometheus.listen(0, '127.0.0.1', done));
    opened.push({ close: () => new Promise((done) => prometheus.close(done)) });
    const r = await job().step('otel-gate', {
      backend: 'prometheus',
      'backend-url': `http://127.0.0.1:${(prometheus.address() as { port: number }).port}`,
      interval: '1s',
      count: '3',
      'consecutive-error-limit': '1',
      'min-duration': '0s'
    });
    expect(asked.length).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/pwned/); // the backend's text is in the log…
    // …but only as text: no command line carries it.
    expect(commandLines(r).filter((line: string) => /everything|pwned|forged/.test(line))).toEqual([]);
  });

  test('rollback-notify dry run echoing free-text inputs full of workflow commands → no line starts a command', async () => {
    const slack = await slackReceiver();
    const hostile = 'shop\n::add-mask::everything\n::stop-commands::pwned\n##[error]forged';
    const r = await job().step('rollback-notify', {
      action: 'none',
      service: hostile,
      environment: '::error::forged',
      'dry-run': 'true',
      'slack-webhook-url': slack.webhookUrl
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/dry run: would post to Slack/);
    // Our own ::add-mask:: for the webhook is the only command; none carries the hostile text.
    expect(commandLines(r).filter((line: string) => /everything|pwned|forged/.test(line))).toEqual([]);
    expect(r.stdout).toMatch(/pwned/);
    expect(slack.received).toHaveLength(0);
  });

  test('a crafted build-label (PromQL) → refused naming the input before the backend is asked', async () => {
    const prometheus = await hostile('silent');
    const r = await job().step('otel-gate', {
      backend: 'prometheus',
      'backend-url': prometheus.url,
      'build-label': 'build_id="release-1-good"} or vector(1) or {x',
      interval: '1s',
      count: '3'
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/'build-label'/);
    expect(prometheus.connections).toBe(0);
  });

  test('a verdict file whose metrics is not an array → a clear input error before anything is rolled back', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const path = join(mkdtempSync(join(tmpdir(), 'gt-verdict-')), 'verdict.json');
    writeFileSync(path, JSON.stringify({ verdict: 'fail', build_id: BAD, metrics: { 'error-rate': 0.5 } }));
    const before = remoteLog(repo.remote);
    const r = await job().step('rollback-notify', {
      action: 'gitops-revert',
      repository: repo.url,
      'verdict-file': path
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(
      /Input 'verdict-file' is not a valid verdict record \(metrics: Invalid input: expected array/
    );
    expect(r.log).not.toMatch(/looks like a bug/);
    expect(remoteLog(repo.remote)).toEqual(before);
  });

  test("a push refused by the server's hook → git's reason in the error, not retried as 'main moved'", async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    writeFileSync(
      join(repo.remote, 'hooks', 'pre-receive'),
      '#!/bin/sh\necho "deploys are frozen until Monday" >&2\nexit 1\n',
      { mode: 0o755 }
    );
    const r = await job({ GOLDENTHREAD_BUILD_ID: GOOD }).step('rollout-patch', deployInputs(repo.url));
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/push to 'main' refused: .*pre-receive hook declined/);
    expect(failure(r)).toMatch(/deploys are frozen until Monday/);
    expect(r.stdout).not.toMatch(/moved while we committed/);
  });
});
