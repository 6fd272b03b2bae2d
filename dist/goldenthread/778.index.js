export const id = 778;
export const ids = [
    778
];
export const modules = {
    27778: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            sendSpans: ()=>sendSpans
        });
        var _opentelemetry_api__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63914);
        var _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69107);
        var _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75647);
        var _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19644);
        var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(10796);
        var _semconv_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(41276);
        class PlannedIds {
            next = "";
            generateTraceId() {
                return this.next.split(":")[0];
            }
            generateSpanId() {
                return this.next.split(":")[1];
            }
        }
        function finishedSpans(config, records) {
            const ids = new PlannedIds;
            const collected = new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_1__.O4;
            const provider = new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_1__.l({
                resource: (0, _opentelemetry_resources__WEBPACK_IMPORTED_MODULE_2__.resourceFromAttributes)(config.resource, {
                    schemaUrl: _semconv_js__WEBPACK_IMPORTED_MODULE_3__.cE
                }),
                idGenerator: ids,
                sampler: new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_1__.f4,
                spanProcessors: [
                    new _opentelemetry_sdk_trace_base__WEBPACK_IMPORTED_MODULE_1__.tg(collected)
                ]
            });
            const tracer = provider.getTracer("goldenthread", undefined, {
                schemaUrl: _semconv_js__WEBPACK_IMPORTED_MODULE_3__.cE
            });
            for (const record of records){
                ids.next = `${record.traceId}:${record.spanId}`;
                const parent = record.parentSpanId ? _opentelemetry_api__WEBPACK_IMPORTED_MODULE_4__.trace.setSpanContext(_opentelemetry_api__WEBPACK_IMPORTED_MODULE_4__.ROOT_CONTEXT, {
                    traceId: record.traceId,
                    spanId: record.parentSpanId,
                    traceFlags: _opentelemetry_api__WEBPACK_IMPORTED_MODULE_4__.TraceFlags.SAMPLED,
                    isRemote: true
                }) : _opentelemetry_api__WEBPACK_IMPORTED_MODULE_4__.ROOT_CONTEXT;
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
            return collected.getFinishedSpans();
        }
        async function sendSpans(config, records) {
            const started = Date.now();
            const spans = finishedSpans(config, records);
            const protobuf = config.protocol === "http/protobuf";
            const body = (protobuf ? _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_5__.nW : _opentelemetry_otlp_transformer__WEBPACK_IMPORTED_MODULE_5__.U1).serializeRequest(spans);
            if (!body) return {
                exported: 0,
                ok: false,
                elapsedMs: Date.now() - started,
                error: "the spans could not be encoded"
            };
            const elapsed = ()=>Date.now() - started;
            try {
                const response = await fetch(config.endpoint, {
                    method: "POST",
                    headers: {
                        ...config.headers,
                        "content-type": protobuf ? "application/x-protobuf" : "application/json"
                    },
                    body: body,
                    signal: AbortSignal.timeout(config.budgetMs)
                });
                const answer = await response.text();
                if (!response.ok) {
                    return {
                        exported: 0,
                        ok: false,
                        elapsedMs: elapsed(),
                        error: `HTTP ${response.status} ${(0, _redact_js__WEBPACK_IMPORTED_MODULE_0__.bp)(answer, 200)}`.trim()
                    };
                }
                return {
                    exported: spans.length,
                    ok: true,
                    elapsedMs: elapsed()
                };
            } catch (error) {
                const e = error;
                const reason = e?.name === "TimeoutError" ? `no answer within the ${config.budgetMs} ms budget` : e?.cause?.message ?? e?.message;
                return {
                    exported: 0,
                    ok: false,
                    elapsedMs: elapsed(),
                    error: (0, _redact_js__WEBPACK_IMPORTED_MODULE_0__.bp)(String(reason), 300)
                };
            }
        }
    }
};
