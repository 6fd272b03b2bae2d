import { readFileSync } from 'node:fs';
import { ConfigurationError, type CiContext } from '@goldenthread/core';

/** The ci-build record (DESIGN §6, seed 004's fields). */
export interface BuildRecord {
  build_id: string;
  job_name: string;
  build_number: string;
  branch: string;
  image_name: string;
  image_tag: string;
  image_digest: string | null;
  commits: Array<{ commit_id: string; author: string; email: string; message: string }>;
  authors: string[];
  build_status: 'success' | 'failure';
  timestamp: string;
  trace_id: string;
  run_url?: string;
  builder?: string;
  error?: string;
}

type Commit = BuildRecord['commits'][number];

/**
 * The commits this build brings: a GitHub push event lists them (everything since the branch's
 * previous tip); otherwise the head commit, read from git in the workspace.
 */
export async function buildCommits(ctx: CiContext, env = process.env): Promise<Commit[]> {
  if (env.GITHUB_EVENT_PATH) {
    try {
      const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { commits?: Array<{ id: string; message: string; author?: { name?: string; email?: string } }> };
      if (event.commits?.length) {
        return event.commits.map((c) => ({ commit_id: c.id, author: c.author?.name ?? '', email: c.author?.email ?? '', message: c.message }));
      }
    } catch {
      // fall through to git
    }
  }
  try {
    const { simpleGit } = await import('simple-git');
    const raw = await simpleGit(env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd()).raw(['show', '-s', '--format=%H%x00%an%x00%ae%x00%B', ctx.sha]);
    const [commit_id, author, email, message] = raw.split('\x00');
    return [{ commit_id, author, email, message: message.trim() }];
  } catch {
    return [{ commit_id: ctx.sha, author: ctx.actor ?? '', email: '', message: '' }];
  }
}

/**
 * The time the image claims to be from, in seconds since the epoch: SOURCE_DATE_EPOCH
 * (reproducible-builds.org) when set, else the commit's time; undefined when neither is known.
 * With it the same commit builds the same digest, so a re-run re-pushes the same image.
 */
export async function sourceDateEpoch(ctx: CiContext, env = process.env): Promise<number | undefined> {
  if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
    if (/^\d+$/.test(env.SOURCE_DATE_EPOCH)) return Number(env.SOURCE_DATE_EPOCH);
    throw new ConfigurationError(`SOURCE_DATE_EPOCH '${env.SOURCE_DATE_EPOCH}' is not a whole number of seconds since 1970.`);
  }
  try {
    const { simpleGit } = await import('simple-git');
    const raw = await simpleGit(env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd()).raw(['show', '-s', '--format=%ct', ctx.sha]);
    return /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
  } catch {
    return undefined;
  }
}
