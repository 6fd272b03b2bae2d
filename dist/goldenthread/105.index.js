export const id = 105;
export const ids = [
    105,
    967
];
export const modules = {
    55105: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            SERVE_LIMITS: ()=>SERVE_LIMITS,
            Sessions: ()=>Sessions,
            publicError: ()=>publicError,
            readServeToken: ()=>readServeToken,
            serve: ()=>serve
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
        var node_fs__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
        var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37067);
        var node_http__WEBPACK_IMPORTED_MODULE_2___default = __webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
        var _goldenthread_core_records__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59967);
        var _backends_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(61825);
        var _backends_selection_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(31516);
        var _inputs_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(66270);
        var _judge_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6635);
        var _report_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(5414);
        const SERVE_LIMITS = {
            requestTimeoutMs: 1e4,
            headersTimeoutMs: 5e3,
            maxHeaderBytes: 8 * 1024,
            maxBodyBytes: 1024,
            verdictDeadlineMs: 25e3,
            maxErrorChars: 300,
            drainMs: 1e4,
            maxSessions: 256,
            idleMaxDurations: 2,
            maxMeasurements: 100
        };
        const SECRET_ASSIGNMENT = /\b((?:authorization|api[-_]?key|apikey|password|passwd|secret|token|access_token)["']?\s*[:=]\s*["']?)[^\s"',&}]+/gi;
        function publicError(text) {
            const scrubbed = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lO)(text).replace(SECRET_ASSIGNMENT, "$1***").replace(/[\r\n\t]+/g, " ");
            const max = SERVE_LIMITS.maxErrorChars;
            return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed;
        }
        function readServeToken() {
            const file = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)("serve-token-file");
            const inline = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)("serve-token");
            if (file && inline) {
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1("Inputs 'serve-token' and 'serve-token-file' are exclusive: give one.");
            }
            let token = inline;
            if (file) {
                try {
                    token = (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, "utf8").trim();
                } catch (error) {
                    const why = error.code ?? (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error);
                    throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid input 'serve-token-file': cannot read '${file}' (${why}). Expected a file holding the bearer token.`);
                }
            }
            if (token === undefined) return undefined;
            if (!/^[\x21-\x7e]{16,}$/.test(token)) {
                const source = file ? "input 'serve-token-file' content" : "input 'serve-token'";
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid ${source}: expected at least 16 printable characters, no spaces.`);
            }
            (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$l)(token);
            return (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.SI)().createHash("sha256").update(token).digest();
        }
        function authorized(header, expected) {
            if (!expected) return true;
            const match = /^Bearer ([\x21-\x7e]+)$/.exec(header ?? "");
            const given = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.SI)().createHash("sha256").update(match ? match[1] : "").digest();
            return (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.SI)().timingSafeEqual(given, expected) && match !== null;
        }
        function listenInputs() {
            const portText = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)("serve-port") ?? process.env.PORT ?? "8080";
            const port = Number(portText);
            if (!/^\d+$/.test(portText) || port > 65535) {
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid input 'serve-port': '${portText}'. Expected a TCP port (0-65535).`);
            }
            const host = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$m)("serve-address") ?? "127.0.0.1";
            if (!/^[A-Za-z0-9.:-]+$/.test(host)) {
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid input 'serve-address': '${host}'. Expected an IP address or host name to listen on, ` + "e.g. 0.0.0.0 in a pod.");
            }
            return {
                host,
                port
            };
        }
        class Sessions {
            thresholds;
            backend;
            selection;
            sessions = new Map;
            constructor(thresholds, backend, selection){
                this.thresholds = thresholds;
                this.backend = backend;
                this.selection = selection;
            }
            async ask(params) {
                const now = new Date;
                let buildId;
                let baselineBuildId;
                let windowStart;
                try {
                    buildId = (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.cp)(params.get("build_id") ?? "", "query parameter build_id");
                    const baseline = params.get("baseline_build_id") || undefined;
                    baselineBuildId = baseline && (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.cp)(baseline, "query parameter baseline_build_id");
                    if (baselineBuildId === buildId) throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid query parameter baseline_build_id: '${baselineBuildId}' is the build being judged. Expected the stable build.`);
                    windowStart = this.windowStart(params.get("window_start") ?? undefined, now);
                } catch (error) {
                    return {
                        status: 400,
                        body: {
                            error: publicError((0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error))
                        }
                    };
                }
                const session = this.session(buildId, baselineBuildId, windowStart, now);
                if (session.final) return session.final;
                session.inFlight ??= this.look(session).finally(()=>{
                    session.inFlight = undefined;
                });
                return session.inFlight;
            }
            windowStart(text, now) {
                if (text === undefined) return undefined;
                const what = "query parameter window_start";
                const start = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_6__.Wg)(text, now, what);
                const maxMs = this.thresholds.maxDurationMs;
                if (start && now.getTime() - start.getTime() > maxMs) {
                    throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid ${what}: '${text}' is more than max-duration (${(0, _judge_js__WEBPACK_IMPORTED_MODULE_7__.Gx)(maxMs)}) ago. ` + "Expected when the rollout step began, within max-duration.");
                }
                return start;
            }
            session(buildId, baselineBuildId, windowStart, now) {
                const nowMs = now.getTime();
                const idleMs = SERVE_LIMITS.idleMaxDurations * this.thresholds.maxDurationMs;
                for (const [key, s] of this.sessions){
                    if (nowMs - s.lastAskedMs <= idleMs) break;
                    this.sessions.delete(key);
                }
                const key = JSON.stringify([
                    buildId,
                    baselineBuildId ?? "",
                    windowStart?.toISOString() ?? ""
                ]);
                let session = this.sessions.get(key);
                if (session) this.sessions.delete(key);
                else {
                    const settings = {
                        ...this.thresholds,
                        count: undefined,
                        buildId,
                        baselineBuildId,
                        windowStart
                    };
                    session = {
                        buildId,
                        baselineBuildId,
                        openedAt: now,
                        lastAskedMs: nowMs,
                        looks: 0,
                        measurements: [],
                        judge: new _judge_js__WEBPACK_IMPORTED_MODULE_7__.Ih(settings, this.backend)
                    };
                    while(this.sessions.size >= SERVE_LIMITS.maxSessions)this.sessions.delete(this.sessions.keys().next().value);
                    _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`build ${buildId}${baselineBuildId ? ` vs ${baselineBuildId}` : ""}: analysis session opened` + `${windowStart ? ` (window from ${windowStart.toISOString()})` : " (window from its first look)"}.`);
                }
                session.lastAskedMs = nowMs;
                this.sessions.set(key, session);
                return session;
            }
            async look(session) {
                try {
                    const now = new Date;
                    const { judge } = session;
                    const measurement = await judge.look(++session.looks, now);
                    if (measurement.error) measurement.error = publicError(measurement.error);
                    session.measurements.push(measurement);
                    session.measurements.splice(0, session.measurements.length - SERVE_LIMITS.maxMeasurements);
                    const start = Date.parse(judge.window.start);
                    const expired = now.getTime() - start >= this.thresholds.maxDurationMs;
                    let decided;
                    if (judge.decided() || expired) {
                        const { verdict, reason } = judge.verdict();
                        decided = verdict;
                        session.final = {
                            status: 200,
                            body: this.record(session, verdict, reason)
                        };
                        _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`build ${session.buildId}: ${verdict} (${reason}); the answer is final.`);
                    }
                    if (measurement.error && decided !== "fail") {
                        const error = publicError(`backend ${this.backend.name} could not be read: ${measurement.error}`);
                        return {
                            status: 503,
                            body: {
                                error,
                                build_id: session.buildId
                            }
                        };
                    }
                    if (session.final) return session.final;
                    const elapsed = now.getTime() - start;
                    const estimate = judge.estimate ? `; ${judge.estimate.text}` : "";
                    const reason = `not decided yet: ${(0, _judge_js__WEBPACK_IMPORTED_MODULE_7__.Gx)(elapsed)} of window after ${session.looks} look(s); a pass needs at least ` + `min-duration (${(0, _judge_js__WEBPACK_IMPORTED_MODULE_7__.Gx)(this.thresholds.minDurationMs)}), and the answer is final by max-duration ` + `(${(0, _judge_js__WEBPACK_IMPORTED_MODULE_7__.Gx)(this.thresholds.maxDurationMs)})${estimate}`;
                    return {
                        status: 200,
                        body: this.record(session, _goldenthread_core_records__WEBPACK_IMPORTED_MODULE_3__.PENDING_VERDICT, reason)
                    };
                } catch (error) {
                    return {
                        status: 500,
                        body: {
                            error: publicError((0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error))
                        }
                    };
                }
            }
            record(session, verdict, reason) {
                const { judge } = session;
                const outcome = {
                    verdict: verdict === _goldenthread_core_records__WEBPACK_IMPORTED_MODULE_3__.PENDING_VERDICT ? "inconclusive" : verdict,
                    reason,
                    metrics: judge.metrics,
                    measurements: [
                        ...session.measurements
                    ],
                    last: judge.last,
                    window: judge.window,
                    estimate: judge.estimate
                };
                const record = (0, _report_js__WEBPACK_IMPORTED_MODULE_8__.Z5)(outcome, {
                    buildId: session.buildId,
                    baselineBuildId: session.baselineBuildId,
                    backend: this.backend.name,
                    startedAt: session.openedAt,
                    gatePassed: verdict === "pass",
                    selection: this.selection
                });
                for (const m of record.metrics)if (m.detail) m.detail = publicError(m.detail);
                return {
                    ...record,
                    verdict,
                    gate_passed: verdict === _goldenthread_core_records__WEBPACK_IMPORTED_MODULE_3__.PENDING_VERDICT ? undefined : record.gate_passed
                };
            }
        }
        async function serve() {
            const { backend: name, backendOptions } = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_6__.h5)();
            const thresholds = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_6__.rZ)(name);
            if (thresholds.windowStart) {
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1("Input 'window-start' does not apply to serve: every analysis has its own window. " + "Expected the query parameter window_start on each request, or none (the first request opens the window).");
            }
            const backend = _backends_index_js__WEBPACK_IMPORTED_MODULE_4__.A[name]({
                ...backendOptions,
                warn: (message)=>_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.warning(publicError(message))
            });
            const { host, port } = listenInputs();
            const token = readServeToken();
            const sessions = new Sessions(thresholds, backend, (0, _backends_selection_js__WEBPACK_IMPORTED_MODULE_5__.e9)(backendOptions.selection));
            function send(res, status, body, headers = {}) {
                if (res.headersSent) return;
                res.writeHead(status, {
                    "content-type": "application/json",
                    "cache-control": "no-store",
                    ...headers
                });
                res.end(JSON.stringify(body));
            }
            let inFlight = 0;
            async function handle(req, res) {
                let url;
                try {
                    url = new URL(req.url ?? "/", "http://gate");
                } catch  {
                    return send(res, 400, {
                        error: "malformed request target"
                    }, {
                        connection: "close"
                    });
                }
                const length = Number(req.headers["content-length"] ?? 0);
                if (req.headers["transfer-encoding"] || !(length <= SERVE_LIMITS.maxBodyBytes)) {
                    return send(res, 413, {
                        error: `request body over ${SERVE_LIMITS.maxBodyBytes} bytes`
                    }, {
                        connection: "close"
                    });
                }
                if (req.method !== "GET" && req.method !== "HEAD") {
                    return send(res, 405, {
                        error: "only GET"
                    }, {
                        allow: "GET, HEAD"
                    });
                }
                if (url.pathname === "/healthz") return send(res, 200, {
                    ok: true
                });
                if (url.pathname !== "/v1/verdict") {
                    return send(res, 404, {
                        error: "GET /v1/verdict?build_id=<build id> or /healthz"
                    });
                }
                if (!authorized(req.headers.authorization, token)) {
                    const challenge = {
                        "www-authenticate": 'Bearer realm="otel-gate"'
                    };
                    return send(res, 401, {
                        error: "missing or wrong bearer token"
                    }, challenge);
                }
                inFlight++;
                let timer;
                try {
                    const deadline = new Promise((resolve)=>{
                        const ms = SERVE_LIMITS.verdictDeadlineMs;
                        timer = setTimeout(()=>resolve({
                                status: 503,
                                body: {
                                    error: `no verdict within ${ms} ms`
                                }
                            }), ms);
                    });
                    const answer = await Promise.race([
                        sessions.ask(url.searchParams),
                        deadline
                    ]);
                    send(res, answer.status, answer.body);
                } catch (error) {
                    send(res, 500, {
                        error: publicError((0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error))
                    });
                } finally{
                    clearTimeout(timer);
                    inFlight--;
                }
            }
            const server = (0, node_http__WEBPACK_IMPORTED_MODULE_2__.createServer)({
                maxHeaderSize: SERVE_LIMITS.maxHeaderBytes,
                requestTimeout: SERVE_LIMITS.requestTimeoutMs,
                headersTimeout: SERVE_LIMITS.headersTimeoutMs,
                connectionsCheckingInterval: 1e3
            }, (req, res)=>{
                req.resume();
                handle(req, res).catch((error)=>send(res, 500, {
                        error: publicError((0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error))
                    }));
            });
            server.on("clientError", (error, socket)=>{
                const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? "408 Request Timeout" : "400 Bad Request";
                if (socket.writable) socket.end(`HTTP/1.1 ${status}\r
connection: close\r
content-length: 0\r
\r
`);
                else socket.destroy();
            });
            await new Promise((resolve, reject)=>{
                server.once("error", (error)=>reject(new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Cannot listen on ${host}:${port} (${error.code ?? (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error)}). ` + "Check inputs 'serve-address' and 'serve-port'.")));
                server.listen(port, host, resolve);
            });
            const address = server.address();
            const bound = typeof address === "object" && address ? address.port : port;
            _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`otel-gate serving on http://${host}:${bound}/v1/verdict${token ? " (a bearer token is required)" : ""}`);
            await new Promise((resolve)=>{
                const stop = (signal)=>{
                    _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`${signal}: draining ${inFlight} in-flight request(s), then stopping.`);
                    server.close(()=>resolve());
                    server.closeIdleConnections();
                    setTimeout(()=>{
                        server.closeAllConnections();
                        resolve();
                    }, SERVE_LIMITS.drainMs).unref();
                };
                process.once("SIGTERM", ()=>stop("SIGTERM"));
                process.once("SIGINT", ()=>stop("SIGINT"));
            });
        }
    },
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
