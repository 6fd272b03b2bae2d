import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigurationError, ExpectedFailure, errorMessage, TimeoutFailure } from './errors.js';
import { githubClient, ownerRepo } from './github.js';
import { untrusted } from './redact.js';
import * as runner from './runner-commands.js';

/**
 * git for the GitOps paths (deploy, revert), through simple-git: argv arrays, no shell.
 *
 * The environment is clean: every inherited `GIT_*` variable is dropped. Jenkins' Git plugin
 * sets GIT_COMMIT, GIT_URL, GIT_BRANCH… in every build that ran `checkout scm`; simple-git
 * refuses to run with them (its environment guard), and git itself would obey GIT_DIR or
 * GIT_WORK_TREE from a caller. Only what we set on purpose goes in: no password prompt, a token
 * as an http.extraheader through GIT_CONFIG_* (in env, never in argv or a URL, as
 * actions/checkout keeps it out of process listings), and HTTP low-speed limits.
 */
const OUR_GIT_VARIABLES = [
  'GIT_TERMINAL_PROMPT',
  'GIT_CONFIG_COUNT',
  ...[0, 1, 2].flatMap((i) => [`GIT_CONFIG_KEY_${i}`, `GIT_CONFIG_VALUE_${i}`])
];

export const MAX_PUSH_ATTEMPTS = 5;
/** Default budget for one step's git work (clone, fetches, pushes); inputs `git-timeout`. */
export const DEFAULT_GIT_TIMEOUT = '120s';
/** git over HTTP gives up when under 1 KB/s for this long (a remote that stopped answering). */
const LOW_SPEED_SECONDS = 20;

/** Besides GIT_*, the variables git would run a program from; simple-git refuses them too. */
const PROGRAM_VARIABLES = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);

export function gitEnv(token: string | undefined, env = process.env): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const upper = name.toUpperCase();
    if (value !== undefined && !upper.startsWith('GIT_') && !PROGRAM_VARIABLES.has(upper)) clean[name] = value;
  }
  const config: Array<[string, string]> = [
    ['http.lowSpeedLimit', '1000'],
    ['http.lowSpeedTime', String(LOW_SPEED_SECONDS)]
  ];
  if (token) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
    config.push(['http.extraheader', `AUTHORIZATION: basic ${basic}`]);
  }
  clean.GIT_TERMINAL_PROMPT = '0';
  clean.GIT_CONFIG_COUNT = String(config.length);
  config.forEach(([key, value], i) => {
    clean[`GIT_CONFIG_KEY_${i}`] = key;
    clean[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return clean;
}

/** The checked-out workspace: GitHub's GITHUB_WORKSPACE, Jenkins' WORKSPACE, else here. */
export function workspaceDir(env = process.env): string {
  return env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd();
}

export interface GitSession {
  token?: string;
  /** Overall budget of this session's git commands; the error names `timeoutInput`. */
  timeoutMs: number;
  timeoutInput?: string;
}

async function openGit(dir: string | undefined, session: GitSession) {
  const { simpleGit } = await import('simple-git');
  const options = {
    allowEnvironment: OUR_GIT_VARIABLES,
    unsafe: { allowUnsafeConfigEnvCount: true },
    abort: AbortSignal.timeout(session.timeoutMs)
  };
  const git = dir ? simpleGit(dir, options) : simpleGit(options);
  return git.env(gitEnv(session.token));
}

/** simple-git's words when the session's AbortSignal.timeout stopped git. */
function timedOut(error: unknown, session?: GitSession): boolean {
  const text = errorMessage(error);
  return session !== undefined && /abort/i.test(text) && /signal/i.test(text);
}

/** A failed git command as the step's failure: a TimeoutFailure when git-timeout ran out. */
function gitFailure(what: string, error: unknown, session?: GitSession): ExpectedFailure {
  const message = `${what}: ${gitReason(error, session)}`;
  return timedOut(error, session) ? new TimeoutFailure(message) : new ExpectedFailure(message);
}

/** git's own words, redacted, bounded and unable to start a workflow command. */
export function gitReason(error: unknown, session?: GitSession): string {
  const text = errorMessage(error).trim();
  if (session && timedOut(error, session)) {
    return `no answer within ${session.timeoutMs / 1000} s (raise input '${session.timeoutInput ?? 'git-timeout'}' if the remote is just slow)`;
  }
  return untrusted(text.replace(/\n+/g, ' | '), 600);
}

/** owner/repo on this GitHub server, else the clone URL or path as given. */
export function cloneUrl(repository: string, env = process.env): string {
  if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) && !existsSync(repository)) {
    return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${repository}.git`;
  }
  return repository;
}

/** Clone one branch into `dir` and set the commit identity. */
export async function cloneBranch(
  repository: string,
  branch: string,
  dir: string,
  options: GitSession & { author: { name: string; email: string } }
) {
  try {
    await (
      await openGit(undefined, options)
    ).clone(cloneUrl(repository), dir, ['--branch', branch, '--single-branch', '--']);
  } catch (error) {
    throw gitFailure(`cannot clone branch '${branch}' of ${repository}`, error, options);
  }
  const git = await openGit(dir, options);
  await git.addConfig('user.name', options.author.name).addConfig('user.email', options.author.email);
  const session: GitSession = options;
  return Object.assign(git, { session });
}

export type Git = Awaited<ReturnType<typeof cloneBranch>>;

/**
 * A path inside a checked-out repository, resolved through symlinks, that must stay inside it
 * (a committed symlink or `../..` must not reach the runner's files). `what` names the input.
 */
export function pathInside(root: string, path: string, what: string): string {
  const realRoot = realpathSync(root);
  const candidate = resolve(realRoot, path);
  let real: string;
  try {
    real = realpathSync(candidate);
  } catch {
    real = candidate; // does not exist (yet): judged by its lexical place
  }
  const rel = relative(realRoot, real);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
    throw new ConfigurationError(
      `${what}: '${path}' leads outside the repository (to ${real === candidate ? 'a path' : 'a symlink target'} outside it). Expected a file inside the repository.`
    );
  }
  return real;
}

/** A push git refused because the branch moved (the only refusal worth retrying). */
function isNonFastForward(text: string): boolean {
  // "(fetch first)" / "(non-fast-forward)": git saw the tip move; "cannot lock ref … but expected":
  // the server's own ref update lost a race. A declining hook or a permission error is final.
  if (/hook declined|permission|denied|protected branch/i.test(text)) return false;
  return /\((fetch first|non-fast-forward|stale info)\)|cannot lock ref|failed to update ref/i.test(text);
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Make a commit on the branch tip and push it. When the branch moved meanwhile (a
 * non-fast-forward rejection, nothing else), reset to the new tip and let `commit` redo its
 * change there (it may decide nothing is left to do), up to MAX_PUSH_ATTEMPTS times with
 * backoff and jitter. A commit that changed nothing is an error, never a reported deploy.
 * Returns the pushed commit, or undefined when none was needed.
 */
export async function commitAndPush(
  git: Git,
  branch: string,
  commit: () => Promise<boolean>
): Promise<string | undefined> {
  for (let attempt = 1; ; attempt++) {
    const before = (await git.revparse(['HEAD'])).trim();
    if (!(await commit())) return undefined;
    const sha = (await git.revparse(['HEAD'])).trim();
    if (sha === before)
      throw new ExpectedFailure(`the change to '${branch}' produced no commit; nothing was deployed.`);
    try {
      await git.push('origin', `HEAD:${branch}`);
      return sha;
    } catch (error) {
      const reason = gitReason(error, git.session);
      if (!isNonFastForward(errorMessage(error))) throw gitFailure(`push to '${branch}' refused`, error, git.session);
      if (attempt >= MAX_PUSH_ATTEMPTS)
        throw new ExpectedFailure(`push to '${branch}' still rejected after ${attempt} attempts: ${reason}`);
      runner.info(
        `'${branch}' moved while we committed; redoing the change on top of it (attempt ${attempt + 1} of ${MAX_PUSH_ATTEMPTS}).`
      );
      await pause(Math.random() * 250 * 2 ** attempt);
      try {
        await git.fetch('origin', branch);
      } catch (fetchError) {
        throw gitFailure(`cannot fetch '${branch}' again`, fetchError, git.session);
      }
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
  const names = ownerRepo(pr.repository);
  if (!pr.token || !names) {
    throw new ConfigurationError(
      "A pull request needs input 'token' and 'repository' as owner/repo (or a GitHub URL)."
    );
  }
  try {
    await git.push('origin', `HEAD:refs/heads/${pr.head}`, ['--force']);
  } catch (error) {
    throw gitFailure(`push of '${pr.head}' refused`, error, git.session);
  }
  const octokit = await githubClient(pr.token);
  const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
    ...names,
    title: pr.title,
    head: pr.head,
    base: pr.base,
    body: pr.body
  });
  return (response.data as { html_url: string }).html_url;
}

/** `git show -s --format=<format> <sha>` in the workspace; empty when git cannot tell. */
export async function showCommit(sha: string, format: string, env = process.env): Promise<string> {
  try {
    const git = await openGit(workspaceDir(env), { timeoutMs: 10_000 });
    return (await git.raw(['show', '-s', `--format=${format}`, '--end-of-options', sha, '--'])).trim();
  } catch {
    return '';
  }
}
