import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, isAbsolute } from 'node:path';
import { ConfigurationError, ExpectedFailure, errorMessage, runner } from '@goldenthread/core';
import { editKustomization, editManifest, isKustomization, type EditResult } from './manifest-edit.js';
import type { DeployTarget } from './target.js';

export interface GitopsTarget {
  /** Clone URL, local path, or owner/repo on the GitHub server. */
  repository: string;
  branch: string;
  path: string;
  kind: string;
  name?: string;
  container?: string;
  commitMessage?: string;
  /** push: commit to `branch`; pull-request: push a branch and open a PR against it. */
  delivery: 'push' | 'pull-request';
  token?: string;
  author: { name: string; email: string };
  environment?: string;
}

export interface GitopsResult extends EditResult {
  commit?: string;
  pullRequestUrl?: string;
}

const MAX_PUSH_ATTEMPTS = 5;
/**
 * simple-git refuses git variables it was not told about. We set these on purpose: no
 * password prompt, and the token as an http.extraheader through GIT_CONFIG_* — in env,
 * never in argv or a URL, as actions/checkout keeps it out of process listings.
 */
const GIT_OPTIONS = {
  allowEnvironment: ['GIT_TERMINAL_PROMPT', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0'],
  unsafe: { allowUnsafeConfigEnvCount: true }
};

/** Trailers rollback-notify reads back (git interpret-trailers format: the last paragraph). */
export const TRAILER = {
  buildId: 'Goldenthread-Build-Id',
  gitSha: 'Goldenthread-Git-Sha',
  traceId: 'Goldenthread-Trace-Id',
  previousBuildId: 'Goldenthread-Previous-Build-Id'
} as const;

export function cloneUrl(repository: string, env = process.env): string {
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) && !existsSync(repository)) {
    return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${repository}.git`;
  }
  return repository;
}

export function commitMessage(target: GitopsTarget, deploy: DeployTarget, previousBuildId: string | undefined): string {
  const subject = target.commitMessage ?? `deploy ${deploy.buildId}${target.environment ? ` to ${target.environment}` : ''}`;
  const trailers = [
    `${TRAILER.buildId}: ${deploy.buildId}`,
    `${TRAILER.gitSha}: ${deploy.gitSha}`,
    `${TRAILER.traceId}: ${deploy.traceId}`,
    ...(previousBuildId ? [`${TRAILER.previousBuildId}: ${previousBuildId}`] : [])
  ];
  return `${subject}\n\nImage ${deploy.imageRef}\nBuild ${deploy.buildId}, commit ${deploy.gitSha}, trace ${deploy.traceId}.\n\n${trailers.join('\n')}\n`;
}

/** Token auth without putting the token in argv or a URL: git reads config from env (git ≥ 2.31). */
function authEnv(token: string | undefined): Record<string, string> {
  if (!token) return {};
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
}

function edit(file: string, target: GitopsTarget, deploy: DeployTarget, annotations: Record<string, string>): EditResult {
  const text = readFileSync(file, 'utf8');
  const select = { kind: target.kind, name: target.name, container: target.container };
  return isKustomization(text) ? editKustomization(text, file, deploy, select, annotations) : editManifest(text, deploy, select, annotations, target.path);
}

/**
 * Clone the manifests repo, edit the file, commit with trailers, and deliver: push to the
 * branch (rebasing onto whatever landed meanwhile, up to five times) or open a pull request.
 * Unchanged content makes no commit. git runs with argv arrays through simple-git.
 */
export async function deployToGitops(target: GitopsTarget, deploy: DeployTarget, annotations: Record<string, string>): Promise<GitopsResult> {
  const { simpleGit } = await import('simple-git');
  if (isAbsolute(target.path) || normalize(target.path).startsWith('..')) {
    throw new ConfigurationError(`Invalid input 'path': '${target.path}'. Expected a path inside the manifests repository.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'goldenthread-gitops-'));
  const env = { ...process.env, ...authEnv(target.token), GIT_TERMINAL_PROMPT: '0' };
  try {
    const url = cloneUrl(target.repository);
    try {
      await simpleGit(GIT_OPTIONS).env(env).clone(url, dir, ['--branch', target.branch, '--single-branch']);
    } catch (error) {
      throw new ExpectedFailure(`cannot clone branch '${target.branch}' of ${target.repository}: ${errorMessage(error).split('\n')[0]}`);
    }
    const git = simpleGit(dir, GIT_OPTIONS).env(env);
    await git.addConfig('user.name', target.author.name).addConfig('user.email', target.author.email);
    const file = join(dir, target.path);
    if (!existsSync(file)) throw new ConfigurationError(`Invalid input 'path': '${target.path}' does not exist on branch '${target.branch}' of ${target.repository}.`);

    for (let attempt = 1; ; attempt++) {
      const result = edit(file, target, deploy, annotations);
      if (!result.changed) {
        runner.info(`${target.path} already pins ${deploy.imageRef} for build ${deploy.buildId}; no commit.`);
        return result;
      }
      writeFileSync(file, result.text);
      await git.add(target.path);
      await git.commit(commitMessage(target, deploy, result.previousBuildId));
      const commit = (await git.revparse(['HEAD'])).trim();

      if (target.delivery === 'pull-request') {
        return { ...result, commit, ...(await openPullRequest(git, target, deploy, commit)) };
      }
      try {
        await git.push('origin', `HEAD:${target.branch}`);
        return { ...result, commit };
      } catch (error) {
        if (attempt >= MAX_PUSH_ATTEMPTS) throw new ExpectedFailure(`push to '${target.branch}' still rejected after ${attempt} attempts: ${errorMessage(error).split('\n')[0]}`);
        runner.info(`'${target.branch}' moved while we committed; redoing the edit on top of it (attempt ${attempt + 1} of ${MAX_PUSH_ATTEMPTS}).`);
        // Redo the edit on the new tip rather than rebasing text: the file may have changed there.
        await git.fetch('origin', target.branch);
        await git.reset(['--hard', `origin/${target.branch}`]);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openPullRequest(git: import('simple-git').SimpleGit, target: GitopsTarget, deploy: DeployTarget, commit: string): Promise<{ pullRequestUrl: string }> {
  const match = /([^/:]+)\/([^/]+?)(?:\.git)?$/.exec(target.repository);
  if (!target.token || !match) {
    throw new ConfigurationError("delivery 'pull-request' needs input 'token' and 'repository' as owner/repo (or a GitHub URL).");
  }
  const head = `goldenthread/deploy-${deploy.buildId}`;
  await git.push('origin', `HEAD:refs/heads/${head}`, ['--force']);
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(target.token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
  const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
    owner: match[1],
    repo: match[2],
    title: `Deploy ${deploy.buildId}${target.environment ? ` to ${target.environment}` : ''}`,
    head,
    base: target.branch,
    body: `Pins \`${deploy.imageRef}\` (build \`${deploy.buildId}\`, commit \`${deploy.gitSha}\`, trace \`${deploy.traceId}\`).\n\nCommit ${commit}.`
  });
  return { pullRequestUrl: (response.data as { html_url: string }).html_url };
}
