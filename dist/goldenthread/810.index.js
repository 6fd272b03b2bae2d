export const id = 810;
export const ids = [
    810
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
    6060: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            t: ()=>endTrace
        });
        var src = __webpack_require__(82398);
        var constants = __webpack_require__(52463);
        var src_inputs = __webpack_require__(8805);
        function resultFromSteps(steps) {
            const conclusions = steps.map((step)=>step.conclusion);
            if (conclusions.includes("failure")) return "failure";
            if (conclusions.includes("timed_out")) return "timeout";
            if (conclusions.includes("cancelled")) return "cancellation";
            return "success";
        }
        async function outcomeFromApi(ctx, token) {
            const [owner, repo] = ctx.repository.split("/");
            const octokit = await (0, src.$f)(token, ctx.apiUrl);
            const jobs = await octokit.paginate("GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs", {
                owner,
                repo,
                run_id: Number(ctx.runId),
                attempt_number: Number(ctx.runAttempt),
                per_page: 100
            });
            const mine = jobs.filter((job)=>job.status === "in_progress" && job.runner_name === ctx.runnerName);
            if (mine.length !== 1) {
                src.lj.warning(`Could not single out this job among ${jobs.length} in the API answer (runner '${ctx.runnerName ?? ""}').`);
                return undefined;
            }
            const starts = jobs.map((job)=>Date.parse(job.started_at ?? "")).filter(Number.isFinite);
            return {
                result: resultFromSteps(mine[0].steps ?? []),
                job: {
                    id: String(mine[0].id),
                    url: mine[0].html_url ?? undefined
                },
                runStartedAtMs: starts.length > 0 ? Math.min(...starts) : undefined
            };
        }
        async function jobOutcome(ctx, traceId, inputs) {
            if (inputs.jobStatus) return {
                result: inputs.jobStatus,
                source: "input"
            };
            const token = inputs.githubToken;
            if (token && ctx.system === "github") {
                try {
                    const fromApi = await outcomeFromApi(ctx, token);
                    if (fromApi) return {
                        ...fromApi,
                        source: "github-api"
                    };
                } catch (error) {
                    src.lj.warning(`Could not read the job's outcome from the GitHub API (${(0, src.gJ)(error)}); using what goldenthread's steps recorded.`);
                }
            }
            const recorded = (0, src.OT)(traceId).map((step)=>step.outcome);
            const result = recorded.includes("failure") ? "failure" : recorded.includes("timeout") ? "timeout" : "success";
            return {
                result,
                source: "recorded-steps"
            };
        }
        ;
        function statusFor(result) {
            if (result === "success") return {
                code: src.lg.OK
            };
            if (result === "cancellation" || result === "skip") return {
                code: src.lg.UNSET
            };
            return {
                code: src.lg.ERROR,
                message: `pipeline ${result}`
            };
        }
        async function endTrace() {
            const traceId = (0, src.Gu)(constants.Uw.TraceId);
            const spanId = (0, src.Gu)(constants.Uw.SpanId);
            if (!traceId || !spanId) {
                src.lj.info("trace-root did not start a trace in this job (its main step failed or was skipped); nothing to end.");
                return;
            }
            const inputs = (0, src_inputs.K)();
            const ctx = (0, src.UN)();
            const role = (0, src.Gu)(constants.Uw.Role) === "job" ? "job" : "run";
            const outcome = await jobOutcome(ctx, traceId, inputs);
            const attributes = {
                [src.Mm]: ctx.runAttempt,
                [src.vN]: ctx.system,
                [src.Vz]: outcome.source,
                [src.T2]: (0, src.Gu)(constants.Uw.BuildId) ?? ""
            };
            if (role === "run") {
                attributes[src.MJ] = "RUN";
                attributes[src.rT] = outcome.result;
            } else {
                attributes[src.RO] = ctx.taskName;
                attributes[src.FI] = outcome.job?.id ?? spanId;
                const page = outcome.job?.url ?? ctx.runUrl;
                if (page) attributes[src.b6] = page;
                attributes[src.rb] = outcome.result;
            }
            if (outcome.result !== "success") attributes[src.oJ] = outcome.result;
            if (ctx.changeId) attributes[src.Gl] = ctx.changeId;
            if (inputs.environment) attributes[src.Ci] = inputs.environment;
            const savedStart = Number((0, src.Gu)(constants.Uw.StartedAt));
            const localStart = Number.isFinite(savedStart) && savedStart > 0 ? savedStart : Date.now();
            const startTimeMs = role === "run" && outcome.runStartedAtMs ? Math.min(outcome.runStartedAtMs, localStart) : localStart;
            src.lj.info(`Job outcome: ${outcome.result} (from ${outcome.source}).`);
            await (0, src.wT)(inputs.telemetry, [
                {
                    name: role === "run" ? `RUN ${ctx.pipelineName}` : ctx.taskName,
                    kind: role === "run" ? src.IJ.SERVER : src.IJ.INTERNAL,
                    traceId,
                    spanId,
                    parentSpanId: (0, src.Gu)(constants.Uw.ParentSpanId),
                    startTimeMs,
                    endTimeMs: Date.now(),
                    attributes,
                    status: statusFor(outcome.result)
                }
            ]);
        }
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
    1810: (module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__)=>{
            try {
                __webpack_require__.r(__webpack_exports__);
                var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
                var _end_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6060);
                await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Cs)("trace-root (post)", _end_js__WEBPACK_IMPORTED_MODULE_1__.t, {
                    warnOnly: true
                });
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    }
};
