/**
 * The names two steps must agree on, written once (docs/design.md, "Contracts"). A writer and
 * its reader that spell one of these differently break rollback's once-only guarantee without
 * any error, so no action spells them itself.
 */

/** Environment handed from step to step (GITHUB_ENV, or the Jenkins library's withEnv). */
export const ENV = {
  /** W3C trace context in OpenTelemetry's environment-carrier names. */
  traceparent: 'TRACEPARENT',
  tracestate: 'TRACESTATE',
  buildId: 'GOLDENTHREAD_BUILD_ID',
  traceId: 'GOLDENTHREAD_TRACE_ID',
  gitSha: 'GOLDENTHREAD_GIT_SHA',
  /** build-and-tag → rollout-patch: `registry/repo@sha256:…`. */
  imageRef: 'GOLDENTHREAD_IMAGE_REF',
  /** rollout-patch's previous-build-id, set by the user → otel-gate's baseline. */
  previousBuildId: 'GOLDENTHREAD_PREVIOUS_BUILD_ID',
  otlpEndpoint: 'GOLDENTHREAD_OTLP_ENDPOINT',
  serviceName: 'GOLDENTHREAD_SERVICE_NAME'
} as const;

/** Kubernetes annotations on the deployed object: rollout-patch writes, rollback-notify reads. */
export const ANNOTATION = {
  buildId: 'goldenthread.dev/build-id',
  gitSha: 'goldenthread.dev/git-sha',
  traceId: 'goldenthread.dev/trace-id',
  previousBuildId: 'goldenthread.dev/previous-build-id',
  previousImage: 'goldenthread.dev/previous-image',
  /** rollback-notify: the build this object was rolled back from (once per target and build). */
  rolledBack: 'goldenthread.dev/rolled-back-build-id',
  /** rollback-notify: the build people were told about (once per target and build). */
  notified: 'goldenthread.dev/notified-build-id'
} as const;

/** Git trailers of deploy and revert commits: rollout-patch writes, rollback-notify reads. */
export const TRAILER = {
  buildId: 'Goldenthread-Build-Id',
  gitSha: 'Goldenthread-Git-Sha',
  traceId: 'Goldenthread-Trace-Id',
  previousBuildId: 'Goldenthread-Previous-Build-Id',
  /** On a revert commit: the build it took back. */
  reverts: 'Goldenthread-Reverts-Build-Id'
} as const;

/** The git notes ref rollback-notify records its notification in (once per revert). */
export const NOTES_REF = 'refs/notes/goldenthread';

/**
 * Image labels (OCI annotation keys are reverse-DNS: image-spec annotations.md), so the image
 * itself names its build and trace; the `org.opencontainers.image.*` ones are OCI's own.
 */
export const IMAGE_LABEL = {
  source: 'org.opencontainers.image.source',
  revision: 'org.opencontainers.image.revision',
  created: 'org.opencontainers.image.created',
  version: 'org.opencontainers.image.version',
  buildId: 'dev.goldenthread.build-id',
  traceId: 'dev.goldenthread.trace-id'
} as const;

/** The container env rollout-patch injects, read back to know which build a template runs. */
export const POD_ENV = {
  resourceAttributes: 'OTEL_RESOURCE_ATTRIBUTES',
  buildId: ENV.buildId,
  gitSha: ENV.gitSha,
  traceparent: ENV.traceparent
} as const;

/** OpenSearch indices of the records (seed 004's names). */
export const RECORD_INDEX = {
  ciBuild: 'ci-build-metadata',
  deployment: 'deployment-metadata'
} as const;
