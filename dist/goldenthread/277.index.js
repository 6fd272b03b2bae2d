export const id = 277;
export const ids = [
    277
];
export const modules = {
    20641: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            AJ: ()=>histogramOf,
            Bh: ()=>addHistograms,
            EV: ()=>histogramQuantile,
            N: ()=>increase,
            d2: ()=>countAbove,
            gl: ()=>histogramCount,
            h1: ()=>merge
        });
        function increase(previous, current) {
            const total = {
                requests: 0,
                errors: 0,
                latency: new Map
            };
            for (const [key, now] of current){
                const before = previous.get(key);
                const reset = before !== undefined && wentDown(before, now);
                const from = before === undefined || reset ? undefined : before;
                total.requests += now.requests - (from?.requests ?? 0);
                total.errors += now.errors - (from?.errors ?? 0);
                for (const [le, c] of now.latency ?? [])total.latency.set(le, (total.latency.get(le) ?? 0) + c - (from?.latency?.get(le) ?? 0));
            }
            if (total.errors > total.requests) throw new Error(`backend counted ${total.errors} errors of ${total.requests} requests`);
            return total;
        }
        function wentDown(a, b) {
            if (b.requests < a.requests || b.errors < a.errors) return true;
            for (const [le, c] of a.latency ?? [])if ((b.latency?.get(le) ?? c) < c) return true;
            return false;
        }
        function merge(previous, current) {
            const next = new Map(previous);
            for (const [key, value] of current)next.set(key, value);
            return next;
        }
        function addHistograms(into, more) {
            for (const [le, c] of more ?? [])into.set(le, (into.get(le) ?? 0) + c);
            return into;
        }
        function sorted(h) {
            return [
                ...h.entries()
            ].sort((a, b)=>a[0] - b[0]);
        }
        function histogramCount(h) {
            return h.get(Infinity) ?? Math.max(0, ...h.values());
        }
        function histogramQuantile(h, q) {
            const buckets = sorted(h);
            const total = histogramCount(h);
            if (total <= 0) return undefined;
            const rank = q * total;
            let lower = 0;
            let below = 0;
            for (const [le, c] of buckets){
                if (c >= rank) {
                    if (le === Infinity) return lower;
                    return lower + (le - lower) * (rank - below) / Math.max(c - below, 1e-12);
                }
                lower = le;
                below = c;
            }
            return lower;
        }
        function countAbove(h, limit) {
            const buckets = sorted(h);
            const total = histogramCount(h);
            let lower = 0;
            let below = 0;
            for (const [le, c] of buckets){
                if (limit < le) {
                    const atLimit = le === Infinity ? below : below + (c - below) * (limit - lower) / (le - lower);
                    return Math.max(0, total - atLimit);
                }
                lower = le;
                below = c;
            }
            return 0;
        }
        const FINE_BOUNDS = Array.from({
            length: 150
        }, (_, i)=>Number((.1 * 1.1 ** i).toPrecision(4)));
        function histogramOf(durationsMs, bounds = FINE_BOUNDS) {
            const h = new Map;
            const sortedDurations = [
                ...durationsMs
            ].sort((a, b)=>a - b);
            let i = 0;
            for (const le of bounds){
                while(i < sortedDurations.length && sortedDurations[i] <= le)i++;
                h.set(le, i);
            }
            h.set(Infinity, sortedDurations.length);
            return h;
        }
    },
    61825: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            A: ()=>BACKENDS,
            G: ()=>BACKEND_NAMES
        });
        var src = __webpack_require__(82398);
        var counters = __webpack_require__(20641);
        var backends_selection = __webpack_require__(31516);
        const PAGE_LIMIT = 1e3;
        const LATE_SPAN_MS = 3e4;
        const MAX_SEARCHES_PER_LOOK = 200;
        const tag = (tags, key)=>tags?.find((t)=>t.key === key)?.value;
        const tagText = (tags, key)=>{
            const value = tag(tags, key);
            return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : undefined;
        };
        function classify(span, process1, want) {
            if (want.service !== undefined && process1?.serviceName !== want.service) return "skip";
            const build = tagText(span.tags, want.buildAttribute) ?? tagText(process1?.tags, want.buildAttribute);
            if (build !== want.buildId) return "skip";
            const route = tag(span.tags, "http.route");
            const facts = {
                kind: tag(span.tags, "span.kind"),
                name: span.operationName,
                route: typeof route === "string" ? route : undefined
            };
            if (!(0, backends_selection.sp)(want.selection, facts)) return "skip";
            const number = (v)=>v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v);
            const failed = (0, backends_selection.bJ)({
                ...facts,
                statusError: tag(span.tags, "otel.status_code") === "ERROR" || tag(span.tags, "error") === true,
                httpStatus: number(tag(span.tags, "http.response.status_code") ?? tag(span.tags, "http.status_code")),
                grpcStatus: number(tag(span.tags, "rpc.grpc.status_code"))
            });
            return failed ? "error" : "ok";
        }
        function samplingOf(span) {
            const type = tagText(span.tags, "sampler.type");
            const param = Number(tag(span.tags, "sampler.param"));
            if (type === "probabilistic" && param < 1) return `probabilistic ${param}`;
            if (type !== undefined && type !== "const" && type !== "probabilistic") return type;
            const threshold = /(?:^|,)ot=[^,]*\bth:([0-9a-f]{1,14})/.exec(tagText(span.tags, "w3c.tracestate") ?? "");
            if (threshold && !/^0+$/.test(threshold[1])) return `tracestate th:${threshold[1]}`;
            return undefined;
        }
        function jaegerBackend(options) {
            let base;
            try {
                base = new URL(options.url.endsWith("/") ? options.url : `${options.url}/`);
                if (!/^https?:$/.test(base.protocol)) throw new Error(base.protocol);
            } catch  {
                throw new src.j1(`Invalid input 'backend-url' '${options.url}'. Expected Jaeger's query base URL, e.g. http://jaeger-query:16686.`);
            }
            const service = options.service;
            if (!service) throw new src.j1("Input 'service' is required for backend jaeger: Jaeger searches the traces of one service.");
            const counts = new Map;
            async function search(buildId, startUs, endUs) {
                const url = new URL("api/traces", base);
                url.searchParams.set("service", service);
                url.searchParams.set("tags", JSON.stringify({
                    [options.buildAttribute]: buildId
                }));
                url.searchParams.set("start", String(startUs));
                url.searchParams.set("end", String(endUs));
                url.searchParams.set("limit", String(PAGE_LIMIT));
                const answer = await (0, src.Tt)(url, {
                    headers: options.headers,
                    timeoutMs: options.timeoutMs
                });
                if (answer.errors?.length) throw new src.j$(`Jaeger: ${answer.errors.map((e)=>e.msg ?? e.code).join("; ")}`, 200);
                if (!Array.isArray(answer.data)) throw new src.j$("Jaeger: the answer has no trace list", 200);
                return answer.data;
            }
            function count(state, buildId, traces, look) {
                const starts = [];
                for (const trace of traces){
                    for (const span of trace.spans ?? []){
                        const verdict = classify(span, trace.processes?.[span.processID], {
                            ...options,
                            buildId
                        });
                        if (verdict === "skip" || span.startTime < look.startUs || span.startTime > look.endUs) continue;
                        starts.push(span.startTime);
                        const key = `${span.traceID}/${span.spanID}`;
                        if (state.seen.has(key)) continue;
                        state.seen.set(key, span.startTime);
                        state.requests++;
                        if (verdict === "error") state.errors++;
                        state.durationsMs.push(span.duration / 1e3);
                        state.sampling ??= samplingOf(span);
                    }
                }
                return starts;
            }
            async function sweep(state, buildId, startUs, endUs, look) {
                if (--look.budget < 0) throw new src.j$(`Jaeger: more than ${MAX_SEARCHES_PER_LOOK} searches in one look; ` + "the build's traffic exceeds what one look can read", 0);
                const traces = await search(buildId, startUs, endUs);
                const starts = count(state, buildId, traces, look);
                if (traces.length < PAGE_LIMIT) return;
                if (endUs - startUs < 2) throw new src.j$(`Jaeger: more than ${PAGE_LIMIT} traces start within one microsecond`, 0);
                const oldest = starts.length ? Math.max(startUs, Math.min(...starts)) : startUs;
                const from = endUs - oldest >= 2 ? oldest : startUs;
                const edges = [
                    ...from > startUs ? [
                        startUs
                    ] : [],
                    from,
                    Math.floor((from + endUs) / 2),
                    endUs
                ];
                for(let i = 0; i + 1 < edges.length; i++)await sweep(state, buildId, edges[i], edges[i + 1], look);
            }
            const selection = `${(0, backends_selection.e9)(options.selection)} of service ${service} with ${options.buildAttribute}=<build>, ` + `started in the window, from Jaeger ${base.origin}`;
            let warnedSampling = false;
            return {
                name: "jaeger",
                describe: ()=>({
                        requests: selection,
                        errors: `${selection}; status ERROR, or HTTP ≥ 500 / gRPC server error on SERVER spans`,
                        latency: "their durations"
                    }),
                baseline: async ()=>new Map,
                async snapshot (buildId, windowStart) {
                    const startUs = windowStart.getTime() * 1e3;
                    let state = counts.get(buildId);
                    if (!state || state.windowStartUs !== startUs) {
                        state = {
                            seen: new Map,
                            requests: 0,
                            errors: 0,
                            durationsMs: [],
                            windowStartUs: startUs
                        };
                        counts.set(buildId, state);
                    }
                    const nowUs = Date.now() * 1e3;
                    const fromUs = state.fromUs ?? startUs;
                    await sweep(state, buildId, fromUs, nowUs, {
                        startUs: fromUs,
                        endUs: nowUs,
                        budget: MAX_SEARCHES_PER_LOOK
                    });
                    state.fromUs = Math.max(fromUs, nowUs - LATE_SPAN_MS * 1e3);
                    for (const [key, start] of state.seen)if (start < state.fromUs) state.seen.delete(key);
                    if (state.sampling && !warnedSampling) {
                        warnedSampling = true;
                        options.warn?.(`jaeger: counts are partial: spans were sampled upstream (${state.sampling}); ` + "the error rate holds if sampling ignores the outcome, the evidence is smaller");
                    }
                    if (state.requests === 0) return new Map;
                    const counted = {
                        requests: state.requests,
                        errors: state.errors,
                        latency: (0, counters.AJ)(state.durationsMs)
                    };
                    return new Map([
                        [
                            "spans",
                            counted
                        ]
                    ]);
                },
                async custom (query) {
                    throw new src.j1(`Custom query '${query.name}' needs a query backend (prometheus); jaeger has no metric queries here.`);
                }
            };
        }
        var external_node_path_ = __webpack_require__(76760);
        var external_node_url_ = __webpack_require__(73136);
        const STATUS_CODE_ERROR = 2;
        const KIND_NAME = new Map(Object.entries(backends_selection.V).map(([name, n])=>[
                n,
                name
            ]));
        function attribute(list, key) {
            const value = list?.find((kv)=>kv.key === key)?.value;
            if (!value) return undefined;
            if (value.stringValue !== undefined) return value.stringValue;
            if (value.intValue !== undefined) return Number(value.intValue);
            return value.doubleValue;
        }
        const numberOrUndefined = (v)=>v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v);
        function scanFile(text, options) {
            const result = {
                builds: new Map,
                lines: 0,
                malformed: 0
            };
            const complete = text.endsWith("\n") ? text : text.slice(0, text.lastIndexOf("\n") + 1);
            const sinceNs = BigInt(Math.floor(options.sinceMs ?? 0)) * 1000000n;
            const untilNs = options.untilMs === undefined ? undefined : BigInt(Math.floor(options.untilMs)) * 1000000n;
            complete.split("\n").forEach((line, index)=>{
                if (line.trim() === "") return;
                result.lines++;
                let request;
                try {
                    const parsed = JSON.parse(line);
                    if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
                    request = parsed;
                } catch  {
                    result.malformed++;
                    result.firstMalformed ??= index + 1;
                    return;
                }
                for (const rs of request.resourceSpans ?? []){
                    const resourceBuild = attribute(rs.resource?.attributes, options.buildAttribute);
                    if (options.service !== undefined && attribute(rs.resource?.attributes, "service.name") !== options.service) continue;
                    for (const ss of rs.scopeSpans ?? []){
                        for (const span of ss.spans ?? [])countSpan(result, span, resourceBuild, options, sinceNs, untilNs);
                    }
                }
            });
            return result;
        }
        function countSpan(result, span, resourceBuild, options, sinceNs, untilNs) {
            let start;
            let end;
            try {
                start = BigInt(span.startTimeUnixNano);
                end = BigInt(span.endTimeUnixNano);
            } catch  {
                return;
            }
            if (start < sinceNs || untilNs !== undefined && start > untilNs) return;
            const kind = KIND_NAME.get(span.kind ?? 0);
            const route = attribute(span.attributes, "http.route");
            const facts = {
                kind,
                name: span.name,
                route: route === undefined ? undefined : String(route)
            };
            if (!(0, backends_selection.sp)(options.selection, facts)) return;
            const build = attribute(span.attributes, options.buildAttribute) ?? resourceBuild;
            if (build === undefined) return;
            const key = String(build);
            const entry = result.builds.get(key) ?? {
                requests: 0,
                errors: 0,
                durationsMs: []
            };
            const error = (0, backends_selection.bJ)({
                ...facts,
                statusError: span.status?.code === STATUS_CODE_ERROR,
                httpStatus: numberOrUndefined(attribute(span.attributes, "http.response.status_code") ?? attribute(span.attributes, "http.status_code")),
                grpcStatus: numberOrUndefined(attribute(span.attributes, "rpc.grpc.status_code"))
            });
            entry.requests++;
            if (error) entry.errors++;
            entry.durationsMs.push(end > start ? Number(end - start) / 1e6 : 0);
            result.builds.set(key, entry);
        }
        const escapeRegExp = (text)=>text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        async function backupsOf(path) {
            const { readdir } = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
            const ext = (0, external_node_path_.extname)(path);
            const prefix = (0, external_node_path_.basename)(path, ext);
            const stamp = "\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}";
            const pattern = new RegExp(`^${escapeRegExp(prefix)}-${stamp}-[A-Za-z0-9_]+${escapeRegExp(ext)}$`);
            const names = await readdir((0, external_node_path_.dirname)(path)).catch(()=>[]);
            return names.filter((name)=>pattern.test(name)).sort().map((name)=>(0, external_node_path_.join)((0, external_node_path_.dirname)(path), name));
        }
        async function readExporterOutput(path) {
            const { readFile } = await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 51455, 23));
            for(let attempt = 1;; attempt++){
                const before = await backupsOf(path);
                try {
                    const backups = await Promise.all(before.map((file)=>readFile(file, "utf8")));
                    const live = await readFile(path, "utf8");
                    const after = await backupsOf(path);
                    if (after.join("\n") === before.join("\n") || attempt === 3) {
                        return backups.map((text)=>text === "" || text.endsWith("\n") ? text : text + "\n").join("") + live;
                    }
                } catch (error) {
                    if (error.code !== "ENOENT" || attempt === 3 || !before.length) throw error;
                }
            }
        }
        const MAX_MALFORMED_SHARE = .5;
        function otlpFileBackend(options) {
            const path = options.url.startsWith("file:") ? (0, external_node_url_.fileURLToPath)(options.url) : options.url;
            if (!path) throw new src.j1("Input 'backend-url' is required for backend otlp-file: the path of the collector's file-exporter output.");
            const selection = `${(0, backends_selection.e9)(options.selection)} with ${options.buildAttribute}=<build>${options.service ? ` and service.name=${options.service}` : ""}, started in the window, in ${path}`;
            let warned = 0;
            let inFlight;
            function scan(windowStart) {
                if (inFlight && inFlight.start === windowStart.getTime()) return inFlight.result;
                const current = {
                    start: windowStart.getTime(),
                    result: read(windowStart)
                };
                inFlight = current;
                const done = ()=>{
                    if (inFlight === current) inFlight = undefined;
                };
                current.result.then(done, done);
                return current.result;
            }
            async function read(windowStart) {
                let text;
                try {
                    text = await readExporterOutput(path);
                } catch (error) {
                    const reason = error.code ?? (0, src.gJ)(error);
                    throw new Error(`otlp-file: cannot read ${path} (${reason})`, {
                        cause: error
                    });
                }
                const result = scanFile(text, {
                    ...options,
                    sinceMs: windowStart.getTime(),
                    untilMs: Date.now()
                });
                if (result.malformed > 0 && result.malformed > MAX_MALFORMED_SHARE * result.lines) {
                    throw new Error(`otlp-file: ${result.malformed} of ${result.lines} lines of ${path} are not OTLP/JSON (first: line ${result.firstMalformed})`);
                }
                if (result.malformed > warned) {
                    options.warn?.(`otlp-file: skipped ${result.malformed} malformed line(s) of ${result.lines} in ${path} (first: line ${result.firstMalformed})`);
                    warned = result.malformed;
                }
                return result;
            }
            return {
                name: "otlp-file",
                describe: ()=>({
                        requests: selection,
                        errors: `${selection}; status ERROR, or HTTP ≥ 500 / gRPC server error on SERVER spans`,
                        latency: "their durations"
                    }),
                baseline: async ()=>new Map,
                async snapshot (buildId, windowStart) {
                    const entry = (await scan(windowStart)).builds.get(buildId);
                    if (!entry) return new Map;
                    return new Map([
                        [
                            "spans",
                            {
                                requests: entry.requests,
                                errors: entry.errors,
                                latency: (0, counters.AJ)(entry.durationsMs)
                            }
                        ]
                    ]);
                },
                async custom (query) {
                    throw new src.j1(`Custom query '${query.name}' needs a query backend (prometheus); otlp-file has no query language.`);
                }
            };
        }
        var promql = __webpack_require__(50235);
        const num = (v)=>v === undefined || v === "" || !Number.isFinite(Number(v)) ? undefined : Number(v);
        const KIND_BY_LABEL = new Map(Object.entries(backends_selection.CF).map(([k, v])=>[
                v,
                k
            ]));
        const SHAPES = {
            spanmetrics: {
                calls: "traces_span_metrics_calls_total",
                histogram: "traces_span_metrics_duration_milliseconds_bucket",
                buildLabel: "build_id",
                serviceLabel: "service_name",
                extra: (kinds)=>[
                        [
                            "span_kind",
                            "=~",
                            kinds.map((k)=>backends_selection.CF[k]).join("|")
                        ]
                    ],
                facts: (l)=>({
                        kind: KIND_BY_LABEL.get(l.span_kind),
                        name: l.span_name,
                        route: l.http_route,
                        statusError: l.status_code === "STATUS_CODE_ERROR",
                        httpStatus: num(l.http_response_status_code ?? l.http_status_code),
                        grpcStatus: num(l.rpc_grpc_status_code)
                    })
            },
            istio: {
                calls: "istio_requests_total",
                histogram: "istio_request_duration_milliseconds_bucket",
                buildLabel: "destination_canonical_revision",
                serviceLabel: "destination_service_name",
                extra: ()=>[
                        [
                            "reporter",
                            "=",
                            "destination"
                        ]
                    ],
                facts: (l)=>({
                        kind: "server",
                        statusError: false,
                        httpStatus: num(l.response_code),
                        grpcStatus: num(l.grpc_response_status)
                    })
            },
            linkerd: {
                calls: "response_total",
                histogram: "response_latency_ms_bucket",
                buildLabel: "build_id",
                serviceLabel: "deployment",
                extra: ()=>[
                        [
                            "direction",
                            "=",
                            "inbound"
                        ]
                    ],
                facts: (l)=>({
                        kind: "server",
                        statusError: l.classification === "failure",
                        httpStatus: num(l.status_code)
                    })
            }
        };
        function seriesKey(labels) {
            return JSON.stringify(Object.entries(labels).filter(([k])=>k !== "__name__" && k !== "le").sort(([a], [b])=>a < b ? -1 : 1));
        }
        function prometheusBackend(options) {
            const shape = SHAPES[options.preset];
            const buildLabel = (0, promql.GC)(options.buildLabel ?? shape.buildLabel, "build-label");
            let base;
            try {
                base = new URL(options.url);
            } catch  {
                throw new src.j1(`Invalid input 'backend-url' '${options.url}'. Expected the Prometheus base URL, e.g. http://prometheus:9090.`);
            }
            const selection = (0, backends_selection.e9)(options.selection);
            const matchers = (buildId)=>(0, promql.gD)([
                    [
                        buildLabel,
                        "=",
                        buildId
                    ],
                    ...shape.extra(options.selection.kinds),
                    ...options.service ? [
                        [
                            shape.serviceLabel,
                            "=",
                            options.service
                        ]
                    ] : []
                ]);
            const queries = (buildId)=>({
                    requests: `${shape.calls}${matchers(buildId)} (per series; ${selection})`,
                    errors: `${shape.calls}${matchers(buildId)} where status_code is STATUS_CODE_ERROR, or a SERVER series has HTTP ≥ 500 / a gRPC server error`,
                    latency: `${shape.histogram}${matchers(buildId)}`
                });
            async function vector(query, at) {
                const url = new URL("api/v1/query", base.href.endsWith("/") ? base : new URL(base.href + "/"));
                url.searchParams.set("query", query);
                if (at) url.searchParams.set("time", (at.getTime() / 1e3).toFixed(3));
                const answer = await (0, src.Tt)(url, {
                    headers: options.headers,
                    timeoutMs: options.timeoutMs
                });
                if (answer?.status !== "success" || !answer.data) throw new src.j$(`Prometheus: ${answer?.error ?? "query failed"}`, 200);
                if (answer.data.resultType !== "vector" || !Array.isArray(answer.data.result)) throw new src.j$(`Prometheus: expected a vector, got ${answer.data.resultType}`, 200);
                return answer.data.result;
            }
            async function read(buildId, at) {
                const m = matchers(buildId);
                const [calls, buckets] = await Promise.all([
                    vector(`${shape.calls}${m}`, at),
                    vector(`${shape.histogram}${m}`, at)
                ]);
                const snapshot = new Map;
                const entry = (labels)=>{
                    const facts = shape.facts(labels);
                    if (!(0, backends_selection.sp)(options.selection, facts)) return undefined;
                    const key = seriesKey(labels);
                    const found = snapshot.get(key) ?? {
                        requests: 0,
                        errors: 0,
                        latency: new Map
                    };
                    snapshot.set(key, found);
                    return found;
                };
                for (const { metric, value } of calls){
                    const series = entry(metric);
                    if (!series) continue;
                    series.requests = (0, backends_selection.U9)(value?.[1], `Prometheus ${shape.calls}`);
                    if ((0, backends_selection.bJ)(shape.facts(metric))) series.errors = series.requests;
                }
                for (const { metric, value } of buckets){
                    const series = entry(metric);
                    if (!series) continue;
                    const le = metric.le === "+Inf" ? Infinity : Number(metric.le);
                    if (!Number.isFinite(le) && le !== Infinity) throw new Error(`Prometheus ${shape.histogram}: bad le ${JSON.stringify(metric.le)}`);
                    series.latency.set(le, (0, backends_selection.U9)(value?.[1], `Prometheus ${shape.histogram}`));
                }
                return snapshot;
            }
            async function scalar(query) {
                const [first] = await vector(query);
                if (!first) return undefined;
                const raw = first.value?.[1];
                const value = typeof raw === "string" && raw.trim() !== "" ? Number(raw) : NaN;
                if (!Number.isFinite(value)) throw new Error(`Prometheus: ${JSON.stringify(raw)} is not a finite number`);
                return value;
            }
            return {
                name: "prometheus",
                describe: (buildId)=>queries(buildId),
                baseline: (buildId, windowStart)=>read(buildId, windowStart),
                snapshot: (buildId)=>read(buildId),
                custom: (query, ids)=>scalar((0, promql.ou)(query.query, {
                        build_id: ids.build,
                        baseline_build_id: ids.baseline
                    }))
            };
        }
        ;
        const BACKENDS = {
            prometheus: prometheusBackend,
            "otlp-file": otlpFileBackend,
            jaeger: jaegerBackend
        };
        const BACKEND_NAMES = Object.keys(BACKENDS);
    },
    50235: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            GC: ()=>validateLabelName,
            gD: ()=>selector,
            ou: ()=>fillTemplate
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        function promLabelValue(value) {
            return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r");
        }
        function validateLabelName(name, input) {
            if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(name) || name.startsWith("__")) {
                throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid input '${input}': '${name}'. Expected a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with __), such as build_id.`);
            }
            return name;
        }
        function selector(matchers) {
            return `{${matchers.map(([label, op, value])=>`${label}${op}"${promLabelValue(value)}"`).join(",")}}`;
        }
        function fillTemplate(template, values) {
            return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name)=>{
                const value = values[name];
                return value === undefined ? whole : promLabelValue(value);
            });
        }
    },
    31516: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            CF: ()=>KIND_LABEL,
            U9: ()=>count,
            V: ()=>KIND_NUMBER,
            bJ: ()=>isError,
            e9: ()=>describeSelection,
            sp: ()=>isSelected,
            zZ: ()=>DEFAULT_EXCLUDED
        });
        const DEFAULT_EXCLUDED = [
            "/healthz",
            "/readyz",
            "/livez",
            "/health",
            "/ready",
            "/live",
            "/ping",
            "grpc.health.v1.Health/Check",
            "grpc.health.v1.Health/Watch"
        ];
        const GRPC_SERVER_ERRORS = new Set([
            2,
            4,
            12,
            13,
            14,
            15
        ]);
        const KIND_NUMBER = {
            internal: 1,
            server: 2,
            client: 3,
            producer: 4,
            consumer: 5
        };
        const KIND_LABEL = {
            internal: "SPAN_KIND_INTERNAL",
            server: "SPAN_KIND_SERVER",
            client: "SPAN_KIND_CLIENT",
            producer: "SPAN_KIND_PRODUCER",
            consumer: "SPAN_KIND_CONSUMER"
        };
        function isProbe(selection, name, route) {
            return selection.exclude.some((x)=>x === route || x === name || name !== undefined && name.endsWith(" " + x));
        }
        function isSelected(selection, span) {
            return span.kind !== undefined && selection.kinds.includes(span.kind) && !isProbe(selection, span.name, span.route);
        }
        function isError(span) {
            if (span.statusError) return true;
            if (span.kind !== "server") return false;
            return span.httpStatus !== undefined && span.httpStatus >= 500 || span.grpcStatus !== undefined && GRPC_SERVER_ERRORS.has(span.grpcStatus);
        }
        function describeSelection(selection) {
            const kinds = selection.kinds.map((k)=>k.toUpperCase()).join("/");
            return `${kinds} spans${selection.exclude.length ? `, excluding ${selection.exclude.join(" ")}` : ""}`;
        }
        function count(value, what) {
            const n = typeof value === "number" ? value : typeof value === "string" && value.trim() !== "" ? Number(value) : NaN;
            if (!Number.isFinite(n) || n < 0) throw new Error(`${what}: ${JSON.stringify(value)} is not a count (a finite number ≥ 0)`);
            return n;
        }
    },
    18167: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Xv: ()=>ON_INCONCLUSIVE,
            hr: ()=>ACTION,
            j: ()=>STATUS_CONTEXT,
            k7: ()=>Output
        });
        const ACTION = "otel-gate";
        const STATUS_CONTEXT = "goldenthread/otel-gate";
        const Output = {
            Verdict: "verdict",
            Reason: "reason",
            ErrorRate: "error-rate",
            P99Latency: "p99-latency",
            Requests: "requests",
            ReportFile: "report-file"
        };
        const ON_INCONCLUSIVE = [
            "fail",
            "pass"
        ];
    },
    53487: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            R: ()=>runGate
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        var _backends_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61825);
        var _backends_selection_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(31516);
        var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18167);
        var _inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66270);
        var _judge_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6635);
        var _report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5414);
        function describeLook(m) {
            if (m.error) return `look ${m.look}: backend error: ${m.error}`;
            if (!m.interval && m.requests === 0) return `look ${m.look}: window opened (counters read at its start)`;
            const rate = m.error_rate === undefined ? "–" : `${(m.error_rate * 100).toFixed(2)}%`;
            const p99 = m.p99_ms === undefined ? "" : `, p99 ${Math.round(m.p99_ms)} ms`;
            const step = m.interval ? ` (+${m.interval.requests}/+${m.interval.errors})` : "";
            const base = m.baseline ? `; baseline ${m.baseline.requests} requests, ${m.baseline.errors} errors` : "";
            const results = Object.entries(m.results).map(([name, r])=>`${name}=${r}`).join(" ");
            return `look ${m.look}: window ${m.requests} requests, ${m.errors} errors (${rate})${step}${p99}${base} → ${results}`;
        }
        async function runGate(hooks = {
            wait: _judge_js__WEBPACK_IMPORTED_MODULE_5__.MZ
        }) {
            const inputs = (0, _inputs_js__WEBPACK_IMPORTED_MODULE_4__.Ko)();
            const { settings } = inputs;
            const backend = _backends_index_js__WEBPACK_IMPORTED_MODULE_1__.A[inputs.backend]({
                ...inputs.backendOptions,
                warn: (message)=>_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.warning(message)
            });
            const selection = (0, _backends_selection_js__WEBPACK_IMPORTED_MODULE_2__.e9)(inputs.backendOptions.selection);
            const startedAt = new Date;
            await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.BV)(_constants_js__WEBPACK_IMPORTED_MODULE_3__.hr, "test", async (span)=>{
                const against = settings.baselineBuildId ? ` against baseline ${settings.baselineBuildId}` : " (no baseline: absolute thresholds only)";
                _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`Judging build ${settings.buildId}${against} from ${backend.name} (${selection}): a look every ${settings.intervalMs} ms, ` + `at least ${settings.minDurationMs} ms of window before a pass, at most ${(0, _judge_js__WEBPACK_IMPORTED_MODULE_5__.$U)(settings)} looks.`);
                const outcome = await (0, _judge_js__WEBPACK_IMPORTED_MODULE_5__.A1)(settings, backend, {
                    ...hooks,
                    onLook: (m)=>_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(describeLook(m)),
                    onNote: (note)=>_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`Traffic: ${note}.`)
                });
                const gatePassed = outcome.verdict === "pass" || outcome.verdict !== "fail" && inputs.onInconclusive === "pass";
                const record = (0, _report_js__WEBPACK_IMPORTED_MODULE_6__.Z5)(outcome, {
                    buildId: settings.buildId,
                    baselineBuildId: settings.baselineBuildId,
                    backend: backend.name,
                    startedAt,
                    gatePassed,
                    selection,
                    traceId: span.traceId,
                    spanId: span.spanId
                });
                const { writeRecord } = await Promise.all([
                    __webpack_require__.e(368),
                    __webpack_require__.e(967)
                ]).then(__webpack_require__.bind(__webpack_require__, 59967));
                writeRecord("verdict", inputs.reportFile, record);
                (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.fe)((0, _report_js__WEBPACK_IMPORTED_MODULE_6__.jb)(record));
                const errorRate = outcome.last && outcome.last.requests > 0 ? outcome.last.errors / outcome.last.requests : undefined;
                (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.n0)({
                    [_constants_js__WEBPACK_IMPORTED_MODULE_3__.k7.Verdict]: outcome.verdict,
                    [_constants_js__WEBPACK_IMPORTED_MODULE_3__.k7.Reason]: outcome.reason,
                    [_constants_js__WEBPACK_IMPORTED_MODULE_3__.k7.ErrorRate]: errorRate?.toString(),
                    [_constants_js__WEBPACK_IMPORTED_MODULE_3__.k7.P99Latency]: outcome.last?.p99Ms?.toString(),
                    [_constants_js__WEBPACK_IMPORTED_MODULE_3__.k7.Requests]: String(outcome.last?.requests ?? 0),
                    [_constants_js__WEBPACK_IMPORTED_MODULE_3__.k7.ReportFile]: inputs.reportFile
                });
                Object.assign(span.attributes, {
                    [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.T2]: settings.buildId,
                    [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.sk]: outcome.verdict,
                    [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.T_]: backend.name,
                    [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.f0]: outcome.last?.requests ?? 0,
                    [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Xq]: outcome.measurements.length,
                    ...errorRate !== undefined ? {
                        [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__._W]: errorRate
                    } : {},
                    ...outcome.last?.p99Ms !== undefined ? {
                        [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.ME]: outcome.last.p99Ms
                    } : {},
                    ...settings.baselineBuildId ? {
                        [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Rk]: settings.baselineBuildId
                    } : {}
                });
                if (inputs.githubToken) await (0, _report_js__WEBPACK_IMPORTED_MODULE_6__.Ud)((0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.UN)(), inputs.githubToken, record);
                _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`Verdict: ${outcome.verdict} (${outcome.reason}). Report: ${inputs.reportFile}`);
                if (!gatePassed) {
                    const why = outcome.verdict === "fail" ? outcome.reason : `${outcome.verdict} and on-inconclusive is fail (${outcome.reason})`;
                    throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Hb(`build ${settings.buildId} did not pass: ${why}.`);
                }
                if (outcome.verdict !== "pass") _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.warning(`${outcome.verdict === "hold" ? "Hold" : "Inconclusive"} (${outcome.reason}); passing because on-inconclusive is pass.`);
            });
        }
    },
    66270: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Wg: ()=>parseWindowStart,
            h5: ()=>readBackend,
            Ko: ()=>readInputs,
            rZ: ()=>readThresholds
        });
        var src = __webpack_require__(82398);
        var backends = __webpack_require__(61825);
        var promql = __webpack_require__(50235);
        var selection = __webpack_require__(31516);
        const SPAN_KINDS = [
            "server",
            "consumer",
            "internal",
            "client",
            "producer"
        ];
        const PRESETS = [
            "spanmetrics",
            "istio",
            "linkerd"
        ];
        var constants = __webpack_require__(18167);
        function parseRate(text, name) {
            const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
            const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
            if (!(value > 0 && value < 1)) {
                throw new src.j1(`Invalid input '${name}': '${text}'. Expected a rate between 0 and 100%, such as 1% or 0.01.`);
            }
            return value;
        }
        function wholeNumber(name, fallback, min = 0) {
            const text = (0, src.$m)(name);
            if (text === undefined) return fallback;
            if (!/^\d+$/.test(text) || Number(text) < min) {
                throw new src.j1(`Invalid input '${name}': '${text}'. Expected a whole number ≥ ${min}.`);
            }
            return Number(text);
        }
        function parsePercent(text, name) {
            const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
            const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
            if (!(value >= 0 && value <= 10)) {
                throw new src.j1(`Invalid input '${name}': '${text}'. Expected a percentage such as 20% or 0.2.`);
            }
            return value;
        }
        function parseWindowStart(text, now = new Date, what = "input 'window-start'") {
            if (text === undefined || text.trim().toLowerCase() === "now") return undefined;
            const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
            const at = new Date(text.trim());
            if (!rfc3339.test(text.trim()) || Number.isNaN(at.getTime())) {
                throw new src.j1(`Invalid ${what}: '${text}'. Expected now, or an RFC 3339 time such as 2026-11-26T17:00:00Z.`);
            }
            if (at.getTime() > now.getTime() + 6e4) {
                throw new src.j1(`Invalid ${what}: '${text}' is in the future. Expected now, or when the rollout step began.`);
            }
            return at;
        }
        function readSelection() {
            const kindsText = (0, src.$m)("span-kinds") ?? "server";
            const kinds = kindsText.split(",").map((k)=>k.trim().toLowerCase()).filter(Boolean);
            const bad = kinds.find((k)=>!SPAN_KINDS.includes(k));
            if (kinds.length === 0 || bad !== undefined) {
                throw new src.j1(`Invalid input 'span-kinds': '${kindsText}'. Expected a comma-separated list of: ${SPAN_KINDS.join(", ")}.`);
            }
            const excludeText = (0, src.$m)("exclude-spans");
            const exclude = excludeText === undefined ? selection.zZ : excludeText.trim() === "none" ? [] : excludeText.split(",").map((x)=>x.trim()).filter(Boolean);
            return {
                kinds: [
                    ...new Set(kinds)
                ],
                exclude
            };
        }
        function parseQueries(text) {
            if (!text) return [];
            const hint = `Expected a JSON array such as [{"name":"saturation","query":"max(cpu{build_id=\\"{{build_id}}\\"})","max":0.8}].`;
            let parsed;
            try {
                parsed = JSON.parse(text);
            } catch  {
                throw new src.j1(`Invalid input 'queries': not JSON. ${hint}`);
            }
            if (!Array.isArray(parsed)) throw new src.j1(`Invalid input 'queries': not an array. ${hint}`);
            return parsed.map((item, i)=>{
                const q = item;
                const bound = typeof q.max === "number" ? "max" : typeof q.min === "number" ? "min" : undefined;
                if (typeof q.name !== "string" || !/^[A-Za-z0-9_.-]{1,64}$/.test(q.name) || typeof q.query !== "string" || !q.query.trim() || !bound || "max" in q && "min" in q) {
                    throw new src.j1(`Invalid input 'queries': entry ${i + 1} needs "name" ([A-Za-z0-9_.-]), "query" and exactly one numeric "max" or "min". ${hint}`);
                }
                return {
                    name: q.name,
                    query: q.query,
                    op: bound === "max" ? "<=" : ">=",
                    threshold: q[bound]
                };
            });
        }
        function readBackend() {
            const backend = (0, src.ij)("backend", backends.G, "otlp-file");
            const url = (0, src.$m)("backend-url");
            if (!url) throw new src.j1(`Input 'backend-url' is required: the Prometheus base URL, the otlp-file path, or Jaeger's query URL.`);
            const headers = (0, src.jY)("backend-headers");
            const buildLabel = (0, src.$m)("build-label");
            if (buildLabel !== undefined) (0, promql.GC)(buildLabel, "build-label");
            return {
                backend,
                backendOptions: {
                    url,
                    headers: headers ? (0, src.ZA)(headers, "input 'backend-headers'") : {},
                    timeoutMs: (0, src.Ts)("backend-timeout", "10s", {
                        positive: true
                    }),
                    buildAttribute: (0, src.$m)("build-attribute") ?? "build.id",
                    buildLabel,
                    preset: (0, src.ij)("metrics-preset", PRESETS, "spanmetrics"),
                    service: (0, src.$m)("service"),
                    selection: readSelection()
                }
            };
        }
        function readThresholds(backend) {
            const maxP99 = (0, src.$m)("max-p99-latency");
            const ratioText = (0, src.$m)("max-error-ratio") ?? "2";
            const maxErrorRatio = Number(ratioText);
            if (!/^\d+(\.\d+)?$/.test(ratioText) || !(maxErrorRatio > 1)) {
                throw new src.j1(`Invalid input 'max-error-ratio': '${ratioText}'. Expected a number greater than 1, such as 2.`);
            }
            const custom = parseQueries((0, src.$m)("queries"));
            if (custom.length > 0 && backend !== "prometheus") {
                throw new src.j1(`Input 'queries' needs backend prometheus: ${backend} has no query language.`);
            }
            const intervalMs = (0, src.Ts)("interval", "30s", {
                positive: true
            });
            const count = wholeNumber("count", undefined, 2);
            const maxDurationMs = count !== undefined ? (count - 1) * intervalMs : (0, src.Ts)("max-duration", "30m", {
                positive: true
            });
            const minDurationMs = (0, src.Ts)("min-duration", `${Math.min(3e5, count !== undefined ? Math.floor(maxDurationMs / 2) : 3e5)}ms`);
            if (maxDurationMs < minDurationMs) {
                const what = count !== undefined ? `count \xd7 interval (${maxDurationMs} ms)` : `max-duration (${maxDurationMs} ms)`;
                throw new src.j1(`Invalid input 'min-duration': ${minDurationMs} ms is longer than ${what}. Expected min-duration ≤ the time the looks span.`);
            }
            return {
                maxErrorRate: parseRate((0, src.$m)("max-error-rate") ?? "1%", "max-error-rate"),
                maxP99Ms: maxP99 ? (0, src.Ts)("max-p99-latency", maxP99, {
                    positive: true
                }) : undefined,
                minRequests: wholeNumber("min-requests", 100),
                maxErrorRatio,
                custom,
                intervalMs,
                count,
                minDurationMs,
                maxDurationMs,
                windowStart: parseWindowStart((0, src.$m)("window-start")),
                latencyTolerance: parsePercent((0, src.$m)("latency-tolerance") ?? "20%", "latency-tolerance"),
                failureLimit: wholeNumber("failure-limit", 0),
                inconclusiveLimit: wholeNumber("inconclusive-limit", undefined),
                consecutiveErrorLimit: wholeNumber("consecutive-error-limit", 4),
                initialDelayMs: (0, src.Ts)("initial-delay", "0s")
            };
        }
        function readInputs(env = process.env) {
            const { backend, backendOptions } = readBackend();
            const buildId = (0, src.u7)();
            const baselineText = (0, src.$m)("baseline-build-id") ?? (env[src.Km.previousBuildId] || undefined);
            const baselineBuildId = baselineText ? (0, src.cp)(baselineText, "input 'baseline-build-id'") : undefined;
            const thresholds = readThresholds(backend);
            if (baselineBuildId === buildId) {
                throw new src.j1(`Invalid input 'baseline-build-id': '${baselineBuildId}' is the build being judged. Expected the stable build.`);
            }
            return {
                backend,
                backendOptions,
                settings: {
                    buildId,
                    baselineBuildId,
                    ...thresholds
                },
                onInconclusive: (0, src.ij)("on-inconclusive", constants.Xv, "fail"),
                githubToken: (0, src.jY)("github-token"),
                reportFile: (0, src.$m)("report-file") ?? (0, src.sl)("verdict", buildId, env)
            };
        }
    },
    6635: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Ih: ()=>Judge,
            $U: ()=>maxLooks,
            Gx: ()=>minutes,
            MZ: ()=>realWait,
            A1: ()=>runAnalysis
        });
        var src = __webpack_require__(82398);
        var counters = __webpack_require__(20641);
        const DEFAULT_BOUNDS = {
            alpha: 1e-4,
            beta: .01
        };
        const DEFAULT_PRIOR = {
            rho0: .01,
            weight: 4
        };
        function waldBounds(bounds) {
            return {
                upper: Math.log((1 - bounds.beta) / bounds.alpha),
                lower: Math.log(bounds.beta / (1 - bounds.alpha))
            };
        }
        function absoluteHypotheses(threshold) {
            return {
                p0: threshold / 2,
                p1: Math.min(2 * threshold, .999)
            };
        }
        function absoluteLlr(errors, requests, threshold) {
            const { p0, p1 } = absoluteHypotheses(threshold);
            const ok = Math.max(requests - errors, 0);
            return errors * Math.log(p1 / p0) + ok * Math.log((1 - p1) / (1 - p0));
        }
        function relativeLlr(canary, stable, ratio) {
            if (canary.requests <= 0 || stable.requests <= 0) return 0;
            const q0 = canary.requests / (canary.requests + stable.requests);
            const q1 = ratio * canary.requests / (ratio * canary.requests + stable.requests);
            return canary.errors * Math.log(q1 / q0) + stable.errors * Math.log((1 - q1) / (1 - q0));
        }
        function relativeDriftPerError(ratio, share) {
            const q1 = ratio * share / (ratio * share + 1 - share);
            return share * Math.log(q1 / share) + (1 - share) * Math.log((1 - q1) / (1 - share));
        }
        const DETECTABLE_SAFETY = Number(process.env.GT_DETECTABLE_SAFETY ?? 3);
        const DETECTABLE_CAP = 10;
        function detectableRatio(expectedErrors, share, phi, ratio, bounds = DEFAULT_BOUNDS) {
            if (!(expectedErrors > 0) || !(share > 0 && share < 1)) return undefined;
            const needed = (r)=>DETECTABLE_SAFETY * -waldBounds(bounds).lower * phi / -relativeDriftPerError(r, share);
            for(let r = ratio; r <= DETECTABLE_CAP * 1.0001; r *= 1.02)if (needed(r) <= expectedErrors) return r;
            return undefined;
        }
        function pearsonAbsolute(intervals) {
            const used = intervals.filter((c)=>c.requests > 0);
            const n = used.reduce((s, c)=>s + c.requests, 0);
            const e = used.reduce((s, c)=>s + c.errors, 0);
            const p = n > 0 ? e / n : 0;
            let x2 = 0;
            if (p > 0 && p < 1) for (const c of used)x2 += (c.errors - c.requests * p) ** 2 / (c.requests * p * (1 - p));
            return {
                x2,
                df: Math.max(used.length - 1, 0),
                meanTrials: used.length ? n / used.length : 0
            };
        }
        function pearsonRelative(canary, stable) {
            const idx = canary.map((_, i)=>i).filter((i)=>canary[i].requests > 0 && stable[i].requests > 0 && canary[i].errors + stable[i].errors > 0);
            const sum = (xs)=>xs.reduce((s, x)=>s + x, 0);
            const rc = sum(idx.map((i)=>canary[i].errors)) / Math.max(sum(idx.map((i)=>canary[i].requests)), 1);
            const rs = sum(idx.map((i)=>stable[i].errors)) / Math.max(sum(idx.map((i)=>stable[i].requests)), 1);
            const ratio = Math.min(Math.max(rs > 0 ? rc / rs : 20, .05), 20);
            let x2 = 0;
            let trials = 0;
            for (const i of idx){
                const m = canary[i].errors + stable[i].errors;
                trials += m;
                const q = ratio * canary[i].requests / (ratio * canary[i].requests + stable[i].requests);
                x2 += (canary[i].errors - m * q) ** 2 / (m * q * (1 - q));
            }
            return {
                x2,
                df: Math.max(idx.length - 1, 0),
                meanTrials: idx.length ? trials / idx.length : 0
            };
        }
        function dispersion(pearson, prior = DEFAULT_PRIOR) {
            const phi0 = 1 + Math.max(pearson.meanTrials - 1, 0) * prior.rho0;
            return Math.max(1, (prior.weight * phi0 + pearson.x2) / (prior.weight + pearson.df));
        }
        function quasiSprt(increments, phi, bounds = DEFAULT_BOUNDS, minFailIntervals = 1, confirm = false) {
            const { upper, lower } = waldBounds(bounds);
            const cap = upper / minFailIntervals * (1 + 1e-9);
            let llr = 0;
            let reached = false;
            for(let i = 0; i < increments.length; i++){
                const step = Math.max(-cap, Math.min(cap, increments[i] / phi));
                llr = Math.max(lower, llr + step);
                const atBound = llr >= upper && i + 1 >= minFailIntervals;
                if (atBound && (!confirm || reached && step > 0)) return {
                    decision: "fail",
                    llr,
                    upper,
                    lower
                };
                reached = atBound;
            }
            return {
                decision: llr <= lower ? "pass" : "continue",
                llr,
                upper,
                lower
            };
        }
        function passReached(increments, phi, bounds = DEFAULT_BOUNDS, minIntervals = 1) {
            const { lower } = waldBounds(bounds);
            const cap = -lower / minIntervals * (1 + 1e-9);
            let llr = 0;
            let reached = false;
            for (const increment of increments){
                llr = Math.max(lower, llr + Math.max(-cap, Math.min(cap, increment / phi)));
                reached ||= llr <= lower;
            }
            return reached && llr <= 0;
        }
        function wilsonInterval(successes, trials, z = 1.96) {
            if (trials <= 0) return [
                0,
                1
            ];
            const p = successes / trials;
            const z2 = z * z;
            const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
            const half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / (1 + z2 / trials);
            return [
                Math.max(0, centre - half),
                Math.min(1, centre + half)
            ];
        }
        function normalQuantile(p) {
            const a = [
                -39.69683028665376,
                220.9460984245205,
                -275.9285104469687,
                138.357751867269,
                -30.66479806614716,
                2.506628277459239
            ];
            const b = [
                -54.47609879822406,
                161.5858368580409,
                -155.6989798598866,
                66.80131188771972,
                -13.28068155288572
            ];
            const c = [
                -.007784894002430293,
                -.3223964580411365,
                -2.400758277161838,
                -2.549732539343734,
                4.374664141464968,
                2.938163982698783
            ];
            const d = [
                .007784695709041462,
                .3224671290700398,
                2.445134137142996,
                3.754408661907416
            ];
            const tail = (q)=>(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
            if (p < .02425) return tail(Math.sqrt(-2 * Math.log(p)));
            if (p > 1 - .02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
            const q = p - .5;
            const r = q * q;
            return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        }
        function upperBound(successes, trials, phi, beta) {
            return wilsonInterval(successes / phi, trials / phi, normalQuantile(1 - beta))[1];
        }
        function ratioUpperBound(canaryErrors, totalErrors, share, phi, beta) {
            if (totalErrors <= 0 || !(share > 0 && share < 1)) return Infinity;
            const q = upperBound(canaryErrors, totalErrors, phi, beta);
            return q >= 1 ? Infinity : q * (1 - share) / (share * (1 - q));
        }
        function requestsToPass(rate, threshold, phi, bounds = DEFAULT_BOUNDS) {
            const { p0, p1 } = absoluteHypotheses(threshold);
            const drift = rate * Math.log(p1 / p0) + (1 - rate) * Math.log((1 - p1) / (1 - p0));
            if (drift >= 0) return undefined;
            return waldBounds(bounds).lower * phi / drift;
        }
        ;
        const MIN_FAIL_INTERVALS = 3;
        const CONFIRM_FAIL = true;
        const NO_REGRESSION_LLR = Number(process.env.GT_NO_REGRESSION_LLR ?? 1);
        const P99_SHARE = .01;
        const LATENCY_RATIO = 2;
        const LATENCY_MIN_SLACK_MS = 10;
        function latencyLimit(stable, stableP99, tolerance) {
            const wanted = Math.max((1 + tolerance) * stableP99, stableP99 + LATENCY_MIN_SLACK_MS);
            const bound = [
                ...stable.keys()
            ].filter((le)=>le >= wanted && Number.isFinite(le)).sort((a, b)=>a - b)[0];
            return bound ?? wanted;
        }
        function metric(name, query, threshold) {
            return {
                name,
                query,
                threshold,
                result: "pending",
                settled: false,
                failed: 0,
                unjudged: 0,
                consecutiveErrors: 0
            };
        }
        const pct = (x)=>`${(x * 100).toFixed(2)}%`;
        const rateOf = (c)=>c.requests > 0 ? c.errors / c.requests : 0;
        const HOLD_BOUND = Math.log((1 - DEFAULT_BOUNDS.beta) / .001);
        const reachedFailBound = (t)=>t.llr >= Math.min(t.upper, HOLD_BOUND);
        const minutes = (ms)=>ms < 9e4 ? `${Math.round(ms / 1e3)} s` : `${Math.round(ms / 6e4)} min`;
        const sum = (xs)=>{
            const latency = new Map;
            for (const x of xs)(0, counters.Bh)(latency, x.latency);
            const requests = xs.reduce((s, x)=>s + x.requests, 0);
            return {
                requests,
                errors: xs.reduce((s, x)=>s + x.errors, 0),
                p99Ms: (0, counters.EV)(latency, .99),
                latencySamples: (0, counters.gl)(latency)
            };
        };
        const windowHistogram = (xs)=>xs.reduce((h, x)=>(0, counters.Bh)(h, x.latency), new Map);
        class Judge {
            settings;
            backend;
            metrics;
            errorRate;
            relative;
            latency;
            latencyRelative;
            customs;
            bounds;
            passBounds;
            prior;
            windowStart;
            firstLook;
            lastLook;
            previous;
            canary = [];
            stable = [];
            signals = [];
            finalSignals = [];
            backendTrouble = false;
            bothOver = false;
            detectable;
            estimateNow;
            last;
            constructor(settings, backend){
                this.settings = settings;
                this.backend = backend;
                this.bounds = settings.bounds ?? DEFAULT_BOUNDS;
                this.passBounds = {
                    ...this.bounds,
                    beta: this.bounds.beta / 2
                };
                this.prior = settings.prior ?? DEFAULT_PRIOR;
                const q = backend.describe(settings.buildId);
                this.errorRate = metric("error-rate", `${q.errors} / ${q.requests}`, `≤ ${pct(settings.maxErrorRate)} (quasi-SPRT, H0 ${pct(settings.maxErrorRate / 2)}, H1 ${pct(2 * settings.maxErrorRate)})`);
                this.metrics = [
                    this.errorRate
                ];
                if (settings.baselineBuildId) {
                    const b = backend.describe(settings.baselineBuildId);
                    this.relative = metric("error-rate-vs-baseline", `canary vs ${b.errors} / ${b.requests}, same intervals`, `< ${settings.maxErrorRatio}\xd7 baseline ${settings.baselineBuildId}`);
                    this.metrics.push(this.relative);
                }
                if (settings.maxP99Ms !== undefined) {
                    this.latency = metric("p99-latency", q.latency, `≤ ${settings.maxP99Ms} ms (≤ ${pct(P99_SHARE)} of requests slower)`);
                    this.metrics.push(this.latency);
                }
                if (settings.baselineBuildId) {
                    const tol = `${Math.round(settings.latencyTolerance * 100)}%`;
                    this.latencyRelative = metric("p99-latency-vs-baseline", `${q.latency}, canary vs baseline`, `≤ baseline p99 + ${tol} (share slower: < ${LATENCY_RATIO}\xd7 baseline's)`);
                    this.metrics.push(this.latencyRelative);
                }
                this.customs = settings.custom.map((c)=>[
                        c,
                        metric(c.name, c.query, `${c.op} ${c.threshold}`)
                    ]);
                this.metrics.push(...this.customs.map(([, m])=>m));
            }
            get window() {
                return this.windowStart && {
                    start: this.windowStart.toISOString(),
                    end: (this.lastLook ?? this.windowStart).toISOString()
                };
            }
            get estimate() {
                return this.estimateNow;
            }
            async look(n, now = new Date) {
                const m = {
                    look: n,
                    at: now.toISOString(),
                    results: {}
                };
                this.firstLook ??= now;
                this.windowStart ??= this.settings.windowStart ?? now;
                this.lastLook = now;
                const sampled = [
                    this.errorRate,
                    this.relative,
                    this.latency,
                    this.latencyRelative
                ].filter((s)=>s !== undefined);
                try {
                    const fresh = await this.observe(now);
                    for (const s of sampled)s.consecutiveErrors = 0;
                    const c = this.canary.at(-1);
                    const s = this.stable.at(-1);
                    if (c && fresh) {
                        m.interval = {
                            requests: c.requests,
                            errors: c.errors,
                            ...s ? {
                                baseline_requests: s.requests,
                                baseline_errors: s.errors
                            } : {}
                        };
                    }
                    this.last = sum(this.canary);
                    Object.assign(m, {
                        requests: this.last.requests,
                        errors: this.last.errors,
                        p99_ms: this.last.p99Ms
                    });
                    if (this.last.requests > 0) m.error_rate = this.last.errors / this.last.requests;
                    if (this.settings.baselineBuildId) {
                        const b = sum(this.stable);
                        m.baseline = {
                            requests: b.requests,
                            errors: b.errors,
                            p99_ms: b.p99Ms
                        };
                    }
                    this.judge(now);
                } catch (error) {
                    m.error = (0, src.gJ)(error);
                    for (const s of sampled)this.recordError(s, m.error);
                }
                await this.judgeCustoms();
                for (const state of this.metrics)m.results[state.name] = state.result;
                return m;
            }
            intervalsSeen = 0;
            async observe(now) {
                const { buildId, baselineBuildId } = this.settings;
                const start = this.windowStart;
                if (!this.previous) {
                    const [canary, stable] = await Promise.all([
                        this.backend.baseline(buildId, start),
                        baselineBuildId ? this.backend.baseline(baselineBuildId, start) : undefined
                    ]);
                    this.previous = {
                        canary,
                        stable
                    };
                    if (now.getTime() - start.getTime() < 1e3) return false;
                }
                const [canary, stable] = await Promise.all([
                    this.backend.snapshot(buildId, start),
                    baselineBuildId ? this.backend.snapshot(baselineBuildId, start) : undefined
                ]);
                const c = (0, counters.N)(this.previous.canary, canary);
                const s = stable && this.previous.stable ? (0, counters.N)(this.previous.stable, stable) : undefined;
                this.previous = {
                    canary: (0, counters.h1)(this.previous.canary, canary),
                    stable: stable && this.previous.stable ? (0, counters.h1)(this.previous.stable, stable) : undefined
                };
                this.canary.push(interval(c));
                if (s) this.stable.push(interval(s));
                this.intervalsSeen++;
                return true;
            }
            judge(now) {
                const canary = this.canary;
                const total = sum(canary);
                const phiAbs = dispersion(pearsonAbsolute(canary), this.prior);
                const minFail = MIN_FAIL_INTERVALS;
                const T = this.settings.maxErrorRate;
                const abs = this.sequential(canary.map((c)=>absoluteLlr(c.errors, c.requests, T)), phiAbs, minFail);
                const [low, high] = wilsonInterval(total.errors, total.requests);
                this.show(this.errorRate, abs, total.requests > 0 ? total.errors / total.requests : undefined, total.requests, `${total.errors}/${total.requests} errors in the window, 95% CI ${pct(low)}–${pct(high)}, φ ${phiAbs.toFixed(2)}`);
                const signals = [];
                let stableAbs;
                let rel;
                let comparisonPass;
                let comparison;
                let finalComparison;
                let comparisonNeed;
                if (this.relative) {
                    const stable = this.stable;
                    const b = sum(stable);
                    const phiStable = dispersion(pearsonAbsolute(stable), this.prior);
                    stableAbs = this.sequential(stable.map((c)=>absoluteLlr(c.errors, c.requests, T)), phiStable, minFail);
                    const phiRel = Math.max(dispersion(pearsonRelative(canary, stable), this.prior), phiAbs);
                    const ratio = this.settings.maxErrorRatio;
                    rel = this.sequential(canary.map((c, i)=>relativeLlr(c, stable[i], ratio)), phiRel, minFail);
                    const share = total.requests / Math.max(total.requests + b.requests, 1);
                    const errorsPerInterval = (total.errors + b.errors) / Math.max(canary.length, 1);
                    this.detectable = detectableRatio(errorsPerInterval * maxLooks(this.settings), share, phiRel, ratio, this.passBounds);
                    const ruledOut = this.detectable;
                    if (ruledOut !== undefined) comparisonNeed = {
                        errors: total.errors + b.errors,
                        needed: -waldBounds(this.passBounds).lower * phiRel / -relativeDriftPerError(ruledOut, share)
                    };
                    comparisonPass = ruledOut === undefined ? undefined : passReached(canary.map((c, i)=>relativeLlr(c, stable[i], ruledOut)), phiRel, this.passBounds, minFail);
                    const beta = this.passBounds.beta;
                    const upperRatio = ratioUpperBound(total.errors, total.errors + b.errors, share, phiRel, beta);
                    const stableNotUnder = stableAbs.decision !== "pass" && upperBound(b.errors, b.requests, phiStable, beta) >= absoluteHypotheses(T).p1;
                    if (ruledOut !== undefined) {
                        comparison = {
                            pass: comparisonPass,
                            shared: false
                        };
                        finalComparison = {
                            pass: comparisonPass || upperRatio <= ruledOut,
                            shared: stableNotUnder
                        };
                    } else if (upperRatio <= DETECTABLE_CAP) finalComparison = {
                        pass: true,
                        shared: stableNotUnder
                    };
                    const canaryRate = total.requests > 0 ? total.errors / total.requests : 0;
                    const baseRate = b.requests > 0 ? b.errors / b.requests : undefined;
                    const power = ruledOut === undefined ? `too few errors to rule out even ${DETECTABLE_CAP}\xd7 stable in max-duration: judged on the absolute test` : `can rule out ≥ ${ruledOut.toFixed(1)}\xd7 stable (β ${pct(this.bounds.beta)}) in max-duration${comparisonPass ? ": ruled out" : ""}`;
                    this.show(this.relative, rel, baseRate ? canaryRate / baseRate : undefined, total.requests, `canary ${pct(canaryRate)} vs baseline ${baseRate === undefined ? "–" : pct(baseRate)} (${b.errors}/${b.requests}), φ ${phiRel.toFixed(2)}; ${power}`);
                    this.relative.baseline_value = baseRate;
                }
                const b = sum(this.stable);
                const stableOver = this.relative !== undefined && wilsonInterval(b.errors, b.requests)[0] > T;
                this.bothOver = stableOver && rateOf(total) > T && (rel?.llr ?? 1) <= 0;
                const beta = this.passBounds.beta;
                const finalAbs = abs.decision === "continue" && upperBound(total.errors, total.requests, phiAbs, beta) < absoluteHypotheses(T).p1 ? {
                    ...abs,
                    decision: "pass"
                } : abs;
                let finalSignal = this.signal({
                    ...this.errorRate
                }, finalAbs, rel, stableAbs, finalComparison);
                let signal = this.signal(this.errorRate, abs, rel, stableAbs, comparison);
                if (signal === "ok" && this.bothOver) {
                    signal = "shared";
                    this.errorRate.result = "hold";
                    this.errorRate.detail = `${this.errorRate.detail}; over its threshold, and so is the baseline: shared degradation`;
                }
                if (finalSignal === "ok" && this.bothOver) finalSignal = "shared";
                signals.push(signal);
                const finalSignals = [
                    finalSignal
                ];
                if (this.latency || this.latencyRelative) {
                    const latency = this.judgeLatency(minFail);
                    signals.push(latency);
                    finalSignals.push(latency);
                }
                this.signals = signals;
                this.finalSignals = finalSignals;
                this.estimateTime(now, total, phiAbs, comparisonNeed);
                if (total.requests < this.settings.minRequests && this.errorRate.result === "pass") this.errorRate.result = "pending";
            }
            judgeLatency(minFail) {
                const canary = this.canary;
                const canaryWindow = windowHistogram(canary);
                const samples = (0, counters.gl)(canaryWindow);
                const p99 = (0, counters.EV)(canaryWindow, .99);
                let abs;
                let stableAbs;
                let rel;
                if (this.latency) {
                    const limit = this.settings.maxP99Ms;
                    const slow = (xs)=>xs.map((c)=>({
                                requests: (0, counters.gl)(c.latency),
                                errors: (0, counters.d2)(c.latency, limit)
                            }));
                    const counts = slow(canary);
                    const phi = dispersion(pearsonAbsolute(counts), this.prior);
                    const all = {
                        requests: samples,
                        errors: (0, counters.d2)(canaryWindow, limit)
                    };
                    abs = this.sequential(counts.map((c)=>absoluteLlr(c.errors, c.requests, P99_SHARE)), phi, minFail);
                    this.show(this.latency, abs, p99, samples, `${all.errors.toFixed(1)} of ${samples} slower than ${limit} ms, φ ${phi.toFixed(2)}`);
                    if (this.settings.baselineBuildId) {
                        const s = slow(this.stable);
                        stableAbs = this.sequential(s.map((c)=>absoluteLlr(c.errors, c.requests, P99_SHARE)), dispersion(pearsonAbsolute(s), this.prior), minFail);
                    }
                }
                if (this.latencyRelative) {
                    const stableWindow = windowHistogram(this.stable);
                    const stableP99 = (0, counters.EV)(stableWindow, .99);
                    if (stableP99 === undefined) {
                        rel = this.sequential([], 1, minFail);
                        this.latencyRelative.detail = "no baseline latency samples in the window yet";
                    } else {
                        const limit = latencyLimit(stableWindow, stableP99, this.settings.latencyTolerance);
                        const slow = (xs)=>xs.map((c)=>({
                                    requests: (0, counters.gl)(c.latency),
                                    errors: (0, counters.d2)(c.latency, limit)
                                }));
                        const c = slow(canary);
                        const s = slow(this.stable);
                        const phi = Math.max(dispersion(pearsonRelative(c, s), this.prior), dispersion(pearsonAbsolute(c), this.prior));
                        rel = this.sequential(c.map((x, i)=>relativeLlr(x, s[i], LATENCY_RATIO)), phi, minFail);
                        this.show(this.latencyRelative, rel, p99, samples, `canary p99 ${p99 === undefined ? "–" : Math.round(p99)} ms vs baseline ${Math.round(stableP99)} ms; slower than ${Math.round(limit)} ms: canary ${sumErrors(c).toFixed(1)}/${samples}, baseline ${sumErrors(s).toFixed(1)}/${(0, counters.gl)(stableWindow)}, φ ${phi.toFixed(2)}`);
                    }
                    this.latencyRelative.baseline_value = stableP99;
                }
                if (!abs) return rel.decision === "fail" ? "fail" : rel.llr <= NO_REGRESSION_LLR ? "ok" : "open";
                return this.signal(this.latency, abs, rel, stableAbs);
            }
            sequential(increments, phi, minFail) {
                return quasiSprt(increments, phi, this.bounds, minFail, CONFIRM_FAIL);
            }
            signal(state, abs, rel, stableAbs, comparison) {
                if (!rel) return abs.decision === "fail" ? "fail" : abs.decision === "pass" ? "ok" : "open";
                if (rel.decision === "fail") return "fail";
                if (abs.decision === "fail" || reachedFailBound(abs)) {
                    const shared = stableAbs?.decision === "fail" || stableAbs !== undefined && reachedFailBound(stableAbs) || rel.decision === "pass" || comparison?.pass === true && stableAbs?.decision !== "pass";
                    state.result = shared ? "hold" : "pending";
                    state.detail = `${state.detail}; over its threshold${shared ? ", and so is the baseline: shared degradation" : ", waiting for the comparison with the baseline"}`;
                    return shared ? "shared" : "open";
                }
                if (comparison) {
                    if (!(comparison.pass || rel.decision === "pass")) return "open";
                    if (abs.decision === "pass") return "ok";
                    if (!comparison.shared) return "open";
                    state.result = "hold";
                    state.detail = `${state.detail}; no worse than the baseline, and neither is shown under its threshold: shared degradation`;
                    return "shared";
                }
                if (rel.decision === "pass") return "ok";
                return rel.llr <= NO_REGRESSION_LLR && abs.decision === "pass" ? "ok" : "open";
            }
            show(state, test, value, samples, detail) {
                state.value = value;
                state.samples = samples;
                state.detail = `${detail}, LLR ${test.llr.toFixed(2)} (fail ≥ ${test.upper.toFixed(2)}, pass ≤ ${test.lower.toFixed(2)})`;
                state.result = test.decision === "fail" ? "fail" : test.decision === "pass" ? "pass" : "pending";
            }
            estimateTime(now, total, phi, comparison) {
                if (total.requests < 10) return;
                const seconds = (now.getTime() - this.windowStart.getTime()) / 1e3;
                if (seconds <= 0) return;
                const rate = total.requests / seconds;
                const T = this.settings.maxErrorRate;
                const absolute = 1e3 * requestsToPass(Math.min(total.errors / total.requests, T / 2), T, phi, this.bounds) / rate;
                const passMs = comparison && comparison.errors > 0 ? 1e3 * comparison.needed * seconds / comparison.errors : absolute;
                const ms = Math.max(this.settings.minDurationMs, passMs, 1e3 * this.settings.minRequests / rate);
                const speed = rate >= 10 ? rate.toFixed(0) : rate.toFixed(1);
                const ratio = this.detectable;
                const power = ratio === undefined ? "" : `; it can rule out a regression of ${ratio.toFixed(1)}\xd7 stable's error rate or more`;
                this.estimateNow = {
                    text: `at ${speed} req/s a decision needs about ${minutes(ms)} (max-duration ${minutes(this.settings.maxDurationMs)})${power}`,
                    seconds: Math.round(ms / 1e3),
                    requests_per_second: rate,
                    max_duration_seconds: this.settings.maxDurationMs / 1e3,
                    ...ratio === undefined ? {} : {
                        detectable_ratio: Number(ratio.toFixed(2))
                    }
                };
            }
            async judgeCustoms() {
                for (const [query, state] of this.customs.filter(([, s])=>!s.settled)){
                    try {
                        const value = await this.backend.custom(query, {
                            build: this.settings.buildId,
                            baseline: this.settings.baselineBuildId
                        });
                        if (value === undefined) {
                            this.recordError(state, "query returned no data");
                            continue;
                        }
                        state.consecutiveErrors = 0;
                        this.judgeThreshold(state, value, query.op === "<=" ? value <= query.threshold : value >= query.threshold);
                    } catch (error) {
                        this.recordError(state, (0, src.gJ)(error));
                    }
                }
            }
            judgeThreshold(state, value, ok) {
                state.value = value;
                state.samples = (state.samples ?? 0) + 1;
                if (ok) {
                    if (!state.settled) state.result = "pass";
                    return;
                }
                state.failed++;
                state.detail = `${state.failed} failed look(s), limit ${this.settings.failureLimit}`;
                if (state.failed > this.settings.failureLimit) this.settle(state, "fail");
                else state.result = "pending";
            }
            recordError(state, message) {
                state.consecutiveErrors++;
                state.detail = `backend error (${state.consecutiveErrors} in a row, limit ${this.settings.consecutiveErrorLimit}): ${message}`;
                if (state.consecutiveErrors > this.settings.consecutiveErrorLimit) {
                    this.settle(state, "inconclusive");
                    this.backendTrouble = true;
                } else if (state.result === "pass") state.result = "pending";
                const limit = this.settings.inconclusiveLimit;
                if (this.customs.some(([, s])=>s === state) && limit !== undefined && ++state.unjudged > limit) this.settle(state, "inconclusive");
            }
            settle(state, result) {
                state.result = result;
                state.settled = true;
            }
            customSignals() {
                return this.customs.map(([, s])=>s.result === "fail" ? "fail" : s.result === "pass" ? "ok" : "open");
            }
            observedEnough() {
                if (!this.lastLook || !this.windowStart || this.intervalsSeen === 0 || this.lastLook.getTime() === this.firstLook.getTime()) return false;
                return this.lastLook.getTime() - this.windowStart.getTime() >= this.settings.minDurationMs;
            }
            reached(final) {
                const all = [
                    ...final ? this.finalSignals : this.signals,
                    ...this.customSignals()
                ];
                const failed = this.metrics.filter((s)=>s.result === "fail");
                if (all.includes("fail")) return {
                    verdict: "fail",
                    reason: `${failed.map((s)=>s.name).join(", ") || "a metric"} failed`
                };
                if (this.backendTrouble) return {
                    verdict: "inconclusive",
                    reason: "backend errors beyond consecutive-error-limit"
                };
                const held = this.metrics.filter((s)=>s.result === "hold").map((s)=>s.name);
                const enough = this.observedEnough();
                if (enough && all.length > 0 && all.every((s)=>s === "ok")) {
                    if ((this.last?.requests ?? 0) < this.settings.minRequests) return undefined;
                    return {
                        verdict: "pass",
                        reason: "all metrics passed"
                    };
                }
                if (enough && all.includes("shared") && all.every((s)=>s === "ok" || s === "shared")) return {
                    verdict: "hold",
                    reason: `shared-degradation: ${held.join(", ")} over threshold on the baseline too`
                };
                if (!final) return undefined;
                if (all.includes("shared") || this.bothOver) {
                    if (this.bothOver && this.errorRate.result === "pending") this.errorRate.result = "hold";
                    return {
                        verdict: "hold",
                        reason: `shared-degradation: ${held.join(", ") || this.errorRate.name} over threshold on the baseline too`
                    };
                }
                const requests = this.last?.requests ?? 0;
                const estimate = this.estimateNow;
                if (estimate && estimate.seconds * 1e3 > this.settings.maxDurationMs) return {
                    verdict: "inconclusive",
                    reason: `traffic too thin: ${estimate.text}`
                };
                if (requests < this.settings.minRequests && this.windowStart && this.lastLook) {
                    const seconds = Math.max((this.lastLook.getTime() - this.windowStart.getTime()) / 1e3, .001);
                    return {
                        verdict: "inconclusive",
                        reason: `traffic too thin: ${requests} requests in ${minutes(seconds * 1e3)} of window (${(requests / seconds).toFixed(1)} req/s); a pass needs at least ${this.settings.minRequests}`
                    };
                }
                if (!this.observedEnough()) return {
                    verdict: "inconclusive",
                    reason: `looks ended before min-duration (${minutes(this.settings.minDurationMs)})`
                };
                const open = this.metrics.filter((s)=>s.result !== "pass").map((s)=>s.name);
                return {
                    verdict: "inconclusive",
                    reason: `${open.join(", ") || "metrics"}: not enough evidence to decide${estimate ? ` (${estimate.text})` : ""}`
                };
            }
            decided() {
                return this.reached(false) !== undefined;
            }
            verdict() {
                const outcome = this.reached(true);
                if (outcome.verdict !== "pass") {
                    for (const s of this.metrics)if (s.result === "pending") s.result = "inconclusive";
                }
                if (outcome.verdict === "pass") for (const s of this.metrics)s.result = "pass";
                return outcome;
            }
        }
        function interval(c) {
            return {
                requests: c.requests,
                errors: c.errors,
                latency: c.latency ?? new Map
            };
        }
        const sumErrors = (xs)=>xs.reduce((s, x)=>s + x.errors, 0);
        const realWait = (ms)=>new Promise((resolve)=>setTimeout(resolve, ms));
        function maxLooks(settings) {
            return settings.count ?? Math.floor(settings.maxDurationMs / settings.intervalMs) + 1;
        }
        async function runAnalysis(settings, backend, hooks) {
            const now = hooks.now ?? (()=>new Date);
            const judge = new Judge(settings, backend);
            const measurements = [];
            const looks = maxLooks(settings);
            let noted = false;
            if (settings.initialDelayMs > 0) await hooks.wait(settings.initialDelayMs);
            for(let n = 1; n <= looks; n++){
                const m = await judge.look(n, now());
                measurements.push(m);
                hooks.onLook?.(m);
                if (!noted && judge.estimate) {
                    noted = true;
                    hooks.onNote?.(judge.estimate.text);
                }
                if (judge.decided() || n === looks) break;
                await hooks.wait(settings.intervalMs);
            }
            const { verdict, reason } = judge.verdict();
            return {
                verdict,
                reason,
                metrics: judge.metrics,
                measurements,
                last: judge.last,
                window: judge.window,
                estimate: judge.estimate
            };
        }
    },
    277: (module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__)=>{
            try {
                __webpack_require__.r(__webpack_exports__);
                var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
                var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53487);
                const serve = async ()=>(await Promise.all([
                        __webpack_require__.e(368),
                        __webpack_require__.e(105)
                    ]).then(__webpack_require__.bind(__webpack_require__, 55105))).serve();
                await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Cs)("otel-gate", process.argv[2] === "serve" ? serve : ()=>(0, _gate_js__WEBPACK_IMPORTED_MODULE_1__.R)());
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    5414: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Ud: ()=>postCommitStatus,
            Z5: ()=>verdictRecord,
            jb: ()=>summaryTable
        });
        var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
        var _constants_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18167);
        function verdictRecord(outcome, context) {
            const finishedAt = new Date().toISOString();
            return {
                verdict: outcome.verdict,
                gate_passed: context.gatePassed,
                reason: outcome.reason,
                build_id: context.buildId,
                baseline_build_id: context.baselineBuildId,
                backend: context.backend,
                window: outcome.window ?? {
                    start: context.startedAt.toISOString(),
                    end: finishedAt
                },
                selection: context.selection,
                metrics: outcome.metrics.map((m)=>({
                        name: m.name,
                        query: m.query,
                        value: m.value ?? null,
                        baseline_value: m.baseline_value ?? null,
                        threshold: m.threshold,
                        samples: m.samples ?? null,
                        result: m.result,
                        detail: m.detail
                    })),
                measurements: outcome.measurements,
                started_at: context.startedAt.toISOString(),
                finished_at: finishedAt,
                trace_id: context.traceId,
                span_id: context.spanId,
                ...outcome.estimate ? {
                    decision_estimate: outcome.estimate
                } : {}
            };
        }
        function formatValue(m) {
            return (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.dd)(m.name, m.value);
        }
        const ICON = {
            pass: "✅ pass",
            fail: "❌ fail",
            inconclusive: "⚠️ inconclusive",
            hold: "⏸️ hold",
            pending: "… pending"
        };
        const cell = (text)=>text.replace(/\|/g, "\\|").replace(/\n/g, " ");
        function summaryTable(record) {
            const estimate = record.decision_estimate?.text;
            const rows = record.metrics.map((m)=>`| ${cell(m.name)} | ${formatValue({
                    name: m.name,
                    value: m.value ?? undefined
                })} | ${cell(m.threshold)} | ${m.samples ?? "–"} | ${ICON[m.result] ?? m.result} |`);
            return [
                `### otel-gate: ${ICON[record.verdict]} for build \`${record.build_id}\``,
                "",
                `${cell(record.reason ?? "")}; ${record.measurements?.length ?? 0} look(s) at ${record.backend}${record.baseline_build_id ? `, baseline \`${record.baseline_build_id}\`` : ""}.`,
                ...record.verdict === "hold" ? [
                    "",
                    "The baseline degrades as much as the canary: a rollback would not help. Pause the rollout and look at what they share."
                ] : [],
                "",
                `Window ${record.window?.start ?? "–"} → ${record.window?.end ?? "–"}${record.selection ? `; ${cell(record.selection)}` : ""}${estimate ? `; ${estimate}` : ""}.`,
                "",
                "| metric | value | threshold | samples | result |",
                "|---|---|---|---|---|",
                ...rows,
                ""
            ].join("\n");
        }
        function oneLine(record) {
            const parts = record.metrics.map((m)=>`${m.name} ${formatValue({
                    name: m.name,
                    value: m.value ?? undefined
                })} (${m.result})`);
            const line = `${record.verdict}: ${parts.join(", ")}`;
            return line.length > 140 ? line.slice(0, 139) + "…" : line;
        }
        async function postCommitStatus(ctx, token, record) {
            try {
                const [owner, repo] = ctx.repository.split("/");
                const octokit = await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.$f)(token, ctx.apiUrl);
                await octokit.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
                    owner,
                    repo,
                    sha: ctx.headSha,
                    state: record.gate_passed ? "success" : "failure",
                    context: _constants_js__WEBPACK_IMPORTED_MODULE_1__.j,
                    description: oneLine(record),
                    target_url: ctx.runUrl
                });
                _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.info(`Commit status ${_constants_js__WEBPACK_IMPORTED_MODULE_1__.j} set on ${ctx.headSha.slice(0, 7)}.`);
                return true;
            } catch (error) {
                _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.lj.warning(`Could not set the commit status (${(0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.gJ)(error)}); the verdict stands.`);
                return false;
            }
        }
    }
};
