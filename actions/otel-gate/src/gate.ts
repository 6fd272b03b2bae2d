import {
  appendSummary,
  ATTR_BUILD_ID,
  ATTR_GOLDENTHREAD_BASELINE_BUILD_ID,
  ATTR_GOLDENTHREAD_GATE_BACKEND,
  ATTR_GOLDENTHREAD_GATE_ERROR_RATE,
  ATTR_GOLDENTHREAD_GATE_LOOKS,
  ATTR_GOLDENTHREAD_GATE_P99_MS,
  ATTR_GOLDENTHREAD_GATE_REQUESTS,
  ATTR_GOLDENTHREAD_GATE_VERDICT,
  ciContext,
  ExpectedFailure,
  runner,
  setOutputs,
  withStepSpan
} from '@goldenthread/core';
import { BACKENDS } from './backends/index.js';
import { describeSelection } from './backends/selection.js';
import { ACTION, Output } from './constants.js';
import { readInputs } from './inputs.js';
import { maxLooks, realWait, runAnalysis, type LoopHooks, type Measurement } from './judge.js';
import { postCommitStatus, summaryTable, verdictRecord } from './report.js';

function describeLook(m: Measurement): string {
  if (m.error) return `look ${m.look}: backend error: ${m.error}`;
  if (!m.interval && m.requests === 0) return `look ${m.look}: window opened (counters read at its start)`;
  const rate = m.error_rate === undefined ? '–' : `${(m.error_rate * 100).toFixed(2)}%`;
  const p99 = m.p99_ms === undefined ? '' : `, p99 ${Math.round(m.p99_ms)} ms`;
  const step = m.interval ? ` (+${m.interval.requests}/+${m.interval.errors})` : '';
  const base = m.baseline ? `; baseline ${m.baseline.requests} requests, ${m.baseline.errors} errors` : '';
  const results = Object.entries(m.results)
    .map(([name, r]) => `${name}=${r}`)
    .join(' ');
  return `look ${m.look}: window ${m.requests} requests, ${m.errors} errors (${rate})${step}${p99}${base} → ${results}`;
}

/** The gate as a pipeline step: loop, report, status, span; exit code from the verdict. */
export async function runGate(hooks: LoopHooks = { wait: realWait }): Promise<void> {
  const inputs = readInputs();
  const { settings } = inputs;
  const backend = BACKENDS[inputs.backend]({ ...inputs.backendOptions, warn: (message) => runner.warning(message) });
  const selection = describeSelection(inputs.backendOptions.selection);
  const startedAt = new Date();

  await withStepSpan(ACTION, 'test', async (span) => {
    const against = settings.baselineBuildId
      ? ` against baseline ${settings.baselineBuildId}`
      : ' (no baseline: absolute thresholds only)';
    runner.info(
      `Judging build ${settings.buildId}${against} from ${backend.name} (${selection}): a look every ${settings.intervalMs} ms, ` +
        `at least ${settings.minDurationMs} ms of window before a pass, at most ${maxLooks(settings)} looks.`
    );
    const outcome = await runAnalysis(settings, backend, {
      ...hooks,
      onLook: (m) => runner.info(describeLook(m)),
      onNote: (note) => runner.info(`Traffic: ${note}.`)
    });
    const gatePassed = outcome.verdict === 'pass' || (outcome.verdict !== 'fail' && inputs.onInconclusive === 'pass');
    const record = verdictRecord(outcome, {
      buildId: settings.buildId,
      baselineBuildId: settings.baselineBuildId,
      backend: backend.name,
      startedAt,
      gatePassed,
      selection,
      traceId: span.traceId,
      spanId: span.spanId
    });
    const { writeRecord } = await import('@goldenthread/core/records');
    writeRecord('verdict', inputs.reportFile, record);
    appendSummary(summaryTable(record));
    const errorRate =
      outcome.last && outcome.last.requests > 0 ? outcome.last.errors / outcome.last.requests : undefined;
    setOutputs({
      [Output.Verdict]: outcome.verdict,
      [Output.Reason]: outcome.reason,
      [Output.ErrorRate]: errorRate?.toString(),
      [Output.P99Latency]: outcome.last?.p99Ms?.toString(),
      [Output.Requests]: String(outcome.last?.requests ?? 0),
      [Output.ReportFile]: inputs.reportFile
    });
    Object.assign(span.attributes, {
      [ATTR_BUILD_ID]: settings.buildId,
      [ATTR_GOLDENTHREAD_GATE_VERDICT]: outcome.verdict,
      [ATTR_GOLDENTHREAD_GATE_BACKEND]: backend.name,
      [ATTR_GOLDENTHREAD_GATE_REQUESTS]: outcome.last?.requests ?? 0,
      [ATTR_GOLDENTHREAD_GATE_LOOKS]: outcome.measurements.length,
      ...(errorRate !== undefined ? { [ATTR_GOLDENTHREAD_GATE_ERROR_RATE]: errorRate } : {}),
      ...(outcome.last?.p99Ms !== undefined ? { [ATTR_GOLDENTHREAD_GATE_P99_MS]: outcome.last.p99Ms } : {}),
      ...(settings.baselineBuildId ? { [ATTR_GOLDENTHREAD_BASELINE_BUILD_ID]: settings.baselineBuildId } : {})
    });
    if (inputs.githubToken) await postCommitStatus(ciContext(), inputs.githubToken, record);

    runner.info(`Verdict: ${outcome.verdict} (${outcome.reason}). Report: ${inputs.reportFile}`);
    if (!gatePassed) {
      const why =
        outcome.verdict === 'fail'
          ? outcome.reason
          : `${outcome.verdict} and on-inconclusive is fail (${outcome.reason})`;
      throw new ExpectedFailure(`build ${settings.buildId} did not pass: ${why}.`);
    }
    if (outcome.verdict !== 'pass')
      runner.warning(
        `${outcome.verdict === 'hold' ? 'Hold' : 'Inconclusive'} (${outcome.reason}); passing because on-inconclusive is pass.`
      );
  });
}
