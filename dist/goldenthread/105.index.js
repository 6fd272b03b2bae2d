export const id = 105;
export const ids = [
    105
];
export const modules = {
    55105: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            SERVE_LIMITS: ()=>SERVE_LIMITS,
            publicError: ()=>publicError,
            readServeToken: ()=>readServeToken,
            serve: ()=>serve
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
        var node_fs__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
        var node_http__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37067);
        var node_http__WEBPACK_IMPORTED_MODULE_2___default = __webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_2__);
        var _backends_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61825);
        var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66270);
        var _judge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6635);
        var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5414);
        const SERVE_LIMITS = {
            requestTimeoutMs: 1e4,
            headersTimeoutMs: 5e3,
            maxHeaderBytes: 8 * 1024,
            maxBodyBytes: 1024,
            verdictDeadlineMs: 25e3,
            maxErrorChars: 300,
            drainMs: 1e4
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
        async function serve() {
            const { backend: name, backendOptions } = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_4__.h5)();
            const thresholds = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_4__.rZ)(name);
            const backend = _backends_index_js__WEBPACK_IMPORTED_MODULE_3__.A[name](backendOptions);
            const { host, port } = listenInputs();
            const token = readServeToken();
            async function verdict(url) {
                const buildId = url.searchParams.get("build_id") ?? "";
                const baseline = url.searchParams.get("baseline_build_id") || undefined;
                try {
                    (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.cp)(buildId, "query parameter build_id");
                    if (baseline) (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.cp)(baseline, "query parameter baseline_build_id");
                } catch (error) {
                    return {
                        status: 400,
                        body: {
                            error: publicError((0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error))
                        }
                    };
                }
                const startedAt = new Date;
                const judge = new _judge_js__WEBPACK_IMPORTED_MODULE_5__.Ih({
                    ...thresholds,
                    buildId,
                    baselineBuildId: baseline,
                    count: 1
                }, backend);
                const measurement = await judge.look(1);
                const outcome = {
                    ...judge.verdict(),
                    metrics: judge.metrics,
                    measurements: [
                        measurement
                    ],
                    last: judge.last
                };
                if (measurement.error && outcome.verdict !== "fail") {
                    const error = publicError(`backend ${backend.name} could not be read: ${measurement.error}`);
                    return {
                        status: 503,
                        body: {
                            error,
                            build_id: buildId
                        }
                    };
                }
                if (measurement.error) measurement.error = publicError(measurement.error);
                const gatePassed = outcome.verdict === "pass";
                const context = {
                    buildId,
                    baselineBuildId: baseline,
                    backend: backend.name,
                    startedAt,
                    gatePassed
                };
                const record = (0, _report_js__WEBPACK_IMPORTED_MODULE_6__.Z5)(outcome, context);
                for (const m of record.metrics)if (m.detail) m.detail = publicError(m.detail);
                return {
                    status: 200,
                    body: record
                };
            }
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
                        verdict(url),
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
    }
};
