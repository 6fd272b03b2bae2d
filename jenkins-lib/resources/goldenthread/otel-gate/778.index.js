export const id = 778;
export const ids = [778];
export const modules = {

/***/ 27778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sendSpans: () => (/* binding */ sendSpans)
/* harmony export */ });
/* harmony import */ var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(63914);
/* harmony import */ var _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(86004);
/* harmony import */ var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75647);
/* harmony import */ var _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19644);
/* harmony import */ var _semconv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41276);





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
    const collected = new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__/* .InMemorySpanExporter */ .O4();
    const provider = new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__/* .BasicTracerProvider */ .l({
        resource: (0,_opentelemetry_resources__WEBPACK_IMPORTED_MODULE_1__.resourceFromAttributes)({ [_semconv_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTR_SERVICE_NAME */ .UX]: config.serviceName }),
        idGenerator: ids,
        // CI spans are few and each one matters: record them even under an unsampled parent.
        sampler: new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__/* .AlwaysOnSampler */ .f4(),
        spanProcessors: [new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_0__/* .SimpleSpanProcessor */ .tg(collected)]
    });
    const tracer = provider.getTracer('goldenthread');
    for (const record of records) {
        ids.next = `${record.traceId}:${record.spanId}`;
        const parent = record.parentSpanId
            ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.trace.setSpanContext(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.ROOT_CONTEXT, {
                traceId: record.traceId,
                spanId: record.parentSpanId,
                traceFlags: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.TraceFlags.SAMPLED,
                isRemote: true
            })
            : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_3__.ROOT_CONTEXT;
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
    const exporter = new _opentelemetry_exporter_trace_otlp_http__WEBPACK_IMPORTED_MODULE_4__/* .OTLPTraceExporter */ .Q({
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

//# sourceMappingURL=778.index.js.map