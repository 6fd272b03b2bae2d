export const id = 22;
export const ids = [22];
export const modules = {

/***/ 2022:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sendSpans: () => (/* binding */ sendSpans)
});

// EXTERNAL MODULE: ./node_modules/@opentelemetry/api/build/src/index.js
var src = __webpack_require__(3914);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/exporter-trace-otlp-http/build/src/index.js
var build_src = __webpack_require__(6004);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/resources/build/src/index.js
var resources_build_src = __webpack_require__(5647);
// EXTERNAL MODULE: ./node_modules/@opentelemetry/sdk-trace-base/build/src/index-shim.js
var index_shim = __webpack_require__(9644);
;// CONCATENATED MODULE: ./packages/core/src/semconv.ts
/**
 * Attribute names used on goldenthread spans and records, in one place.
 * Copied from the OpenTelemetry semantic conventions (CICD, VCS, container, deployment,
 * k8s registries; semconv 1.3x, "development"/"release candidate" status) rather than
 * importing the incubating entry point at run time. Our own names live under
 * `build.id` and `goldenthread.*` (docs/design.md §4).
 */
const ATTR_CICD_PIPELINE_NAME = 'cicd.pipeline.name';
const ATTR_CICD_PIPELINE_ACTION_NAME = 'cicd.pipeline.action.name';
const ATTR_CICD_PIPELINE_RUN_ID = 'cicd.pipeline.run.id';
const ATTR_CICD_PIPELINE_RUN_URL_FULL = 'cicd.pipeline.run.url.full';
const ATTR_CICD_PIPELINE_RESULT = 'cicd.pipeline.result';
const ATTR_CICD_PIPELINE_TASK_NAME = 'cicd.pipeline.task.name';
const ATTR_CICD_PIPELINE_TASK_TYPE = 'cicd.pipeline.task.type';
const ATTR_CICD_PIPELINE_TASK_RUN_ID = 'cicd.pipeline.task.run.id';
const ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL = 'cicd.pipeline.task.run.url.full';
const ATTR_CICD_PIPELINE_TASK_RUN_RESULT = 'cicd.pipeline.task.run.result';
const ATTR_CICD_SYSTEM_COMPONENT = 'cicd.system.component';
const ATTR_ERROR_TYPE = 'error.type';
const ATTR_VCS_REPOSITORY_URL_FULL = 'vcs.repository.url.full';
const ATTR_VCS_REF_HEAD_NAME = 'vcs.ref.head.name';
const ATTR_VCS_REF_HEAD_REVISION = 'vcs.ref.head.revision';
const ATTR_VCS_CHANGE_ID = 'vcs.change.id';
const ATTR_SERVICE_NAME = 'service.name';
const ATTR_SERVICE_VERSION = 'service.version';
const ATTR_CONTAINER_IMAGE_NAME = 'container.image.name';
const ATTR_CONTAINER_IMAGE_TAGS = 'container.image.tags';
const ATTR_CONTAINER_IMAGE_REPO_DIGESTS = 'container.image.repo_digests';
const ATTR_DEPLOYMENT_ENVIRONMENT_NAME = 'deployment.environment.name';
const ATTR_K8S_NAMESPACE_NAME = 'k8s.namespace.name';
/** goldenthread's own names. `build.id` is what the gate queries (Prometheus label `build_id`). */
const ATTR_BUILD_ID = 'build.id';
const ATTR_GOLDENTHREAD_RUN_ATTEMPT = 'goldenthread.run.attempt';
const ATTR_GOLDENTHREAD_CI_SYSTEM = 'goldenthread.ci.system';
const ATTR_GOLDENTHREAD_OUTCOME_SOURCE = 'goldenthread.outcome.source';
/** Values of `cicd.pipeline.result` (semconv enum). */
const PIPELINE_RESULTS = (/* unused pure expression or super */ null && (['success', 'failure', 'error', 'timeout', 'cancellation', 'skip']));
/** otel-gate's verdict on its own span. */
const ATTR_GOLDENTHREAD_GATE_VERDICT = 'goldenthread.gate.verdict';
const ATTR_GOLDENTHREAD_GATE_BACKEND = 'goldenthread.gate.backend';
const ATTR_GOLDENTHREAD_GATE_REQUESTS = 'goldenthread.gate.requests';
const ATTR_GOLDENTHREAD_GATE_ERROR_RATE = 'goldenthread.gate.error_rate';
const ATTR_GOLDENTHREAD_GATE_P99_MS = 'goldenthread.gate.p99_ms';
const ATTR_GOLDENTHREAD_GATE_LOOKS = 'goldenthread.gate.looks';
const ATTR_GOLDENTHREAD_BASELINE_BUILD_ID = 'goldenthread.baseline.build_id';

;// CONCATENATED MODULE: ./packages/core/src/otel-export.ts





/**
 * Hands each span the id we already decided on (the deterministic root id, or the id
 * a step announced in TRACEPARENT before it finished).
 */
class PlannedIds {
    next = '';
    generateTraceId() {
        return this.next.split(':')[0];
    }
    generateSpanId() {
        return this.next.split(':')[1];
    }
}
function timeout(ms) {
    return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms).unref());
}
async function sendSpans(config, records) {
    const started = Date.now();
    const ids = new PlannedIds();
    const collected = new index_shim/* InMemorySpanExporter */.O4();
    const provider = new index_shim/* BasicTracerProvider */.l({
        resource: (0,resources_build_src.resourceFromAttributes)({ [ATTR_SERVICE_NAME]: config.serviceName }),
        idGenerator: ids,
        // CI spans are few and each one matters: record them even under an unsampled parent.
        sampler: new index_shim/* AlwaysOnSampler */.f4(),
        spanProcessors: [new index_shim/* SimpleSpanProcessor */.tg(collected)]
    });
    const tracer = provider.getTracer('goldenthread');
    for (const record of records) {
        ids.next = `${record.traceId}:${record.spanId}`;
        const parent = record.parentSpanId
            ? src.trace.setSpanContext(src.ROOT_CONTEXT, {
                traceId: record.traceId,
                spanId: record.parentSpanId,
                traceFlags: src.TraceFlags.SAMPLED,
                isRemote: true
            })
            : src.ROOT_CONTEXT;
        const span = tracer.startSpan(record.name, {
            kind: record.kind,
            startTime: record.startTimeMs,
            attributes: record.attributes,
            links: record.links,
            root: !record.parentSpanId
        }, parent);
        span.setStatus(record.status);
        span.end(record.endTimeMs);
    }
    const exporter = new build_src/* OTLPTraceExporter */.Q({
        url: config.endpoint,
        headers: config.headers,
        timeoutMillis: config.budgetMs
    });
    const spans = collected.getFinishedSpans();
    const result = await Promise.race([
        new Promise((resolve) => exporter.export(spans, resolve)),
        timeout(config.budgetMs)
    ]);
    // Do not wait for shutdown: a black-holed collector must not hold the step.
    void exporter.shutdown().catch(() => undefined);
    const elapsedMs = Date.now() - started;
    if (result === 'timeout') {
        return { exported: 0, ok: false, elapsedMs, error: `no answer within the ${config.budgetMs} ms budget` };
    }
    if (result.code !== 0) {
        return { exported: 0, ok: false, elapsedMs, error: result.error?.message ?? 'export failed' };
    }
    return { exported: spans.length, ok: true, elapsedMs };
}


/***/ })

};

//# sourceMappingURL=22.index.js.map