import {
  appendSummary,
  choiceInput,
  ciContext,
  deriveRootSpanId,
  deriveTraceId,
  exportEnv,
  formatTraceparent,
  mintBuildId,
  optionalInput,
  parseTraceparent,
  randomSpanId,
  saveState,
  setOutputs,
  telemetryConfig,
  validateBuildId,
  runner,
  type SpanContextIds
} from '@goldenthread/core';
import { Input, Output, ROLES, State } from './constants.js';

/** A valid inherited TRACEPARENT is joined; an invalid one is ignored with a warning (DESIGN §2). */
function inheritedParent(env = process.env): SpanContextIds | undefined {
  if (!env.TRACEPARENT) return undefined;
  const parsed = parseTraceparent(env.TRACEPARENT);
  if (parsed.ok) return parsed.value;
  runner.warning(`Ignoring invalid inherited TRACEPARENT (${parsed.reason}); starting the run's own trace.`);
  return undefined;
}

export async function startTrace(): Promise<void> {
  const ctx = ciContext();
  const telemetry = telemetryConfig(); // validates endpoint/headers now, not at the end of the job
  const role = choiceInput(Input.RootSpan, ROLES, 'run');
  const override = optionalInput(Input.BuildId);
  const buildId = override ? validateBuildId(override, `input '${Input.BuildId}'`) : mintBuildId(ctx.jobName, ctx.buildNumber, ctx.sha);

  const inherited = inheritedParent();
  const traceId = inherited?.traceId ?? deriveTraceId(ctx);
  const runRootSpanId = deriveRootSpanId(ctx);
  // run: this job owns the run's root (deterministic id, so every job can point at it);
  // job: this job's own span, a child of that root.
  const spanId = role === 'run' ? runRootSpanId : randomSpanId();
  const parentSpanId = role === 'run' ? inherited?.spanId : (inherited?.spanId ?? runRootSpanId);
  const traceparent = formatTraceparent({ traceId, spanId, flags: 1 });

  saveState({
    [State.StartedAt]: String(Date.now()),
    [State.TraceId]: traceId,
    [State.SpanId]: spanId,
    [State.ParentSpanId]: parentSpanId ?? '',
    [State.BuildId]: buildId,
    [State.GitSha]: ctx.sha,
    [State.Role]: role
  });
  exportEnv({
    TRACEPARENT: traceparent,
    TRACESTATE: inherited ? process.env.TRACESTATE : undefined,
    GOLDENTHREAD_BUILD_ID: buildId,
    GOLDENTHREAD_TRACE_ID: traceId,
    GOLDENTHREAD_GIT_SHA: ctx.sha,
    // Not secrets: later goldenthread steps export to the same place under the same name.
    GOLDENTHREAD_OTLP_ENDPOINT: telemetry.endpoint,
    GOLDENTHREAD_SERVICE_NAME: telemetry.serviceName
  });
  setOutputs({
    [Output.TraceId]: traceId,
    [Output.SpanId]: spanId,
    [Output.Traceparent]: traceparent,
    [Output.BuildId]: buildId,
    [Output.GitSha]: ctx.sha
  });
  runner.info(`${inherited ? 'Joined' : 'Started'} trace ${traceId} (span ${spanId}, ${role} span); build id ${buildId}.`);
  appendSummary(`**goldenthread** build \`${buildId}\` · commit \`${ctx.sha.slice(0, 7)}\` · trace \`${traceId}\`\n`);
}
