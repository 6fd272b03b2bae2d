import { afterEach, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGithubApi } from '../../packages/tools/lib/github-api.mjs';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import {
  cloneOf,
  commitFiles,
  manifestsRemote,
  remoteFile,
  remoteLog,
  remoteMessage
} from '../../packages/tools/lib/git-fixtures.mjs';

// rollback-notify's GitOps revert against real git repositories on disk, after real deploys by
// dist/rollout-patch; Slack against a loopback receiver.

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: shop # the app
          image: registry.example/acme/shop@sha256:${'0'.repeat(64)}
`;
const GOOD = 'release-17-3f78685';
const BAD = 'release-18-badc0de';
const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function deployed(repo: { url: string }, build: string, digit: string) {
  const job = new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: build, GOLDENTHREAD_GIT_SHA: digit.repeat(40) }));
  const r = await job.step('rollout-patch', {
    mode: 'gitops',
    kind: 'Deployment',
    repository: repo.url,
    path: 'prod/shop.yaml',
    'image-ref': `registry.example/acme/shop@sha256:${digit.repeat(64)}`
  });
  expect(r.code).toBe(0);
  return r.outputs.commit;
}

async function slackReceiver(
  script: Array<string | number | { status: number; retryAfter: number }> = ['ok'],
  token?: string
) {
  const s = await startSlackReceiver({ script, token });
  open.push(s);
  return s;
}

function revert(url: string, inputs: Record<string, string> = {}) {
  return new LocalJob(githubEnv({ GOLDENTHREAD_GIT_SHA: SHA })).step('rollback-notify', {
    action: 'gitops-revert',
    'build-id': BAD,
    repository: url,
    ...inputs
  });
}

describe('rollback-notify, gitops-revert', () => {
  test('reverts the deploy commit once; a re-run neither reverts nor posts again', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    await deployed(repo, GOOD, 'a');
    const goodFile = remoteFile(repo.remote, 'prod/shop.yaml');
    const badCommit = await deployed(repo, BAD, 'b');
    const slack = await slackReceiver();

    const first = await revert(repo.url, { 'slack-webhook-url': slack.webhookUrl });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({ 'action-taken': 'revert', 'previous-build-id': GOOD, notified: 'slack' });
    expect(remoteFile(repo.remote, 'prod/shop.yaml')).toBe(goodFile);
    const message = remoteMessage(repo.remote);
    expect(message).toContain(`This reverts commit ${badCommit}`);
    expect(message).toMatch(new RegExp(`Goldenthread-Reverts-Build-Id: ${BAD}\\nGoldenthread-Build-Id: ${GOOD}\\n*$`));
    const note = execFileSync(
      'git',
      ['--git-dir', repo.remote, 'notes', '--ref=refs/notes/goldenthread', 'show', 'main'],
      { encoding: 'utf8' }
    );
    expect(note.trim()).toBe(`notified: ${BAD}`);

    const again = await revert(repo.url, { 'slack-webhook-url': slack.webhookUrl });
    expect(again.outputs['action-taken']).toBe('none');
    expect(again.stdout).toMatch(/already reverted/);
    expect(again.stdout).toMatch(/already told about this rollback; not posting again/);
    expect(remoteLog(repo.remote)).toHaveLength(4);
    expect(slack.received).toHaveLength(1);
  });

  test('a remote that moved since the deploy: the revert lands on the new tip', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST, 'README.md': 'manifests\n' });
    await deployed(repo, GOOD, 'a');
    await deployed(repo, BAD, 'b');
    const other = cloneOf(repo.remote);
    commitFiles(other, { 'README.md': 'edited after the deploy\n' }, 'docs: unrelated change');
    execFileSync('git', ['push', '-q', 'origin', 'HEAD:main'], { cwd: other });
    // …and once more while we work: another commit lands between our read of main and our
    // update of it, so the server's ref update loses the race ("cannot lock ref").
    commitFiles(other, { OWNERS: 'payments\n' }, 'chore: owners');
    const hook = [
      '#!/bin/sh',
      'if [ ! -f "$GIT_DIR/moved" ]; then',
      '  touch "$GIT_DIR/moved"',
      `  (unset GIT_DIR GIT_QUARANTINE_PATH GIT_OBJECT_DIRECTORY GIT_ALTERNATE_OBJECT_DIRECTORIES; cd "${other}" && git push -q origin HEAD:main)`,
      'fi',
      'exit 0',
      ''
    ].join('\n');
    writeFileSync(`${repo.remote}/hooks/pre-receive`, hook, { mode: 0o755 });
    const r = await revert(repo.url);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/'main' moved while we committed/);
    expect(remoteLog(repo.remote, '%s').slice(0, 3)).toEqual([
      `Revert deploy of ${BAD}`,
      'chore: owners',
      'docs: unrelated change'
    ]);
    expect(remoteFile(repo.remote, 'prod/shop.yaml')).toContain(`sha256:${'a'.repeat(64)}`);
  });

  test('a push refused by a server hook fails at once with git\'s own reason, never retried as "moved"', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    await deployed(repo, GOOD, 'a');
    await deployed(repo, BAD, 'b');
    const hook = ['#!/bin/sh', 'echo "policy: reverts need a change ticket (PAY-123)" >&2', 'exit 1', ''].join('\n');
    writeFileSync(`${repo.remote}/hooks/pre-receive`, hook, { mode: 0o755 });
    const r = await revert(repo.url);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/push to 'main' refused: .*pre-receive hook declined/);
    expect(r.stdout).toMatch(/remote: policy: reverts need a change ticket \(PAY-123\)/);
    expect(r.stdout).not.toMatch(/moved while we committed/);
    expect(remoteLog(repo.remote, '%s')[0]).toBe(`deploy ${BAD}`);
  });

  test('a branch that deploys a newer build is left alone', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    await deployed(repo, BAD, 'b');
    await deployed(repo, 'release-19-1234567', 'c');
    const r = await revert(repo.url);
    expect(r.outputs['action-taken']).toBe('none');
    expect(r.stdout).toMatch(/now deploys build release-19-1234567, not release-18-badc0de; left alone/);
    expect(remoteLog(repo.remote)).toHaveLength(3);
  });

  test('pull-request: the revert goes to a branch with a PR, main untouched; the PR of the run gets a comment', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    await deployed(repo, GOOD, 'a');
    await deployed(repo, BAD, 'b');
    const api = await startGithubApi();
    open.push(api);
    const event = join(mkdtempSync(join(tmpdir(), 'gt-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { sha: SHA } } }));
    const job = new LocalJob(
      githubEnv({ GOLDENTHREAD_GIT_SHA: SHA, GITHUB_API_URL: api.url, GITHUB_EVENT_PATH: event })
    );
    const r = await job.step('rollback-notify', {
      action: 'gitops-revert',
      'build-id': BAD,
      repository: repo.url,
      'pull-request': 'true',
      token: 'ghs_revertToken',
      'github-token': 'ghs_commentToken'
    });
    expect(r.code).toBe(0);
    expect(r.outputs['action-taken']).toBe('revert');
    expect(r.outputs['pull-request-url']).toMatch(/\/pull\/\d+$/);
    expect(remoteLog(repo.remote)).toHaveLength(3);
    expect(
      execFileSync('git', ['--git-dir', repo.remote, 'log', '-1', '--format=%s', `goldenthread/revert-${BAD}`], {
        encoding: 'utf8'
      }).trim()
    ).toBe(`Revert deploy of ${BAD}`);
    const pr = api.requests.find((q: { url: string }) => q.url.endsWith('/pulls'))!;
    expect(pr.body).toMatchObject({ head: `goldenthread/revert-${BAD}`, base: 'main' });
    const comment = api.requests.find((q: { url: string }) => q.url === '/repos/acme/shop/issues/7/comments')!;
    expect(comment.headers.authorization).toBe('token ghs_commentToken');
    expect(comment.body.body).toMatch(/rolled back: build release-18-badc0de/);
    expect(r.log).not.toMatch(/ghs_revertToken|ghs_commentToken/);
  });

  test('no deploy commit for the build is a clear error', async () => {
    const repo = manifestsRemote({ 'prod/shop.yaml': MANIFEST });
    const r = await revert(repo.url);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /no deploy commit of build release-18-badc0de \(trailer Goldenthread-Build-Id\) on 'main'/
    );
  });
});

describe('rollback-notify, Slack delivery', () => {
  const notifyOnly = (inputs: Record<string, string>) =>
    new LocalJob(githubEnv({ GOLDENTHREAD_GIT_SHA: SHA })).step('rollback-notify', {
      action: 'none',
      'build-id': BAD,
      ...inputs
    });

  test('429 with Retry-After once, then 200: posted on the second attempt', async () => {
    const slack = await slackReceiver([{ status: 429, retryAfter: 1 }, 'ok']);
    const r = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl });
    expect(r.outputs.notified).toBe('slack');
    expect(slack.received).toHaveLength(2);
    expect(r.stdout).toMatch(/Slack: HTTP 429 \(rate limited, Retry-After 1\); trying again in 1000 ms/);
    expect(r.log).not.toContain('sEcReTwEbHoOkPaTh');
  });

  test('500 forever: bounded attempts, reported in the outputs, the step still succeeds', async () => {
    const slack = await slackReceiver([500]);
    const r = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl });
    expect(r.code).toBe(0);
    expect(slack.received).toHaveLength(4);
    expect(r.outputs.notified).toBe('');
    expect(r.outputs['notify-error']).toBe('HTTP 500 after 4 attempts');
    expect(r.stdout).toMatch(/::warning::Slack notification failed/);
    expect(r.log).not.toContain('sEcReTwEbHoOkPaTh');
  });

  test('a Retry-After beyond the bound is not waited for', async () => {
    const slack = await slackReceiver([{ status: 429, retryAfter: 3600 }]);
    const r = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl });
    expect(slack.received).toHaveLength(1);
    expect(r.outputs['notify-error']).toMatch(/asked to wait 3600000 ms, more than the 30000 ms we allow/);
  });

  test('bot token + channel through chat.postMessage', async () => {
    const slack = await slackReceiver(['ok'], 'xoxb-test-token-77');
    const r = await notifyOnly({
      'slack-token': 'xoxb-test-token-77',
      'slack-channel': '#deploys',
      'slack-api-url': slack.apiUrl
    });
    expect(r.outputs.notified).toBe('slack');
    expect(slack.received[0]).toMatchObject({ url: '/api/chat.postMessage', body: { channel: '#deploys' } });
    expect(r.log).not.toContain('xoxb-test-token-77');
  });

  test('a gate that passed rolls back nothing and posts nothing', async () => {
    const slack = await slackReceiver();
    const dir = execFileSync('mktemp', ['-d'], { encoding: 'utf8' }).trim();
    writeFileSync(`${dir}/v.json`, JSON.stringify({ verdict: 'pass', build_id: BAD, metrics: [] }));
    const r = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl, 'verdict-file': `${dir}/v.json` });
    expect(r.outputs['action-taken']).toBe('none');
    expect(slack.received).toHaveLength(0);
  });
});
