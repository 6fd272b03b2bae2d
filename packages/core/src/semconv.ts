/**
 * Attribute names used on goldenthread spans and records, in one place, pinned to the
 * OpenTelemetry semantic conventions v1.44.0 (open-telemetry/semantic-conventions at
 * e10a930844c6951757a43b849d364f7d056ac32b: model/cicd/{registry,entities,spans}.yaml,
 * model/vcs/{registry,entities}.yaml, model/oci/registry.yaml), written out rather than
 * importing the incubating entry point at run time. test/core/semconv-registry.test.ts checks
 * them against an extract of those files. Our own names are `build.id` and `goldenthread.*`
 * (docs/design.md §4).
 */
export const SEMCONV_VERSION = '1.44.0' as const;
/** The schema the spans and their resource follow (OTLP `schema_url`). */
export const SEMCONV_SCHEMA_URL = `https://opentelemetry.io/schemas/${SEMCONV_VERSION}` as const;

export const ATTR_CICD_PIPELINE_NAME = 'cicd.pipeline.name' as const;
export const ATTR_CICD_PIPELINE_ACTION_NAME = 'cicd.pipeline.action.name' as const;
export const ATTR_CICD_PIPELINE_RUN_ID = 'cicd.pipeline.run.id' as const;
export const ATTR_CICD_PIPELINE_RUN_URL_FULL = 'cicd.pipeline.run.url.full' as const;
export const ATTR_CICD_PIPELINE_RESULT = 'cicd.pipeline.result' as const;
export const ATTR_CICD_PIPELINE_TASK_NAME = 'cicd.pipeline.task.name' as const;
export const ATTR_CICD_PIPELINE_TASK_TYPE = 'cicd.pipeline.task.type' as const;
export const ATTR_CICD_PIPELINE_TASK_RUN_ID = 'cicd.pipeline.task.run.id' as const;
export const ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL = 'cicd.pipeline.task.run.url.full' as const;
export const ATTR_CICD_PIPELINE_TASK_RUN_RESULT = 'cicd.pipeline.task.run.result' as const;
export const ATTR_CICD_WORKER_ID = 'cicd.worker.id' as const;
export const ATTR_CICD_WORKER_NAME = 'cicd.worker.name' as const;
export const ATTR_CICD_WORKER_URL_FULL = 'cicd.worker.url.full' as const;
export const ATTR_CICD_SYSTEM_COMPONENT = 'cicd.system.component' as const;
export const ATTR_ERROR_TYPE = 'error.type' as const;

export const ATTR_VCS_REPOSITORY_URL_FULL = 'vcs.repository.url.full' as const;
export const ATTR_VCS_REPOSITORY_NAME = 'vcs.repository.name' as const;
export const ATTR_VCS_REF_HEAD_NAME = 'vcs.ref.head.name' as const;
export const ATTR_VCS_REF_HEAD_REVISION = 'vcs.ref.head.revision' as const;
export const ATTR_VCS_REF_TYPE = 'vcs.ref.type' as const;
export const ATTR_VCS_CHANGE_ID = 'vcs.change.id' as const;

/** The digest an image is known by: the pushed manifest's, or the index's for a multi-arch image. */
export const ATTR_OCI_MANIFEST_DIGEST = 'oci.manifest.digest' as const;

export const ATTR_SERVICE_NAME = 'service.name' as const;
export const ATTR_SERVICE_VERSION = 'service.version' as const;
export const ATTR_CONTAINER_IMAGE_NAME = 'container.image.name' as const;
export const ATTR_CONTAINER_IMAGE_TAGS = 'container.image.tags' as const;
export const ATTR_CONTAINER_IMAGE_REPO_DIGESTS = 'container.image.repo_digests' as const;
export const ATTR_DEPLOYMENT_ENVIRONMENT_NAME = 'deployment.environment.name' as const;
export const ATTR_K8S_NAMESPACE_NAME = 'k8s.namespace.name' as const;

/** goldenthread's own names. `build.id` is what the gate queries (Prometheus label `build_id`). */
export const ATTR_BUILD_ID = 'build.id' as const;
export const ATTR_GOLDENTHREAD_RUN_ATTEMPT = 'goldenthread.run.attempt' as const;
export const ATTR_GOLDENTHREAD_CI_SYSTEM = 'goldenthread.ci.system' as const;
export const ATTR_GOLDENTHREAD_OUTCOME_SOURCE = 'goldenthread.outcome.source' as const;

/** Values of `cicd.pipeline.result` and of `cicd.pipeline.task.run.result` (the same semconv enum). */
export const PIPELINE_RESULTS = ['success', 'failure', 'error', 'timeout', 'cancellation', 'skip'] as const;
export type PipelineResult = (typeof PIPELINE_RESULTS)[number];

/** otel-gate's verdict on its own span. */
export const ATTR_GOLDENTHREAD_GATE_VERDICT = 'goldenthread.gate.verdict' as const;
export const ATTR_GOLDENTHREAD_GATE_BACKEND = 'goldenthread.gate.backend' as const;
export const ATTR_GOLDENTHREAD_GATE_REQUESTS = 'goldenthread.gate.requests' as const;
export const ATTR_GOLDENTHREAD_GATE_ERROR_RATE = 'goldenthread.gate.error_rate' as const;
export const ATTR_GOLDENTHREAD_GATE_P99_MS = 'goldenthread.gate.p99_ms' as const;
export const ATTR_GOLDENTHREAD_GATE_LOOKS = 'goldenthread.gate.looks' as const;
export const ATTR_GOLDENTHREAD_BASELINE_BUILD_ID = 'goldenthread.baseline.build_id' as const;
