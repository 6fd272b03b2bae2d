import {
  appendSummary,
  ciContext,
  deriveRootSpanId,
  deriveTraceId,
  exportEnv,
  formatTraceparent,
  mintBuildId,
  ENV,
  inheritedTraceparent,
  randomSpanId,
  saveState,
  setOutputs,
  runner
} from '@goldenthread/core';
import { Output, State } from './constants.js';
import { readInputs } from './inputs.js';

export async function startTrace(): Promise<void> {
  // Every input (the post step's too) and the CI facts are checked before anything is handed on.
  const { telemetry, role, buildId: override } = readInputs();
  const ctx = ciContext();
  const buildId = override ?? mintBuildId(ctx.jobName, ctx.buildNumber, ctx.sha);

  const inherited = inheritedTraceparent(); // joined when valid (docs/design.md, Identifiers)
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
    [ENV.traceparent]: traceparent,
    [ENV.tracestate]: inherited ? process.env[ENV.tracestate] : undefined,
    [ENV.buildId]: buildId,
    [ENV.traceId]: traceId,
    [ENV.gitSha]: ctx.sha,
    // Not secrets: later goldenthread steps export to the same place under the same name.
    [ENV.otlpEndpoint]: telemetry.endpoint,
    [ENV.serviceName]: telemetry.serviceName
  });
  setOutputs({
    [Output.TraceId]: traceId,
    [Output.SpanId]: spanId,
    [Output.Traceparent]: traceparent,
    [Output.BuildId]: buildId,
    [Output.GitSha]: ctx.sha
  });
  runner.info(
    `${inherited ? 'Joined' : 'Started'} trace ${traceId} (span ${spanId}, ${role} span); build id ${buildId}.`
  );
  appendSummary(`**goldenthread** build \`${buildId}\` · commit \`${ctx.sha.slice(0, 7)}\` · trace \`${traceId}\`\n`);
}
