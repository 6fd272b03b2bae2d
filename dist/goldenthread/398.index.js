export const id = 398;
export const ids = [
    398
];
export const modules = {
    68867: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            WD: ()=>mintBuildId,
            cp: ()=>validateBuildId
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
        const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
        const MAX_SAFE_JOB = 40;
        function safeJobName(jobName) {
            const safe = jobName.toLowerCase().replace(/[^a-z0-9]+/g, "-").slice(0, MAX_SAFE_JOB).replace(/^-+|-+$/g, "");
            return safe || "job";
        }
        function shortSha(sha) {
            if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid commit sha '${sha}'. Expected 7 to 64 hex characters.`);
            }
            return sha.slice(0, 7).toLowerCase();
        }
        function mintBuildId(jobName, buildNumber, sha) {
            if (!/^[0-9]+$/.test(buildNumber)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid build number '${buildNumber}'. Expected a whole number.`);
            }
            return `${safeJobName(jobName)}-${buildNumber}-${shortSha(sha)}`;
        }
        function validateBuildId(buildId, inputName = "build-id") {
            if (!OCI_TAG.test(buildId)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid ${inputName} '${buildId}'. Expected a valid image tag: 1-128 characters of ` + `[A-Za-z0-9_.-], not starting with '.' or '-' (e.g. ci-42-1a2b3c4).`);
            }
            return buildId;
        }
    },
    69093: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Q: ()=>childProcess,
            S: ()=>nodeCrypto
        });
        var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
        var node_module__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
        const requireBuiltin = (0, node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
        const load = (id)=>process.getBuiltinModule ? process.getBuiltinModule(id) : requireBuiltin(id);
        const nodeCrypto = ()=>load("node:crypto");
        const childProcess = ()=>load("node:child_process");
    },
    79845: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            AH: ()=>TRAILER,
            H_: ()=>IMAGE_LABEL,
            Km: ()=>ENV,
            YX: ()=>ANNOTATION,
            Zp: ()=>RECORD_INDEX,
            sD: ()=>NOTES_REF,
            y: ()=>POD_ENV
        });
        const ENV = {
            traceparent: "TRACEPARENT",
            tracestate: "TRACESTATE",
            buildId: "GOLDENTHREAD_BUILD_ID",
            traceId: "GOLDENTHREAD_TRACE_ID",
            gitSha: "GOLDENTHREAD_GIT_SHA",
            imageRef: "GOLDENTHREAD_IMAGE_REF",
            previousBuildId: "GOLDENTHREAD_PREVIOUS_BUILD_ID",
            otlpEndpoint: "GOLDENTHREAD_OTLP_ENDPOINT",
            serviceName: "GOLDENTHREAD_SERVICE_NAME"
        };
        const ANNOTATION = {
            buildId: "goldenthread.dev/build-id",
            gitSha: "goldenthread.dev/git-sha",
            traceId: "goldenthread.dev/trace-id",
            previousBuildId: "goldenthread.dev/previous-build-id",
            previousImage: "goldenthread.dev/previous-image",
            rolledBack: "goldenthread.dev/rolled-back-build-id",
            notified: "goldenthread.dev/notified-build-id"
        };
        const TRAILER = {
            buildId: "Goldenthread-Build-Id",
            gitSha: "Goldenthread-Git-Sha",
            traceId: "Goldenthread-Trace-Id",
            previousBuildId: "Goldenthread-Previous-Build-Id",
            reverts: "Goldenthread-Reverts-Build-Id"
        };
        const NOTES_REF = "refs/notes/goldenthread";
        const IMAGE_LABEL = {
            source: "org.opencontainers.image.source",
            revision: "org.opencontainers.image.revision",
            created: "org.opencontainers.image.created",
            version: "org.opencontainers.image.version",
            buildId: "dev.goldenthread.build-id",
            traceId: "dev.goldenthread.trace-id"
        };
        const POD_ENV = {
            resourceAttributes: "OTEL_RESOURCE_ATTRIBUTES",
            buildId: ENV.buildId,
            gitSha: ENV.gitSha,
            traceparent: ENV.traceparent
        };
        const RECORD_INDEX = {
            ciBuild: "ci-build-metadata",
            deployment: "deployment-metadata"
        };
    },
    26698: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            P9: ()=>ROLLBACK_ACTIONS,
            X5: ()=>runnerTemp,
            bk: ()=>VERDICTS,
            dd: ()=>formatMetricValue,
            eO: ()=>RECORD_KINDS,
            sl: ()=>defaultRecordPath
        });
        var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
        var node_os__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
        var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
        var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
        const RECORD_KINDS = [
            "ci-build",
            "deployment",
            "verdict",
            "rollback"
        ];
        const VERDICTS = [
            "pass",
            "fail",
            "inconclusive",
            "hold"
        ];
        const ROLLBACK_ACTIONS = [
            "abort",
            "undo",
            "revert",
            "none"
        ];
        function runnerTemp(env = process.env) {
            return env.RUNNER_TEMP || (0, node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)();
        }
        function defaultRecordPath(kind, buildIdValue, env = process.env) {
            const prefix = {
                "ci-build": "build",
                deployment: "rollout-patch",
                verdict: "otel-gate",
                rollback: "rollback"
            }[kind];
            return (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runnerTemp(env), `${prefix}-${buildIdValue}.json`);
        }
        function formatMetricValue(name, value) {
            if (value === undefined || value === null) return "–";
            if (name.startsWith("error-rate-vs")) return `${value.toFixed(2)}\xd7`;
            if (name === "error-rate") return `${(value * 100).toFixed(2)}%`;
            if (name.includes("latency")) return `${Math.round(value)} ms`;
            return String(Number(value.toPrecision(6)));
        }
    },
    29713: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            E: ()=>parseDuration
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
        const UNITS = {
            ms: 1,
            s: 1e3,
            m: 6e4,
            h: 36e5
        };
        function parseDuration(text, inputName) {
            const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
            if (!match) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid ${inputName} '${text}'. Expected a duration such as 500ms, 5s, 2m or 1h.`);
            }
            return Math.round(Number(match[1]) * UNITS[match[2] ?? "ms"]);
        }
    },
    37638: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Hb: ()=>ExpectedFailure,
            Qw: ()=>TimeoutFailure,
            gJ: ()=>errorMessage,
            j1: ()=>ConfigurationError
        });
        class ExpectedFailure extends Error {
            constructor(message){
                super(message);
                this.name = "ExpectedFailure";
            }
        }
        class ConfigurationError extends ExpectedFailure {
            constructor(message){
                super(message);
                this.name = "ConfigurationError";
            }
        }
        function errorMessage(error) {
            return error instanceof Error ? error.message : String(error);
        }
        class TimeoutFailure extends ExpectedFailure {
            constructor(message){
                super(message);
                this.name = "TimeoutFailure";
            }
        }
    },
    60662: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            $f: ()=>githubClient,
            QH: ()=>ownerRepo
        });
        const GITHUB_REQUEST_TIMEOUT_MS = 1e4;
        async function githubClient(token, apiUrl = process.env.GITHUB_API_URL, timeoutMs = GITHUB_REQUEST_TIMEOUT_MS) {
            const { getOctokit } = await __webpack_require__.e(413).then(__webpack_require__.bind(__webpack_require__, 92413));
            return getOctokit(token, {
                ...apiUrl ? {
                    baseUrl: apiUrl
                } : {},
                request: {
                    fetch: (url, init)=>fetchWithin(timeoutMs, url, init)
                }
            });
        }
        async function fetchWithin(timeoutMs, url, init) {
            const res = await fetch(url, {
                ...init,
                signal: AbortSignal.timeout(timeoutMs)
            });
            const body = [
                101,
                204,
                205,
                304
            ].includes(res.status) ? null : await res.arrayBuffer();
            const copy = new Response(body, {
                status: res.status,
                statusText: res.statusText,
                headers: res.headers
            });
            Object.defineProperty(copy, "url", {
                value: res.url
            });
            return copy;
        }
        function ownerRepo(repository) {
            const match = /([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(repository);
            return match ? {
                owner: match[1],
                repo: match[2]
            } : undefined;
        }
    },
    61457: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            FS: ()=>useProxyFromEnvironment,
            Tt: ()=>getJson,
            ZA: ()=>parseHeaderList,
            j$: ()=>HttpError,
            th: ()=>proxyForUrl
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
        var _runner_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51448);
        var _redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10796);
        function parseHeaderList(text, source) {
            const headers = {};
            for (const pair of text.split(/[,\n]/)){
                if (pair.trim() === "") continue;
                const eq = pair.indexOf("=");
                const key = eq > 0 ? pair.slice(0, eq).trim() : "";
                if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(key)) {
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid ${source}: expected comma-separated key=value pairs (e.g. authorization=Bearer%20abc).`);
                }
                let value = pair.slice(eq + 1).trim();
                try {
                    value = decodeURIComponent(value);
                } catch  {}
                (0, _runner_io_js__WEBPACK_IMPORTED_MODULE_1__.$l)(value);
                headers[key] = value;
            }
            return headers;
        }
        class HttpError extends Error {
            status;
            constructor(message, status){
                super(message);
                this.status = status;
                this.name = "HttpError";
            }
        }
        async function getJson(url, options) {
            const where = (0, _redact_js__WEBPACK_IMPORTED_MODULE_2__.BO)(url.toString());
            let response;
            try {
                response = await fetch(url, {
                    headers: {
                        accept: "application/json",
                        ...options.headers
                    },
                    signal: AbortSignal.timeout(options.timeoutMs)
                });
            } catch (error) {
                const reason = error?.name === "TimeoutError" ? `no answer within ${options.timeoutMs} ms` : (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ)(error?.cause ?? error);
                throw new HttpError(`GET ${where}: ${reason}`, 0);
            }
            const text = await response.text();
            if (!response.ok) {
                throw new HttpError(`GET ${where}: HTTP ${response.status} ${(0, _redact_js__WEBPACK_IMPORTED_MODULE_2__.bp)(text, 200)}`.trim(), response.status);
            }
            try {
                return JSON.parse(text);
            } catch  {
                throw new HttpError(`GET ${where}: answer is not JSON`, response.status);
            }
        }
        function proxyForUrl(target, env = process.env) {
            let url;
            try {
                url = new URL(target);
            } catch  {
                return undefined;
            }
            const proxy = url.protocol === "https:" ? env.https_proxy ?? env.HTTPS_PROXY ?? env.http_proxy ?? env.HTTP_PROXY : url.protocol === "http:" ? env.http_proxy ?? env.HTTP_PROXY : undefined;
            if (!proxy) return undefined;
            const host = url.host.replace(/:\d*$/, "").toLowerCase();
            const port = Number(url.port) || (url.protocol === "https:" ? 443 : 80);
            const noProxy = env.no_proxy ?? env.NO_PROXY ?? "";
            if (noProxy.trim() === "*") return undefined;
            for (const entry of noProxy.split(/[,\s]/).filter(Boolean)){
                const parsed = /^(.+):(\d+)$/.exec(entry);
                const name = (parsed ? parsed[1] : entry).replace(/^\*?\./, "").toLowerCase();
                if (parsed && Number(parsed[2]) !== port) continue;
                if (host === name || host.endsWith(`.${name}`)) return undefined;
            }
            return proxy;
        }
        const PROXY_VARIABLES = [
            "https_proxy",
            "HTTPS_PROXY",
            "http_proxy",
            "HTTP_PROXY"
        ];
        async function useProxyFromEnvironment(env = process.env) {
            if (!PROXY_VARIABLES.some((name)=>env[name])) return;
            const { EnvHttpProxyAgent, setGlobalDispatcher } = await __webpack_require__.e(752).then(__webpack_require__.t.bind(__webpack_require__, 46752, 19));
            try {
                setGlobalDispatcher(new EnvHttpProxyAgent);
            } catch (error) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`The proxy in HTTPS_PROXY / HTTP_PROXY is not usable (${(0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ)(error)}). Expected a URL such as http://proxy.example:3128.`);
            }
        }
    },
    82398: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            YX: ()=>names.YX,
            T2: ()=>semconv.T2,
            MJ: ()=>semconv.MJ,
            rT: ()=>semconv.rT,
            RO: ()=>semconv.RO,
            FI: ()=>semconv.FI,
            rb: ()=>semconv.rb,
            b6: ()=>semconv.b6,
            Cp: ()=>semconv.Cp,
            X: ()=>semconv.X,
            um: ()=>semconv.um,
            Ci: ()=>semconv.Ci,
            oJ: ()=>semconv.oJ,
            Rk: ()=>semconv.Rk,
            vN: ()=>semconv.vN,
            T_: ()=>semconv.T_,
            _W: ()=>semconv._W,
            Xq: ()=>semconv.Xq,
            ME: ()=>semconv.ME,
            f0: ()=>semconv.f0,
            sk: ()=>semconv.sk,
            Vz: ()=>semconv.Vz,
            Mm: ()=>semconv.Mm,
            lo: ()=>semconv.lo,
            T9: ()=>semconv.T9,
            HZ: ()=>semconv.HZ,
            Gl: ()=>semconv.Gl,
            Sx: ()=>semconv.Sx,
            j1: ()=>errors.j1,
            Km: ()=>names.Km,
            Hb: ()=>errors.Hb,
            j$: ()=>http.j$,
            H_: ()=>names.H_,
            sD: ()=>names.sD,
            y: ()=>names.y,
            Zp: ()=>names.Zp,
            IJ: ()=>SPAN_KIND,
            lg: ()=>STATUS_CODE,
            AH: ()=>names.AH,
            Qw: ()=>errors.Qw,
            fe: ()=>runner_io.fe,
            tE: ()=>runner_io.tE,
            u7: ()=>runner_io.u7,
            ij: ()=>runner_io.ij,
            UN: ()=>ciContext,
            Yy: ()=>createDeployment,
            sl: ()=>record_files.sl,
            v0: ()=>deriveRootSpanId,
            at: ()=>deriveTraceId,
            Ts: ()=>runner_io.Ts,
            gJ: ()=>errors.gJ,
            EE: ()=>runner_io.EE,
            wT: ()=>exportSpans,
            _k: ()=>findDeployment,
            dd: ()=>record_files.dd,
            z2: ()=>formatTraceparent,
            Tt: ()=>http.Tt,
            Gu: ()=>runner_io.Gu,
            $f: ()=>github.$f,
            wX: ()=>githubDeploymentInputs,
            sA: ()=>inheritedTraceparent,
            $l: ()=>runner_io.$l,
            WD: ()=>build_id.WD,
            $B: ()=>redact.$B,
            SI: ()=>builtins.S,
            $m: ()=>runner_io.$m,
            ZA: ()=>http.ZA,
            d$: ()=>randomSpanId,
            OT: ()=>readStepOutcomes,
            lO: ()=>redact.E$,
            BO: ()=>redact.BO,
            YF: ()=>runner_io.YF,
            Cs: ()=>runAction,
            lj: ()=>runner_commands,
            X5: ()=>record_files.X5,
            LZ: ()=>runner_io.LZ,
            jY: ()=>runner_io.jY,
            e9: ()=>setDeploymentStatus,
            n0: ()=>runner_io.n0,
            qF: ()=>telemetryConfig,
            cp: ()=>build_id.cp,
            BV: ()=>withStepSpan
        });
        var build_id = __webpack_require__(68867);
        var builtins = __webpack_require__(69093);
        var names = __webpack_require__(79845);
        var record_files = __webpack_require__(26698);
        var external_node_fs_ = __webpack_require__(73024);
        var errors = __webpack_require__(37638);
        var semconv = __webpack_require__(41276);
        function required(env, names, system) {
            const missing = names.filter((name)=>!env[name]);
            if (missing.length > 0) {
                throw new errors.j1(`Missing CI context for ${system}: ${missing.join(", ")} not set. ` + `Run inside GitHub Actions or Jenkins, or set these variables yourself.`);
            }
            return Object.fromEntries(names.map((name)=>[
                    name,
                    env[name]
                ]));
        }
        function readEvent(path) {
            if (!path) return {};
            try {
                const event = JSON.parse((0, external_node_fs_.readFileSync)(path, "utf8"));
                return typeof event === "object" && event !== null ? event : {};
            } catch  {
                return {};
            }
        }
        function githubContext(env) {
            const v = required(env, [
                "GITHUB_REPOSITORY",
                "GITHUB_RUN_ID",
                "GITHUB_SHA"
            ], "GitHub Actions");
            const event = readEvent(env.GITHUB_EVENT_PATH);
            const pullRequest = event.pull_request;
            const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
            const attempt = env.GITHUB_RUN_ATTEMPT || "1";
            const repoUrl = `${server}/${v.GITHUB_REPOSITORY}`;
            return {
                system: "github",
                repository: v.GITHUB_REPOSITORY,
                runId: v.GITHUB_RUN_ID,
                runAttempt: attempt,
                pipelineName: env.GITHUB_WORKFLOW || "ci",
                jobName: env.GITHUB_WORKFLOW || env.GITHUB_JOB || "ci",
                taskName: env.GITHUB_JOB || "job",
                buildNumber: env.GITHUB_RUN_NUMBER || v.GITHUB_RUN_ID,
                sha: v.GITHUB_SHA,
                headSha: pullRequest?.head?.sha || v.GITHUB_SHA,
                refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || "",
                refType: env.GITHUB_HEAD_REF ? "branch" : refType(env.GITHUB_REF_TYPE),
                changeId: pullRequest?.number !== undefined ? String(pullRequest.number) : undefined,
                actor: env.GITHUB_ACTOR,
                runUrl: `${repoUrl}/actions/runs/${v.GITHUB_RUN_ID}/attempts/${attempt}`,
                repositoryUrl: repoUrl,
                apiUrl: env.GITHUB_API_URL,
                runnerName: env.RUNNER_NAME,
                worker: env.RUNNER_NAME ? {
                    id: env.RUNNER_NAME,
                    name: env.RUNNER_NAME
                } : undefined
            };
        }
        function jenkinsSha(env) {
            if (env.GIT_COMMIT || !env.WORKSPACE) return env.GIT_COMMIT;
            const clean = Object.fromEntries(Object.entries(process.env).filter(([name])=>!name.startsWith("GIT_")));
            try {
                const out = (0, builtins.Q)().execFileSync("git", [
                    "rev-parse",
                    "--verify",
                    "--quiet",
                    "HEAD"
                ], {
                    cwd: env.WORKSPACE,
                    env: clean,
                    encoding: "utf8",
                    timeout: 1e4,
                    stdio: [
                        "ignore",
                        "pipe",
                        "ignore"
                    ]
                }).trim();
                return /^[0-9a-f]{40,64}$/.test(out) ? out : undefined;
            } catch  {
                return undefined;
            }
        }
        function jenkinsContext(env) {
            const sha = jenkinsSha(env);
            const v = required({
                ...env,
                GIT_COMMIT: sha
            }, [
                "JOB_NAME",
                "BUILD_NUMBER",
                "GIT_COMMIT"
            ], "Jenkins");
            return {
                system: "jenkins",
                repository: v.JOB_NAME,
                runId: v.BUILD_NUMBER,
                runAttempt: "1",
                pipelineName: v.JOB_NAME,
                jobName: v.JOB_NAME,
                taskName: env.STAGE_NAME || v.JOB_NAME,
                buildNumber: v.BUILD_NUMBER,
                sha: v.GIT_COMMIT,
                headSha: v.GIT_COMMIT,
                refName: env.TAG_NAME || env.BRANCH_NAME || env.GIT_BRANCH || "",
                refType: env.TAG_NAME ? "tag" : env.BRANCH_NAME ? "branch" : undefined,
                changeId: env.CHANGE_ID || undefined,
                actor: env.CHANGE_AUTHOR || env.BUILD_USER_ID,
                runUrl: env.BUILD_URL,
                repositoryUrl: env.GIT_URL ? browsableRepositoryUrl(env.GIT_URL) : undefined,
                worker: jenkinsWorker(env)
            };
        }
        function refType(value) {
            return value === "branch" || value === "tag" ? value : undefined;
        }
        function jenkinsWorker(env) {
            const name = env.NODE_NAME;
            if (!name) return undefined;
            const base = env.JENKINS_URL ? env.JENKINS_URL.replace(/\/*$/, "/") : undefined;
            const page = name === "built-in" || name === "master" ? `(${name})` : encodeURIComponent(name);
            return {
                id: name,
                name,
                url: base ? `${base}computer/${page}/` : undefined
            };
        }
        function browsableRepositoryUrl(cloneUrl) {
            const text = cloneUrl.trim();
            const scp = /^(?:[^@/\s]+@)?([A-Za-z0-9.-]+):(?!\/\/)([^\s]+)$/.exec(text);
            let host;
            let path;
            let scheme = "https:";
            if (scp && !/^[A-Za-z]:[\\/]/.test(text)) {
                [, host, path] = scp;
            } else {
                let url;
                try {
                    url = new URL(text);
                } catch  {
                    return undefined;
                }
                if ([
                    "http:",
                    "https:"
                ].includes(url.protocol)) {
                    scheme = url.protocol;
                    host = url.host;
                } else if ([
                    "ssh:",
                    "git+ssh:",
                    "ssh+git:",
                    "git:"
                ].includes(url.protocol)) {
                    host = url.hostname;
                } else {
                    return undefined;
                }
                path = url.pathname;
            }
            if (!host) return undefined;
            const cleanPath = path.replace(/^\/+/, "").replace(/\/+$/, "").replace(/\.git$/, "");
            if (cleanPath === "") return undefined;
            return `${scheme}//${host.toLowerCase()}/${cleanPath}`;
        }
        function detectCiSystem(env = process.env) {
            if (env.GITHUB_ACTIONS === "true" || env.GITHUB_RUN_ID) return "github";
            if (env.JENKINS_URL || env.JOB_NAME && env.BUILD_NUMBER) return "jenkins";
            throw new errors.j1("Cannot tell which CI system this is. Set the GitHub variables (GITHUB_REPOSITORY, " + "GITHUB_RUN_ID, GITHUB_SHA) or the Jenkins ones (JOB_NAME, BUILD_NUMBER, GIT_COMMIT).");
        }
        function ciContext(env = process.env) {
            return detectCiSystem(env) === "github" ? githubContext(env) : jenkinsContext(env);
        }
        function ciResourceAttributes(ctx) {
            const attributes = {
                [semconv.pb]: ctx.pipelineName,
                [semconv.Jh]: ctx.runId,
                [semconv.Lf]: ctx.runUrl,
                [semconv.Sx]: ctx.sha,
                [semconv.E$]: ctx.refName || undefined,
                [semconv.S4]: ctx.refType
            };
            if (ctx.worker) {
                attributes[semconv["do"]] = ctx.worker.id;
                attributes[semconv.r0] = ctx.worker.name;
                attributes[semconv.bm] = ctx.worker.url;
            }
            if (ctx.repositoryUrl) {
                attributes[semconv.oT] = ctx.repositoryUrl;
                attributes[semconv.Yh] = ctx.repositoryUrl.split("/").pop();
            }
            return Object.fromEntries(Object.entries(attributes).filter(([, v])=>v));
        }
        var duration = __webpack_require__(29713);
        var http = __webpack_require__(61457);
        function digestHex(text) {
            return (0, builtins.S)().createHash("sha256").update(text, "utf8").digest("hex");
        }
        function nonZero(hex) {
            return /^0+$/.test(hex) ? hex.slice(0, -1) + "1" : hex;
        }
        function runSeed(key) {
            return `goldenthread/v1|${key.repository}|${key.runId}|${key.runAttempt}`;
        }
        function deriveTraceId(key) {
            return nonZero(digestHex(runSeed(key)).slice(0, 32));
        }
        function deriveRootSpanId(key) {
            return nonZero(digestHex(`${runSeed(key)}|root`).slice(0, 16));
        }
        function randomSpanId() {
            return nonZero((0, builtins.S)().randomBytes(8).toString("hex"));
        }
        var external_node_path_ = __webpack_require__(76760);
        function outcomesFile(traceId) {
            return (0, external_node_path_.join)((0, record_files.X5)(), `goldenthread-outcomes-${traceId}.jsonl`);
        }
        function recordStepOutcome(traceId, outcome) {
            try {
                (0, external_node_fs_.appendFileSync)(outcomesFile(traceId), JSON.stringify(outcome) + "\n");
            } catch  {}
        }
        function readStepOutcomes(traceId) {
            let text;
            try {
                text = (0, external_node_fs_.readFileSync)(outcomesFile(traceId), "utf8");
            } catch  {
                return [];
            }
            return text.split("\n").filter((line)=>line.trim() !== "").flatMap((line)=>{
                try {
                    return [
                        JSON.parse(line)
                    ];
                } catch  {
                    return [];
                }
            });
        }
        var redact = __webpack_require__(10796);
        var runner_commands = __webpack_require__(32090);
        const EXIT_GRACE_MS = 200;
        async function runAction(action, body, options = {}) {
            let outcome = "success";
            let message;
            try {
                await (0, http.FS)();
                await body();
            } catch (error) {
                outcome = error instanceof errors.Qw ? "timeout" : "failure";
                message = (0, redact.E$)(`${action} failed: ${(0, errors.gJ)(error)}`);
                const report = options.warnOnly ? runner_commands.warning : runner_commands.setFailed;
                report(message);
                if (!(error instanceof errors.Hb)) {
                    runner_commands.info(`This looks like a bug in goldenthread; please report it with this trace:
${error?.stack ?? String(error)}`);
                }
            }
            const traceId = process.env[names.Km.traceId];
            if (traceId && !options.warnOnly) recordStepOutcome(traceId, {
                step: action,
                outcome,
                message
            });
            setTimeout(()=>process.exit(), EXIT_GRACE_MS).unref();
        }
        var runner_io = __webpack_require__(51448);
        const TRACE_ID = /^[0-9a-f]{32}$/;
        const SPAN_ID = /^[0-9a-f]{16}$/;
        const HEADER = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
        function isValidTraceId(id) {
            return TRACE_ID.test(id) && !/^0+$/.test(id);
        }
        function isValidSpanId(id) {
            return SPAN_ID.test(id) && !/^0+$/.test(id);
        }
        function parseTraceparent(header) {
            const text = header.trim();
            const match = HEADER.exec(text);
            if (!match) {
                return {
                    ok: false,
                    reason: "expected 00-<32 lower-case hex>-<16 lower-case hex>-<2 hex>"
                };
            }
            const [, version, traceId, spanId, flags, rest] = match;
            if (version === "ff") return {
                ok: false,
                reason: "version ff is invalid"
            };
            if (version === "00" && rest !== undefined) {
                return {
                    ok: false,
                    reason: "version 00 has exactly four fields"
                };
            }
            if (!isValidTraceId(traceId)) return {
                ok: false,
                reason: "trace id is all zeros"
            };
            if (!isValidSpanId(spanId)) return {
                ok: false,
                reason: "parent id is all zeros"
            };
            return {
                ok: true,
                value: {
                    traceId,
                    spanId,
                    flags: parseInt(flags, 16)
                }
            };
        }
        function formatTraceparent(ids) {
            if (!isValidTraceId(ids.traceId)) throw new Error(`invalid trace id '${ids.traceId}'`);
            if (!isValidSpanId(ids.spanId)) throw new Error(`invalid span id '${ids.spanId}'`);
            const flags = (ids.flags & 255).toString(16).padStart(2, "0");
            return `00-${ids.traceId}-${ids.spanId}-${flags}`;
        }
        ;
        const OTLP_PROTOCOLS = [
            "http/json",
            "http/protobuf",
            "grpc"
        ];
        const SPAN_KIND = {
            INTERNAL: 0,
            SERVER: 1
        };
        const STATUS_CODE = {
            UNSET: 0,
            OK: 1,
            ERROR: 2
        };
        const TRACES_PATH = "/v1/traces";
        function tracesUrl(base, source) {
            let url;
            try {
                url = new URL(base);
            } catch  {
                throw new errors.j1(`Invalid ${source} '${base}'. Expected an http(s) URL such as http://collector:4318.`);
            }
            if (url.protocol !== "http:" && url.protocol !== "https:") {
                throw new errors.j1(`Invalid ${source} '${base}'. Expected an http:// or https:// URL.`);
            }
            if (url.pathname.endsWith(TRACES_PATH)) return url.toString();
            url.pathname = url.pathname.replace(/\/+$/, "") + TRACES_PATH;
            return url.toString();
        }
        function parseResourceAttributes(text) {
            if (!text || text.trim() === "") return {};
            const attributes = {};
            for (const pair of text.split(",")){
                const parts = pair.split("=");
                const key = parts.length === 2 ? decode(parts[0].trim()) : undefined;
                const value = parts.length === 2 ? decode(parts[1].trim()) : undefined;
                if (!key || value === undefined) {
                    runner_commands.warning("Ignoring OTEL_RESOURCE_ATTRIBUTES for the CI spans: expected key=value pairs separated by commas, " + "with ',' and '=' inside keys and values percent-encoded (the whole variable is dropped, as the spec asks).");
                    return {};
                }
                attributes[key] = value;
            }
            return attributes;
        }
        function decode(text) {
            try {
                return decodeURIComponent(text);
            } catch  {
                return undefined;
            }
        }
        function otlpProtocol(env = process.env) {
            const [name, value] = [
                [
                    "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
                    env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL?.trim()
                ],
                [
                    "OTEL_EXPORTER_OTLP_PROTOCOL",
                    env.OTEL_EXPORTER_OTLP_PROTOCOL?.trim()
                ]
            ].find(([, v])=>v) ?? [
                "",
                undefined
            ];
            if (!value) return "http/json";
            if (OTLP_PROTOCOLS.includes(value)) return value;
            runner_commands.warning(`Ignoring ${name} '${value}' for the CI spans: expected one of ${OTLP_PROTOCOLS.join(", ")}. Using http/json.`);
            return "http/json";
        }
        function telemetryConfig(env = process.env) {
            const input = (0, runner_io.$m)("otlp-endpoint");
            let endpoint;
            if (input) endpoint = tracesUrl(input, "input 'otlp-endpoint'");
            else if (env[names.Km.otlpEndpoint]) endpoint = tracesUrl(env[names.Km.otlpEndpoint], names.Km.otlpEndpoint);
            else if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
            else if (env.OTEL_EXPORTER_OTLP_ENDPOINT) endpoint = tracesUrl(env.OTEL_EXPORTER_OTLP_ENDPOINT, "OTEL_EXPORTER_OTLP_ENDPOINT");
            if (env.OTEL_SDK_DISABLED === "true") endpoint = undefined;
            const headerText = (0, runner_io.jY)("otlp-headers");
            const headerSources = [
                [
                    env.OTEL_EXPORTER_OTLP_HEADERS,
                    "OTEL_EXPORTER_OTLP_HEADERS"
                ],
                [
                    env.OTEL_EXPORTER_OTLP_TRACES_HEADERS,
                    "OTEL_EXPORTER_OTLP_TRACES_HEADERS"
                ],
                [
                    headerText,
                    "input 'otlp-headers'"
                ]
            ];
            const headers = Object.assign({}, ...headerSources.map(([text, source])=>text ? lowerCaseKeys((0, http.ZA)(text, source)) : {}));
            const fromEnv = parseResourceAttributes(env.OTEL_RESOURCE_ATTRIBUTES);
            const serviceName = (0, runner_io.$m)("service-name") ?? env[names.Km.serviceName] ?? env.OTEL_SERVICE_NAME ?? fromEnv[semconv.UX] ?? env.GITHUB_REPOSITORY ?? env.JOB_NAME ?? "goldenthread";
            let detected = {};
            try {
                detected = ciResourceAttributes(ciContext(env));
            } catch  {}
            return {
                endpoint,
                headers,
                budgetMs: (0, runner_io.Ts)("otlp-timeout", "5s"),
                serviceName,
                protocol: otlpProtocol(env),
                resource: {
                    ...fromEnv,
                    ...detected,
                    [semconv.UX]: serviceName
                }
            };
        }
        function lowerCaseKeys(headers) {
            return Object.fromEntries(Object.entries(headers).map(([k, v])=>[
                    k.toLowerCase(),
                    v
                ]));
        }
        function redactSpan(span) {
            const value = (v)=>typeof v === "string" ? (0, redact.E$)(v) : Array.isArray(v) ? v.map((x)=>typeof x === "string" ? (0, redact.E$)(x) : x) : v;
            const attributes = Object.fromEntries(Object.entries(span.attributes).map(([k, v])=>[
                    k,
                    value(v)
                ]));
            const status = span.status?.message === undefined ? span.status : {
                ...span.status,
                message: (0, redact.E$)(span.status.message)
            };
            return {
                ...span,
                name: (0, redact.E$)(span.name),
                attributes: attributes,
                status
            };
        }
        async function exportSpans(config, spans) {
            if (!config.endpoint || spans.length === 0) {
                return {
                    exported: 0,
                    ok: true,
                    elapsedMs: 0
                };
            }
            if (config.protocol === "grpc") {
                runner_commands.warning("OTLP over gRPC is not supported for the CI spans; nothing was exported. Set " + "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL=http/protobuf (or http/json) and an OTLP/HTTP endpoint (port 4318) for these steps.");
                return {
                    exported: 0,
                    ok: false,
                    elapsedMs: 0,
                    error: "grpc is not supported"
                };
            }
            const started = Date.now();
            let report;
            try {
                const { sendSpans } = await Promise.all([
                    __webpack_require__.e(158),
                    __webpack_require__.e(778)
                ]).then(__webpack_require__.bind(__webpack_require__, 27778));
                const resource = Object.fromEntries(Object.entries(config.resource).map(([k, v])=>[
                        k,
                        (0, redact.E$)(v)
                    ]));
                report = await sendSpans({
                    ...config,
                    resource
                }, spans.map(redactSpan));
            } catch (error) {
                report = {
                    exported: 0,
                    ok: false,
                    elapsedMs: Date.now() - started,
                    error: (0, errors.gJ)(error)
                };
            }
            const where = (0, redact.BO)(config.endpoint);
            if (report.ok) runner_commands.info(`Exported ${report.exported} span(s) to ${where} in ${report.elapsedMs} ms.`);
            else runner_commands.warning(`Trace export to ${where} failed after ${report.elapsedMs} ms (${report.error}); the step's outcome is unaffected.`);
            return report;
        }
        ;
        function inheritedTraceparent(env = process.env) {
            const text = env[names.Km.traceparent];
            if (!text) return undefined;
            const parsed = parseTraceparent(text);
            if (parsed.ok) return parsed.value;
            runner_commands.warning(`Ignoring invalid inherited ${names.Km.traceparent} (${parsed.reason}).`);
            return undefined;
        }
        function stepParent(env = process.env) {
            const inherited = inheritedTraceparent(env);
            if (inherited) return inherited;
            try {
                const ctx = ciContext(env);
                return {
                    traceId: deriveTraceId(ctx),
                    spanId: deriveRootSpanId(ctx)
                };
            } catch  {
                return {
                    traceId: (0, builtins.S)().randomBytes(16).toString("hex")
                };
            }
        }
        function taskResultOf(failure) {
            if (failure instanceof errors.Qw || failure?.name === "TimeoutError") return "timeout";
            return "failure";
        }
        function runPage(env = process.env) {
            try {
                return ciContext(env).runUrl;
            } catch  {
                return undefined;
            }
        }
        async function withStepSpan(step, taskType, body, config = telemetryConfig()) {
            const parent = stepParent();
            const spanId = randomSpanId();
            const page = runPage();
            const span = {
                traceId: parent.traceId,
                spanId,
                parentSpanId: parent.spanId,
                traceparent: formatTraceparent({
                    traceId: parent.traceId,
                    spanId,
                    flags: 1
                }),
                links: [],
                attributes: {
                    [semconv.RO]: step,
                    [semconv.Gz]: taskType,
                    [semconv.FI]: spanId,
                    ...page ? {
                        [semconv.b6]: page
                    } : {},
                    ...process.env[names.Km.buildId] ? {
                        [semconv.T2]: process.env[names.Km.buildId]
                    } : {}
                }
            };
            const startTimeMs = Date.now();
            let failure;
            try {
                return await body(span);
            } catch (error) {
                failure = error;
                throw error;
            } finally{
                const failed = failure !== undefined;
                span.attributes[semconv.rb] = failed ? taskResultOf(failure) : "success";
                if (failed) span.attributes[semconv.oJ] = failure instanceof Error ? failure.name : "Error";
                await exportSpans(config, [
                    {
                        name: step,
                        kind: SPAN_KIND.INTERNAL,
                        traceId: span.traceId,
                        spanId: span.spanId,
                        parentSpanId: span.parentSpanId,
                        startTimeMs,
                        endTimeMs: Date.now(),
                        attributes: span.attributes,
                        links: span.links.map((l)=>({
                                context: {
                                    traceId: l.traceId,
                                    spanId: l.spanId,
                                    traceFlags: 1,
                                    isRemote: true
                                }
                            })),
                        status: failed ? {
                            code: STATUS_CODE.ERROR,
                            message: (0, errors.gJ)(failure)
                        } : {
                            code: STATUS_CODE.OK
                        }
                    }
                ]);
            }
        }
        var github = __webpack_require__(60662);
        async function payloadSchema() {
            return (await Promise.all([
                __webpack_require__.e(368),
                __webpack_require__.e(967)
            ]).then(__webpack_require__.bind(__webpack_require__, 59967))).GithubDeploymentPayloadSchema;
        }
        const DEPLOYMENT_STATES = null && [
            "error",
            "failure",
            "inactive",
            "in_progress",
            "queued",
            "pending",
            "success"
        ];
        function githubDeploymentInputs(environment) {
            if (!(0, runner_io.tE)("github-deployment", false)) return undefined;
            if (!environment) {
                throw new errors.j1("Input 'environment' is required with github-deployment: true (the GitHub environment to deploy to, e.g. production).");
            }
            const token = (0, runner_io.jY)("github-token");
            if (!token) {
                throw new errors.j1("Input 'github-token' is required with github-deployment: true (a token with deployments: write; on GitHub the default is the job's token).");
            }
            let ctx;
            try {
                ctx = ciContext();
            } catch  {
                ctx = undefined;
            }
            const repository = ctx?.system === "github" ? (0, github.QH)(ctx.repository) : undefined;
            if (!repository) {
                throw new errors.j1("Input 'github-deployment': true works in a GitHub Actions run only (GITHUB_REPOSITORY names the repository whose environment shows the deploy).");
            }
            return {
                target: {
                    ...repository,
                    environment,
                    token,
                    apiUrl: ctx?.apiUrl
                },
                logUrl: ctx?.runUrl
            };
        }
        const LOOKUP_PAGES = 3;
        const DESCRIPTION_MAX = 140;
        const description = (raw, text = (0, redact.E$)(raw).replace(/\s+/g, " "))=>text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1).replace(/[\ud800-\udbff]$/, "")}…`;
        async function client(target) {
            return (0, github.$f)(target.token, target.apiUrl);
        }
        async function createDeployment(target, ref, payload, text) {
            const octokit = await client(target);
            const response = await octokit.request("POST /repos/{owner}/{repo}/deployments", {
                owner: target.owner,
                repo: target.repo,
                ref,
                environment: target.environment,
                auto_merge: false,
                required_contexts: [],
                payload: (await payloadSchema()).parse(payload),
                description: description(text)
            });
            const id = response.data.id;
            if (response.status !== 201 || typeof id !== "number") {
                throw new Error(`GitHub answered ${response.status} without a deployment (${(0, errors.gJ)(response.data)})`);
            }
            return id;
        }
        async function setDeploymentStatus(target, deploymentId, state, text, logUrl) {
            const octokit = await client(target);
            await octokit.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
                owner: target.owner,
                repo: target.repo,
                deployment_id: deploymentId,
                state,
                description: description(text),
                environment: target.environment,
                ...logUrl ? {
                    log_url: logUrl
                } : {},
                auto_inactive: true
            });
        }
        function deploymentPayload(payload, schema) {
            let value = payload;
            if (typeof value === "string") {
                try {
                    value = JSON.parse(value);
                } catch  {
                    return undefined;
                }
            }
            const parsed = schema.safeParse(value);
            return parsed.success ? parsed.data : undefined;
        }
        async function findDeployment(target, buildId) {
            const octokit = await client(target);
            const schema = await payloadSchema();
            let pages = 0;
            for await (const page of octokit.paginate.iterator("GET /repos/{owner}/{repo}/deployments", {
                owner: target.owner,
                repo: target.repo,
                environment: target.environment,
                per_page: 100
            })){
                const mine = page.data.filter((d)=>deploymentPayload(d.payload, schema)?.build_id === buildId).sort((a, b)=>b.id - a.id);
                if (mine.length > 0) return mine[0].id;
                if (++pages >= LOOKUP_PAGES) break;
            }
            return undefined;
        }
        ;
    },
    10796: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            $B: ()=>neutraliseCommands,
            BO: ()=>redactUrl,
            E$: ()=>redact,
            bp: ()=>untrusted,
            cl: ()=>registerSecret
        });
        const REDACTED = "***";
        const secrets = new Set;
        let ordered = [];
        const MIN_SECRET_LENGTH = 4;
        function registerSecret(value) {
            if (!value || value.trim().length < MIN_SECRET_LENGTH) return;
            const forms = [
                value,
                value.trim(),
                encodeURIComponent(value),
                Buffer.from(value).toString("base64")
            ];
            if (value.includes("\n")) {
                for (const line of value.split("\n")){
                    const part = line.slice(line.indexOf(":") + 1).trim();
                    if (part.length >= 8) forms.push(part);
                }
            }
            for (const form of forms)if (form.length >= MIN_SECRET_LENGTH) secrets.add(form);
            ordered = [
                ...secrets
            ].sort((a, b)=>b.length - a.length);
        }
        function forgetSecrets() {
            secrets.clear();
            ordered = [];
        }
        const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>|]+@/gi;
        const AUTH_VALUE = /\b(Bearer|Basic|token)(\s+)[A-Za-z0-9._~+/=-]{8,}/g;
        const SECRET_URL_PARTS = /(hooks\.slack\.com\/services\/)[^\s"'<>]+|([?&](?:token|access_token|sig|signature|X-Amz-Signature|api_key|apikey)=)[^\s&#"'<>]+/gi;
        function redact(text) {
            let out = text;
            for (const secret of ordered)if (out.includes(secret)) out = out.split(secret).join(REDACTED);
            return out.replace(URL_CREDENTIALS, `$1${REDACTED}@`).replace(AUTH_VALUE, `$1$2${REDACTED}`).replace(SECRET_URL_PARTS, (_m, slack, param)=>`${slack ?? param}${REDACTED}`);
        }
        function redactUrl(url) {
            try {
                const u = new URL(url);
                return redact(`${u.protocol}//${u.host}${u.pathname}`);
            } catch  {
                return "<invalid url>";
            }
        }
        function untrusted(text, maxLength = 1e3) {
            let out = redact(text);
            if (out.length > maxLength) out = `${out.slice(0, maxLength)}… (${out.length - maxLength} more characters)`;
            return neutraliseCommands(out);
        }
        const ZWSP = "​";
        function neutraliseCommands(text) {
            return text.split("\n").map((line)=>line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/##\[/g, `#${ZWSP}#[`)).join("\n");
        }
    },
    32090: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.r(__webpack_exports__);
        __webpack_require__.d(__webpack_exports__, {
            appendStepSummary: ()=>appendStepSummary,
            debug: ()=>debug,
            error: ()=>error,
            exportVariable: ()=>exportVariable,
            getInput: ()=>getInput,
            getState: ()=>getState,
            info: ()=>info,
            issueCommand: ()=>issueCommand,
            saveState: ()=>saveState,
            setFailed: ()=>setFailed,
            setOutput: ()=>setOutput,
            setSecret: ()=>setSecret,
            warning: ()=>warning
        });
        var _builtins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(69093);
        var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
        var node_fs__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
        var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
        var node_os__WEBPACK_IMPORTED_MODULE_2___default = __webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
        var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10796);
        function escapeData(text) {
            return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
        }
        function escapeProperty(text) {
            return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
        }
        function issueCommand(command, message, properties = {}) {
            const props = Object.entries(properties).map(([key, value])=>`${key}=${escapeProperty(value)}`).join(",");
            process.stdout.write(`::${command}${props ? " " + props : ""}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
        }
        function appendKeyValue(kind, key, value) {
            const path = process.env[`GITHUB_${kind}`];
            if (!path) return false;
            const delimiter = `ghadelimiter_${(0, _builtins_js__WEBPACK_IMPORTED_MODULE_0__.S)().randomUUID()}`;
            if (key.includes(delimiter) || value.includes(delimiter)) {
                throw new Error(`Refusing to write ${key}: its name or value contains the file-command delimiter.`);
            }
            (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, "utf8");
            return true;
        }
        function getInput(name) {
            const key = `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
            return (process.env[key] ?? process.env[key.replace(/-/g, "_")] ?? "").trim();
        }
        function setOutput(name, value) {
            value = (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(value);
            if (!appendKeyValue("OUTPUT", name, value)) issueCommand("set-output", value, {
                name
            });
        }
        function exportVariable(name, value) {
            process.env[name] = value;
            if (!appendKeyValue("ENV", name, value)) issueCommand("set-env", value, {
                name
            });
        }
        function saveState(name, value) {
            if (!appendKeyValue("STATE", name, value)) issueCommand("save-state", value, {
                name
            });
        }
        function getState(name) {
            return process.env[`STATE_${name}`] ?? process.env[`STATE_${name.replace(/-/g, "_")}`] ?? "";
        }
        function setSecret(value) {
            issueCommand("add-mask", value);
        }
        function info(message) {
            process.stdout.write((0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.$B)((0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(message)) + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        }
        function debug(message) {
            issueCommand("debug", (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(message));
        }
        function warning(message) {
            issueCommand("warning", (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(message));
        }
        function error(message) {
            issueCommand("error", (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(message));
        }
        function setFailed(message) {
            process.exitCode = 1;
            error(message);
        }
        function appendStepSummary(markdown) {
            const path = process.env.GITHUB_STEP_SUMMARY;
            markdown = (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.E$)(markdown);
            if (path) (0, node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, "utf8");
        }
    },
    51448: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            $l: ()=>maskSecret,
            $m: ()=>optionalInput,
            EE: ()=>exportEnv,
            Gu: ()=>getState,
            LZ: ()=>saveState,
            Ts: ()=>durationInput,
            YF: ()=>requiredInput,
            fe: ()=>_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.appendStepSummary,
            ij: ()=>choiceInput,
            jY: ()=>secretInput,
            n0: ()=>setOutputs,
            tE: ()=>booleanInput,
            u7: ()=>buildIdInput
        });
        var _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32090);
        var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
        var _duration_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29713);
        var _build_id_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68867);
        var _redact_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(10796);
        var _contracts_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79845);
        function optionalInput(name) {
            const value = _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.getInput(name);
            return value === "" ? undefined : value;
        }
        function requiredInput(name, hint = "") {
            const value = optionalInput(name);
            if (value === undefined) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(`Input '${name}' is required${hint ? `: ${hint}` : "."}`);
            }
            return value;
        }
        function maskSecret(value) {
            if (value === "") return;
            (0, _redact_js__WEBPACK_IMPORTED_MODULE_4__.cl)(value);
            if (process.env.GITHUB_ACTIONS !== "true") return;
            _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(value);
            if (value.includes("\n")) {
                for (const line of value.split("\n")){
                    const part = line.slice(line.indexOf(":") + 1).trim();
                    if (part.length >= 8) _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(part);
                }
            }
        }
        function secretInput(name) {
            const value = optionalInput(name);
            if (value !== undefined) maskSecret(value);
            return value;
        }
        function booleanInput(name, fallback) {
            const value = optionalInput(name);
            if (value === undefined) return fallback;
            if (/^(true|yes|on|1)$/i.test(value)) return true;
            if (/^(false|no|off|0)$/i.test(value)) return false;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(`Invalid input '${name}': '${value}'. Expected true or false.`);
        }
        function durationInput(name, fallback, { positive = false } = {}) {
            const value = optionalInput(name) ?? fallback;
            const ms = (0, _duration_js__WEBPACK_IMPORTED_MODULE_2__.E)(value, `input '${name}'`);
            if (positive && ms <= 0) throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(`Invalid input '${name}': '${value}'. Expected a duration above zero, e.g. 30s.`);
            return ms;
        }
        function choiceInput(name, choices, fallback) {
            const value = optionalInput(name) ?? fallback;
            if (!choices.includes(value)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(`Invalid input '${name}': '${value}'. Expected one of: ${choices.join(", ")}.`);
            }
            return value;
        }
        function setOutputs(outputs) {
            for (const [name, value] of Object.entries(outputs)){
                if (value !== undefined) _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.setOutput(name, value);
            }
        }
        function exportEnv(vars) {
            for (const [name, value] of Object.entries(vars)){
                if (value !== undefined) _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.exportVariable(name, value);
            }
        }
        function saveState(values) {
            for (const [name, value] of Object.entries(values))_runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.saveState(name, value);
        }
        function getState(name) {
            const value = _runner_commands_js__WEBPACK_IMPORTED_MODULE_0__.getState(name);
            return value === "" ? undefined : value;
        }
        function buildIdInput(fallback) {
            const text = optionalInput("build-id") ?? fallback ?? process.env[_contracts_names_js__WEBPACK_IMPORTED_MODULE_5__.Km.buildId];
            if (!text) throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__.j1(`Input 'build-id' is required: pass it, or run trace-root first (it exports ${_contracts_names_js__WEBPACK_IMPORTED_MODULE_5__.Km.buildId}).`);
            return (0, _build_id_js__WEBPACK_IMPORTED_MODULE_3__.cp)(text, "input 'build-id'");
        }
    },
    41276: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Ci: ()=>ATTR_DEPLOYMENT_ENVIRONMENT_NAME,
            Cp: ()=>ATTR_CONTAINER_IMAGE_NAME,
            E$: ()=>ATTR_VCS_REF_HEAD_NAME,
            FI: ()=>ATTR_CICD_PIPELINE_TASK_RUN_ID,
            Gl: ()=>ATTR_VCS_CHANGE_ID,
            Gz: ()=>ATTR_CICD_PIPELINE_TASK_TYPE,
            HZ: ()=>ATTR_SERVICE_VERSION,
            Jh: ()=>ATTR_CICD_PIPELINE_RUN_ID,
            Lf: ()=>ATTR_CICD_PIPELINE_RUN_URL_FULL,
            ME: ()=>ATTR_GOLDENTHREAD_GATE_P99_MS,
            MJ: ()=>ATTR_CICD_PIPELINE_ACTION_NAME,
            Mm: ()=>ATTR_GOLDENTHREAD_RUN_ATTEMPT,
            RO: ()=>ATTR_CICD_PIPELINE_TASK_NAME,
            Rk: ()=>ATTR_GOLDENTHREAD_BASELINE_BUILD_ID,
            S4: ()=>ATTR_VCS_REF_TYPE,
            Sx: ()=>ATTR_VCS_REF_HEAD_REVISION,
            T2: ()=>ATTR_BUILD_ID,
            T9: ()=>ATTR_OCI_MANIFEST_DIGEST,
            T_: ()=>ATTR_GOLDENTHREAD_GATE_BACKEND,
            UX: ()=>ATTR_SERVICE_NAME,
            Vz: ()=>ATTR_GOLDENTHREAD_OUTCOME_SOURCE,
            X: ()=>ATTR_CONTAINER_IMAGE_REPO_DIGESTS,
            Xq: ()=>ATTR_GOLDENTHREAD_GATE_LOOKS,
            Yh: ()=>ATTR_VCS_REPOSITORY_NAME,
            _W: ()=>ATTR_GOLDENTHREAD_GATE_ERROR_RATE,
            b6: ()=>ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL,
            bm: ()=>ATTR_CICD_WORKER_URL_FULL,
            cE: ()=>SEMCONV_SCHEMA_URL,
            "do": ()=>ATTR_CICD_WORKER_ID,
            f0: ()=>ATTR_GOLDENTHREAD_GATE_REQUESTS,
            lo: ()=>ATTR_K8S_NAMESPACE_NAME,
            oJ: ()=>ATTR_ERROR_TYPE,
            oT: ()=>ATTR_VCS_REPOSITORY_URL_FULL,
            pb: ()=>ATTR_CICD_PIPELINE_NAME,
            r0: ()=>ATTR_CICD_WORKER_NAME,
            rT: ()=>ATTR_CICD_PIPELINE_RESULT,
            rb: ()=>ATTR_CICD_PIPELINE_TASK_RUN_RESULT,
            sk: ()=>ATTR_GOLDENTHREAD_GATE_VERDICT,
            um: ()=>ATTR_CONTAINER_IMAGE_TAGS,
            vN: ()=>ATTR_GOLDENTHREAD_CI_SYSTEM
        });
        const SEMCONV_VERSION = "1.44.0";
        const SEMCONV_SCHEMA_URL = `https://opentelemetry.io/schemas/${SEMCONV_VERSION}`;
        const ATTR_CICD_PIPELINE_NAME = "cicd.pipeline.name";
        const ATTR_CICD_PIPELINE_ACTION_NAME = "cicd.pipeline.action.name";
        const ATTR_CICD_PIPELINE_RUN_ID = "cicd.pipeline.run.id";
        const ATTR_CICD_PIPELINE_RUN_URL_FULL = "cicd.pipeline.run.url.full";
        const ATTR_CICD_PIPELINE_RESULT = "cicd.pipeline.result";
        const ATTR_CICD_PIPELINE_TASK_NAME = "cicd.pipeline.task.name";
        const ATTR_CICD_PIPELINE_TASK_TYPE = "cicd.pipeline.task.type";
        const ATTR_CICD_PIPELINE_TASK_RUN_ID = "cicd.pipeline.task.run.id";
        const ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL = "cicd.pipeline.task.run.url.full";
        const ATTR_CICD_PIPELINE_TASK_RUN_RESULT = "cicd.pipeline.task.run.result";
        const ATTR_CICD_WORKER_ID = "cicd.worker.id";
        const ATTR_CICD_WORKER_NAME = "cicd.worker.name";
        const ATTR_CICD_WORKER_URL_FULL = "cicd.worker.url.full";
        const ATTR_CICD_SYSTEM_COMPONENT = "cicd.system.component";
        const ATTR_ERROR_TYPE = "error.type";
        const ATTR_VCS_REPOSITORY_URL_FULL = "vcs.repository.url.full";
        const ATTR_VCS_REPOSITORY_NAME = "vcs.repository.name";
        const ATTR_VCS_REF_HEAD_NAME = "vcs.ref.head.name";
        const ATTR_VCS_REF_HEAD_REVISION = "vcs.ref.head.revision";
        const ATTR_VCS_REF_TYPE = "vcs.ref.type";
        const ATTR_VCS_CHANGE_ID = "vcs.change.id";
        const ATTR_OCI_MANIFEST_DIGEST = "oci.manifest.digest";
        const ATTR_SERVICE_NAME = "service.name";
        const ATTR_SERVICE_VERSION = "service.version";
        const ATTR_CONTAINER_IMAGE_NAME = "container.image.name";
        const ATTR_CONTAINER_IMAGE_TAGS = "container.image.tags";
        const ATTR_CONTAINER_IMAGE_REPO_DIGESTS = "container.image.repo_digests";
        const ATTR_DEPLOYMENT_ENVIRONMENT_NAME = "deployment.environment.name";
        const ATTR_K8S_NAMESPACE_NAME = "k8s.namespace.name";
        const ATTR_BUILD_ID = "build.id";
        const ATTR_GOLDENTHREAD_RUN_ATTEMPT = "goldenthread.run.attempt";
        const ATTR_GOLDENTHREAD_CI_SYSTEM = "goldenthread.ci.system";
        const ATTR_GOLDENTHREAD_OUTCOME_SOURCE = "goldenthread.outcome.source";
        const PIPELINE_RESULTS = null && [
            "success",
            "failure",
            "error",
            "timeout",
            "cancellation",
            "skip"
        ];
        const ATTR_GOLDENTHREAD_GATE_VERDICT = "goldenthread.gate.verdict";
        const ATTR_GOLDENTHREAD_GATE_BACKEND = "goldenthread.gate.backend";
        const ATTR_GOLDENTHREAD_GATE_REQUESTS = "goldenthread.gate.requests";
        const ATTR_GOLDENTHREAD_GATE_ERROR_RATE = "goldenthread.gate.error_rate";
        const ATTR_GOLDENTHREAD_GATE_P99_MS = "goldenthread.gate.p99_ms";
        const ATTR_GOLDENTHREAD_GATE_LOOKS = "goldenthread.gate.looks";
        const ATTR_GOLDENTHREAD_BASELINE_BUILD_ID = "goldenthread.baseline.build_id";
    }
};
