export const id = 493;
export const ids = [
    493
];
export const modules = {
    52463: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Uw: ()=>State,
            gg: ()=>ROLES,
            k7: ()=>Output,
            pd: ()=>Input
        });
        const ACTION = "trace-root";
        const Input = {
            RootSpan: "root-span",
            BuildId: "build-id",
            Environment: "environment",
            GithubToken: "github-token",
            JobStatus: "job-status"
        };
        const Output = {
            TraceId: "trace-id",
            SpanId: "span-id",
            Traceparent: "traceparent",
            BuildId: "build-id",
            GitSha: "git-sha"
        };
        const State = {
            StartedAt: "started-at",
            TraceId: "trace-id",
            SpanId: "span-id",
            ParentSpanId: "parent-span-id",
            BuildId: "build-id",
            GitSha: "git-sha",
            Role: "root-span"
        };
        const ROLES = [
            "run",
            "job"
        ];
    },
    8805: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            K: ()=>readInputs
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52463);
        const RESULTS = {
            success: "success",
            failure: "failure",
            error: "error",
            timeout: "timeout",
            timed_out: "timeout",
            cancelled: "cancellation",
            cancellation: "cancellation",
            skipped: "skip",
            skip: "skip",
            unstable: "failure",
            aborted: "cancellation",
            not_built: "skip"
        };
        function resultFromStatus(status) {
            const result = RESULTS[status.trim().toLowerCase()];
            if (!result) {
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.JobStatus}': '${status}'. Expected a GitHub conclusion (success, failure, ` + `cancelled, skipped, timed_out) or a Jenkins result (SUCCESS, UNSTABLE, FAILURE, ABORTED, NOT_BUILT).`);
            }
            return result;
        }
        function readInputs() {
            const buildId = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)(_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.BuildId);
            const jobStatus = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)(_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.JobStatus);
            return {
                telemetry: (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.qF)(),
                role: (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.ij)(_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.RootSpan, _constants_js__WEBPACK_IMPORTED_MODULE_1__.gg, "run"),
                buildId: buildId === undefined ? undefined : (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.cp)(buildId, `input '${_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.BuildId}'`),
                environment: (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)(_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.Environment),
                githubToken: (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.jY)(_constants_js__WEBPACK_IMPORTED_MODULE_1__.pd.GithubToken),
                jobStatus: jobStatus === undefined ? undefined : resultFromStatus(jobStatus)
            };
        }
    },
    42493: (module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__)=>{
            try {
                __webpack_require__.r(__webpack_exports__);
                var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
                var _start_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78226);
                await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Cs)("trace-root", _start_js__WEBPACK_IMPORTED_MODULE_1__.C);
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    78226: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            C: ()=>startTrace
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52463);
        var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8805);
        async function startTrace() {
            const { telemetry, role, buildId: override } = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_2__.K)();
            const ctx = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.UN)();
            const buildId = override ?? (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.WD)(ctx.jobName, ctx.buildNumber, ctx.sha);
            const inherited = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.sA)();
            const traceId = inherited?.traceId ?? (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.at)(ctx);
            const runRootSpanId = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.v0)(ctx);
            const spanId = role === "run" ? runRootSpanId : (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.d$)();
            const parentSpanId = role === "run" ? inherited?.spanId : inherited?.spanId ?? runRootSpanId;
            const traceparent = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.z2)({
                traceId,
                spanId,
                flags: 1
            });
            (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.LZ)({
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.StartedAt]: String(Date.now()),
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.TraceId]: traceId,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.SpanId]: spanId,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.ParentSpanId]: parentSpanId ?? "",
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.BuildId]: buildId,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.GitSha]: ctx.sha,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.Uw.Role]: role
            });
            (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.EE)({
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.traceparent]: traceparent,
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.tracestate]: inherited ? process.env[_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.tracestate] : undefined,
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.buildId]: buildId,
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.traceId]: traceId,
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.gitSha]: ctx.sha,
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.otlpEndpoint]: telemetry.endpoint,
                [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Km.serviceName]: telemetry.serviceName
            });
            (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.n0)({
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.k7.TraceId]: traceId,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.k7.SpanId]: spanId,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.k7.Traceparent]: traceparent,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.k7.BuildId]: buildId,
                [_constants_js__WEBPACK_IMPORTED_MODULE_1__.k7.GitSha]: ctx.sha
            });
            _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`${inherited ? "Joined" : "Started"} trace ${traceId} (span ${spanId}, ${role} span); build id ${buildId}.`);
            (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.fe)(`**goldenthread** build \`${buildId}\` \xb7 commit \`${ctx.sha.slice(0, 7)}\` \xb7 trace \`${traceId}\`
`);
        }
    }
};
