export const id = 967;
export const ids = [
    967
];
export const modules = {
    59967: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            CiBuildRecordSchema: ()=>CiBuildRecordSchema,
            DeploymentRecordSchema: ()=>DeploymentRecordSchema,
            GithubDeploymentPayloadSchema: ()=>GithubDeploymentPayloadSchema,
            PENDING_VERDICT: ()=>PENDING_VERDICT,
            RECORD_KINDS: ()=>_record_files_js__WEBPACK_IMPORTED_MODULE_4__.eO,
            ROLLBACK_ACTIONS: ()=>_record_files_js__WEBPACK_IMPORTED_MODULE_4__.P9,
            RollbackRecordSchema: ()=>RollbackRecordSchema,
            VERDICTS: ()=>_record_files_js__WEBPACK_IMPORTED_MODULE_4__.bk,
            VerdictMetricSchema: ()=>VerdictMetricSchema,
            VerdictRecordSchema: ()=>VerdictRecordSchema,
            defaultRecordPath: ()=>_record_files_js__WEBPACK_IMPORTED_MODULE_4__.sl,
            formatMetricValue: ()=>_record_files_js__WEBPACK_IMPORTED_MODULE_4__.dd,
            parseRecord: ()=>parseRecord,
            readRecord: ()=>readRecord,
            recordJson: ()=>recordJson,
            runnerTemp: ()=>_record_files_js__WEBPACK_IMPORTED_MODULE_4__.X5,
            writeRecord: ()=>writeRecord
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
        var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
        var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
        var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
        var zod_mini__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88532);
        var zod_mini__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(28395);
        var zod_mini__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(73305);
        var zod_locales__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(30252);
        var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
        var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10796);
        var _record_files_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26698);
        zod_mini__WEBPACK_IMPORTED_MODULE_5__.$W((0, zod_locales__WEBPACK_IMPORTED_MODULE_6__.A)());
        const buildId = zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.Fk(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/));
        const isoTime = zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP();
        const count = zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.qm(0));
        const CiBuildRecordSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
            build_id: buildId,
            job_name: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            build_number: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            branch: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            image_name: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            image_tag: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            image_digest: zod_mini__WEBPACK_IMPORTED_MODULE_7__.mee(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            commits: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YOg(zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
                commit_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                author: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                email: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                message: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()
            })),
            authors: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YOg(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            build_status: zod_mini__WEBPACK_IMPORTED_MODULE_7__.k5n([
                "success",
                "failure"
            ]),
            timestamp: isoTime,
            trace_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            run_url: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            builder: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            error: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP())
        });
        const DeploymentRecordSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
            build_id: buildId,
            image_digest: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            image_ref: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            namespace: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            kind: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            name: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            strategy: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            replicas: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig()),
            environment: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            mode: zod_mini__WEBPACK_IMPORTED_MODULE_7__.k5n([
                "kubernetes",
                "gitops"
            ]),
            revision: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            commit: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            changed: zod_mini__WEBPACK_IMPORTED_MODULE_7__.zMY(),
            previous_image: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            previous_build_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            github_deployment_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.Whr().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.NC())),
            timestamp: isoTime,
            trace_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()
        });
        const GithubDeploymentPayloadSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
            build_id: buildId,
            trace_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            image_ref: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()
        });
        const VerdictMetricSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
            name: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            query: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            value: zod_mini__WEBPACK_IMPORTED_MODULE_7__.mee(zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig()),
            baseline_value: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.mee(zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig())),
            threshold: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            samples: zod_mini__WEBPACK_IMPORTED_MODULE_7__.mee(count),
            result: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            detail: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP())
        });
        const VerdictRecordSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
            verdict: zod_mini__WEBPACK_IMPORTED_MODULE_7__.k5n(_record_files_js__WEBPACK_IMPORTED_MODULE_4__.bk),
            gate_passed: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.zMY()),
            reason: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            build_id: buildId,
            baseline_build_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(buildId),
            backend: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            window: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
                start: isoTime,
                end: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(isoTime)
            })),
            selection: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            metrics: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YOg(VerdictMetricSchema),
            measurements: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YOg(zod_mini__WEBPACK_IMPORTED_MODULE_7__.L5J())),
            started_at: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(isoTime),
            finished_at: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(isoTime),
            trace_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            span_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            decision_estimate: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
                text: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                seconds: zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.qm(0)),
                requests_per_second: zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.qm(0)),
                max_duration_seconds: zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.qm(0)),
                detectable_ratio: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.aig().check(zod_mini__WEBPACK_IMPORTED_MODULE_8__.qm(1)))
            }))
        });
        const PENDING_VERDICT = "pending";
        const RollbackRecordSchema = zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
            build_id: buildId,
            action: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            target: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            previous_build_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            reason: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
                verdict: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.k5n(_record_files_js__WEBPACK_IMPORTED_MODULE_4__.bk)),
                failing: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YOg(zod_mini__WEBPACK_IMPORTED_MODULE_7__.Ikc({
                    name: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                    value: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                    threshold: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
                    samples: zod_mini__WEBPACK_IMPORTED_MODULE_7__.mee(count)
                }))
            })),
            notified: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YOg(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            notify_error: zod_mini__WEBPACK_IMPORTED_MODULE_7__.lqM(zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()),
            idempotency_key: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP(),
            dry_run: zod_mini__WEBPACK_IMPORTED_MODULE_7__.zMY(),
            timestamp: isoTime,
            trace_id: zod_mini__WEBPACK_IMPORTED_MODULE_7__.YjP()
        });
        const SCHEMAS = {
            "ci-build": CiBuildRecordSchema,
            deployment: DeploymentRecordSchema,
            verdict: VerdictRecordSchema,
            rollback: RollbackRecordSchema
        };
        function recordJson(kind, record) {
            return (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(JSON.stringify(SCHEMAS[kind].parse(record), null, 2)) + "\n";
        }
        function writeRecord(kind, path, record) {
            const text = recordJson(kind, record);
            (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), {
                recursive: true
            });
            (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, text);
        }
        function parseRecord(kind, data, input) {
            const result = SCHEMAS[kind].safeParse(data);
            if (result.success) return result.data;
            const problems = result.error.issues.slice(0, 5).map((issue)=>`${issue.path.join(".") || "(top)"}: ${issue.message}`).join("; ");
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`Input '${input}' is not a valid ${kind} record (${problems}).`);
        }
        function readRecord(kind, path, input) {
            let text;
            try {
                text = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, "utf8");
            } catch  {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`Input '${input}': '${path}' cannot be read. Pass the ${kind} record file.`);
            }
            let data;
            try {
                data = JSON.parse(text);
            } catch  {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`Input '${input}': '${path}' is not JSON. Pass the ${kind} record file.`);
            }
            return parseRecord(kind, data, input);
        }
    }
};
