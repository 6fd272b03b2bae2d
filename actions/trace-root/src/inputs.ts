import {
  choiceInput,
  ConfigurationError,
  optionalInput,
  secretInput,
  telemetryConfig,
  validateBuildId,
  type PipelineResult,
  type TelemetryConfig
} from '@goldenthread/core';
import { Input, ROLES, type Role } from './constants.js';

/** Every input of trace-root, read and validated before anything is exported, saved or written. */
export interface TraceRootInputs {
  /** otlp-endpoint, otlp-headers, otlp-timeout, service-name and the OTEL_* variables. */
  telemetry: TelemetryConfig;
  role: Role;
  /** The build id to use instead of the minted one. */
  buildId?: string;
  environment?: string;
  githubToken?: string;
  /** The job's result when the runner knows it (Jenkins), already mapped to semconv. */
  jobStatus?: PipelineResult;
}

/** GitHub conclusions, Jenkins results and semconv values, all mapped to cicd.pipeline.result. */
const RESULTS: Record<string, PipelineResult> = {
  success: 'success',
  failure: 'failure',
  error: 'error',
  timeout: 'timeout',
  timed_out: 'timeout',
  cancelled: 'cancellation',
  cancellation: 'cancellation',
  skipped: 'skip',
  skip: 'skip',
  unstable: 'failure',
  aborted: 'cancellation',
  not_built: 'skip'
};

export function resultFromStatus(status: string): PipelineResult {
  const result = RESULTS[status.trim().toLowerCase()];
  if (!result) {
    throw new ConfigurationError(
      `Invalid input '${Input.JobStatus}': '${status}'. Expected a GitHub conclusion (success, failure, ` +
        `cancelled, skipped, timed_out) or a Jenkins result (SUCCESS, UNSTABLE, FAILURE, ABORTED, NOT_BUILT).`
    );
  }
  return result;
}

export function readInputs(): TraceRootInputs {
  const buildId = optionalInput(Input.BuildId);
  const jobStatus = optionalInput(Input.JobStatus);
  return {
    telemetry: telemetryConfig(),
    role: choiceInput(Input.RootSpan, ROLES, 'run'),
    buildId: buildId === undefined ? undefined : validateBuildId(buildId, `input '${Input.BuildId}'`),
    environment: optionalInput(Input.Environment),
    githubToken: secretInput(Input.GithubToken),
    jobStatus: jobStatus === undefined ? undefined : resultFromStatus(jobStatus)
  };
}
