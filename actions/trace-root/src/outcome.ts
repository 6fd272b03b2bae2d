import {
  errorMessage,
  githubClient,
  readStepOutcomes,
  type CiContext,
  runner,
  type PipelineResult
} from '@goldenthread/core';
import type { TraceRootInputs } from './inputs.js';

export interface JobOutcome {
  result: PipelineResult;
  source: 'input' | 'github-api' | 'recorded-steps';
  /** When the attempt's first job started (from the API), for the run's root span. */
  runStartedAtMs?: number;
  /** This job's id and page, from the API: the task run of a `job` span. */
  job?: { id: string; url?: string };
}

interface ApiStep {
  conclusion: string | null;
}
interface ApiJob {
  id: number;
  html_url?: string | null;
  status: string;
  started_at?: string | null;
  runner_name: string | null;
  name: string;
  steps?: ApiStep[];
}

/** The job is still running while its post step runs: judge it by its finished steps. */
export function resultFromSteps(steps: ApiStep[]): PipelineResult {
  const conclusions = steps.map((step) => step.conclusion);
  if (conclusions.includes('failure')) return 'failure';
  if (conclusions.includes('timed_out')) return 'timeout';
  if (conclusions.includes('cancelled')) return 'cancellation';
  return 'success';
}

/**
 * GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt}/jobs, pick this job
 * (in progress, on this runner), and judge its steps. Undefined when it cannot tell.
 */
async function outcomeFromApi(ctx: CiContext, token: string): Promise<Omit<JobOutcome, 'source'> | undefined> {
  const [owner, repo] = ctx.repository.split('/');
  const octokit = await githubClient(token, ctx.apiUrl);
  // Every page: a matrix run can have more than 100 jobs (each request bounded by githubClient).
  const jobs = (await octokit.paginate(
    'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    {
      owner,
      repo,
      run_id: Number(ctx.runId),
      attempt_number: Number(ctx.runAttempt),
      per_page: 100
    }
  )) as unknown as ApiJob[];
  const mine = jobs.filter((job) => job.status === 'in_progress' && job.runner_name === ctx.runnerName);
  if (mine.length !== 1) {
    runner.warning(
      `Could not single out this job among ${jobs.length} in the API answer (runner '${ctx.runnerName ?? ''}').`
    );
    return undefined;
  }
  const starts = jobs.map((job) => Date.parse(job.started_at ?? '')).filter(Number.isFinite);
  return {
    result: resultFromSteps(mine[0].steps ?? []),
    job: { id: String(mine[0].id), url: mine[0].html_url ?? undefined },
    runStartedAtMs: starts.length > 0 ? Math.min(...starts) : undefined
  };
}

export async function jobOutcome(
  ctx: CiContext,
  traceId: string,
  inputs: Pick<TraceRootInputs, 'jobStatus' | 'githubToken'>
): Promise<JobOutcome> {
  if (inputs.jobStatus) return { result: inputs.jobStatus, source: 'input' };

  const token = inputs.githubToken;
  if (token && ctx.system === 'github') {
    try {
      const fromApi = await outcomeFromApi(ctx, token);
      if (fromApi) return { ...fromApi, source: 'github-api' };
    } catch (error) {
      runner.warning(
        `Could not read the job's outcome from the GitHub API (${errorMessage(error)}); using what goldenthread's steps recorded.`
      );
    }
  }
  const recorded = readStepOutcomes(traceId).map((step) => step.outcome);
  const result = recorded.includes('failure') ? 'failure' : recorded.includes('timeout') ? 'timeout' : 'success';
  return { result, source: 'recorded-steps' };
}
