import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ BACKENDS),
  G: () => (/* binding */ BACKEND_NAMES)
});

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __nccwpck_require__(8311);
;// CONCATENATED MODULE: ./actions/otel-gate/src/backends/otlp-file.ts


const SPAN_KIND_SERVER = 2;
const STATUS_CODE_ERROR = 2;
function attribute(list, key) {
    const value = list?.find((kv) => kv.key === key)?.value;
    if (!value)
        return undefined;
    if (value.stringValue !== undefined)
        return value.stringValue;
    if (value.intValue !== undefined)
        return Number(value.intValue);
    return value.doubleValue;
}
/** Nearest-rank quantile of an ascending array. */
function quantile(sorted, q) {
    if (sorted.length === 0)
        return undefined;
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}
/** Server spans of each build id in one file's text. */
function scanFile(text, buildAttribute, service) {
    const stats = new Map();
    const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    complete.split('\n').forEach((line, index) => {
        if (line.trim() === '')
            return;
        let request;
        try {
            request = JSON.parse(line);
        }
        catch {
            throw new Error(`otlp-file: line ${index + 1} is not OTLP/JSON`);
        }
        for (const rs of request.resourceSpans ?? []) {
            const resourceBuild = attribute(rs.resource?.attributes, buildAttribute);
            if (service !== undefined && attribute(rs.resource?.attributes, 'service.name') !== service)
                continue;
            for (const ss of rs.scopeSpans ?? []) {
                for (const span of ss.spans ?? []) {
                    if (span.kind !== SPAN_KIND_SERVER)
                        continue;
                    const build = attribute(span.attributes, buildAttribute) ?? resourceBuild;
                    if (build === undefined)
                        continue;
                    const key = String(build);
                    const entry = stats.get(key) ?? { requests: 0, errors: 0, durationsMs: [] };
                    const httpStatus = Number(attribute(span.attributes, 'http.response.status_code') ?? attribute(span.attributes, 'http.status_code') ?? 0);
                    entry.requests++;
                    if (span.status?.code === STATUS_CODE_ERROR || httpStatus >= 500)
                        entry.errors++;
                    entry.durationsMs.push(Number(BigInt(span.endTimeUnixNano) - BigInt(span.startTimeUnixNano)) / 1e6);
                    stats.set(key, entry);
                }
            }
        }
    });
    return stats;
}
function otlpFileBackend(options) {
    const path = options.url.startsWith('file:') ? (0,external_node_url_.fileURLToPath)(options.url) : options.url;
    if (!path)
        throw new src/* ConfigurationError */.j1("Input 'backend-url' is required for backend otlp-file: the path of the collector's file-exporter output.");
    const selection = `SERVER spans with ${options.buildAttribute}=<build>${options.service ? ` and service.name=${options.service}` : ''} in ${path}`;
    return {
        name: 'otlp-file',
        describe: () => ({ requests: selection, errors: `${selection}, status ERROR or HTTP ≥ 500`, latency: `p99 of their durations` }),
        async sample(buildId) {
            let text;
            try {
                // Loaded on the first look: every step would pay for it at start-up otherwise.
                text = await (await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23))).readFile(path, 'utf8');
            }
            catch (error) {
                throw new Error(`otlp-file: cannot read ${path} (${error.code ?? error})`);
            }
            const entry = scanFile(text, options.buildAttribute, options.service).get(buildId);
            if (!entry)
                return { requests: 0, errors: 0, latencySamples: 0 };
            const sorted = entry.durationsMs.sort((a, b) => a - b);
            return { requests: entry.requests, errors: entry.errors, p99Ms: quantile(sorted, 0.99), latencySamples: sorted.length };
        },
        async custom(query) {
            throw new src/* ConfigurationError */.j1(`Custom query '${query.name}' needs a query backend (prometheus); otlp-file has no query language.`);
        }
    };
}

;// CONCATENATED MODULE: ./actions/otel-gate/src/backends/promql.ts
/**
 * A PromQL double-quoted string literal's content: backslash, quote and newline escaped
 * (Go string-literal rules), so no value can close the string and change the query.
 */
function promLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
function selector(matchers) {
    return `{${matchers.map(([label, op, value]) => `${label}${op}"${promLabelValue(value)}"`).join(',')}}`;
}
/** Fill `{{name}}` placeholders (which must sit inside a quoted string) with escaped values. */
function fillTemplate(template, values) {
    return template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (whole, name) => {
        const value = values[name];
        return value === undefined ? whole : promLabelValue(value);
    });
}

;// CONCATENATED MODULE: ./actions/otel-gate/src/backends/prometheus.ts


const SHAPES = {
    spanmetrics: {
        requests: 'traces_span_metrics_calls_total',
        errorMatchers: [['status_code', '=', 'STATUS_CODE_ERROR']],
        durationHistogram: 'traces_span_metrics_duration_milliseconds',
        buildLabel: 'build_id',
        serviceLabel: 'service_name',
        extra: [['span_kind', '=', 'SPAN_KIND_SERVER']]
    },
    istio: {
        requests: 'istio_requests_total',
        errorMatchers: [['response_code', '=~', '5..']],
        durationHistogram: 'istio_request_duration_milliseconds',
        buildLabel: 'destination_canonical_revision',
        serviceLabel: 'destination_service_name',
        extra: [['reporter', '=', 'destination']]
    },
    linkerd: {
        requests: 'response_total',
        errorMatchers: [['classification', '=', 'failure']],
        durationHistogram: 'response_latency_ms',
        buildLabel: 'build_id',
        serviceLabel: 'deployment',
        extra: [['direction', '=', 'inbound']]
    }
};
function prometheusBackend(options) {
    const shape = SHAPES[options.preset];
    const buildLabel = options.buildLabel ?? shape.buildLabel;
    let base;
    try {
        base = new URL(options.url);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Invalid input 'backend-url' '${options.url}'. Expected the Prometheus base URL, e.g. http://prometheus:9090.`);
    }
    const matchers = (buildId, more = []) => selector([[buildLabel, '=', buildId], ...shape.extra, ...(options.service ? [[shape.serviceLabel, '=', options.service]] : []), ...more]);
    const queries = (buildId) => ({
        requests: `sum(${shape.requests}${matchers(buildId)})`,
        errors: `sum(${shape.requests}${matchers(buildId, shape.errorMatchers)})`,
        latency: `histogram_quantile(0.99, sum by (le) (${shape.durationHistogram}_bucket${matchers(buildId)}))`,
        latencySamples: `sum(${shape.durationHistogram}_count${matchers(buildId)})`
    });
    /** One instant query; an empty vector is `undefined`, NaN too (histogram_quantile of nothing). */
    async function scalar(query) {
        const url = new URL('api/v1/query', base.href.endsWith('/') ? base : new URL(base.href + '/'));
        url.searchParams.set('query', query);
        const answer = await (0,src/* getJson */.Tt)(url, { headers: options.headers, timeoutMs: options.timeoutMs });
        if (answer.status !== 'success' || !answer.data)
            throw new src/* HttpError */.j$(`Prometheus: ${answer.error ?? 'query failed'}`, 200);
        if (answer.data.resultType !== 'vector')
            throw new src/* HttpError */.j$(`Prometheus: expected a vector, got ${answer.data.resultType}`, 200);
        const first = answer.data.result[0];
        if (!first)
            return undefined;
        const value = Number(first.value[1]);
        return Number.isFinite(value) ? value : undefined;
    }
    return {
        name: 'prometheus',
        describe: (buildId) => queries(buildId),
        async sample(buildId) {
            const q = queries(buildId);
            const [requests, errors, p99Ms, latencySamples] = await Promise.all([
                scalar(q.requests),
                scalar(q.errors),
                scalar(q.latency),
                scalar(q.latencySamples)
            ]);
            // No series yet means no traffic yet: zero, which the judge treats as "too few".
            return { requests: requests ?? 0, errors: errors ?? 0, p99Ms, latencySamples: latencySamples ?? 0 };
        },
        custom: (query, ids) => scalar(fillTemplate(query.query, { build_id: ids.build, baseline_build_id: ids.baseline }))
    };
}

;// CONCATENATED MODULE: ./actions/otel-gate/src/backends/index.ts


/** One line per backend: adding tempo, jaeger or opensearch is one module plus one entry. */
const BACKENDS = {
    prometheus: prometheusBackend,
    'otlp-file': otlpFileBackend
};
const BACKEND_NAMES = Object.keys(BACKENDS);


/***/ }),

/***/ 8167:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Xv: () => (/* binding */ ON_INCONCLUSIVE),
/* harmony export */   hr: () => (/* binding */ ACTION),
/* harmony export */   j: () => (/* binding */ STATUS_CONTEXT),
/* harmony export */   k7: () => (/* binding */ Output)
/* harmony export */ });
const ACTION = 'otel-gate';
const STATUS_CONTEXT = 'goldenthread/otel-gate';
const Output = {
    Verdict: 'verdict',
    ErrorRate: 'error-rate',
    P99Latency: 'p99-latency',
    Requests: 'requests',
    ReportFile: 'report-file'
};
const ON_INCONCLUSIVE = ['fail', 'pass'];


/***/ }),

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ runGate)
/* harmony export */ });
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8311);
/* harmony import */ var _backends_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3304);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8167);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6270);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6635);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(5414);






function describeLook(m) {
    if (m.error)
        return `look ${m.look}: backend error: ${m.error}`;
    const rate = m.error_rate === undefined ? '–' : `${(m.error_rate * 100).toFixed(2)}%`;
    const p99 = m.p99_ms === undefined ? '' : `, p99 ${Math.round(m.p99_ms)} ms`;
    const results = Object.entries(m.results).map(([name, r]) => `${name}=${r}`).join(' ');
    return `look ${m.look}: ${m.requests} requests, ${m.errors} errors (${rate})${p99} → ${results}`;
}
/** The gate as a pipeline step: loop, report, status, span; exit code from the verdict. */
async function runGate(hooks = { wait: _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .realWait */ .MZ }) {
    const inputs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInputs */ .Ko)();
    const { settings } = inputs;
    const backend = _backends_index_js__WEBPACK_IMPORTED_MODULE_1__/* .BACKENDS */ .A[inputs.backend](inputs.backendOptions);
    const startedAt = new Date();
    await (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .withStepSpan */ .BV)(_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .ACTION */ .hr, 'test', async (span) => {
        _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runner.info */ .lj.info(`Judging build ${settings.buildId} from ${backend.name}: up to ${settings.count} look(s) every ${settings.intervalMs} ms.`);
        const outcome = await (0,_judge_js__WEBPACK_IMPORTED_MODULE_4__/* .runAnalysis */ .A1)(settings, backend, { ...hooks, onLook: (m) => _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runner.info */ .lj.info(describeLook(m)) });
        const gatePassed = outcome.verdict === 'pass' || (outcome.verdict === 'inconclusive' && inputs.onInconclusive === 'pass');
        const record = (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .verdictRecord */ .Z5)(outcome, {
            buildId: settings.buildId,
            baselineBuildId: settings.baselineBuildId,
            backend: backend.name,
            startedAt,
            gatePassed,
            traceId: span.traceId,
            spanId: span.spanId
        });
        (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .writeRecord */ .rh)(inputs.reportFile, record);
        (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .appendSummary */ .fe)((0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .summaryTable */ .jb)(record));
        const errorRate = outcome.last && outcome.last.requests > 0 ? outcome.last.errors / outcome.last.requests : undefined;
        (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutputs */ .n0)({
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.Verdict]: outcome.verdict,
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.ErrorRate]: errorRate?.toString(),
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.P99Latency]: outcome.last?.p99Ms?.toString(),
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.Requests]: String(outcome.last?.requests ?? 0),
            [_constants_js__WEBPACK_IMPORTED_MODULE_2__/* .Output */ .k7.ReportFile]: inputs.reportFile
        });
        Object.assign(span.attributes, {
            [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_BUILD_ID */ .T2]: settings.buildId,
            [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_GATE_VERDICT */ .sk]: outcome.verdict,
            [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_GATE_BACKEND */ .T_]: backend.name,
            [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_GATE_REQUESTS */ .f0]: outcome.last?.requests ?? 0,
            [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_GATE_LOOKS */ .Xq]: outcome.measurements.length,
            ...(errorRate !== undefined ? { [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_GATE_ERROR_RATE */ ._W]: errorRate } : {}),
            ...(outcome.last?.p99Ms !== undefined ? { [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_GATE_P99_MS */ .ME]: outcome.last.p99Ms } : {}),
            ...(settings.baselineBuildId ? { [_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ATTR_GOLDENTHREAD_BASELINE_BUILD_ID */ .Rk]: settings.baselineBuildId } : {})
        });
        if (inputs.githubToken)
            await (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .postCommitStatus */ .Ud)((0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ciContext */ .UN)(), inputs.githubToken, record);
        _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runner.info */ .lj.info(`Verdict: ${outcome.verdict} (${outcome.reason}). Report: ${inputs.reportFile}`);
        if (!gatePassed) {
            const why = outcome.verdict === 'inconclusive' ? `inconclusive and on-inconclusive is fail (${outcome.reason})` : outcome.reason;
            throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .ExpectedFailure */ .Hb(`build ${settings.buildId} did not pass: ${why}.`);
        }
        if (outcome.verdict === 'inconclusive')
            _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runner.warning */ .lj.warning(`Inconclusive (${outcome.reason}); passing because on-inconclusive is pass.`);
    });
}


/***/ }),

/***/ 6270:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h5: () => (/* binding */ readBackend),
  Ko: () => (/* binding */ readInputs),
  rZ: () => (/* binding */ readThresholds)
});

// UNUSED EXPORTS: parseQueries, parseRate

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __nccwpck_require__(8311);
// EXTERNAL MODULE: ./actions/otel-gate/src/backends/index.ts + 3 modules
var backends = __nccwpck_require__(3304);
;// CONCATENATED MODULE: ./actions/otel-gate/src/backends/types.ts
const PRESETS = ['spanmetrics', 'istio', 'linkerd'];

// EXTERNAL MODULE: ./actions/otel-gate/src/constants.ts
var constants = __nccwpck_require__(8167);
;// CONCATENATED MODULE: ./actions/otel-gate/src/inputs.ts






/** `1%`, `0.5 %` or a fraction such as `0.01`; strictly between 0 and 1. */
function parseRate(text, name) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
    const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
    if (!(value > 0 && value < 1)) {
        throw new src/* ConfigurationError */.j1(`Invalid input '${name}': '${text}'. Expected a rate between 0 and 100%, such as 1% or 0.01.`);
    }
    return value;
}
function wholeNumber(name, fallback, min = 0) {
    const text = (0,src/* optionalInput */.$m)(name);
    if (text === undefined)
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min) {
        throw new src/* ConfigurationError */.j1(`Invalid input '${name}': '${text}'. Expected a whole number ≥ ${min}.`);
    }
    return Number(text);
}
/** `queries`: a JSON array of {name, query, max} or {name, query, min}. */
function parseQueries(text) {
    if (!text)
        return [];
    const hint = `Expected a JSON array such as [{"name":"saturation","query":"max(cpu{build_id=\\"{{build_id}}\\"})","max":0.8}].`;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Invalid input 'queries': not JSON. ${hint}`);
    }
    if (!Array.isArray(parsed))
        throw new src/* ConfigurationError */.j1(`Invalid input 'queries': not an array. ${hint}`);
    return parsed.map((item, i) => {
        const q = item;
        const bound = typeof q.max === 'number' ? 'max' : typeof q.min === 'number' ? 'min' : undefined;
        if (typeof q.name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(q.name) || typeof q.query !== 'string' || !q.query.trim() || !bound || ('max' in q && 'min' in q)) {
            throw new src/* ConfigurationError */.j1(`Invalid input 'queries': entry ${i + 1} needs "name" ([A-Za-z0-9_.-]), "query" and exactly one numeric "max" or "min". ${hint}`);
        }
        return { name: q.name, query: q.query, op: bound === 'max' ? '<=' : '>=', threshold: q[bound] };
    });
}
function readBackend() {
    const backend = (0,src/* choiceInput */.ij)('backend', backends/* BACKEND_NAMES */.G, 'otlp-file');
    const url = (0,src/* optionalInput */.$m)('backend-url');
    if (!url)
        throw new src/* ConfigurationError */.j1(`Input 'backend-url' is required: the Prometheus base URL, or the otlp-file path.`);
    const headers = (0,src/* secretInput */.jY)('backend-headers');
    return {
        backend,
        backendOptions: {
            url,
            headers: headers ? (0,src/* parseHeaderList */.ZA)(headers, "input 'backend-headers'") : {},
            timeoutMs: (0,src/* durationInput */.Ts)('backend-timeout', '10s', { positive: true }),
            buildAttribute: (0,src/* optionalInput */.$m)('build-attribute') ?? 'build.id',
            buildLabel: (0,src/* optionalInput */.$m)('build-label'),
            preset: (0,src/* choiceInput */.ij)('metrics-preset', PRESETS, 'spanmetrics'),
            service: (0,src/* optionalInput */.$m)('service')
        }
    };
}
function readThresholds(backend) {
    const maxP99 = (0,src/* optionalInput */.$m)('max-p99-latency');
    const ratioText = (0,src/* optionalInput */.$m)('max-error-ratio') ?? '2';
    const maxErrorRatio = Number(ratioText);
    if (!/^\d+(\.\d+)?$/.test(ratioText) || !(maxErrorRatio > 1)) {
        throw new src/* ConfigurationError */.j1(`Invalid input 'max-error-ratio': '${ratioText}'. Expected a number greater than 1, such as 2.`);
    }
    const custom = parseQueries((0,src/* optionalInput */.$m)('queries'));
    if (custom.length > 0 && backend === 'otlp-file') {
        throw new src/* ConfigurationError */.j1("Input 'queries' needs backend prometheus: otlp-file has no query language.");
    }
    return {
        maxErrorRate: parseRate((0,src/* optionalInput */.$m)('max-error-rate') ?? '1%', 'max-error-rate'),
        maxP99Ms: maxP99 ? (0,src/* durationInput */.Ts)('max-p99-latency', maxP99, { positive: true }) : undefined,
        minRequests: wholeNumber('min-requests', 100),
        maxErrorRatio,
        custom,
        intervalMs: (0,src/* durationInput */.Ts)('interval', '30s', { positive: true }),
        count: wholeNumber('count', 10, 1),
        failureLimit: wholeNumber('failure-limit', 0),
        inconclusiveLimit: wholeNumber('inconclusive-limit', undefined),
        consecutiveErrorLimit: wholeNumber('consecutive-error-limit', 4),
        initialDelayMs: (0,src/* durationInput */.Ts)('initial-delay', '0s')
    };
}
function readInputs(env = process.env) {
    const { backend, backendOptions } = readBackend();
    const buildId = (0,src/* buildIdInput */.u7)();
    const baselineText = (0,src/* optionalInput */.$m)('baseline-build-id');
    const baselineBuildId = baselineText ? (0,src/* validateBuildId */.cp)(baselineText, "input 'baseline-build-id'") : undefined;
    return {
        backend,
        backendOptions,
        settings: { buildId, baselineBuildId, ...readThresholds(backend) },
        onInconclusive: (0,src/* choiceInput */.ij)('on-inconclusive', constants/* ON_INCONCLUSIVE */.Xv, 'fail'),
        githubToken: (0,src/* secretInput */.jY)('github-token'),
        reportFile: (0,src/* optionalInput */.$m)('report-file') ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `otel-gate-${buildId}.json`)
    };
}


/***/ }),

/***/ 6635:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Ih: () => (/* binding */ Judge),
  MZ: () => (/* binding */ realWait),
  A1: () => (/* binding */ runAnalysis)
});

// UNUSED EXPORTS: MIN_LATENCY_SAMPLES

// EXTERNAL MODULE: ./packages/core/src/index.ts + 13 modules
var src = __nccwpck_require__(8311);
;// CONCATENATED MODULE: ./actions/otel-gate/src/sprt.ts
/**
 * Wald's sequential probability ratio test (SPRT) for error rates, judged on cumulative
 * counts at every look. Looking again and again is what SPRT is built for: its error
 * bounds hold however many looks are taken, so repeated looks do not inflate false alarms.
 *
 * Absolute test, against the threshold T (`max-error-rate`):
 *   H0 "healthy": p = T/2   vs   H1 "regressed": p = 2T
 * The drift of the log-likelihood ratio changes sign near p ≈ 1.08 T, so rates below the
 * threshold drift to pass and rates above it drift to fail. With α = 0.001 a canary whose
 * true rate is at most T/2 is failed with probability ≤ 0.1 % (Wald's bound); with β = 0.01 a
 * canary at 2T passes with probability ≤ 1 %.
 *
 * Relative test, canary vs stable (when a baseline build is given): conditional on the
 * errors seen in both, each error is the canary's with probability q = r·n_c / (r·n_c + n_s)
 * where r is the ratio of their rates. H0: r = 1 vs H1: r = `ratio`. Exposure-aware, so
 * uneven traffic splits are handled.
 */
const DEFAULT_BOUNDS = { alpha: 0.001, beta: 0.01 };
function decide(llr, bounds) {
    const upper = Math.log((1 - bounds.beta) / bounds.alpha);
    const lower = Math.log(bounds.beta / (1 - bounds.alpha));
    const decision = llr >= upper ? 'fail' : llr <= lower ? 'pass' : 'continue';
    return { decision, llr, upper, lower };
}
/** The absolute error-rate test for `errors` out of `requests` against threshold T. */
function errorRateSprt(errors, requests, threshold, bounds = DEFAULT_BOUNDS) {
    const p0 = threshold / 2;
    const p1 = Math.min(2 * threshold, 0.999);
    const ok = Math.max(requests - errors, 0);
    const llr = errors * Math.log(p1 / p0) + ok * Math.log((1 - p1) / (1 - p0));
    return decide(llr, bounds);
}
/** The relative test: is the canary's error rate `ratio` times the stable's rather than equal? */
function relativeSprt(canary, stable, ratio, bounds = DEFAULT_BOUNDS) {
    if (canary.requests <= 0 || stable.requests <= 0)
        return decide(0, bounds);
    const total = canary.requests + stable.requests;
    const q0 = canary.requests / total;
    const q1 = (ratio * canary.requests) / (ratio * canary.requests + stable.requests);
    const llr = canary.errors * Math.log(q1 / q0) + stable.errors * Math.log((1 - q1) / (1 - q0));
    return decide(llr, bounds);
}
/** Wilson score interval for a proportion (95 %): shown next to each rate in the report. */
function wilsonInterval(successes, trials, z = 1.96) {
    if (trials <= 0)
        return [0, 1];
    const p = successes / trials;
    const z2 = z * z;
    const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
    const half = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / (1 + z2 / trials);
    return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

;// CONCATENATED MODULE: ./actions/otel-gate/src/judge.ts


/**
 * The analysis loop, modelled on Argo Rollouts' AnalysisRun: measure every `interval`, up to
 * `count` looks, stop early once every metric is decided or one has failed.
 *
 * - error-rate: sequential test against `max-error-rate` (sprt.ts). Decided "fail" or "pass"
 *   (pass also needs `min-requests`); undecided after `count` looks is inconclusive.
 * - error-rate-vs-baseline (with a baseline build): sequential canary-vs-stable test of
 *   "canary rate = max-error-ratio × stable rate" against "equal rates". A guard: it fails the
 *   canary on evidence of a regression, but never holds back a pass — with few errors on
 *   both sides no ratio can be known, and the absolute test already demands enough traffic.
 * - p99-latency and custom queries: thresholds per look, as Argo does; a look with fewer than
 *   `MIN_LATENCY_SAMPLES` observations is not judged; failures beyond `failure-limit` fail.
 * - Backend errors: more than `consecutive-error-limit` in a row make the metric inconclusive.
 */
const MIN_LATENCY_SAMPLES = 100;
function metric(name, query, threshold, guard = false) {
    return { name, query, threshold, result: 'pending', settled: false, guard, failed: 0, unjudged: 0, consecutiveErrors: 0 };
}
const pct = (x) => `${(x * 100).toFixed(2)}%`;
class Judge {
    settings;
    backend;
    metrics;
    errorRate;
    relative;
    latency;
    customs;
    bounds;
    last;
    constructor(settings, backend) {
        this.settings = settings;
        this.backend = backend;
        this.bounds = settings.bounds ?? DEFAULT_BOUNDS;
        const q = backend.describe(settings.buildId);
        this.errorRate = metric('error-rate', `${q.errors} / ${q.requests}`, `≤ ${pct(settings.maxErrorRate)} (sequential test, min ${settings.minRequests} requests)`);
        this.metrics = [this.errorRate];
        if (settings.baselineBuildId) {
            const b = backend.describe(settings.baselineBuildId);
            this.relative = metric('error-rate-vs-baseline', `canary vs ${b.errors} / ${b.requests}`, `< ${settings.maxErrorRatio}× baseline ${settings.baselineBuildId}`, true);
            this.metrics.push(this.relative);
        }
        if (settings.maxP99Ms !== undefined) {
            this.latency = metric('p99-latency', q.latency, `≤ ${settings.maxP99Ms} ms`);
            this.metrics.push(this.latency);
        }
        this.customs = settings.custom.map((c) => [c, metric(c.name, c.query, `${c.op} ${c.threshold}`)]);
        this.metrics.push(...this.customs.map(([, m]) => m));
    }
    /** One look at the backend; returns what was measured. Never throws for backend trouble. */
    async look(n, now = new Date()) {
        const m = { look: n, at: now.toISOString(), results: {} };
        const open = (state) => state !== undefined && !state.settled;
        const sampled = [this.errorRate, this.relative, this.latency].filter(open);
        if (sampled.length > 0) {
            try {
                const [canary, baseline] = await Promise.all([
                    this.backend.sample(this.settings.buildId),
                    this.relative && !this.relative.settled ? this.backend.sample(this.settings.baselineBuildId) : undefined
                ]);
                this.last = canary;
                Object.assign(m, { requests: canary.requests, errors: canary.errors, p99_ms: canary.p99Ms });
                if (canary.requests > 0)
                    m.error_rate = canary.errors / canary.requests;
                if (baseline)
                    m.baseline = { requests: baseline.requests, errors: baseline.errors };
                for (const state of sampled)
                    state.consecutiveErrors = 0;
                if (open(this.errorRate))
                    this.judgeErrorRate(canary);
                if (open(this.relative) && baseline)
                    this.judgeRelative(canary, baseline);
                if (open(this.latency))
                    this.judgeLatency(canary);
            }
            catch (error) {
                m.error = (0,src/* errorMessage */.gJ)(error);
                for (const state of sampled)
                    this.recordError(state, m.error);
            }
        }
        for (const [query, state] of this.customs.filter(([, s]) => !s.settled)) {
            try {
                const value = await this.backend.custom(query, { build: this.settings.buildId, baseline: this.settings.baselineBuildId });
                state.consecutiveErrors = 0;
                if (value === undefined)
                    this.recordError(state, 'query returned no data');
                else
                    this.judgeThreshold(state, value, query.op === '<=' ? value <= query.threshold : value >= query.threshold);
            }
            catch (error) {
                this.recordError(state, (0,src/* errorMessage */.gJ)(error));
            }
        }
        for (const state of this.metrics)
            m.results[state.name] = state.result;
        return m;
    }
    judgeErrorRate(sample) {
        const state = this.errorRate;
        state.samples = sample.requests;
        state.value = sample.requests > 0 ? sample.errors / sample.requests : undefined;
        const test = errorRateSprt(sample.errors, sample.requests, this.settings.maxErrorRate, this.bounds);
        const [low, high] = wilsonInterval(sample.errors, sample.requests);
        state.detail = `${sample.errors}/${sample.requests} errors, 95% CI ${pct(low)}–${pct(high)}, LLR ${test.llr.toFixed(2)} (fail ≥ ${test.upper.toFixed(2)}, pass ≤ ${test.lower.toFixed(2)})`;
        if (test.decision === 'fail')
            this.settle(state, 'fail');
        else if (test.decision === 'pass' && sample.requests >= this.settings.minRequests)
            this.settle(state, 'pass');
        else
            this.unjudged(state);
    }
    judgeRelative(canary, baseline) {
        const state = this.relative;
        const canaryRate = canary.requests > 0 ? canary.errors / canary.requests : 0;
        const baseRate = baseline.requests > 0 ? baseline.errors / baseline.requests : 0;
        state.samples = canary.requests;
        state.value = baseRate > 0 ? canaryRate / baseRate : undefined;
        const test = relativeSprt(canary, baseline, this.settings.maxErrorRatio, this.bounds);
        state.detail = `canary ${pct(canaryRate)} vs baseline ${pct(baseRate)} (${baseline.errors}/${baseline.requests}), LLR ${test.llr.toFixed(2)}`;
        if (test.decision === 'fail')
            this.settle(state, 'fail');
        else if (test.decision === 'pass' && canary.requests >= this.settings.minRequests)
            this.settle(state, 'pass');
        else
            this.unjudged(state);
    }
    judgeLatency(sample) {
        const state = this.latency;
        state.samples = sample.latencySamples;
        state.value = sample.p99Ms;
        if (sample.p99Ms === undefined || sample.latencySamples < MIN_LATENCY_SAMPLES) {
            state.detail = `${sample.latencySamples} latency samples; a p99 needs ${MIN_LATENCY_SAMPLES}`;
            this.unjudged(state);
            return;
        }
        this.judgeThreshold(state, sample.p99Ms, sample.p99Ms <= this.settings.maxP99Ms);
    }
    judgeThreshold(state, value, ok) {
        state.value = value;
        if (ok) {
            state.result = 'pass';
            return;
        }
        state.failed++;
        state.detail = `${state.failed} failed look(s), limit ${this.settings.failureLimit}`;
        if (state.failed > this.settings.failureLimit)
            this.settle(state, 'fail');
        else
            state.result = 'pending';
    }
    unjudged(state) {
        state.unjudged++;
        const limit = this.settings.inconclusiveLimit;
        if (limit !== undefined && state.unjudged > limit)
            this.settle(state, 'inconclusive');
    }
    recordError(state, message) {
        state.consecutiveErrors++;
        state.detail = `backend error (${state.consecutiveErrors} in a row, limit ${this.settings.consecutiveErrorLimit}): ${message}`;
        if (state.consecutiveErrors > this.settings.consecutiveErrorLimit)
            this.settle(state, 'inconclusive');
    }
    settle(state, result) {
        state.result = result;
        state.settled = true;
    }
    /** Decided early: something failed or stopped inconclusive, or everything but guards passed. */
    decided() {
        if (this.metrics.some((s) => s.settled && s.result !== 'pass'))
            return true;
        return this.metrics.every((s) => s.guard || s.result === 'pass');
    }
    /** The verdict once looking has ended; anything still open is inconclusive. */
    verdict() {
        const failed = this.metrics.filter((s) => s.result === 'fail');
        if (failed.length > 0)
            return { verdict: 'fail', reason: `${failed.map((s) => s.name).join(', ')} failed` };
        for (const s of this.metrics.filter((m) => m.guard && m.result === 'pending')) {
            s.result = 'pass';
            s.detail = `no evidence of a regression; ${s.detail ?? ''}`.trim();
        }
        const open = this.metrics.filter((s) => s.result !== 'pass');
        for (const s of open)
            if (s.result === 'pending')
                s.result = 'inconclusive';
        if (open.length > 0)
            return { verdict: 'inconclusive', reason: `${open.map((s) => s.name).join(', ')}: not enough evidence to decide` };
        return { verdict: 'pass', reason: 'all metrics passed' };
    }
}
const realWait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function runAnalysis(settings, backend, hooks) {
    const judge = new Judge(settings, backend);
    const measurements = [];
    if (settings.initialDelayMs > 0)
        await hooks.wait(settings.initialDelayMs);
    for (let n = 1; n <= settings.count; n++) {
        const m = await judge.look(n);
        measurements.push(m);
        hooks.onLook?.(m);
        if (judge.decided() || n === settings.count)
            break;
        await hooks.wait(settings.intervalMs);
    }
    const { verdict, reason } = judge.verdict();
    return { verdict, reason, metrics: judge.metrics, measurements, last: judge.last };
}


/***/ }),

/***/ 277:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8311);
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3487);


// `node dist/otel-gate/index.js serve` runs the Argo Rollouts web-provider endpoint; its HTTP
// server is loaded only then, so a pipeline step does not pay for it at start-up.
const serve = async () => (await __nccwpck_require__.e(/* import() */ 105).then(__nccwpck_require__.bind(__nccwpck_require__, 5105))).serve();
await (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('otel-gate', process.argv[2] === 'serve' ? serve : () => (0,_gate_js__WEBPACK_IMPORTED_MODULE_1__/* .runGate */ .R)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5414:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ud: () => (/* binding */ postCommitStatus),
/* harmony export */   Z5: () => (/* binding */ verdictRecord),
/* harmony export */   jb: () => (/* binding */ summaryTable),
/* harmony export */   rh: () => (/* binding */ writeRecord)
/* harmony export */ });
/* unused harmony exports formatValue, oneLine */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8311);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8167);




function verdictRecord(outcome, context) {
    return {
        verdict: outcome.verdict,
        gate_passed: context.gatePassed,
        reason: outcome.reason,
        build_id: context.buildId,
        baseline_build_id: context.baselineBuildId,
        backend: context.backend,
        metrics: outcome.metrics.map((m) => ({
            name: m.name,
            query: m.query,
            value: m.value ?? null,
            threshold: m.threshold,
            samples: m.samples ?? null,
            result: m.result,
            detail: m.detail
        })),
        measurements: outcome.measurements,
        started_at: context.startedAt.toISOString(),
        finished_at: new Date().toISOString(),
        trace_id: context.traceId,
        span_id: context.spanId
    };
}
function writeRecord(path, record) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(path, JSON.stringify(record, null, 2) + '\n');
}
function formatValue(m) {
    if (m.value === undefined || m.value === null)
        return '–';
    if (m.name.startsWith('error-rate-vs'))
        return `${m.value.toFixed(2)}×`;
    if (m.name === 'error-rate')
        return `${(m.value * 100).toFixed(2)}%`;
    if (m.name === 'p99-latency')
        return `${Math.round(m.value)} ms`;
    return String(Number(m.value.toPrecision(6)));
}
const ICON = { pass: '✅ pass', fail: '❌ fail', inconclusive: '⚠️ inconclusive', pending: '… pending' };
/** Markdown cells cannot hold `|` or newlines. */
const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function summaryTable(record) {
    const rows = record.metrics.map((m) => `| ${cell(m.name)} | ${formatValue({ name: m.name, value: m.value ?? undefined })} | ${cell(m.threshold)} | ${m.samples ?? '–'} | ${ICON[m.result] ?? m.result} |`);
    return [
        `### otel-gate: ${ICON[record.verdict]} for build \`${record.build_id}\``,
        '',
        `${record.reason}; ${record.measurements.length} look(s) at ${record.backend}${record.baseline_build_id ? `, baseline \`${record.baseline_build_id}\`` : ''}.`,
        '',
        '| metric | value | threshold | samples | result |',
        '|---|---|---|---|---|',
        ...rows,
        ''
    ].join('\n');
}
/** One line for a commit status (GitHub allows 140 characters). */
function oneLine(record) {
    const parts = record.metrics.map((m) => `${m.name} ${formatValue({ name: m.name, value: m.value ?? undefined })} (${m.result})`);
    const line = `${record.verdict}: ${parts.join(', ')}`;
    return line.length > 140 ? line.slice(0, 139) + '…' : line;
}
/**
 * POST /repos/{owner}/{repo}/statuses/{sha} with context goldenthread/otel-gate. A failure
 * here is a warning: the verdict stands whether or not GitHub heard about it.
 */
async function postCommitStatus(ctx, token, record) {
    try {
        const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 2413));
        const [owner, repo] = ctx.repository.split('/');
        const octokit = getOctokit(token, ctx.apiUrl ? { baseUrl: ctx.apiUrl } : {});
        await octokit.request('POST /repos/{owner}/{repo}/statuses/{sha}', {
            owner,
            repo,
            sha: ctx.headSha,
            state: record.gate_passed ? 'success' : 'failure',
            context: _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_CONTEXT */ .j,
            description: oneLine(record),
            target_url: ctx.runUrl,
            request: { signal: AbortSignal.timeout(10_000) }
        });
        _goldenthread_core__WEBPACK_IMPORTED_MODULE_2__/* .runner.info */ .lj.info(`Commit status ${_constants_js__WEBPACK_IMPORTED_MODULE_3__/* .STATUS_CONTEXT */ .j} set on ${ctx.headSha.slice(0, 7)}.`);
        return true;
    }
    catch (error) {
        _goldenthread_core__WEBPACK_IMPORTED_MODULE_2__/* .runner.warning */ .lj.warning(`Could not set the commit status (${(0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .gJ)(error)}); the verdict stands.`);
        return false;
    }
}


/***/ }),

/***/ 8311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T2: () => (/* reexport */ semconv/* ATTR_BUILD_ID */.T2),
  Rk: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_BASELINE_BUILD_ID */.Rk),
  T_: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_GATE_BACKEND */.T_),
  _W: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_GATE_ERROR_RATE */._W),
  Xq: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_GATE_LOOKS */.Xq),
  ME: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_GATE_P99_MS */.ME),
  f0: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_GATE_REQUESTS */.f0),
  sk: () => (/* reexport */ semconv/* ATTR_GOLDENTHREAD_GATE_VERDICT */.sk),
  j1: () => (/* reexport */ errors_ConfigurationError),
  Hb: () => (/* reexport */ ExpectedFailure),
  j$: () => (/* reexport */ HttpError),
  fe: () => (/* reexport */ appendStepSummary),
  u7: () => (/* reexport */ buildIdInput),
  ij: () => (/* reexport */ choiceInput),
  UN: () => (/* reexport */ ciContext),
  Ts: () => (/* reexport */ durationInput),
  gJ: () => (/* reexport */ errorMessage),
  Tt: () => (/* reexport */ getJson),
  $m: () => (/* reexport */ optionalInput),
  ZA: () => (/* reexport */ parseHeaderList),
  Cs: () => (/* reexport */ runAction),
  lj: () => (/* reexport */ runner_commands_namespaceObject),
  jY: () => (/* reexport */ secretInput),
  n0: () => (/* reexport */ setOutputs),
  cp: () => (/* reexport */ validateBuildId),
  BV: () => (/* reexport */ withStepSpan)
});

// UNUSED EXPORTS: ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_NAME, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_TYPE, ATTR_CICD_SYSTEM_COMPONENT, ATTR_CONTAINER_IMAGE_NAME, ATTR_CONTAINER_IMAGE_REPO_DIGESTS, ATTR_CONTAINER_IMAGE_TAGS, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_ERROR_TYPE, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_K8S_NAMESPACE_NAME, ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION, ATTR_VCS_CHANGE_ID, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REF_HEAD_REVISION, ATTR_VCS_REPOSITORY_URL_FULL, PIPELINE_RESULTS, SPAN_KIND, STATUS_CODE, booleanInput, deriveRootSpanId, deriveTraceId, detectCiSystem, exportEnv, exportSpans, formatTraceparent, getState, isValidSpanId, isValidTraceId, maskSecret, mintBuildId, outcomesFile, parseDuration, parseTraceparent, randomSpanId, readStepOutcomes, recordStepOutcome, redactUrl, requiredInput, safeJobName, saveState, shortSha, stepParent, telemetryConfig, tracesUrl

// NAMESPACE OBJECT: ./packages/core/src/runner-commands.ts
var runner_commands_namespaceObject = {};
__nccwpck_require__.r(runner_commands_namespaceObject);
__nccwpck_require__.d(runner_commands_namespaceObject, {
  appendStepSummary: () => (appendStepSummary),
  debug: () => (debug),
  error: () => (error),
  exportVariable: () => (exportVariable),
  getInput: () => (getInput),
  getState: () => (getState),
  info: () => (info),
  issueCommand: () => (issueCommand),
  saveState: () => (saveState),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  warning: () => (warning)
});

;// CONCATENATED MODULE: ./packages/core/src/errors.ts
/**
 * A failure the step meant to report (a verdict, a refused push): runAction prints its
 * message alone. Anything that is not one is reported as a bug, with its stack.
 */
class ExpectedFailure extends Error {
    constructor(message) {
        super(message);
        this.name = 'ExpectedFailure';
    }
}
/** A mistake the user can fix (bad input, missing CI fact); the message says how. */
class errors_ConfigurationError extends ExpectedFailure {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ./packages/core/src/build-id.ts

/** OCI distribution-spec tag grammar; a build_id is an image tag (DESIGN §2). */
const OCI_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_SAFE_JOB = 40;
/** Lower-case, `[a-z0-9-]` only, runs of anything else → `-`, trimmed, at most 40 chars. */
function safeJobName(jobName) {
    const safe = jobName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .slice(0, MAX_SAFE_JOB)
        .replace(/^-+|-+$/g, '');
    return safe || 'job';
}
function shortSha(sha) {
    if (!/^[0-9a-fA-F]{7,64}$/.test(sha)) {
        throw new ConfigurationError(`Invalid commit sha '${sha}'. Expected 7 to 64 hex characters.`);
    }
    return sha.slice(0, 7).toLowerCase();
}
function mintBuildId(jobName, buildNumber, sha) {
    if (!/^[0-9]+$/.test(buildNumber)) {
        throw new ConfigurationError(`Invalid build number '${buildNumber}'. Expected a whole number.`);
    }
    return `${safeJobName(jobName)}-${buildNumber}-${shortSha(sha)}`;
}
/** Validate a user-supplied build id; `inputName` names where it came from in the error. */
function validateBuildId(buildId, inputName = 'build-id') {
    if (!OCI_TAG.test(buildId)) {
        throw new errors_ConfigurationError(`Invalid ${inputName} '${buildId}'. Expected a valid image tag: 1-128 characters of ` +
            `[A-Za-z0-9_.-], not starting with '.' or '-' (e.g. ci-42-1a2b3c4).`);
    }
    return buildId;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/core/src/ci-context.ts


function required(env, names, system) {
    const missing = names.filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new errors_ConfigurationError(`Missing CI context for ${system}: ${missing.join(', ')} not set. ` +
            `Run inside GitHub Actions or Jenkins, or set these variables yourself.`);
    }
    return Object.fromEntries(names.map((name) => [name, env[name]]));
}
function readEvent(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
function githubContext(env) {
    const v = required(env, ['GITHUB_REPOSITORY', 'GITHUB_RUN_ID', 'GITHUB_SHA'], 'GitHub Actions');
    const event = readEvent(env.GITHUB_EVENT_PATH);
    const pullRequest = event.pull_request;
    const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
    const attempt = env.GITHUB_RUN_ATTEMPT || '1';
    const repoUrl = `${server}/${v.GITHUB_REPOSITORY}`;
    return {
        system: 'github',
        repository: v.GITHUB_REPOSITORY,
        runId: v.GITHUB_RUN_ID,
        runAttempt: attempt,
        pipelineName: env.GITHUB_WORKFLOW || 'ci',
        jobName: env.GITHUB_WORKFLOW || env.GITHUB_JOB || 'ci',
        taskName: env.GITHUB_JOB || 'job',
        buildNumber: env.GITHUB_RUN_NUMBER || v.GITHUB_RUN_ID,
        sha: v.GITHUB_SHA,
        headSha: pullRequest?.head?.sha || v.GITHUB_SHA,
        refName: env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || '',
        changeId: pullRequest?.number !== undefined ? String(pullRequest.number) : undefined,
        actor: env.GITHUB_ACTOR,
        runUrl: `${repoUrl}/actions/runs/${v.GITHUB_RUN_ID}/attempts/${attempt}`,
        repositoryUrl: repoUrl,
        apiUrl: env.GITHUB_API_URL,
        runnerName: env.RUNNER_NAME
    };
}
/**
 * Jenkins has no run attempts (a replay is a new build number), so the run key is
 * (JOB_NAME, BUILD_NUMBER, 1). GIT_COMMIT comes from the git SCM step.
 */
function jenkinsContext(env) {
    const v = required(env, ['JOB_NAME', 'BUILD_NUMBER', 'GIT_COMMIT'], 'Jenkins');
    return {
        system: 'jenkins',
        repository: v.JOB_NAME,
        runId: v.BUILD_NUMBER,
        runAttempt: '1',
        pipelineName: v.JOB_NAME,
        jobName: v.JOB_NAME,
        taskName: env.STAGE_NAME || v.JOB_NAME,
        buildNumber: v.BUILD_NUMBER,
        sha: v.GIT_COMMIT,
        headSha: v.GIT_COMMIT,
        refName: env.BRANCH_NAME || env.GIT_BRANCH || '',
        changeId: env.CHANGE_ID || undefined,
        actor: env.CHANGE_AUTHOR || env.BUILD_USER_ID,
        runUrl: env.BUILD_URL,
        repositoryUrl: env.GIT_URL
    };
}
function detectCiSystem(env = process.env) {
    if (env.GITHUB_ACTIONS === 'true' || env.GITHUB_RUN_ID)
        return 'github';
    if (env.JENKINS_URL || (env.JOB_NAME && env.BUILD_NUMBER))
        return 'jenkins';
    throw new errors_ConfigurationError('Cannot tell which CI system this is. Set the GitHub variables (GITHUB_REPOSITORY, ' +
        'GITHUB_RUN_ID, GITHUB_SHA) or the Jenkins ones (JOB_NAME, BUILD_NUMBER, GIT_COMMIT).');
}
function ciContext(env = process.env) {
    return detectCiSystem(env) === 'github' ? githubContext(env) : jenkinsContext(env);
}

;// CONCATENATED MODULE: ./packages/core/src/duration.ts

const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** Parse `250ms`, `5s`, `1.5m`, `2h` (or a bare number of milliseconds) into milliseconds. */
function parseDuration(text, inputName) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
    if (!match) {
        throw new errors_ConfigurationError(`Invalid ${inputName} '${text}'. Expected a duration such as 500ms, 5s, 2m or 1h.`);
    }
    return Math.round(Number(match[1]) * UNITS[match[2] ?? 'ms']);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/runner-commands.ts



/**
 * The runner protocol itself: workflow commands on stdout (`::warning::…`) and file
 * commands appended to GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_STEP_SUMMARY
 * (docs.github.com "Workflow commands for GitHub Actions").
 *
 * Why not @actions/core at run time: importing it loads @actions/http-client and undici
 * for OIDC, which alone costs about 2× an empty `node` start on every step (measured in
 * `npm run bench`). test/core/runner-commands.test.ts checks this module byte-for-byte
 * against @actions/core so the two cannot drift.
 */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issueCommand(command, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeProperty(value)}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${external_node_os_.EOL}`);
}
/** Append `key<<DELIM … DELIM` to the file GITHUB_<kind> names; false when there is none. */
function appendKeyValue(kind, key, value) {
    const path = process.env[`GITHUB_${kind}`];
    if (!path)
        return false;
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Refusing to write ${key}: its name or value contains the file-command delimiter.`);
    }
    (0,external_node_fs_.appendFileSync)(path, `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`, 'utf8');
    return true;
}
/**
 * INPUT_<NAME> as the runner sets it (`otlp-endpoint` → INPUT_OTLP-ENDPOINT). POSIX shells drop
 * variables whose names hold `-`, so where a shell stands between (Jenkins' sh step) the
 * library passes INPUT_OTLP_ENDPOINT instead; either is read.
 */
function getInput(name) {
    const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
    return (process.env[key] ?? process.env[key.replace(/-/g, '_')] ?? '').trim();
}
function setOutput(name, value) {
    if (!appendKeyValue('OUTPUT', name, value))
        issueCommand('set-output', value, { name });
}
/** Sets the variable for this process too, so later code in the same step sees it. */
function exportVariable(name, value) {
    process.env[name] = value;
    if (!appendKeyValue('ENV', name, value))
        issueCommand('set-env', value, { name });
}
function saveState(name, value) {
    if (!appendKeyValue('STATE', name, value))
        issueCommand('save-state', value, { name });
}
/** STATE_<name>, or with `-` as `_` where a shell stood between (see getInput). */
function getState(name) {
    return process.env[`STATE_${name}`] ?? process.env[`STATE_${name.replace(/-/g, '_')}`] ?? '';
}
function setSecret(value) {
    issueCommand('add-mask', value);
}
function info(message) {
    process.stdout.write(message + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', message);
}
function warning(message) {
    issueCommand('warning', message);
}
function error(message) {
    issueCommand('error', message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Append markdown to the job summary when the runner provides one. */
function appendStepSummary(markdown) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (path)
        (0,external_node_fs_.appendFileSync)(path, markdown.endsWith(external_node_os_.EOL) ? markdown : markdown + external_node_os_.EOL, 'utf8');
}

;// CONCATENATED MODULE: ./packages/core/src/runner-io.ts




/**
 * Runner IO for GitHub, Jenkins and plain shells alike (DESIGN §5): inputs come from
 * `INPUT_<NAME>` env, outputs/state/env/summary go to the files named by GITHUB_OUTPUT,
 * GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY (runner-commands.ts speaks that protocol);
 * this module adds typed getters whose errors name the input and what was expected.
 */
function optionalInput(name) {
    const value = getInput(name);
    return value === '' ? undefined : value;
}
function requiredInput(name, hint = '') {
    const value = optionalInput(name);
    if (value === undefined) {
        throw new ConfigurationError(`Input '${name}' is required${hint ? `: ${hint}` : '.'}`);
    }
    return value;
}
/**
 * Register a secret with the runner's log masker. Only GitHub's runner consumes
 * `::add-mask::`; anywhere else (Jenkins, a shell) that line would print the secret
 * itself, so there it is never written — Jenkins masks its own credentials.
 */
function maskSecret(value) {
    if (value === '' || process.env.GITHUB_ACTIONS !== 'true')
        return;
    setSecret(value);
    // A multi-line secret (a kubeconfig) is masked only as a whole; mask each `key: value`
    // value too, so a token printed on its own is caught.
    if (value.includes('\n')) {
        for (const line of value.split('\n')) {
            const part = line.slice(line.indexOf(':') + 1).trim();
            if (part.length >= 8)
                setSecret(part);
        }
    }
}
/** A secret input: masked in all later log output before anything else sees it. */
function secretInput(name) {
    const value = optionalInput(name);
    if (value !== undefined)
        maskSecret(value);
    return value;
}
function booleanInput(name, fallback) {
    const value = optionalInput(name);
    if (value === undefined)
        return fallback;
    if (/^(true|yes|on|1)$/i.test(value))
        return true;
    if (/^(false|no|off|0)$/i.test(value))
        return false;
    throw new ConfigurationError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}
/** A duration input in ms; `positive` refuses 0 where zero would mean "never wait" or "no time". */
function durationInput(name, fallback, { positive = false } = {}) {
    const value = optionalInput(name) ?? fallback;
    const ms = parseDuration(value, `input '${name}'`);
    if (positive && ms <= 0)
        throw new errors_ConfigurationError(`Invalid input '${name}': '${value}'. Expected a duration above zero, e.g. 30s.`);
    return ms;
}
function choiceInput(name, choices, fallback) {
    const value = optionalInput(name) ?? fallback;
    if (!choices.includes(value)) {
        throw new errors_ConfigurationError(`Invalid input '${name}': '${value}'. Expected one of: ${choices.join(', ')}.`);
    }
    return value;
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            setOutput(name, value);
    }
}
/** Hand variables to every later step of the job (GITHUB_ENV; Jenkins reads the file back). */
function exportEnv(vars) {
    for (const [name, value] of Object.entries(vars)) {
        if (value !== undefined)
            core.exportVariable(name, value);
    }
}
/** State is written for the post step; the runner hands it back as STATE_<name>. */
function runner_io_saveState(values) {
    for (const [name, value] of Object.entries(values))
        core.saveState(name, value);
}
function runner_io_getState(name) {
    const value = core.getState(name);
    return value === '' ? undefined : value;
}

/**
 * The build a step works on: input `build-id`, else `fallback` (e.g. from a verdict file), else
 * GOLDENTHREAD_BUILD_ID from trace-root; validated as an image tag.
 */
function buildIdInput(fallback) {
    const text = optionalInput('build-id') ?? fallback ?? process.env.GOLDENTHREAD_BUILD_ID;
    if (!text)
        throw new errors_ConfigurationError("Input 'build-id' is required: pass it, or run trace-root first (it exports GOLDENTHREAD_BUILD_ID).");
    return validateBuildId(text, "input 'build-id'");
}

;// CONCATENATED MODULE: ./packages/core/src/http.ts


/**
 * `key=value,key2=value2` (commas or newlines), values percent-decoded: the
 * OTEL_EXPORTER_OTLP_HEADERS format, used for every `*-headers` input. Values are
 * treated as secrets (masked), and an error never echoes the text.
 */
function parseHeaderList(text, source) {
    const headers = {};
    for (const pair of text.split(/[,\n]/)) {
        if (pair.trim() === '')
            continue;
        const eq = pair.indexOf('=');
        const key = eq > 0 ? pair.slice(0, eq).trim() : '';
        if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(key)) {
            throw new errors_ConfigurationError(`Invalid ${source}: expected comma-separated key=value pairs (e.g. authorization=Bearer%20abc).`);
        }
        let value = pair.slice(eq + 1).trim();
        try {
            value = decodeURIComponent(value);
        }
        catch {
            // Keep the raw value: not every token is percent-encoded.
        }
        maskSecret(value);
        headers[key] = value;
    }
    return headers;
}
/** Strip credentials and query from a URL before it is logged. */
function redactUrl(url) {
    try {
        const u = new URL(url);
        return `${u.protocol}//${u.host}${u.pathname}`;
    }
    catch {
        return '<invalid url>';
    }
}
/** An HTTP answer we could not use; `status` is 0 when there was no answer at all. */
class HttpError extends Error {
    status;
    constructor(message, status) {
        super(message);
        this.status = status;
        this.name = 'HttpError';
    }
}
/**
 * GET a JSON document within `timeoutMs`. Uses Node's built-in fetch (undici inside
 * Node itself, so it adds nothing to the bundles). Errors name the redacted URL and the
 * status, never the headers.
 */
async function getJson(url, options) {
    const where = redactUrl(url.toString());
    let response;
    try {
        response = await fetch(url, { headers: { accept: 'application/json', ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs) });
    }
    catch (error) {
        const reason = error?.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : errorMessage(error?.cause ?? error);
        throw new HttpError(`GET ${where}: ${reason}`, 0);
    }
    const text = await response.text();
    if (!response.ok) {
        throw new HttpError(`GET ${where}: HTTP ${response.status} ${text.slice(0, 200)}`.trim(), response.status);
    }
    try {
        return JSON.parse(text);
    }
    catch {
        throw new HttpError(`GET ${where}: answer is not JSON`, response.status);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ids.ts

function digestHex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** A W3C id may not be all zeros; flip the last digit in the (2^-128) case it is. */
function nonZero(hex) {
    return /^0+$/.test(hex) ? hex.slice(0, -1) + '1' : hex;
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
    return nonZero((0,external_node_crypto_.randomBytes)(8).toString('hex'));
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./packages/core/src/outcomes.ts



function outcomesFile(traceId) {
    return (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `goldenthread-outcomes-${traceId}.jsonl`);
}
function recordStepOutcome(traceId, outcome) {
    try {
        (0,external_node_fs_.appendFileSync)(outcomesFile(traceId), JSON.stringify(outcome) + '\n');
    }
    catch {
        // Best effort: a read-only temp dir must not fail the step itself.
    }
}
function readStepOutcomes(traceId) {
    let text;
    try {
        text = readFileSync(outcomesFile(traceId), 'utf8');
    }
    catch {
        return [];
    }
    return text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .flatMap((line) => {
        try {
            return [JSON.parse(line)];
        }
        catch {
            return [];
        }
    });
}

;// CONCATENATED MODULE: ./packages/core/src/run-action.ts



/** Grace for stdout to drain before a lingering socket is cut off. */
const EXIT_GRACE_MS = 200;
/**
 * The one wrapper every action entry uses: runs `body`, turns any error into a failed step
 * whose message starts with the action's name, tells a configuration mistake (message only)
 * from a bug (stack, and a request to report it), records the step's outcome for
 * trace-root's post step, and makes sure no leftover handle keeps the process alive.
 */
async function runAction(action, body, options = {}) {
    let outcome = 'success';
    let message;
    try {
        await body();
    }
    catch (error) {
        outcome = 'failure';
        message = `${action} failed: ${errorMessage(error)}`;
        const report = options.warnOnly ? warning : setFailed;
        report(message);
        if (!(error instanceof ExpectedFailure)) {
            info(`This looks like a bug in goldenthread; please report it with this trace:\n${error?.stack ?? error}`);
        }
    }
    const traceId = process.env.GOLDENTHREAD_TRACE_ID;
    if (traceId && !options.warnOnly)
        recordStepOutcome(traceId, { step: action, outcome, message });
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

// EXTERNAL MODULE: ./packages/core/src/semconv.ts
var semconv = __nccwpck_require__(1276);
;// CONCATENATED MODULE: ./packages/core/src/traceparent.ts
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
        return { ok: false, reason: 'expected 00-<32 lower-case hex>-<16 lower-case hex>-<2 hex>' };
    }
    const [, version, traceId, spanId, flags, rest] = match;
    if (version === 'ff')
        return { ok: false, reason: 'version ff is invalid' };
    if (version === '00' && rest !== undefined) {
        return { ok: false, reason: 'version 00 has exactly four fields' };
    }
    if (!isValidTraceId(traceId))
        return { ok: false, reason: 'trace id is all zeros' };
    if (!isValidSpanId(spanId))
        return { ok: false, reason: 'parent id is all zeros' };
    return { ok: true, value: { traceId, spanId, flags: parseInt(flags, 16) } };
}
function formatTraceparent(ids) {
    if (!isValidTraceId(ids.traceId))
        throw new Error(`invalid trace id '${ids.traceId}'`);
    if (!isValidSpanId(ids.spanId))
        throw new Error(`invalid span id '${ids.spanId}'`);
    const flags = (ids.flags & 0xff).toString(16).padStart(2, '0');
    return `00-${ids.traceId}-${ids.spanId}-${flags}`;
}

;// CONCATENATED MODULE: ./packages/core/src/telemetry.ts




/**
 * The span kinds and status codes we use, as the numbers @opentelemetry/api's enums stand for
 * (OTLP's values): importing the enums would load the whole API package at every step's start.
 */
const SPAN_KIND = { INTERNAL: 0, SERVER: 1 };
const STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 };
const TRACES_PATH = '/v1/traces';
/** A base URL gets `/v1/traces` appended (as OTEL_EXPORTER_OTLP_ENDPOINT does). */
function tracesUrl(base, source) {
    let url;
    try {
        url = new URL(base);
    }
    catch {
        throw new errors_ConfigurationError(`Invalid ${source} '${base}'. Expected an http(s) URL such as http://collector:4318.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors_ConfigurationError(`Invalid ${source} '${base}'. Expected an http:// or https:// URL.`);
    }
    if (url.pathname.endsWith(TRACES_PATH))
        return url.toString();
    url.pathname = url.pathname.replace(/\/+$/, '') + TRACES_PATH;
    return url.toString();
}
/**
 * Inputs `otlp-endpoint`, `otlp-headers` (secret), `otlp-timeout`, `service-name`, each
 * falling back to what trace-root handed on and then to the standard OTEL_* variables.
 */
function telemetryConfig(env = process.env) {
    const input = optionalInput('otlp-endpoint');
    let endpoint;
    if (input)
        endpoint = tracesUrl(input, "input 'otlp-endpoint'");
    else if (env.GOLDENTHREAD_OTLP_ENDPOINT)
        endpoint = tracesUrl(env.GOLDENTHREAD_OTLP_ENDPOINT, 'GOLDENTHREAD_OTLP_ENDPOINT');
    else if (env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
        endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
    else if (env.OTEL_EXPORTER_OTLP_ENDPOINT)
        endpoint = tracesUrl(env.OTEL_EXPORTER_OTLP_ENDPOINT, 'OTEL_EXPORTER_OTLP_ENDPOINT');
    if (env.OTEL_SDK_DISABLED === 'true')
        endpoint = undefined;
    const headerText = secretInput('otlp-headers');
    const headers = {
        ...(env.OTEL_EXPORTER_OTLP_HEADERS ? parseHeaderList(env.OTEL_EXPORTER_OTLP_HEADERS, 'OTEL_EXPORTER_OTLP_HEADERS') : {}),
        ...(headerText ? parseHeaderList(headerText, "input 'otlp-headers'") : {})
    };
    return {
        endpoint,
        headers,
        budgetMs: durationInput('otlp-timeout', '5s'),
        serviceName: optionalInput('service-name') ??
            env.GOLDENTHREAD_SERVICE_NAME ??
            env.OTEL_SERVICE_NAME ??
            env.GITHUB_REPOSITORY ??
            env.JOB_NAME ??
            'goldenthread'
    };
}
/**
 * Export finished spans within the budget. Never throws: a failure is a warning and the
 * report says what happened. The heavy OTel SDK is loaded only here, so steps that do
 * not export start fast.
 */
async function exportSpans(config, spans) {
    if (!config.endpoint || spans.length === 0) {
        return { exported: 0, ok: true, elapsedMs: 0 };
    }
    const started = Date.now();
    let report;
    try {
        const { sendSpans } = await Promise.all(/* import() */[__nccwpck_require__.e(953), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7778));
        report = await sendSpans(config, spans);
    }
    catch (error) {
        report = { exported: 0, ok: false, elapsedMs: Date.now() - started, error: errorMessage(error) };
    }
    const where = redactUrl(config.endpoint);
    if (report.ok)
        info(`Exported ${report.exported} span(s) to ${where} in ${report.elapsedMs} ms.`);
    else
        warning(`Trace export to ${where} failed after ${report.elapsedMs} ms (${report.error}); the step's outcome is unaffected.`);
    return report;
}

;// CONCATENATED MODULE: ./packages/core/src/step-span.ts








/**
 * The parent a step joins: TRACEPARENT when valid, else the run's deterministic root, else
 * (no CI facts at all, e.g. a plain shell) nothing: the step starts a trace of its own.
 */
function stepParent(env = process.env) {
    if (env.TRACEPARENT) {
        const parsed = parseTraceparent(env.TRACEPARENT);
        if (parsed.ok)
            return parsed.value;
        warning(`Ignoring invalid TRACEPARENT: ${parsed.reason}.`);
    }
    try {
        const ctx = ciContext(env);
        return { traceId: deriveTraceId(ctx), spanId: deriveRootSpanId(ctx) };
    }
    catch {
        return { traceId: (0,external_node_crypto_.randomBytes)(16).toString('hex') };
    }
}
/**
 * Run `body` inside a step span (kind INTERNAL, named after the step) and export it when
 * the body ends, ok or not. The body may add attributes; a thrown error marks the span
 * ERROR with its message and is rethrown unchanged.
 */
async function withStepSpan(step, taskType, body, config = telemetryConfig()) {
    const parent = stepParent();
    const spanId = randomSpanId();
    const span = {
        traceId: parent.traceId,
        spanId,
        parentSpanId: parent.spanId,
        traceparent: formatTraceparent({ traceId: parent.traceId, spanId, flags: 1 }),
        links: [],
        attributes: {
            [semconv/* ATTR_CICD_PIPELINE_TASK_NAME */.RO]: step,
            [semconv/* ATTR_CICD_PIPELINE_TASK_TYPE */.Gz]: taskType,
            ...(process.env.GOLDENTHREAD_BUILD_ID ? { [semconv/* ATTR_BUILD_ID */.T2]: process.env.GOLDENTHREAD_BUILD_ID } : {})
        }
    };
    const startTimeMs = Date.now();
    let failure;
    try {
        return await body(span);
    }
    catch (error) {
        failure = error;
        throw error;
    }
    finally {
        const failed = failure !== undefined;
        span.attributes[semconv/* ATTR_CICD_PIPELINE_TASK_RUN_RESULT */.rb] = failed ? 'failure' : 'success';
        if (failed)
            span.attributes[semconv/* ATTR_ERROR_TYPE */.oJ] = failure instanceof Error ? failure.name : 'Error';
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
                links: span.links.map((l) => ({ context: { traceId: l.traceId, spanId: l.spanId, traceFlags: 1, isRemote: true } })),
                status: failed ? { code: STATUS_CODE.ERROR, message: errorMessage(failure) } : { code: STATUS_CODE.OK }
            }
        ]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
















/***/ }),

/***/ 1276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_TYPE),
/* harmony export */   ME: () => (/* binding */ ATTR_GOLDENTHREAD_GATE_P99_MS),
/* harmony export */   RO: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_NAME),
/* harmony export */   Rk: () => (/* binding */ ATTR_GOLDENTHREAD_BASELINE_BUILD_ID),
/* harmony export */   T2: () => (/* binding */ ATTR_BUILD_ID),
/* harmony export */   T_: () => (/* binding */ ATTR_GOLDENTHREAD_GATE_BACKEND),
/* harmony export */   UX: () => (/* binding */ ATTR_SERVICE_NAME),
/* harmony export */   Xq: () => (/* binding */ ATTR_GOLDENTHREAD_GATE_LOOKS),
/* harmony export */   _W: () => (/* binding */ ATTR_GOLDENTHREAD_GATE_ERROR_RATE),
/* harmony export */   f0: () => (/* binding */ ATTR_GOLDENTHREAD_GATE_REQUESTS),
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT),
/* harmony export */   sk: () => (/* binding */ ATTR_GOLDENTHREAD_GATE_VERDICT)
/* harmony export */ });
/* unused harmony exports ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_SYSTEM_COMPONENT, ATTR_VCS_REPOSITORY_URL_FULL, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REF_HEAD_REVISION, ATTR_VCS_CHANGE_ID, ATTR_SERVICE_VERSION, ATTR_CONTAINER_IMAGE_NAME, ATTR_CONTAINER_IMAGE_TAGS, ATTR_CONTAINER_IMAGE_REPO_DIGESTS, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_K8S_NAMESPACE_NAME, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, PIPELINE_RESULTS */
/**
 * Attribute names used on goldenthread spans and records, in one place.
 * Copied from the OpenTelemetry semantic conventions (CICD, VCS, container, deployment,
 * k8s registries; semconv 1.3x, "development"/"release candidate" status) rather than
 * importing the incubating entry point at run time. Our own names live under
 * `build.id` and `goldenthread.*` (DESIGN §4).
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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 5574:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(277);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map