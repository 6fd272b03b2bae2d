import { childProcess } from './builtins.js';
import { readFileSync } from 'node:fs';
import { ConfigurationError } from './errors.js';
import type { RunKey } from './ids.js';
import {
  ATTR_CICD_PIPELINE_NAME,
  ATTR_CICD_PIPELINE_RUN_ID,
  ATTR_CICD_PIPELINE_RUN_URL_FULL,
  ATTR_CICD_WORKER_ID,
  ATTR_CICD_WORKER_NAME,
  ATTR_CICD_WORKER_URL_FULL,
  ATTR_VCS_REF_HEAD_NAME,
  ATTR_VCS_REF_HEAD_REVISION,
  ATTR_VCS_REF_TYPE,
  ATTR_VCS_REPOSITORY_NAME,
  ATTR_VCS_REPOSITORY_URL_FULL
} from './semconv.js';

export type CiSystem = 'github' | 'jenkins';

/** The CI facts every action needs, whichever system runs it (docs/design.md §5). */
export interface CiContext extends RunKey {
  system: CiSystem;
  /** Pipeline name: the GitHub workflow, or the Jenkins job (`team/app/main`). */
  pipelineName: string;
  /** Job (GitHub job id) or Jenkins job name; used for the build id's `<safe-job>`. */
  jobName: string;
  /** The job or stage this step runs in (GITHUB_JOB; Jenkins STAGE_NAME). */
  taskName: string;
  buildNumber: string;
  /** The commit being built. */
  sha: string;
  /** The commit a person pushed: a pull request's head, else `sha`. Statuses go here. */
  headSha: string;
  refName: string;
  /** Whether `refName` is a branch or a tag, where the CI system says. */
  refType?: 'branch' | 'tag';
  /** Pull request / change number when the run is for one. */
  changeId?: string;
  actor?: string;
  runUrl?: string;
  /** The repository's https address (credentials and `.git` removed); none for a local path. */
  repositoryUrl?: string;
  /** GitHub's API base (GITHUB_API_URL) where known. */
  apiUrl?: string;
  runnerName?: string;
  /** The machine running this step (GitHub runner, Jenkins node), for `cicd.worker.*`. */
  worker?: { id: string; name: string; url?: string };
}

type Env = Record<string, string | undefined>;

function required(env: Env, names: readonly string[], system: string): Record<string, string> {
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0) {
    throw new ConfigurationError(
      `Missing CI context for ${system}: ${missing.join(', ')} not set. ` +
        `Run inside GitHub Actions or Jenkins, or set these variables yourself.`
    );
  }
  return Object.fromEntries(names.map((name) => [name, env[name] as string]));
}

/** The parts of the webhook payload GitHub writes to GITHUB_EVENT_PATH that are read here. */
interface GithubEvent {
  pull_request?: { number?: number; head?: { sha?: string } };
}

function readEvent(path: string | undefined): GithubEvent {
  if (!path) return {};
  try {
    const event: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return typeof event === 'object' && event !== null ? event : {};
  } catch {
    return {};
  }
}

function githubContext(env: Env): CiContext {
  const v = required(env, ['GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_SHA'], 'GitHub Actions');
  const event = readEvent(env.GITHUB_EVENT_PATH);
  const pullRequest = event.pull_request;
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const attempt = env.GITHUB_RUN_ATTEMPT || '1';
  const repoUrl = `${server}/${v.GITHUB_REPOSITORY}`;
  return {
    system: 'github',
    repository: v.GITHUB_REPOSITORY,
    runId: v.GITHUB_RUN_ID,
    runAttempt: attempt,
    pipelineName: env.GITHUB_WORKFLOW || 'ci',
    jobName: env.GITHUB_WORKFLOW || env.GITHUB_JOB || 'ci',
    taskName: env.GITHUB_JOB || 'job',
    buildNumber: env.GITHUB_RUN_NUMBER || v.GITHUB_RUN_ID,
    sha: v.GITHUB_SHA,
    headSha: pullRequest?.head?.sha || v.GITHUB_SHA,
    refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
    refType: env.GITHUB_HEAD_REF ? 'branch' : refType(env.GITHUB_REF_TYPE),
    changeId: pullRequest?.number !== undefined ? String(pullRequest.number) : undefined,
    actor: env.GITHUB_ACTOR,
    runUrl: `${repoUrl}/actions/runs/${v.GITHUB_RUN_ID}/attempts/${attempt}`,
    repositoryUrl: repoUrl,
    apiUrl: env.GITHUB_API_URL,
    runnerName: env.RUNNER_NAME,
    // A runner's name is unique among the runners of its repository or organisation.
    worker: env.RUNNER_NAME ? { id: env.RUNNER_NAME, name: env.RUNNER_NAME } : undefined
  };
}

/**
 * The commit a Jenkins build is on: GIT_COMMIT from the Git plugin's checkout, else HEAD of
 * WORKSPACE (a build without `checkout scm`). git runs bounded, without the GIT_* variables
 * Jenkins sets (GIT_DIR and the like would point it elsewhere).
 */
function jenkinsSha(env: Env): string | undefined {
  if (env.GIT_COMMIT || !env.WORKSPACE) return env.GIT_COMMIT;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_')));
  try {
    const out = childProcess()
      .execFileSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
        cwd: env.WORKSPACE,
        env: clean,
        encoding: 'utf8',
        timeout: 10_000,
        stdio: ['ignore', 'pipe', 'ignore']
      })
      .trim();
    return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Jenkins has no run attempts (a replay is a new build number), so the run key is
 * (JOB_NAME, BUILD_NUMBER, 1). The sha is GIT_COMMIT, or the workspace's HEAD.
 */
function jenkinsContext(env: Env): CiContext {
  const sha = jenkinsSha(env);
  const v = required({ ...env, GIT_COMMIT: sha }, ['JOB_NAME', 'BUILD_NUMBER', 'GIT_COMMIT'], 'Jenkins');
  return {
    system: 'jenkins',
    repository: v.JOB_NAME,
    runId: v.BUILD_NUMBER,
    runAttempt: '1',
    pipelineName: v.JOB_NAME,
    jobName: v.JOB_NAME,
    taskName: env.STAGE_NAME || v.JOB_NAME,
    buildNumber: v.BUILD_NUMBER,
    sha: v.GIT_COMMIT,
    headSha: v.GIT_COMMIT,
    refName: env.TAG_NAME || env.BRANCH_NAME || env.GIT_BRANCH || '',
    refType: env.TAG_NAME ? 'tag' : env.BRANCH_NAME ? 'branch' : undefined,
    changeId: env.CHANGE_ID || undefined,
    actor: env.CHANGE_AUTHOR || env.BUILD_USER_ID,
    runUrl: env.BUILD_URL,
    repositoryUrl: env.GIT_URL ? browsableRepositoryUrl(env.GIT_URL) : undefined,
    worker: jenkinsWorker(env)
  };
}

function refType(value: string | undefined): 'branch' | 'tag' | undefined {
  return value === 'branch' || value === 'tag' ? value : undefined;
}

/**
 * The node a Jenkins step runs on (NODE_NAME) and its page: JENKINS_URL/computer/<name>/, the
 * built-in node's page being computer/(built-in)/.
 */
function jenkinsWorker(env: Env): CiContext['worker'] {
  const name = env.NODE_NAME;
  if (!name) return undefined;
  const base = env.JENKINS_URL ? env.JENKINS_URL.replace(/\/*$/, '/') : undefined;
  const page = name === 'built-in' || name === 'master' ? `(${name})` : encodeURIComponent(name);
  return { id: name, name, url: base ? `${base}computer/${page}/` : undefined };
}

/**
 * A clone URL as the https address a browser opens, which is what `vcs.repository.url.full`
 * holds (semconv v1.44.0 model/vcs/registry.yaml: "the canonical URL … through a browser", without
 * `.git`). scp-style `git@host:org/repo.git`, `ssh://`, `git+ssh://` and `git://` become https on
 * the same host (their port is ssh's or git's, not the web's, so it is dropped); http(s) keep
 * theirs; credentials, query and fragment go. A local path or file:// URL has no such address:
 * undefined.
 */
export function browsableRepositoryUrl(cloneUrl: string): string | undefined {
  const text = cloneUrl.trim();
  const scp = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s]+)$/.exec(text);
  let host: string;
  let path: string;
  let scheme = 'https:';
  if (scp && !/^[A-Za-z]:[\\/]/.test(text)) {
    [, host, path] = scp;
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (['http:', 'https:'].includes(url.protocol)) {
      scheme = url.protocol;
      host = url.host;
    } else if (['ssh:', 'git+ssh:', 'ssh+git:', 'git:'].includes(url.protocol)) {
      host = url.hostname;
    } else {
      return undefined;
    }
    path = url.pathname;
  }
  if (!host) return undefined;
  const cleanPath = path
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  if (cleanPath === '') return undefined;
  return `${scheme}//${host.toLowerCase()}/${cleanPath}`;
}

export function detectCiSystem(env: Env = process.env): CiSystem {
  if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID) return 'github';
  if (env.JENKINS_URL || (env.JOB_NAME && env.BUILD_NUMBER)) return 'jenkins';
  throw new ConfigurationError(
    'Cannot tell which CI system this is. Set the GitHub variables (GITHUB_REPOSITORY, ' +
      'GITHUB_RUN_ID, GITHUB_SHA) or the Jenkins ones (JOB_NAME, BUILD_NUMBER, GIT_COMMIT).'
  );
}

export function ciContext(env: Env = process.env): CiContext {
  return detectCiSystem(env) === 'github' ? githubContext(env) : jenkinsContext(env);
}

/**
 * The entities a CI span belongs to, as resource attributes (semconv v1.44.0
 * model/cicd/entities.yaml: cicd.pipeline, cicd.pipeline.run, cicd.worker; model/vcs/entities.yaml:
 * vcs.repository, vcs.ref). An entity whose identifying attribute is unknown is left out whole.
 */
export function ciResourceAttributes(ctx: CiContext): Record<string, string> {
  const attributes: Record<string, string | undefined> = {
    [ATTR_CICD_PIPELINE_NAME]: ctx.pipelineName,
    [ATTR_CICD_PIPELINE_RUN_ID]: ctx.runId,
    [ATTR_CICD_PIPELINE_RUN_URL_FULL]: ctx.runUrl,
    [ATTR_VCS_REF_HEAD_REVISION]: ctx.sha,
    [ATTR_VCS_REF_HEAD_NAME]: ctx.refName || undefined,
    [ATTR_VCS_REF_TYPE]: ctx.refType
  };
  if (ctx.worker) {
    attributes[ATTR_CICD_WORKER_ID] = ctx.worker.id;
    attributes[ATTR_CICD_WORKER_NAME] = ctx.worker.name;
    attributes[ATTR_CICD_WORKER_URL_FULL] = ctx.worker.url;
  }
  if (ctx.repositoryUrl) {
    attributes[ATTR_VCS_REPOSITORY_URL_FULL] = ctx.repositoryUrl;
    attributes[ATTR_VCS_REPOSITORY_NAME] = ctx.repositoryUrl.split('/').pop();
  }
  return Object.fromEntries(Object.entries(attributes).filter(([, v]) => v)) as Record<string, string>;
}
