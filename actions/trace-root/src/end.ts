import {
  ATTR_BUILD_ID,
  ATTR_CICD_PIPELINE_ACTION_NAME,
  ATTR_CICD_PIPELINE_RESULT,
  ATTR_CICD_PIPELINE_TASK_NAME,
  ATTR_CICD_PIPELINE_TASK_RUN_ID,
  ATTR_CICD_PIPELINE_TASK_RUN_RESULT,
  ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_ERROR_TYPE,
  ATTR_GOLDENTHREAD_CI_SYSTEM,
  ATTR_GOLDENTHREAD_OUTCOME_SOURCE,
  ATTR_GOLDENTHREAD_RUN_ATTEMPT,
  ATTR_VCS_CHANGE_ID,
  ciContext,
  exportSpans,
  getState,
  runner,
  type PipelineResult,
  SPAN_KIND,
  STATUS_CODE
} from '@goldenthread/core';
import type { Attributes } from '@opentelemetry/api';
import { State } from './constants.js';
import { readInputs } from './inputs.js';
import { jobOutcome } from './outcome.js';

function statusFor(result: PipelineResult): { code: (typeof STATUS_CODE)[keyof typeof STATUS_CODE]; message?: string } {
  if (result === 'success') return { code: STATUS_CODE.OK };
  if (result === 'cancellation' || result === 'skip') return { code: STATUS_CODE.UNSET };
  return { code: STATUS_CODE.ERROR, message: `pipeline ${result}` };
}

/** Post step: end the span main announced, with the job's real outcome. */
export async function endTrace(): Promise<void> {
  const traceId = getState(State.TraceId);
  const spanId = getState(State.SpanId);
  if (!traceId || !spanId) {
    runner.info('trace-root did not start a trace in this job (its main step failed or was skipped); nothing to end.');
    return;
  }
  const inputs = readInputs();
  const ctx = ciContext();
  const role = getState(State.Role) === 'job' ? 'job' : 'run';
  const outcome = await jobOutcome(ctx, traceId, inputs);

  // The pipeline, run, worker and repository are entities: they are on the resource of every CI
  // span (telemetryConfig), not here. The span carries what is this span's own.
  const attributes: Attributes = {
    [ATTR_GOLDENTHREAD_RUN_ATTEMPT]: ctx.runAttempt,
    [ATTR_GOLDENTHREAD_CI_SYSTEM]: ctx.system,
    [ATTR_GOLDENTHREAD_OUTCOME_SOURCE]: outcome.source,
    [ATTR_BUILD_ID]: getState(State.BuildId) ?? ''
  };
  if (role === 'run') {
    attributes[ATTR_CICD_PIPELINE_ACTION_NAME] = 'RUN';
    attributes[ATTR_CICD_PIPELINE_RESULT] = outcome.result;
  } else {
    attributes[ATTR_CICD_PIPELINE_TASK_NAME] = ctx.taskName;
    // The job's own id and page when the API named them, else this span (unique within the run).
    attributes[ATTR_CICD_PIPELINE_TASK_RUN_ID] = outcome.job?.id ?? spanId;
    const page = outcome.job?.url ?? ctx.runUrl;
    if (page) attributes[ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL] = page;
    attributes[ATTR_CICD_PIPELINE_TASK_RUN_RESULT] = outcome.result;
  }
  if (outcome.result !== 'success') attributes[ATTR_ERROR_TYPE] = outcome.result;
  if (ctx.changeId) attributes[ATTR_VCS_CHANGE_ID] = ctx.changeId;
  if (inputs.environment) attributes[ATTR_DEPLOYMENT_ENVIRONMENT_NAME] = inputs.environment;

  // The run's root starts with its first job when the API says so (a final job owns it).
  const savedStart = Number(getState(State.StartedAt));
  const localStart = Number.isFinite(savedStart) && savedStart > 0 ? savedStart : Date.now();
  const startTimeMs =
    role === 'run' && outcome.runStartedAtMs ? Math.min(outcome.runStartedAtMs, localStart) : localStart;
  runner.info(`Job outcome: ${outcome.result} (from ${outcome.source}).`);
  await exportSpans(inputs.telemetry, [
    {
      name: role === 'run' ? `RUN ${ctx.pipelineName}` : ctx.taskName,
      kind: role === 'run' ? SPAN_KIND.SERVER : SPAN_KIND.INTERNAL,
      traceId,
      spanId,
      parentSpanId: getState(State.ParentSpanId),
      startTimeMs,
      endTimeMs: Date.now(),
      attributes,
      status: statusFor(outcome.result)
    }
  ]);
}
