import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browsableRepositoryUrl, ciContext, ciResourceAttributes, ConfigurationError } from '@goldenthread/core';

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

  test("Jenkins' GIT_URL becomes the repository's https address; a local path has none", () => {
    const cases: Array<[string, string | undefined]> = [
      ['git@github.com:acme/shop.git', 'https://github.com/acme/shop'],
      ['git@GitHub.com:acme/shop', 'https://github.com/acme/shop'],
      ['ssh://git@git.example:2222/team/app.git', 'https://git.example/team/app'],
      ['git+ssh://git@git.example/team/app.git/', 'https://git.example/team/app'],
      ['git://git.example/team/app.git', 'https://git.example/team/app'],
      ['https://jenkins:s3cr3t@git.example:8443/team/app.git?x=1#y', 'https://git.example:8443/team/app'],
      ['http://git.internal/team/app.git', 'http://git.internal/team/app'],
      ['https://gitlab.example/group/sub/app.git', 'https://gitlab.example/group/sub/app'],
      ['/srv/git/app.git', undefined],
      ['file:///srv/git/app.git', undefined],
      ['C:\\repos\\app.git', undefined],
      ['../app', undefined],
      ['git@git.example:', undefined]
    ];
    for (const [clone, expected] of cases) expect([clone, browsableRepositoryUrl(clone)]).toEqual([clone, expected]);
    const ctx = ciContext({
      JOB_NAME: 'a/b',
      BUILD_NUMBER: '1',
      GIT_COMMIT: SHA,
      GIT_URL: 'https://u:tok@git.example/a/b.git'
    });
    expect(ctx.repositoryUrl).toBe('https://git.example/a/b');
    expect(JSON.stringify(ctx)).not.toContain('tok');
  });

  test('resource attributes: the CI entities, each whole or not at all', () => {
    const jenkins = ciContext({
      JENKINS_URL: 'https://ci.example/jenkins',
      JOB_NAME: 'team/app/main',
      BUILD_NUMBER: '77',
      BUILD_URL: 'https://ci.example/jenkins/job/team/77/',
      GIT_COMMIT: SHA,
      TAG_NAME: 'v1.2.0',
      BRANCH_NAME: 'v1.2.0',
      NODE_NAME: 'built-in',
      GIT_URL: 'git@git.example:team/app.git'
    });
    expect(ciResourceAttributes(jenkins)).toEqual({
      'cicd.pipeline.name': 'team/app/main',
      'cicd.pipeline.run.id': '77',
      'cicd.pipeline.run.url.full': 'https://ci.example/jenkins/job/team/77/',
      'cicd.worker.id': 'built-in',
      'cicd.worker.name': 'built-in',
      'cicd.worker.url.full': 'https://ci.example/jenkins/computer/(built-in)/',
      'vcs.repository.url.full': 'https://git.example/team/app',
      'vcs.repository.name': 'app',
      'vcs.ref.head.name': 'v1.2.0',
      'vcs.ref.head.revision': SHA,
      'vcs.ref.type': 'tag'
    });
    const bare = ciResourceAttributes(ciContext({ JOB_NAME: 'j', BUILD_NUMBER: '1', GIT_COMMIT: SHA }));
    expect(Object.keys(bare).sort()).toEqual(['cicd.pipeline.name', 'cicd.pipeline.run.id', 'vcs.ref.head.revision']);
  });
});
