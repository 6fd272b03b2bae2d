export * from './build-id.js';
export * from './builtins.js';
export * from './contracts/names.js';
export * from './contracts/record-files.js';
// The schemas and their reader/writer load on use: import them from '@goldenthread/core/records'.
export type {
  CiBuildRecord,
  DeploymentRecord,
  GithubDeploymentPayload,
  RollbackRecord,
  VerdictMetric,
  VerdictRecord
} from './contracts/records.js';
export * from './ci-context.js';
export * from './duration.js';
export * from './errors.js';
export * from './http.js';
export * from './ids.js';
export * from './outcomes.js';
export * from './redact.js';
export * from './run-action.js';
export * as runner from './runner-commands.js';
export * from './runner-io.js';
export * from './semconv.js';
export * from './step-span.js';
export * from './telemetry.js';
export * from './traceparent.js';
export * from './github.js';
export * from './github-deployments.js';
