import { createHash } from 'node:crypto';
import {
  appendSummary,
  ATTR_BUILD_ID,
  ciContext,
  ENV,
  errorMessage,
  findDeployment,
  formatMetricValue,
  githubClient,
  redact,
  runner,
  setDeploymentStatus,
  setOutputs,
  withStepSpan,
  type CiContext,
  type RollbackRecord,
  type StepSpan
} from '@goldenthread/core';
import { cleanUp, revertDeploy } from './git-revert.js';
import { phaseOf, readInputs, type RollbackInputs } from './inputs.js';
import { rollbackWorkload } from './kube-rollback.js';
import { passMessage, rollbackMessage, type RollbackFacts } from './message.js';
import type { RollbackOutcome } from './outcome.js';
import { postToSlack } from './slack.js';

/** Slack and PR texts leave the machine: every secret is redacted before they go. */
const redacted = <T>(message: T): T => JSON.parse(redact(JSON.stringify(message))) as T;

async function commitAuthor(given: string | undefined, sha: string | undefined): Promise<string | undefined> {
  if (given || !sha) return given;
  const { showCommit } = await import('@goldenthread/core/git');
  return (await showCommit(sha, '%an <%ae>')) || undefined;
}

function currentContext(): CiContext | undefined {
  try {
    return ciContext();
  } catch {
    return undefined; // a plain shell: no CI facts, the message says less
  }
}

async function commentOnPullRequest(ctx: CiContext, token: string, text: string): Promise<void> {
  try {
    const [owner, repo] = ctx.repository.split('/');
    const octokit = await githubClient(token, ctx.apiUrl);
    const body = redact(`**goldenthread** ${text}`);
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: Number(ctx.changeId),
      body
    });
  } catch (error) {
    runner.warning(`Could not comment on pull request #${ctx.changeId} (${errorMessage(error)}).`);
  }
}

function targetName(inputs: RollbackInputs): string {
  if (inputs.kube)
    return `${inputs.kube.action === 'deployment-undo' ? 'Deployment' : 'Rollout'} ${inputs.kube.namespace}/${inputs.kube.name}`;
  if (inputs.gitops) return `${inputs.gitops.repository}@${inputs.gitops.branch}`;
  return 'none';
}

/** What the message and the record say, gathered before anything is acted on. */
async function gatherFacts(
  inputs: RollbackInputs,
  span: StepSpan,
  ctx: CiContext | undefined,
  target: string
): Promise<RollbackFacts> {
  const gitSha = process.env[ENV.gitSha] ?? ctx?.sha;
  const traceId = inputs.verdict?.trace_id ?? span.traceId;
  return {
    service: inputs.service ?? inputs.kube?.name ?? ctx?.repository ?? 'service',
    environment: inputs.environment,
    buildId: inputs.buildId,
    gitSha,
    commitUrl:
      gitSha && ctx?.repositoryUrl && ctx.system === 'github' ? `${ctx.repositoryUrl}/commit/${gitSha}` : undefined,
    author:
      (await commitAuthor(inputs.author, gitSha)) ?? (ctx?.actor ? `${ctx.actor} (triggered the run)` : undefined),
    action: inputs.action,
    target,
    failing: (inputs.verdict?.metrics ?? [])
      .filter((m) => m.result === 'fail' || m.result === 'inconclusive')
      .map((m) => ({
        name: m.name,
        value: formatMetricValue(m.name, m.value),
        threshold: m.threshold,
        samples: m.samples
      })),
    verdict: inputs.verdict?.verdict,
    reason: inputs.verdict?.reason,
    traceUrl: inputs.traceUrlTemplate?.replace('{trace_id}', encodeURIComponent(traceId)),
    runUrl: ctx?.runUrl,
    dryRun: inputs.dryRun
  };
}

/** The facts of a passed gate's note: no rollback, no author lookup. */
function passFacts(inputs: RollbackInputs, ctx: CiContext | undefined): RollbackFacts {
  const traceId = inputs.verdict?.trace_id;
  return {
    service: inputs.service ?? inputs.kube?.name ?? ctx?.repository ?? 'service',
    environment: inputs.environment,
    buildId: inputs.buildId,
    action: 'none',
    target: targetName(inputs),
    failing: [],
    verdict: 'pass',
    reason: inputs.verdict?.reason,
    traceUrl: traceId ? inputs.traceUrlTemplate?.replace('{trace_id}', encodeURIComponent(traceId)) : undefined,
    runUrl: ctx?.runUrl,
    dryRun: inputs.dryRun
  };
}

/** Roll back (only on a fail verdict, or when no verdict was given). A failure is told to Slack, then rethrown. */
async function rollBack(inputs: RollbackInputs, facts: RollbackFacts): Promise<RollbackOutcome | undefined> {
  if (inputs.verdict && inputs.verdict.verdict !== 'fail') return undefined; // hold / inconclusive: pause, never roll back
  try {
    if (inputs.kube) return await rollbackWorkload(inputs.kube, inputs.buildId, inputs.dryRun);
    if (inputs.gitops) return await revertDeploy(inputs.gitops, inputs.buildId, inputs.dryRun);
    return undefined;
  } catch (error) {
    // The bad build is still serving: that is exactly when people must hear, now.
    if (inputs.slack && !inputs.dryRun) {
      const told = await postToSlack(
        inputs.slack,
        redacted(rollbackMessage({ ...facts, rollbackError: errorMessage(error).replace(/\.$/, '') }))
      );
      if (!told.ok) runner.warning(`Slack could not be told that the rollback failed either (${told.error}).`);
    }
    throw error;
  }
}

/** Post once per (target, build): skip when the marker says people were already told. */
async function notify(
  inputs: RollbackInputs,
  facts: RollbackFacts,
  outcome: RollbackOutcome | undefined
): Promise<{ notified: string[]; error?: string; ts?: string; channel?: string }> {
  if (!inputs.slack) return { notified: [] };
  const phase = phaseOf(inputs.verdict?.verdict);
  if (!inputs.notifyOn.has(phase)) {
    runner.info(`notify-on does not include ${phase}: not posting to Slack.`);
    return { notified: [] };
  }
  const message = phase === 'pass' ? passMessage(facts) : rollbackMessage(facts);
  if (inputs.dryRun) {
    runner.info(`dry run: would post to Slack:\n${message.text}`);
    return { notified: [] };
  }
  if (outcome?.alreadyNotified) {
    runner.info('Slack was already told about this rollback; not posting again.');
    return { notified: [] };
  }
  const result = await postToSlack(inputs.slack, redacted(message));
  if (!result.ok) {
    runner.warning(`Slack notification failed (${result.error}); the rollback itself stands.`);
    await outcome?.releaseClaim?.();
    return { notified: [], error: result.error };
  }
  await outcome?.markNotified();
  return { notified: ['slack'], ts: result.ts, channel: result.channel };
}

/**
 * After a real rollback (not a hold, a dry run, a re-run that found it done, or a revert still
 * waiting in a pull request): the bad build's GitHub deployment `failure`, the serving build's a
 * new `success` — auto_inactive reaches only prior deployments, so neither happens by itself
 * (core/github-deployments.ts). Best effort: a warning, never a failed or hidden rollback.
 */
async function markGithubDeployments(inputs: RollbackInputs, outcome: RollbackOutcome | undefined): Promise<void> {
  const github = inputs.github;
  if (!github || !outcome || outcome.taken === 'none') return;
  const { target, logUrl } = github;
  if (outcome.pullRequestUrl) {
    runner.info(`GitHub deployments left as they are: the revert waits in ${outcome.pullRequestUrl}.`);
    return;
  }
  const serving = outcome.previousBuildId;
  try {
    const bad = inputs.deployment?.github_deployment_id ?? (await findDeployment(target, inputs.buildId));
    if (bad === undefined) runner.info(`No GitHub deployment of build ${inputs.buildId} in ${target.environment}.`);
    else {
      await setDeploymentStatus(
        target,
        bad,
        'failure',
        `Rolled back by goldenthread (${outcome.taken})${serving ? `; now serving ${serving}` : ''}`,
        logUrl
      );
      runner.info(`GitHub deployment ${bad} (build ${inputs.buildId}): failure.`);
    }
    const good = serving ? await findDeployment(target, serving) : undefined;
    if (good === undefined) {
      runner.info(`No GitHub deployment of the serving build ${serving ?? '(unknown)'} in ${target.environment}.`);
      return;
    }
    await setDeploymentStatus(target, good, 'success', `Serving again after the rollback of ${inputs.buildId}`, logUrl);
    runner.info(`GitHub deployment ${good} (build ${serving}): success.`);
  } catch (error) {
    runner.warning(
      `Could not update the GitHub deployments of ${target.environment} (${errorMessage(error)}); the rollback itself stands.`
    );
  }
}

function summary(
  buildId: string,
  taken: string,
  outcome: RollbackOutcome | undefined,
  notified: string[],
  slackError?: string
): string {
  const what = (outcome?.message ?? 'notify only').replace(/\|/g, '\\|');
  const serving = outcome?.previousBuildId ? `\`${outcome.previousBuildId}\`` : 'unknown';
  const told = `${notified.join(', ') || 'nobody'}${slackError ? ` (Slack failed: ${slackError})` : ''}`;
  return `### rollback-notify: ${taken} for build \`${buildId}\`\n\n${what}\n\nNow serving: ${serving} · notified: ${told}\n`;
}

export async function runRollback(): Promise<void> {
  const inputs = await readInputs(); // every input, validated, before any side effect
  if (inputs.verdict?.verdict === 'pass') {
    runner.info(`The gate passed build ${inputs.buildId}; nothing to roll back.`);
    const ctx = currentContext();
    const told = await notify(inputs, passFacts(inputs, ctx), undefined);
    setOutputs({
      'action-taken': 'none',
      notified: told.notified.join(','),
      'notify-error': told.error,
      'slack-ts': told.ts,
      'slack-channel': told.channel
    });
    return;
  }

  await withStepSpan('rollback-notify', 'deploy', async (span) => {
    const verdict = inputs.verdict;
    if (verdict?.trace_id && verdict.span_id) span.links.push({ traceId: verdict.trace_id, spanId: verdict.span_id });
    span.attributes[ATTR_BUILD_ID] = inputs.buildId;
    const ctx = currentContext();
    const target = targetName(inputs);
    const facts = await gatherFacts(inputs, span, ctx, target);
    if (verdict && verdict.verdict !== 'fail') {
      runner.info(
        `The gate's verdict for build ${inputs.buildId} is ${verdict.verdict} (${verdict.reason}): only a fail rolls back; the rollout should pause.`
      );
    }

    const outcome = await rollBack(inputs, facts);
    const taken = outcome?.taken ?? 'none';
    runner.info(
      outcome?.message ??
        (verdict && verdict.verdict !== 'fail'
          ? `verdict ${verdict.verdict}: nothing rolled back, notifying only.`
          : 'action none: notifying only.')
    );
    Object.assign(span.attributes, {
      'goldenthread.rollback.action': taken,
      'goldenthread.rollback.target': target,
      ...(outcome?.previousBuildId ? { 'goldenthread.rollback.previous_build_id': outcome.previousBuildId } : {})
    });
    facts.action = taken === 'none' && outcome ? `none (${outcome.message})` : taken;
    facts.previousBuildId = outcome?.previousBuildId;

    if (!inputs.dryRun) await markGithubDeployments(inputs, outcome);
    const told = await notify(inputs, facts, outcome);
    // On a pull request, say it there too — only from the run that rolled back, so never twice.
    if (inputs.githubToken && ctx?.system === 'github' && ctx.changeId && taken !== 'none') {
      await commentOnPullRequest(ctx, inputs.githubToken, rollbackMessage(facts).text);
    }
    cleanUp();

    const record: RollbackRecord = {
      build_id: inputs.buildId,
      action: taken,
      target,
      previous_build_id: outcome?.previousBuildId,
      reason: verdict
        ? { verdict: verdict.verdict, failing: facts.failing.map((f) => ({ ...f, samples: f.samples ?? null })) }
        : undefined,
      notified: told.notified,
      notify_error: told.error,
      idempotency_key: createHash('sha256').update(`${target}|${inputs.buildId}`).digest('hex').slice(0, 16),
      dry_run: inputs.dryRun,
      timestamp: new Date().toISOString(),
      trace_id: span.traceId
    };
    const { writeRecord } = await import('@goldenthread/core/records');
    writeRecord('rollback', inputs.recordFile, record);
    setOutputs({
      'action-taken': taken,
      'previous-build-id': outcome?.previousBuildId,
      notified: told.notified.join(','),
      'notify-error': told.error,
      'slack-ts': told.ts,
      'slack-channel': told.channel,
      'rollback-file': inputs.recordFile,
      'pull-request-url': outcome?.pullRequestUrl
    });
    appendSummary(summary(inputs.buildId, taken, outcome, told.notified, told.error));
  });
}
