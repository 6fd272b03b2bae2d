import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExpectedFailure, errorMessage, NOTES_REF, runner, TRAILER } from '@goldenthread/core';
import type { RollbackOutcome } from './outcome.js';
import { cloneBranch, commitAndPush, openPullRequest, type Git } from '@goldenthread/core/git';

export interface RevertTarget {
  repository: string;
  branch: string;
  /** Open the revert as a pull request instead of pushing it to `branch`. */
  pullRequest: boolean;
  token?: string;
  /** Budget of all git commands of the revert (input git-timeout). */
  gitTimeoutMs: number;
  author: { name: string; email: string };
}

export type RevertResult = RollbackOutcome;

interface LogEntry {
  sha: string;
  trailers: Record<string, string>;
}

function trailersOf(body: string): Record<string, string> {
  const last =
    body
      .trim()
      .split(/\n\s*\n/)
      .pop() ?? '';
  return Object.fromEntries(
    last
      .split('\n')
      .map((line) => /^([A-Za-z0-9-]+):\s*(.+)$/.exec(line.trim()))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], m[2]])
  );
}

async function history(git: Git): Promise<LogEntry[]> {
  const raw = await git.raw(['log', '--format=%H%x00%B%x1e', 'HEAD']);
  return raw
    .split('\x1e')
    .map((record) => record.trim())
    .filter(Boolean)
    .map((record) => {
      const [sha, body] = record.split('\x00');
      return { sha, trailers: trailersOf(body ?? '') };
    });
}

/**
 * What the branch says about `buildId`, newest first: reverted already (a revert names it),
 * superseded (a newer deploy names another build), or its deploy commit.
 */
function stateOf(
  log: LogEntry[],
  buildId: string
):
  | { kind: 'reverted'; entry: LogEntry }
  | { kind: 'superseded'; by: string }
  | { kind: 'deployed'; entry: LogEntry }
  | { kind: 'absent' } {
  for (const entry of log) {
    if (entry.trailers[TRAILER.reverts] === buildId) return { kind: 'reverted', entry };
    const deployed = entry.trailers[TRAILER.buildId];
    if (deployed === undefined) continue;
    return deployed === buildId ? { kind: 'deployed', entry } : { kind: 'superseded', by: deployed };
  }
  return { kind: 'absent' };
}

async function hasNote(git: Git, sha: string): Promise<boolean> {
  try {
    await git.raw(['notes', `--ref=${NOTES_REF}`, 'show', sha]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Revert the deploy commit of `buildId` on the manifests branch, once: the revert carries
 * Goldenthread-Reverts-Build-Id, and a git note on it (refs/notes/goldenthread) records that
 * people were told. When the branch moved, the state is read again on the new tip.
 */
export async function revertDeploy(target: RevertTarget, buildId: string, dryRun: boolean): Promise<RevertResult> {
  const dir = mkdtempSync(join(tmpdir(), 'goldenthread-revert-'));
  let git: Git | undefined;
  const markNotified = async () => {
    if (!git || !result.commit) return;
    try {
      await git.raw(['notes', `--ref=${NOTES_REF}`, 'add', '-f', '-m', `notified: ${buildId}`, result.commit]);
      await git.push('origin', `${NOTES_REF}:${NOTES_REF}`, ['--force']);
    } catch (error) {
      runner.warning(
        `Could not record the notification as a git note (${errorMessage(error).split('\n')[0]}); a re-run may notify again.`
      );
    }
  };
  let result: RevertResult = { taken: 'none', alreadyNotified: false, message: '', markNotified };
  try {
    git = await cloneBranch(target.repository, target.branch, dir, {
      token: target.token,
      timeoutMs: target.gitTimeoutMs,
      author: target.author
    });
    await git.fetch('origin', `+${NOTES_REF}:${NOTES_REF}`).catch(() => undefined); // no notes yet is fine
    const revertOnce = async () => {
      const state = stateOf(await history(git!), buildId);
      if (state.kind === 'reverted') {
        result = {
          ...result,
          taken: 'none',
          commit: state.entry.sha,
          previousBuildId: state.entry.trailers[TRAILER.buildId],
          alreadyNotified: await hasNote(git!, state.entry.sha),
          message: `build ${buildId} was already reverted in ${state.entry.sha.slice(0, 7)}; nothing to do.`
        };
        return false;
      }
      if (state.kind === 'superseded') {
        result = {
          ...result,
          taken: 'none',
          previousBuildId: state.by,
          alreadyNotified: true,
          message: `${target.branch} now deploys build ${state.by}, not ${buildId}; left alone.`
        };
        return false;
      }
      if (state.kind === 'absent') {
        throw new ExpectedFailure(
          `no deploy commit of build ${buildId} (trailer ${TRAILER.buildId}) on '${target.branch}' of ${target.repository}.`
        );
      }
      const previousBuildId = state.entry.trailers[TRAILER.previousBuildId];
      if (dryRun) {
        result = {
          ...result,
          previousBuildId,
          message: `dry run: would revert ${state.entry.sha.slice(0, 7)} (deploy of ${buildId}).`
        };
        return false;
      }
      try {
        await git!.raw(['revert', '--no-commit', state.entry.sha]);
      } catch (error) {
        await git!.raw(['revert', '--abort']).catch(() => undefined);
        throw new ExpectedFailure(
          `cannot revert ${state.entry.sha.slice(0, 7)} cleanly on '${target.branch}' (later commits changed the same lines): ${errorMessage(error).split('\n')[0]}. Revert it by hand.`
        );
      }
      const trailers = [
        `${TRAILER.reverts}: ${buildId}`,
        ...(previousBuildId ? [`${TRAILER.buildId}: ${previousBuildId}`] : [])
      ];
      await git!.commit(
        `Revert deploy of ${buildId}\n\nThis reverts commit ${state.entry.sha}: build ${buildId} failed its gate.\n\n${trailers.join('\n')}\n`
      );
      result = {
        ...result,
        taken: 'revert',
        previousBuildId,
        message: `reverted ${state.entry.sha.slice(0, 7)} (deploy of ${buildId}) on '${target.branch}'.`
      };
      return true;
    };
    if (target.pullRequest) {
      if (await revertOnce()) {
        result.commit = (await git.revparse(['HEAD'])).trim();
        result.pullRequestUrl = await openPullRequest(git, {
          repository: target.repository,
          token: target.token,
          base: target.branch,
          head: `goldenthread/revert-${buildId}`,
          title: `Revert deploy of ${buildId}`,
          body: `${result.message}\n\nRevert commit ${result.commit}.`
        });
        result.message = `opened ${result.pullRequestUrl} reverting the deploy of ${buildId}.`;
      }
      return result;
    }
    const pushed = await commitAndPush(git, target.branch, revertOnce);
    if (pushed) result.commit = pushed;
    return result;
  } finally {
    // Kept until the notification is recorded in it (markNotified); cleanUp() removes it.
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }
}

/** Clones kept until the notification is recorded; removed by `cleanUp()`. */
const cleanups: Array<() => void> = [];
export function cleanUp(): void {
  for (const clean of cleanups.splice(0)) clean();
}
