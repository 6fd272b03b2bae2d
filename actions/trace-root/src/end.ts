import {
  ATTR_BUILD_ID,
  ATTR_CICD_PIPELINE_ACTION_NAME,
  ATTR_CICD_PIPELINE_NAME,
  ATTR_CICD_PIPELINE_RESULT,
  ATTR_CICD_PIPELINE_RUN_ID,
  ATTR_CICD_PIPELINE_RUN_URL_FULL,
  ATTR_CICD_PIPELINE_TASK_NAME,
  ATTR_CICD_PIPELINE_TASK_RUN_RESULT,
  ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
  ATTR_ERROR_TYPE,
  ATTR_GOLDENTHREAD_CI_SYSTEM,
  ATTR_GOLDENTHREAD_OUTCOME_SOURCE,
  ATTR_GOLDENTHREAD_RUN_ATTEMPT,
  ATTR_VCS_CHANGE_ID,
  ATTR_VCS_REF_HEAD_NAME,
  ATTR_VCS_REF_HEAD_REVISION,
  ATTR_VCS_REPOSITORY_URL_FULL,
  ciContext,
  exportSpans,
  getState,
  optionalInput,
  telemetryConfig,
  runner,
  type PipelineResult,
  SPAN_KIND,
  STATUS_CODE
} from '@goldenthread/core';
import type { Attributes } from '@opentelemetry/api';
import { Input, State } from './constants.js';
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
  const ctx = ciContext();
  const role = getState(State.Role) === 'job' ? 'job' : 'run';
  const outcome = await jobOutcome(ctx, traceId);
  const environment = optionalInput(Input.Environment);

  const attributes: Attributes = {
    [ATTR_CICD_PIPELINE_NAME]: ctx.pipelineName,
    [ATTR_CICD_PIPELINE_RUN_ID]: ctx.runId,
    [ATTR_GOLDENTHREAD_RUN_ATTEMPT]: ctx.runAttempt,
    [ATTR_GOLDENTHREAD_CI_SYSTEM]: ctx.system,
    [ATTR_GOLDENTHREAD_OUTCOME_SOURCE]: outcome.source,
    [ATTR_VCS_REF_HEAD_REVISION]: getState(State.GitSha) ?? ctx.sha,
    [ATTR_BUILD_ID]: getState(State.BuildId) ?? ''
  };
  if (role === 'run') {
    attributes[ATTR_CICD_PIPELINE_ACTION_NAME] = 'RUN';
    attributes[ATTR_CICD_PIPELINE_RESULT] = outcome.result;
  } else {
    attributes[ATTR_CICD_PIPELINE_TASK_NAME] = ctx.taskName;
    attributes[ATTR_CICD_PIPELINE_TASK_RUN_RESULT] = outcome.result;
  }
  if (outcome.result !== 'success') attributes[ATTR_ERROR_TYPE] = outcome.result;
  if (ctx.runUrl) attributes[ATTR_CICD_PIPELINE_RUN_URL_FULL] = ctx.runUrl;
  if (ctx.repositoryUrl) attributes[ATTR_VCS_REPOSITORY_URL_FULL] = ctx.repositoryUrl;
  if (ctx.refName) attributes[ATTR_VCS_REF_HEAD_NAME] = ctx.refName;
  if (ctx.changeId) attributes[ATTR_VCS_CHANGE_ID] = ctx.changeId;
  if (environment) attributes[ATTR_DEPLOYMENT_ENVIRONMENT_NAME] = environment;

  // The run's root starts with its first job when the API says so (a final job owns it).
  const savedStart = Number(getState(State.StartedAt));
  const localStart = Number.isFinite(savedStart) && savedStart > 0 ? savedStart : Date.now();
  const startTimeMs =
    role === 'run' && outcome.runStartedAtMs ? Math.min(outcome.runStartedAtMs, localStart) : localStart;
  runner.info(`Job outcome: ${outcome.result} (from ${outcome.source}).`);
  await exportSpans(telemetryConfig(), [
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
