import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize, isAbsolute, relative } from 'node:path';
import { ConfigurationError, ExpectedFailure, runner, TRAILER } from '@goldenthread/core';
import { cloneBranch, commitAndPush, openPullRequest, pathInside } from '@goldenthread/core/git';
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
  /** Budget of all git commands of the deploy (input git-timeout). */
  gitTimeoutMs: number;
  author: { name: string; email: string };
  environment?: string;
}

export interface GitopsResult extends EditResult {
  commit?: string;
  pullRequestUrl?: string;
}

export function commitMessage(target: GitopsTarget, deploy: DeployTarget, previousBuildId: string | undefined): string {
  const subject =
    target.commitMessage ?? `deploy ${deploy.buildId}${target.environment ? ` to ${target.environment}` : ''}`;
  const trailers = [
    `${TRAILER.buildId}: ${deploy.buildId}`,
    `${TRAILER.gitSha}: ${deploy.gitSha}`,
    `${TRAILER.traceId}: ${deploy.traceId}`,
    ...(previousBuildId ? [`${TRAILER.previousBuildId}: ${previousBuildId}`] : [])
  ];
  return `${subject}\n\nImage ${deploy.imageRef}\nBuild ${deploy.buildId}, commit ${deploy.gitSha}, trace ${deploy.traceId}.\n\n${trailers.join('\n')}\n`;
}

function edit(
  file: string,
  repoRoot: string,
  target: GitopsTarget,
  deploy: DeployTarget,
  annotations: Record<string, string>
): EditResult {
  const text = readFileSync(file, 'utf8');
  const select = { kind: target.kind, name: target.name, container: target.container };
  return isKustomization(text)
    ? editKustomization(text, file, repoRoot, deploy, select, annotations)
    : editManifest(text, deploy, select, annotations, target.path);
}

/**
 * Clone the manifests repo, edit the file, commit with trailers, and deliver: push to the
 * branch (rebasing onto whatever landed meanwhile, up to five times) or open a pull request.
 * Unchanged content makes no commit. git runs with argv arrays through simple-git.
 */
export async function deployToGitops(
  target: GitopsTarget,
  deploy: DeployTarget,
  annotations: Record<string, string>
): Promise<GitopsResult> {
  if (isAbsolute(target.path) || normalize(target.path).startsWith('..')) {
    throw new ConfigurationError(
      `Invalid input 'path': '${target.path}'. Expected a path inside the manifests repository.`
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'goldenthread-gitops-'));
  try {
    const git = await cloneBranch(target.repository, target.branch, dir, {
      token: target.token,
      timeoutMs: target.gitTimeoutMs,
      author: target.author
    });
    const where = () => {
      // Resolved (symlinks included) on every attempt: the new tip may have changed the file.
      const file = pathInside(dir, target.path, `Input 'path'`);
      if (!existsSync(file))
        throw new ConfigurationError(
          `Invalid input 'path': '${target.path}' does not exist on branch '${target.branch}' of ${target.repository}.`
        );
      return { file, inRepo: relative(realpathSync(dir), file) };
    };
    where();

    let result!: EditResult;
    const commitEdit = async (): Promise<boolean> => {
      const { file, inRepo } = where();
      result = edit(file, dir, target, deploy, annotations);
      if (!result.changed) return false;
      writeFileSync(file, result.text);
      await git.add(['--', inRepo]);
      await git.commit(commitMessage(target, deploy, result.previousBuildId));
      return true;
    };
    if (target.delivery === 'pull-request') {
      const before = (await git.revparse(['HEAD'])).trim();
      if (!(await commitEdit())) return unchanged(target, deploy, result);
      const commit = (await git.revparse(['HEAD'])).trim();
      if (commit === before)
        throw new ExpectedFailure(`the edit of '${target.path}' produced no commit; nothing was deployed.`);
      const pullRequestUrl = await openPullRequest(git, {
        repository: target.repository,
        token: target.token,
        base: target.branch,
        head: `goldenthread/deploy-${deploy.buildId}`,
        title: `Deploy ${deploy.buildId}${target.environment ? ` to ${target.environment}` : ''}`,
        body: `Pins \`${deploy.imageRef}\` (build \`${deploy.buildId}\`, commit \`${deploy.gitSha}\`, trace \`${deploy.traceId}\`).\n\nCommit ${commit}.`
      });
      return { ...result, commit, pullRequestUrl };
    }
    // Redone on the new tip when the branch moved: the file may have changed there.
    const commit = await commitAndPush(git, target.branch, commitEdit);
    return commit ? { ...result, commit } : unchanged(target, deploy, result);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unchanged(target: GitopsTarget, deploy: DeployTarget, result: EditResult): GitopsResult {
  runner.info(`${target.path} already pins ${deploy.imageRef} for build ${deploy.buildId}; no commit.`);
  return result;
}
