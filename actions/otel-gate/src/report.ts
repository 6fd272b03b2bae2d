import {
  errorMessage,
  formatMetricValue,
  runner,
  type CiContext,
  type VerdictRecord,
  githubClient
} from '@goldenthread/core';
import { STATUS_CONTEXT } from './constants.js';
import type { GateOutcome, MetricState } from './judge.js';

/**
 * The gate verdict record (core contracts, docs/design.md "Records"). `hold` = the evidence blames
 * no build (stable degrades as much as the canary): pause and notify, never roll back — only
 * `fail` may trigger a rollback. `window` is the gate's own window: the evidence is the increase
 * between its ends, never lifetime totals; `selection` is the span filter in force.
 */
export type { VerdictRecord };

export function verdictRecord(
  outcome: GateOutcome,
  context: {
    buildId: string;
    baselineBuildId?: string;
    backend: string;
    startedAt: Date;
    gatePassed: boolean;
    selection?: string;
    traceId?: string;
    spanId?: string;
  }
): VerdictRecord {
  const finishedAt = new Date().toISOString();
  return {
    verdict: outcome.verdict,
    gate_passed: context.gatePassed,
    reason: outcome.reason,
    build_id: context.buildId,
    baseline_build_id: context.baselineBuildId,
    backend: context.backend,
    window: outcome.window ?? { start: context.startedAt.toISOString(), end: finishedAt },
    selection: context.selection,
    metrics: outcome.metrics.map((m) => ({
      name: m.name,
      query: m.query,
      value: m.value ?? null,
      baseline_value: m.baseline_value ?? null,
      threshold: m.threshold,
      samples: m.samples ?? null,
      result: m.result,
      detail: m.detail
    })),
    measurements: outcome.measurements,
    started_at: context.startedAt.toISOString(),
    finished_at: finishedAt,
    trace_id: context.traceId,
    span_id: context.spanId,
    ...(outcome.estimate ? { decision_estimate: outcome.estimate } : {})
  };
}

/** The value column: one formatting for the gate's summary and for Slack (core contracts). */
export function formatValue(m: Pick<MetricState, 'name' | 'value'>): string {
  return formatMetricValue(m.name, m.value);
}

const ICON: Record<string, string> = {
  pass: '✅ pass',
  fail: '❌ fail',
  inconclusive: '⚠️ inconclusive',
  hold: '⏸️ hold',
  pending: '… pending'
};

/** Markdown cells cannot hold `|` or newlines. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function summaryTable(record: VerdictRecord): string {
  const estimate = record.decision_estimate?.text;
  const rows = record.metrics.map(
    (m) =>
      `| ${cell(m.name)} | ${formatValue({ name: m.name, value: m.value ?? undefined })} | ${cell(m.threshold)} | ${m.samples ?? '–'} | ${ICON[m.result] ?? m.result} |`
  );
  return [
    `### otel-gate: ${ICON[record.verdict]} for build \`${record.build_id}\``,
    '',
    `${cell(record.reason ?? '')}; ${record.measurements?.length ?? 0} look(s) at ${record.backend}${record.baseline_build_id ? `, baseline \`${record.baseline_build_id}\`` : ''}.`,
    ...(record.verdict === 'hold'
      ? [
          '',
          'The baseline degrades as much as the canary: a rollback would not help. Pause the rollout and look at what they share.'
        ]
      : []),
    '',
    `Window ${record.window?.start ?? '–'} → ${record.window?.end ?? '–'}${record.selection ? `; ${cell(record.selection)}` : ''}${estimate ? `; ${estimate}` : ''}.`,
    '',
    '| metric | value | threshold | samples | result |',
    '|---|---|---|---|---|',
    ...rows,
    ''
  ].join('\n');
}

/** One line for a commit status (GitHub allows 140 characters). */
export function oneLine(record: VerdictRecord): string {
  const parts = record.metrics.map(
    (m) => `${m.name} ${formatValue({ name: m.name, value: m.value ?? undefined })} (${m.result})`
  );
  const line = `${record.verdict}: ${parts.join(', ')}`;
  return line.length > 140 ? line.slice(0, 139) + '…' : line;
}

/**
 * POST /repos/{owner}/{repo}/statuses/{sha} with context goldenthread/otel-gate. A failure
 * here is a warning: the verdict stands whether or not GitHub heard about it.
 */
export async function postCommitStatus(ctx: CiContext, token: string, record: VerdictRecord): Promise<boolean> {
  try {
    const [owner, repo] = ctx.repository.split('/');
    const octokit = await githubClient(token, ctx.apiUrl);
    await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
      owner,
      repo,
      sha: ctx.headSha,
      state: record.gate_passed ? 'success' : 'failure',
      context: STATUS_CONTEXT,
      description: oneLine(record),
      target_url: ctx.runUrl
    });
    runner.info(`Commit status ${STATUS_CONTEXT} set on ${ctx.headSha.slice(0, 7)}.`);
    return true;
  } catch (error) {
    runner.warning(`Could not set the commit status (${errorMessage(error)}); the verdict stands.`);
    return false;
  }
}
