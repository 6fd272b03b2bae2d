export const id = 105;
export const ids = [105];
export const modules = {

/***/ 5105:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   serve: () => (/* binding */ serve)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88);
/* harmony import */ var _backends_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3304);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6270);
/* harmony import */ var _judge_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6635);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5414);






/**
 * Serve mode for Argo Rollouts' `web` metric provider: GET /v1/verdict?build_id=…
 * [&baseline_build_id=…] judges one look on the build's cumulative telemetry and answers
 * the verdict record as JSON. Argo does the interval/count/limits; the sequential test is
 * on cumulative counts, so every answer keeps its false-alarm bound however often Argo asks.
 */
async function serve() {
    const { backend: name, backendOptions } = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBackend */ .h5)();
    const thresholds = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readThresholds */ .rZ)(name);
    const backend = _backends_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BACKENDS */ .A[name](backendOptions);
    const port = Number((0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .optionalInput */ .$m)('serve-port') ?? process.env.PORT ?? '8080');
    const host = (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .optionalInput */ .$m)('serve-address') ?? '0.0.0.0';
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new _goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .ConfigurationError */ .j1(`Invalid input 'serve-port': '${port}'. Expected a TCP port.`);
    }
    async function verdict(url, res) {
        const buildId = url.searchParams.get('build_id') ?? '';
        const baseline = url.searchParams.get('baseline_build_id') || undefined;
        try {
            (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .validateBuildId */ .cp)(buildId, 'query parameter build_id');
            if (baseline)
                (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .validateBuildId */ .cp)(baseline, 'query parameter baseline_build_id');
        }
        catch (error) {
            return send(res, 400, { error: (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) });
        }
        const startedAt = new Date();
        const judge = new _judge_js__WEBPACK_IMPORTED_MODULE_4__/* .Judge */ .Ih({ ...thresholds, buildId, baselineBuildId: baseline, count: 1 }, backend);
        const measurement = await judge.look(1);
        const outcome = { ...judge.verdict(), metrics: judge.metrics, measurements: [measurement], last: judge.last };
        send(res, 200, (0,_report_js__WEBPACK_IMPORTED_MODULE_5__/* .verdictRecord */ .Z5)(outcome, { buildId, baselineBuildId: baseline, backend: backend.name, startedAt, gatePassed: outcome.verdict === 'pass' }));
    }
    function send(res, status, body) {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    }
    const server = (0,node_http__WEBPACK_IMPORTED_MODULE_0__.createServer)((req, res) => {
        const url = new URL(req.url ?? '/', 'http://gate');
        if (req.method === 'GET' && url.pathname === '/healthz')
            return send(res, 200, { ok: true });
        if (req.method === 'GET' && url.pathname === '/v1/verdict') {
            verdict(url, res).catch((error) => send(res, 500, { error: (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(error) }));
            return;
        }
        send(res, 404, { error: 'GET /v1/verdict?build_id=<build id> or /healthz' });
    });
    await new Promise((resolve) => server.listen(port, host, resolve));
    const address = server.address();
    _goldenthread_core__WEBPACK_IMPORTED_MODULE_1__/* .runner.info */ .lj.info(`otel-gate serving on http://${host}:${typeof address === 'object' && address ? address.port : port}/v1/verdict`);
    await new Promise((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGTERM', stop);
        process.once('SIGINT', stop);
    });
}


/***/ })

};

//# sourceMappingURL=105.index.js.map