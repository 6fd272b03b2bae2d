import { existsSync } from 'node:fs';
import { ConfigurationError, ExpectedFailure, errorMessage } from './errors.js';
import * as runner from './runner-commands.js';

/**
 * git for the GitOps paths (deploy, revert), through simple-git: argv arrays, no shell.
 * simple-git refuses git variables it was not told about; these are set on purpose — no
 * password prompt, and a token as an http.extraheader through GIT_CONFIG_* (in env, never in
 * argv or a URL, as actions/checkout keeps it out of process listings).
 */
const GIT_OPTIONS = {
  allowEnvironment: ['GIT_TERMINAL_PROMPT', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0'],
  unsafe: { allowUnsafeConfigEnvCount: true }
};

export const MAX_PUSH_ATTEMPTS = 5;

function gitEnv(token: string | undefined): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  if (token) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` });
  }
  return env;
}

/** owner/repo on this GitHub server, else the clone URL or path as given. */
export function cloneUrl(repository: string, env = process.env): string {
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) && !existsSync(repository)) {
    return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${repository}.git`;
  }
  return repository;
}

/** Clone one branch into `dir` and set the commit identity. */
export async function cloneBranch(repository: string, branch: string, dir: string, options: { token?: string; author: { name: string; email: string } }) {
  const { simpleGit } = await import('simple-git');
  const env = gitEnv(options.token);
  try {
    await simpleGit(GIT_OPTIONS).env(env).clone(cloneUrl(repository), dir, ['--branch', branch, '--single-branch']);
  } catch (error) {
    throw new ExpectedFailure(`cannot clone branch '${branch}' of ${repository}: ${errorMessage(error).split('\n')[0]}`);
  }
  const git = simpleGit(dir, GIT_OPTIONS).env(env);
  await git.addConfig('user.name', options.author.name).addConfig('user.email', options.author.email);
  return git;
}

export type Git = Awaited<ReturnType<typeof cloneBranch>>;

/**
 * Make a commit on the branch tip and push it. When the branch moved meanwhile, reset to the
 * new tip and let `commit` redo its change there (it may decide nothing is left to do), up
 * to MAX_PUSH_ATTEMPTS times. Returns the pushed commit, or undefined when none was needed.
 */
export async function commitAndPush(git: Git, branch: string, commit: () => Promise<boolean>): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    if (!(await commit())) return undefined;
    const sha = (await git.revparse(['HEAD'])).trim();
    try {
      await git.push('origin', `HEAD:${branch}`);
      return sha;
    } catch (error) {
      if (attempt >= MAX_PUSH_ATTEMPTS) throw new ExpectedFailure(`push to '${branch}' still rejected after ${attempt} attempts: ${errorMessage(error).split('\n')[0]}`);
      runner.info(`'${branch}' moved while we committed; redoing the change on top of it (attempt ${attempt + 1} of ${MAX_PUSH_ATTEMPTS}).`);
      await git.fetch('origin', branch);
      await git.reset(['--hard', `origin/${branch}`]);
    }
  }
}

/**
 * Push HEAD to `head` and open a pull request against `base` (GitHub REST
 * POST /repos/{owner}/{repo}/pulls). `repository` must name owner/repo (or a URL ending so).
 */
export async function openPullRequest(
  git: Git,
  pr: { repository: string; token?: string; base: string; head: string; title: string; body: string }
): Promise<string> {
  const match = /([^/:]+)\/([^/]+?)(?:\.git)?$/.exec(pr.repository);
  if (!pr.token || !match) {
    throw new ConfigurationError("A pull request needs input 'token' and 'repository' as owner/repo (or a GitHub URL).");
  }
  await git.push('origin', `HEAD:refs/heads/${pr.head}`, ['--force']);
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(pr.token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
  const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner: match[1], repo: match[2], title: pr.title, head: pr.head, base: pr.base, body: pr.body });
  return (response.data as { html_url: string }).html_url;
}
