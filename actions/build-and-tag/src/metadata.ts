import { readFileSync } from 'node:fs';
import { ConfigurationError, type CiBuildRecord, type CiContext } from '@goldenthread/core';

type Commit = CiBuildRecord['commits'][number];

/**
 * The commits this build brings: a GitHub push event lists them (everything since the branch's
 * previous tip); otherwise the head commit, read from git in the workspace.
 */
export async function buildCommits(ctx: CiContext, env = process.env): Promise<Commit[]> {
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as {
        commits?: Array<{ id: string; message: string; author?: { name?: string; email?: string } }>;
      };
      if (event.commits?.length) {
        return event.commits.map((c) => ({
          commit_id: c.id,
          author: c.author?.name ?? '',
          email: c.author?.email ?? '',
          message: c.message
        }));
      }
    } catch {
      // fall through to git
    }
  }
  const { showCommit } = await import('@goldenthread/core/git');
  const raw = await showCommit(ctx.sha, '%H%x00%an%x00%ae%x00%B', env);
  const [commit_id, author, email, message] = raw.split('\x00');
  if (!commit_id || message === undefined)
    return [{ commit_id: ctx.sha, author: ctx.actor ?? '', email: '', message: '' }];
  return [{ commit_id, author, email, message: message.trim() }];
}

/**
 * The time the image claims to be from, in seconds since the epoch: SOURCE_DATE_EPOCH
 * (reproducible-builds.org) when set, else the commit's time; undefined when neither is known.
 * With it the same commit builds the same digest, so a re-run re-pushes the same image.
 */
export async function sourceDateEpoch(ctx: CiContext, env = process.env): Promise<number | undefined> {
  if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
    if (/^\d+$/.test(env.SOURCE_DATE_EPOCH)) return Number(env.SOURCE_DATE_EPOCH);
    throw new ConfigurationError(
      `SOURCE_DATE_EPOCH '${env.SOURCE_DATE_EPOCH}' is not a whole number of seconds since 1970.`
    );
  }
  const { showCommit } = await import('@goldenthread/core/git');
  const raw = await showCommit(ctx.sha, '%ct', env);
  return /^\d+$/.test(raw) ? Number(raw) : undefined;
}
