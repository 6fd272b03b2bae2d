import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ciContext, ConfigurationError } from '@goldenthread/core';

const SHA = '0123456789abcdef0123456789abcdef01234567';

describe('ci context', () => {
  test('GitHub: pull request head sha, number and run url', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-event-'));
    const event = join(dir, 'event.json');
    writeFileSync(event, JSON.stringify({ pull_request: { number: 17, head: { sha: 'f'.repeat(40) } } }));
    const ctx = ciContext({
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_RUN_ID: '9',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_SHA: SHA,
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'build',
      GITHUB_RUN_NUMBER: '5',
      GITHUB_HEAD_REF: 'feature/x',
      GITHUB_REF_NAME: '17/merge',
      GITHUB_SERVER_URL: 'https://ghe.example',
      GITHUB_EVENT_PATH: event
    });
    expect(ctx).toMatchObject({
      system: 'github',
      runAttempt: '2',
      buildNumber: '5',
      headSha: 'f'.repeat(40),
      sha: SHA,
      changeId: '17',
      refName: 'feature/x',
      taskName: 'build',
      runUrl: 'https://ghe.example/acme/shop/actions/runs/9/attempts/2',
      repositoryUrl: 'https://ghe.example/acme/shop'
    });
  });

  test('Jenkins: JOB_NAME/BUILD_NUMBER/GIT_COMMIT, attempt 1', () => {
    const ctx = ciContext({
      JENKINS_URL: 'https://ci.example/',
      JOB_NAME: 'team/app/main',
      BUILD_NUMBER: '77',
      GIT_COMMIT: SHA,
      BRANCH_NAME: 'main',
      CHANGE_ID: '3',
      BUILD_URL: 'https://ci.example/job/team/77/',
      GIT_URL: 'https://git.example/team/app.git',
      STAGE_NAME: 'Build'
    });
    expect(ctx).toMatchObject({
      system: 'jenkins',
      repository: 'team/app/main',
      runId: '77',
      runAttempt: '1',
      buildNumber: '77',
      refName: 'main',
      changeId: '3',
      taskName: 'Build',
      runUrl: 'https://ci.example/job/team/77/'
    });
  });

  test('missing facts are named', () => {
    expect(() => ciContext({ GITHUB_RUN_ID: '1' })).toThrow(/GitHub Actions: GITHUB_REPOSITORY, GITHUB_SHA not set/);
    expect(() => ciContext({ JENKINS_URL: 'x', JOB_NAME: 'j' })).toThrow(/Jenkins: BUILD_NUMBER, GIT_COMMIT not set/);
    expect(() => ciContext({})).toThrow(ConfigurationError);
  });
});
