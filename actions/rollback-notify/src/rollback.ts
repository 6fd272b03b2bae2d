import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  appendSummary,
  ATTR_BUILD_ID,
  booleanInput,
  buildIdInput,
  choiceInput,
  ciContext,
  ConfigurationError,
  durationInput,
  errorMessage,
  optionalInput,
  requiredInput,
  runner,
  secretInput,
  setOutputs,
  withStepSpan
} from '@goldenthread/core';
import { DEFAULT_KUBE_TIMEOUT } from '@goldenthread/core/kube';
import { cleanUp, revertDeploy } from './git-revert.js';
import { rollbackWorkload } from './kube-rollback.js';
import { rollbackMessage, type RollbackFacts } from './message.js';
import { postToSlack, type SlackDestination } from './slack.js';

const ACTIONS = ['argo-abort', 'argo-undo', 'deployment-undo', 'gitops-revert', 'none'] as const;

interface Verdict {
  verdict?: string;
  build_id?: string;
  trace_id?: string;
  span_id?: string;
  metrics?: Array<{ name: string; value: number | null; threshold: string; samples: number | null; result: string }>;
}

function readVerdict(path: string | undefined): Verdict | undefined {
  if (!path) return undefined;
  if (!existsSync(path)) throw new ConfigurationError(`Input 'verdict-file': '${path}' does not exist. Pass otel-gate's report-file output.`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Verdict;
  } catch {
    throw new ConfigurationError(`Input 'verdict-file': '${path}' is not the JSON otel-gate writes.`);
  }
}

function formatValue(name: string, value: number | null): string {
  if (value === null) return '–';
  if (name === 'error-rate') return `${(value * 100).toFixed(2)}%`;
  if (name === 'p99-latency') return `${Math.round(value)} ms`;
  if (name.startsWith('error-rate-vs')) return `${value.toFixed(2)}×`;
  return String(value);
}

function slackDestination(): SlackDestination | undefined {
  const url = secretInput('slack-webhook-url');
  if (url) {
    if (!/^https?:\/\//.test(url)) throw new ConfigurationError("Invalid input 'slack-webhook-url'. Expected the https:// URL of a Slack incoming webhook.");
    return { kind: 'webhook', url };
  }
  const token = secretInput('slack-token');
  if (!token) return undefined;
  const channel = requiredInput('slack-channel', 'the channel to post to with slack-token (e.g. #deploys or C0123456).');
  return { kind: 'api', token, channel, apiUrl: optionalInput('slack-api-url') ?? 'https://slack.com/api' };
}

async function commitAuthor(sha: string | undefined): Promise<string | undefined> {
  const given = optionalInput('author');
  if (given || !sha) return given;
  try {
    const { simpleGit } = await import('simple-git');
    const out = await simpleGit(process.env.GITHUB_WORKSPACE || process.cwd()).raw(['show', '-s', '--format=%an <%ae>', sha]);
    return out.trim() || undefined;
  } catch {
    return undefined; // not checked out here; the actor below is the next best thing
  }
}

async function commentOnPullRequest(ctx: NonNullable<ReturnType<typeof ciContext>>, token: string, text: string): Promise<void> {
  try {
    const { getOctokit } = await import('@actions/github');
    const [owner, repo] = ctx.repository.split('/');
    const octokit = getOctokit(token, ctx.apiUrl ? { baseUrl: ctx.apiUrl } : {});
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: Number(ctx.changeId), body: `**goldenthread** ${text}` });
  } catch (error) {
    runner.warning(`Could not comment on pull request #${ctx.changeId} (${(error as Error).message}).`);
  }
}

export async function runRollback(): Promise<void> {
  const action = choiceInput('action', ACTIONS, 'none');
  const verdict = readVerdict(optionalInput('verdict-file'));
  const buildId = buildIdInput(verdict?.build_id);
  const dryRun = booleanInput('dry-run', false);
  const environment = optionalInput('environment');
  const slack = slackDestination();
  const traceTemplate = optionalInput('trace-url-template');
  if (traceTemplate && !traceTemplate.includes('{trace_id}')) throw new ConfigurationError("Invalid input 'trace-url-template': it must contain {trace_id}.");
  const kube = action === 'argo-abort' || action === 'argo-undo' || action === 'deployment-undo'
    ? {
        action,
        namespace: optionalInput('namespace') ?? 'default',
        name: requiredInput('name', `the ${action === 'deployment-undo' ? 'Deployment' : 'Rollout'} to roll back.`),
        kubeconfig: secretInput('kubeconfig'),
        timeoutMs: durationInput('kube-timeout', DEFAULT_KUBE_TIMEOUT, { positive: true })
      }
    : undefined;
  const gitops = action === 'gitops-revert'
    ? { repository: requiredInput('repository', 'the manifests repository the deploy commit is on.'), branch: optionalInput('branch') ?? 'main', pullRequest: booleanInput('pull-request', false), token: secretInput('token'), author: { name: optionalInput('author-name') ?? 'goldenthread', email: optionalInput('author-email') ?? 'goldenthread@users.noreply.github.com' } }
    : undefined;
  const githubToken = secretInput('github-token');
  const recordFile = optionalInput('rollback-file') ?? join(process.env.RUNNER_TEMP || tmpdir(), `rollback-${buildId}.json`);
  if (verdict?.verdict === 'pass') {
    runner.info(`The gate passed build ${buildId}; nothing to roll back.`);
    setOutputs({ 'action-taken': 'none', notified: '' });
    return;
  }

  await withStepSpan('rollback-notify', 'deploy', async (span) => {
    if (verdict?.trace_id && verdict.span_id) span.links.push({ traceId: verdict.trace_id, spanId: verdict.span_id });
    span.attributes[ATTR_BUILD_ID] = buildId;
    const targetName = kube ? `${kube.action === 'deployment-undo' ? 'Deployment' : 'Rollout'} ${kube.namespace}/${kube.name}` : gitops ? `${gitops.repository}@${gitops.branch}` : 'none';

    let ctx: ReturnType<typeof ciContext> | undefined;
    try {
      ctx = ciContext();
    } catch {
      ctx = undefined;
    }
    const gitSha = process.env.GOLDENTHREAD_GIT_SHA ?? ctx?.sha;
    const traceId = verdict?.trace_id ?? span.traceId;
    const facts: RollbackFacts = {
      service: optionalInput('service') ?? kube?.name ?? ctx?.repository ?? 'service',
      environment,
      buildId,
      gitSha,
      commitUrl: gitSha && ctx?.repositoryUrl && ctx.system === 'github' ? `${ctx.repositoryUrl}/commit/${gitSha}` : undefined,
      author: (await commitAuthor(gitSha)) ?? (ctx?.actor ? `${ctx.actor} (triggered the run)` : undefined),
      action,
      target: targetName,
      failing: (verdict?.metrics ?? []).filter((m) => m.result === 'fail' || m.result === 'inconclusive').map((m) => ({ name: m.name, value: formatValue(m.name, m.value), threshold: m.threshold, samples: m.samples })),
      verdict: verdict?.verdict,
      traceUrl: traceTemplate?.replace('{trace_id}', encodeURIComponent(traceId)),
      runUrl: ctx?.runUrl,
      dryRun
    };

    let outcome: Awaited<ReturnType<typeof rollbackWorkload | typeof revertDeploy>> | undefined;
    try {
      outcome = kube ? await rollbackWorkload(kube, buildId, dryRun) : gitops ? await revertDeploy(gitops, buildId, dryRun) : undefined;
    } catch (error) {
      // The bad build is still serving: that is exactly when people must hear, now.
      if (slack && !dryRun) {
        const told = await postToSlack(slack, rollbackMessage({ ...facts, rollbackError: errorMessage(error).replace(/\.$/, '') }));
        if (!told.ok) runner.warning(`Slack could not be told that the rollback failed either (${told.error}).`);
      }
      throw error;
    }
    const taken = outcome?.taken ?? 'none';
    runner.info(outcome?.message ?? `action none: notifying only.`);
    Object.assign(span.attributes, { 'goldenthread.rollback.action': taken, 'goldenthread.rollback.target': targetName, ...(outcome?.previousBuildId ? { 'goldenthread.rollback.previous_build_id': outcome.previousBuildId } : {}) });
    facts.action = taken === 'none' && outcome ? `none (${outcome.message})` : taken;
    facts.previousBuildId = outcome?.previousBuildId;

    // Post once per (target, build): skip when the marker says people were already told.
    let notified: string[] = [];
    let slackError: string | undefined;
    if (slack && !outcome?.alreadyNotified && !dryRun) {
      const result = await postToSlack(slack, rollbackMessage(facts));
      if (result.ok) {
        notified = ['slack'];
        await outcome?.markNotified();
      } else {
        slackError = result.error;
        runner.warning(`Slack notification failed (${result.error}); the rollback itself stands.`);
        if (outcome && 'releaseClaim' in outcome) await outcome.releaseClaim();
      }
    } else if (slack && outcome?.alreadyNotified) {
      runner.info('Slack was already told about this rollback; not posting again.');
    }
    if (dryRun) runner.info(`dry run: would post to Slack:\n${rollbackMessage(facts).text}`);
    // On a pull request, say it there too — only from the run that rolled back, so never twice.
    if (githubToken && ctx?.system === 'github' && ctx.changeId && taken !== 'none') {
      await commentOnPullRequest(ctx, githubToken, rollbackMessage(facts).text);
    }
    cleanUp();

    const target = targetName;
    const record = {
      build_id: buildId,
      action: taken,
      target,
      previous_build_id: outcome?.previousBuildId,
      reason: verdict ? { verdict: verdict.verdict, failing: facts.failing } : undefined,
      notified,
      notify_error: slackError,
      idempotency_key: createHash('sha256').update(`${target}|${buildId}`).digest('hex').slice(0, 16),
      dry_run: dryRun,
      timestamp: new Date().toISOString(),
      trace_id: span.traceId
    };
    mkdirSync(dirname(recordFile), { recursive: true });
    writeFileSync(recordFile, JSON.stringify(record, null, 2) + '\n');
    setOutputs({
      'action-taken': taken,
      'previous-build-id': outcome?.previousBuildId,
      notified: notified.join(','),
      'notify-error': slackError,
      'rollback-file': recordFile,
      'pull-request-url': (outcome as { pullRequestUrl?: string } | undefined)?.pullRequestUrl
    });
    appendSummary(`### rollback-notify: ${taken} for build \`${buildId}\`\n\n${(outcome?.message ?? 'notify only').replace(/\|/g, '\\|')}\n\nNow serving: ${outcome?.previousBuildId ? `\`${outcome.previousBuildId}\`` : 'unknown'} · notified: ${notified.join(', ') || 'nobody'}${slackError ? ` (Slack failed: ${slackError})` : ''}\n`);
  });
}

