export const id = 93;
export const ids = [
    93
];
export const modules = {
    63934: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { kConfigErr } = __webpack_require__(35427);
        const kApiModules = Symbol("api modules");
        const asynchronousSearchCtor = __webpack_require__(91804);
        const catCtor = __webpack_require__(37442);
        const clusterCtor = __webpack_require__(64776);
        const danglingIndicesCtor = __webpack_require__(18253);
        const flowFrameworkCtor = __webpack_require__(74910);
        const geospatialCtor = __webpack_require__(58889);
        const httpCtor = __webpack_require__(90760);
        const indicesCtor = __webpack_require__(82541);
        const ingestCtor = __webpack_require__(80492);
        const ingestionCtor = __webpack_require__(97456);
        const insightsCtor = __webpack_require__(34419);
        const ismCtor = __webpack_require__(82619);
        const knnCtor = __webpack_require__(61049);
        const listCtor = __webpack_require__(7424);
        const ltrCtor = __webpack_require__(15336);
        const mlCtor = __webpack_require__(91231);
        const neuralCtor = __webpack_require__(71361);
        const nodesCtor = __webpack_require__(35573);
        const notificationsCtor = __webpack_require__(81930);
        const observabilityCtor = __webpack_require__(48757);
        const pplCtor = __webpack_require__(12898);
        const queryCtor = __webpack_require__(45270);
        const remoteStoreCtor = __webpack_require__(22439);
        const replicationCtor = __webpack_require__(47208);
        const rollupsCtor = __webpack_require__(94699);
        const searchPipelineCtor = __webpack_require__(5226);
        const searchRelevanceCtor = __webpack_require__(22767);
        const securityAnalyticsCtor = __webpack_require__(5240);
        const securityCtor = __webpack_require__(24938);
        const smCtor = __webpack_require__(89876);
        const snapshotCtor = __webpack_require__(4736);
        const sqlCtor = __webpack_require__(71034);
        const tasksCtor = __webpack_require__(96376);
        const transformsCtor = __webpack_require__(24135);
        const ubiCtor = __webpack_require__(94784);
        const wlmCtor = __webpack_require__(89100);
        const bulkFn = __webpack_require__(82719);
        const bulkStreamFn = __webpack_require__(15655);
        const clearScrollFn = __webpack_require__(81831);
        const countFn = __webpack_require__(56616);
        const createFn = __webpack_require__(25735);
        const createPitFn = __webpack_require__(81302);
        const deleteFn = __webpack_require__(70700);
        const deleteAllPitsFn = __webpack_require__(46511);
        const deleteByQueryFn = __webpack_require__(51126);
        const deleteByQueryRethrottleFn = __webpack_require__(62488);
        const deletePitFn = __webpack_require__(48631);
        const deleteScriptFn = __webpack_require__(34287);
        const existsFn = __webpack_require__(99019);
        const existsSourceFn = __webpack_require__(69826);
        const explainFn = __webpack_require__(26912);
        const fieldCapsFn = __webpack_require__(39466);
        const getFn = __webpack_require__(87807);
        const getAllPitsFn = __webpack_require__(26846);
        const getScriptFn = __webpack_require__(22176);
        const getScriptContextFn = __webpack_require__(10773);
        const getScriptLanguagesFn = __webpack_require__(19413);
        const getSourceFn = __webpack_require__(51870);
        const indexFn = __webpack_require__(81695);
        const infoFn = __webpack_require__(26495);
        const mgetFn = __webpack_require__(86934);
        const msearchFn = __webpack_require__(93104);
        const msearchTemplateFn = __webpack_require__(17746);
        const mtermvectorsFn = __webpack_require__(9500);
        const pingFn = __webpack_require__(3011);
        const putScriptFn = __webpack_require__(94309);
        const rankEvalFn = __webpack_require__(54491);
        const reindexFn = __webpack_require__(120);
        const reindexRethrottleFn = __webpack_require__(84313);
        const renderSearchTemplateFn = __webpack_require__(87677);
        const scriptsPainlessExecuteFn = __webpack_require__(39663);
        const scrollFn = __webpack_require__(71814);
        const searchFn = __webpack_require__(74271);
        const searchShardsFn = __webpack_require__(7762);
        const searchTemplateFn = __webpack_require__(13773);
        const termvectorsFn = __webpack_require__(85829);
        const updateFn = __webpack_require__(20982);
        const updateByQueryFn = __webpack_require__(50695);
        const updateByQueryRethrottleFn = __webpack_require__(12794);
        class OpenSearchAPI {
            constructor(opts){
                this[kConfigErr] = opts.ConfigurationError;
                this[kApiModules] = {};
                this.bulk = bulkFn.bind(this);
                this.bulkStream = bulkStreamFn.bind(this);
                this.clearScroll = clearScrollFn.bind(this);
                this.count = countFn.bind(this);
                this.create = createFn.bind(this);
                this.createPit = createPitFn.bind(this);
                this.delete = deleteFn.bind(this);
                this.deleteAllPits = deleteAllPitsFn.bind(this);
                this.deleteByQuery = deleteByQueryFn.bind(this);
                this.deleteByQueryRethrottle = deleteByQueryRethrottleFn.bind(this);
                this.deletePit = deletePitFn.bind(this);
                this.deleteScript = deleteScriptFn.bind(this);
                this.exists = existsFn.bind(this);
                this.existsSource = existsSourceFn.bind(this);
                this.explain = explainFn.bind(this);
                this.fieldCaps = fieldCapsFn.bind(this);
                this.get = getFn.bind(this);
                this.getAllPits = getAllPitsFn.bind(this);
                this.getScript = getScriptFn.bind(this);
                this.getScriptContext = getScriptContextFn.bind(this);
                this.getScriptLanguages = getScriptLanguagesFn.bind(this);
                this.getSource = getSourceFn.bind(this);
                this.index = indexFn.bind(this);
                this.info = infoFn.bind(this);
                this.mget = mgetFn.bind(this);
                this.msearch = msearchFn.bind(this);
                this.msearchTemplate = msearchTemplateFn.bind(this);
                this.mtermvectors = mtermvectorsFn.bind(this);
                this.ping = pingFn.bind(this);
                this.putScript = putScriptFn.bind(this);
                this.rankEval = rankEvalFn.bind(this);
                this.reindex = reindexFn.bind(this);
                this.reindexRethrottle = reindexRethrottleFn.bind(this);
                this.renderSearchTemplate = renderSearchTemplateFn.bind(this);
                this.scriptsPainlessExecute = scriptsPainlessExecuteFn.bind(this);
                this.scroll = scrollFn.bind(this);
                this.search = searchFn.bind(this);
                this.searchShards = searchShardsFn.bind(this);
                this.searchTemplate = searchTemplateFn.bind(this);
                this.termvectors = termvectorsFn.bind(this);
                this.update = updateFn.bind(this);
                this.updateByQuery = updateByQueryFn.bind(this);
                this.updateByQueryRethrottle = updateByQueryRethrottleFn.bind(this);
                this.bulk_stream = bulkStreamFn.bind(this);
                this.clear_scroll = clearScrollFn.bind(this);
                this.create_pit = createPitFn.bind(this);
                this.delete_all_pits = deleteAllPitsFn.bind(this);
                this.delete_by_query = deleteByQueryFn.bind(this);
                this.delete_by_query_rethrottle = deleteByQueryRethrottleFn.bind(this);
                this.delete_pit = deletePitFn.bind(this);
                this.delete_script = deleteScriptFn.bind(this);
                this.exists_source = existsSourceFn.bind(this);
                this.field_caps = fieldCapsFn.bind(this);
                this.get_all_pits = getAllPitsFn.bind(this);
                this.get_script = getScriptFn.bind(this);
                this.get_script_context = getScriptContextFn.bind(this);
                this.get_script_languages = getScriptLanguagesFn.bind(this);
                this.get_source = getSourceFn.bind(this);
                this.msearch_template = msearchTemplateFn.bind(this);
                this.put_script = putScriptFn.bind(this);
                this.rank_eval = rankEvalFn.bind(this);
                this.reindex_rethrottle = reindexRethrottleFn.bind(this);
                this.render_search_template = renderSearchTemplateFn.bind(this);
                this.scripts_painless_execute = scriptsPainlessExecuteFn.bind(this);
                this.search_shards = searchShardsFn.bind(this);
                this.search_template = searchTemplateFn.bind(this);
                this.update_by_query = updateByQueryFn.bind(this);
                this.update_by_query_rethrottle = updateByQueryRethrottleFn.bind(this);
                const kApiModulesMap = this[kApiModules];
                const self = this;
                Object.defineProperties(this, {
                    asynchronousSearch: {
                        get () {
                            return kApiModulesMap.asynchronousSearch ?? (kApiModulesMap.asynchronousSearch = new asynchronousSearchCtor(self));
                        }
                    },
                    cat: {
                        get () {
                            return kApiModulesMap.cat ?? (kApiModulesMap.cat = new catCtor(self));
                        }
                    },
                    cluster: {
                        get () {
                            return kApiModulesMap.cluster ?? (kApiModulesMap.cluster = new clusterCtor(self));
                        }
                    },
                    danglingIndices: {
                        get () {
                            return kApiModulesMap.danglingIndices ?? (kApiModulesMap.danglingIndices = new danglingIndicesCtor(self));
                        }
                    },
                    flowFramework: {
                        get () {
                            return kApiModulesMap.flowFramework ?? (kApiModulesMap.flowFramework = new flowFrameworkCtor(self));
                        }
                    },
                    geospatial: {
                        get () {
                            return kApiModulesMap.geospatial ?? (kApiModulesMap.geospatial = new geospatialCtor(self));
                        }
                    },
                    http: {
                        get () {
                            return kApiModulesMap.http ?? (kApiModulesMap.http = new httpCtor(self));
                        }
                    },
                    indices: {
                        get () {
                            return kApiModulesMap.indices ?? (kApiModulesMap.indices = new indicesCtor(self));
                        }
                    },
                    ingest: {
                        get () {
                            return kApiModulesMap.ingest ?? (kApiModulesMap.ingest = new ingestCtor(self));
                        }
                    },
                    ingestion: {
                        get () {
                            return kApiModulesMap.ingestion ?? (kApiModulesMap.ingestion = new ingestionCtor(self));
                        }
                    },
                    insights: {
                        get () {
                            return kApiModulesMap.insights ?? (kApiModulesMap.insights = new insightsCtor(self));
                        }
                    },
                    ism: {
                        get () {
                            return kApiModulesMap.ism ?? (kApiModulesMap.ism = new ismCtor(self));
                        }
                    },
                    knn: {
                        get () {
                            return kApiModulesMap.knn ?? (kApiModulesMap.knn = new knnCtor(self));
                        }
                    },
                    list: {
                        get () {
                            return kApiModulesMap.list ?? (kApiModulesMap.list = new listCtor(self));
                        }
                    },
                    ltr: {
                        get () {
                            return kApiModulesMap.ltr ?? (kApiModulesMap.ltr = new ltrCtor(self));
                        }
                    },
                    ml: {
                        get () {
                            return kApiModulesMap.ml ?? (kApiModulesMap.ml = new mlCtor(self));
                        }
                    },
                    neural: {
                        get () {
                            return kApiModulesMap.neural ?? (kApiModulesMap.neural = new neuralCtor(self));
                        }
                    },
                    nodes: {
                        get () {
                            return kApiModulesMap.nodes ?? (kApiModulesMap.nodes = new nodesCtor(self));
                        }
                    },
                    notifications: {
                        get () {
                            return kApiModulesMap.notifications ?? (kApiModulesMap.notifications = new notificationsCtor(self));
                        }
                    },
                    observability: {
                        get () {
                            return kApiModulesMap.observability ?? (kApiModulesMap.observability = new observabilityCtor(self));
                        }
                    },
                    ppl: {
                        get () {
                            return kApiModulesMap.ppl ?? (kApiModulesMap.ppl = new pplCtor(self));
                        }
                    },
                    query: {
                        get () {
                            return kApiModulesMap.query ?? (kApiModulesMap.query = new queryCtor(self));
                        }
                    },
                    remoteStore: {
                        get () {
                            return kApiModulesMap.remoteStore ?? (kApiModulesMap.remoteStore = new remoteStoreCtor(self));
                        }
                    },
                    replication: {
                        get () {
                            return kApiModulesMap.replication ?? (kApiModulesMap.replication = new replicationCtor(self));
                        }
                    },
                    rollups: {
                        get () {
                            return kApiModulesMap.rollups ?? (kApiModulesMap.rollups = new rollupsCtor(self));
                        }
                    },
                    searchPipeline: {
                        get () {
                            return kApiModulesMap.searchPipeline ?? (kApiModulesMap.searchPipeline = new searchPipelineCtor(self));
                        }
                    },
                    searchRelevance: {
                        get () {
                            return kApiModulesMap.searchRelevance ?? (kApiModulesMap.searchRelevance = new searchRelevanceCtor(self));
                        }
                    },
                    securityAnalytics: {
                        get () {
                            return kApiModulesMap.securityAnalytics ?? (kApiModulesMap.securityAnalytics = new securityAnalyticsCtor(self));
                        }
                    },
                    security: {
                        get () {
                            return kApiModulesMap.security ?? (kApiModulesMap.security = new securityCtor(self));
                        }
                    },
                    sm: {
                        get () {
                            return kApiModulesMap.sm ?? (kApiModulesMap.sm = new smCtor(self));
                        }
                    },
                    snapshot: {
                        get () {
                            return kApiModulesMap.snapshot ?? (kApiModulesMap.snapshot = new snapshotCtor(self));
                        }
                    },
                    sql: {
                        get () {
                            return kApiModulesMap.sql ?? (kApiModulesMap.sql = new sqlCtor(self));
                        }
                    },
                    tasks: {
                        get () {
                            return kApiModulesMap.tasks ?? (kApiModulesMap.tasks = new tasksCtor(self));
                        }
                    },
                    transforms: {
                        get () {
                            return kApiModulesMap.transforms ?? (kApiModulesMap.transforms = new transformsCtor(self));
                        }
                    },
                    ubi: {
                        get () {
                            return kApiModulesMap.ubi ?? (kApiModulesMap.ubi = new ubiCtor(self));
                        }
                    },
                    wlm: {
                        get () {
                            return kApiModulesMap.wlm ?? (kApiModulesMap.wlm = new wlmCtor(self));
                        }
                    },
                    asynchronous_search: {
                        get () {
                            return kApiModulesMap.asynchronousSearch ?? (kApiModulesMap.asynchronousSearch = new asynchronousSearchCtor(self));
                        }
                    },
                    dangling_indices: {
                        get () {
                            return kApiModulesMap.danglingIndices ?? (kApiModulesMap.danglingIndices = new danglingIndicesCtor(self));
                        }
                    },
                    flow_framework: {
                        get () {
                            return kApiModulesMap.flowFramework ?? (kApiModulesMap.flowFramework = new flowFrameworkCtor(self));
                        }
                    },
                    remote_store: {
                        get () {
                            return kApiModulesMap.remoteStore ?? (kApiModulesMap.remoteStore = new remoteStoreCtor(self));
                        }
                    },
                    search_pipeline: {
                        get () {
                            return kApiModulesMap.searchPipeline ?? (kApiModulesMap.searchPipeline = new searchPipelineCtor(self));
                        }
                    },
                    search_relevance: {
                        get () {
                            return kApiModulesMap.searchRelevance ?? (kApiModulesMap.searchRelevance = new searchRelevanceCtor(self));
                        }
                    },
                    security_analytics: {
                        get () {
                            return kApiModulesMap.securityAnalytics ?? (kApiModulesMap.securityAnalytics = new securityAnalyticsCtor(self));
                        }
                    }
                });
            }
        }
        module.exports = OpenSearchAPI;
    },
    82719: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function bulkFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_bulk"
            ].filter((c)=>c != null).join("/");
            const method = index == null ? "POST" : "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                bulkBody: body
            }, options, callback);
        }
        module.exports = bulkFunc;
    },
    15655: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function bulkStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_bulk/stream"
            ].filter((c)=>c != null).join("/");
            const method = index == null ? "POST" : "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                bulkBody: body
            }, options, callback);
        }
        module.exports = bulkStreamFunc;
    },
    81831: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function clearScrollFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, scroll_id, ...querystring } = params;
            scroll_id = parsePathParam(scroll_id);
            const path = [
                "/_search/scroll",
                scroll_id
            ].filter((c)=>c != null).join("/");
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = clearScrollFunc;
    },
    56616: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function countFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_count"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = countFunc;
    },
    25735: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_create/" + id;
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createFunc;
    },
    81302: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createPitFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.keep_alive == null) return handleMissingParam("keep_alive", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/_search/point_in_time";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createPitFunc;
    },
    70700: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_doc/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    46511: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deleteAllPitsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_search/point_in_time/_all";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteAllPitsFunc;
    },
    51126: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteByQueryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/_delete_by_query";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteByQueryFunc;
    },
    62488: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteByQueryRethrottleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_delete_by_query/" + task_id + "/_rethrottle";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteByQueryRethrottleFunc;
    },
    48631: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deletePitFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_search/point_in_time";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deletePitFunc;
    },
    34287: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteScriptFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_scripts/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteScriptFunc;
    },
    99019: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_doc/" + id;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsFunc;
    },
    69826: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsSourceFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_source/" + id;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsSourceFunc;
    },
    26912: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function explainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_explain/" + id;
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainFunc;
    },
    39466: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function fieldCapsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_field_caps"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = fieldCapsFunc;
    },
    87807: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_doc/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    26846: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAllPitsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_search/point_in_time/_all";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAllPitsFunc;
    },
    22176: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getScriptFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_scripts/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getScriptFunc;
    },
    10773: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getScriptContextFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_script_context";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getScriptContextFunc;
    },
    19413: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getScriptLanguagesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_script_language";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getScriptLanguagesFunc;
    },
    51870: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getSourceFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_source/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getSourceFunc;
    },
    81695: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function indexFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, id, ...querystring } = params;
            index = parsePathParam(index);
            id = parsePathParam(id);
            const path = [
                "",
                index,
                "_doc",
                id
            ].filter((c)=>c != null).join("/");
            const method = id == null ? "POST" : "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = indexFunc;
    },
    26495: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function infoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = infoFunc;
    },
    86934: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function mgetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_mget"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = mgetFunc;
    },
    93104: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function msearchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_msearch"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                bulkBody: body
            }, options, callback);
        }
        module.exports = msearchFunc;
    },
    17746: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function msearchTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_msearch/template"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                bulkBody: body
            }, options, callback);
        }
        module.exports = msearchTemplateFunc;
    },
    9500: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function mtermvectorsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_mtermvectors"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = mtermvectorsFunc;
    },
    3011: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function pingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/";
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pingFunc;
    },
    94309: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putScriptFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, context, ...querystring } = params;
            id = parsePathParam(id);
            context = parsePathParam(context);
            const path = [
                "/_scripts",
                id,
                context
            ].filter((c)=>c != null).join("/");
            const method = context == null ? "POST" : "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putScriptFunc;
    },
    54491: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function rankEvalFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_rank_eval"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = rankEvalFunc;
    },
    120: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function reindexFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_reindex";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = reindexFunc;
    },
    84313: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function reindexRethrottleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_reindex/" + task_id + "/_rethrottle";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = reindexRethrottleFunc;
    },
    87677: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function renderSearchTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = [
                "/_render/template",
                id
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = renderSearchTemplateFunc;
    },
    39663: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function scriptsPainlessExecuteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_scripts/painless/_execute";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = scriptsPainlessExecuteFunc;
    },
    71814: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function scrollFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, scroll_id, ...querystring } = params;
            scroll_id = parsePathParam(scroll_id);
            const path = [
                "/_search/scroll",
                scroll_id
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = scrollFunc;
    },
    74271: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function searchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_search"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFunc;
    },
    7762: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function searchShardsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_search_shards"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchShardsFunc;
    },
    13773: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function searchTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_search/template"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchTemplateFunc;
    },
    85829: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function termvectorsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, id, ...querystring } = params;
            index = parsePathParam(index);
            id = parsePathParam(id);
            const path = [
                "",
                index,
                "_termvectors",
                id
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = termvectorsFunc;
    },
    20982: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, index, ...querystring } = params;
            id = parsePathParam(id);
            index = parsePathParam(index);
            const path = "/" + index + "/_update/" + id;
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateFunc;
    },
    50695: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateByQueryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/_update_by_query";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateByQueryFunc;
    },
    12794: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateByQueryRethrottleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_update_by_query/" + task_id + "/_rethrottle";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateByQueryRethrottleFunc;
    },
    91804: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteFn = __webpack_require__(80664);
        const getFn = __webpack_require__(99547);
        const searchFn = __webpack_require__(52051);
        const statsFn = __webpack_require__(56632);
        function AsynchronousSearchApi(bindObj) {
            this.delete = deleteFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.search = searchFn.bind(bindObj);
            this.stats = statsFn.bind(bindObj);
        }
        module.exports = AsynchronousSearchApi;
    },
    80664: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_asynchronous_search/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    99547: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_asynchronous_search/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    52051: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_asynchronous_search";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFunc;
    },
    56632: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_asynchronous_search/stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    37442: (module, __unused_webpack_exports, __webpack_require__)=>{
        const aliasesFn = __webpack_require__(86853);
        const allocationFn = __webpack_require__(4315);
        const allPitSegmentsFn = __webpack_require__(12815);
        const clusterManagerFn = __webpack_require__(54468);
        const countFn = __webpack_require__(70134);
        const fielddataFn = __webpack_require__(27077);
        const healthFn = __webpack_require__(50187);
        const helpFn = __webpack_require__(97450);
        const indicesFn = __webpack_require__(98376);
        const masterFn = __webpack_require__(80195);
        const nodeattrsFn = __webpack_require__(4609);
        const nodesFn = __webpack_require__(79016);
        const pendingTasksFn = __webpack_require__(86194);
        const pitSegmentsFn = __webpack_require__(58602);
        const pluginsFn = __webpack_require__(5809);
        const recoveryFn = __webpack_require__(40002);
        const repositoriesFn = __webpack_require__(74905);
        const segmentReplicationFn = __webpack_require__(1676);
        const segmentsFn = __webpack_require__(50067);
        const shardsFn = __webpack_require__(80480);
        const snapshotsFn = __webpack_require__(28968);
        const tasksFn = __webpack_require__(6719);
        const templatesFn = __webpack_require__(69674);
        const threadPoolFn = __webpack_require__(44231);
        function CatApi(bindObj) {
            this.aliases = aliasesFn.bind(bindObj);
            this.allocation = allocationFn.bind(bindObj);
            this.allPitSegments = allPitSegmentsFn.bind(bindObj);
            this.clusterManager = clusterManagerFn.bind(bindObj);
            this.count = countFn.bind(bindObj);
            this.fielddata = fielddataFn.bind(bindObj);
            this.health = healthFn.bind(bindObj);
            this.help = helpFn.bind(bindObj);
            this.indices = indicesFn.bind(bindObj);
            this.master = masterFn.bind(bindObj);
            this.nodeattrs = nodeattrsFn.bind(bindObj);
            this.nodes = nodesFn.bind(bindObj);
            this.pendingTasks = pendingTasksFn.bind(bindObj);
            this.pitSegments = pitSegmentsFn.bind(bindObj);
            this.plugins = pluginsFn.bind(bindObj);
            this.recovery = recoveryFn.bind(bindObj);
            this.repositories = repositoriesFn.bind(bindObj);
            this.segmentReplication = segmentReplicationFn.bind(bindObj);
            this.segments = segmentsFn.bind(bindObj);
            this.shards = shardsFn.bind(bindObj);
            this.snapshots = snapshotsFn.bind(bindObj);
            this.tasks = tasksFn.bind(bindObj);
            this.templates = templatesFn.bind(bindObj);
            this.threadPool = threadPoolFn.bind(bindObj);
            this.all_pit_segments = allPitSegmentsFn.bind(bindObj);
            this.cluster_manager = clusterManagerFn.bind(bindObj);
            this.pending_tasks = pendingTasksFn.bind(bindObj);
            this.pit_segments = pitSegmentsFn.bind(bindObj);
            this.segment_replication = segmentReplicationFn.bind(bindObj);
            this.thread_pool = threadPoolFn.bind(bindObj);
        }
        module.exports = CatApi;
    },
    86853: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function aliasesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_cat/aliases",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = aliasesFunc;
    },
    12815: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function allPitSegmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/pit_segments/_all";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = allPitSegmentsFunc;
    },
    4315: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function allocationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, ...querystring } = params;
            node_id = parsePathParam(node_id);
            const path = [
                "/_cat/allocation",
                node_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = allocationFunc;
    },
    54468: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function clusterManagerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/cluster_manager";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = clusterManagerFunc;
    },
    70134: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function countFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cat/count",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = countFunc;
    },
    27077: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function fielddataFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, fields, ...querystring } = params;
            fields = parsePathParam(fields);
            const path = [
                "/_cat/fielddata",
                fields
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = fielddataFunc;
    },
    50187: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function healthFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/health";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = healthFunc;
    },
    97450: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function helpFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = helpFunc;
    },
    98376: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function indicesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cat/indices",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = indicesFunc;
    },
    80195: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function masterFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/master";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = masterFunc;
    },
    4609: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function nodeattrsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/nodeattrs";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = nodeattrsFunc;
    },
    79016: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function nodesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/nodes";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = nodesFunc;
    },
    86194: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function pendingTasksFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/pending_tasks";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pendingTasksFunc;
    },
    58602: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function pitSegmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/pit_segments";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pitSegmentsFunc;
    },
    5809: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function pluginsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/plugins";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pluginsFunc;
    },
    40002: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function recoveryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cat/recovery",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = recoveryFunc;
    },
    74905: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function repositoriesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/repositories";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = repositoriesFunc;
    },
    1676: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function segmentReplicationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cat/segment_replication",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = segmentReplicationFunc;
    },
    50067: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function segmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cat/segments",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = segmentsFunc;
    },
    80480: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function shardsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cat/shards",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = shardsFunc;
    },
    28968: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function snapshotsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, repository, ...querystring } = params;
            repository = parsePathParam(repository);
            const path = [
                "/_cat/snapshots",
                repository
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = snapshotsFunc;
    },
    6719: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function tasksFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cat/tasks";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = tasksFunc;
    },
    69674: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function templatesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_cat/templates",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = templatesFunc;
    },
    44231: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function threadPoolFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, thread_pool_patterns, ...querystring } = params;
            thread_pool_patterns = parsePathParam(thread_pool_patterns);
            const path = [
                "/_cat/thread_pool",
                thread_pool_patterns
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = threadPoolFunc;
    },
    64776: (module, __unused_webpack_exports, __webpack_require__)=>{
        const allocationExplainFn = __webpack_require__(35546);
        const deleteComponentTemplateFn = __webpack_require__(1363);
        const deleteDecommissionAwarenessFn = __webpack_require__(28745);
        const deleteVotingConfigExclusionsFn = __webpack_require__(89236);
        const deleteWeightedRoutingFn = __webpack_require__(79395);
        const existsComponentTemplateFn = __webpack_require__(47018);
        const getComponentTemplateFn = __webpack_require__(7550);
        const getDecommissionAwarenessFn = __webpack_require__(70960);
        const getSettingsFn = __webpack_require__(91318);
        const getWeightedRoutingFn = __webpack_require__(58454);
        const healthFn = __webpack_require__(60237);
        const pendingTasksFn = __webpack_require__(23356);
        const postVotingConfigExclusionsFn = __webpack_require__(68121);
        const putComponentTemplateFn = __webpack_require__(41789);
        const putDecommissionAwarenessFn = __webpack_require__(683);
        const putSettingsFn = __webpack_require__(52927);
        const putWeightedRoutingFn = __webpack_require__(82593);
        const remoteInfoFn = __webpack_require__(29389);
        const rerouteFn = __webpack_require__(15353);
        const stateFn = __webpack_require__(7122);
        const statsFn = __webpack_require__(24036);
        function ClusterApi(bindObj) {
            this.allocationExplain = allocationExplainFn.bind(bindObj);
            this.deleteComponentTemplate = deleteComponentTemplateFn.bind(bindObj);
            this.deleteDecommissionAwareness = deleteDecommissionAwarenessFn.bind(bindObj);
            this.deleteVotingConfigExclusions = deleteVotingConfigExclusionsFn.bind(bindObj);
            this.deleteWeightedRouting = deleteWeightedRoutingFn.bind(bindObj);
            this.existsComponentTemplate = existsComponentTemplateFn.bind(bindObj);
            this.getComponentTemplate = getComponentTemplateFn.bind(bindObj);
            this.getDecommissionAwareness = getDecommissionAwarenessFn.bind(bindObj);
            this.getSettings = getSettingsFn.bind(bindObj);
            this.getWeightedRouting = getWeightedRoutingFn.bind(bindObj);
            this.health = healthFn.bind(bindObj);
            this.pendingTasks = pendingTasksFn.bind(bindObj);
            this.postVotingConfigExclusions = postVotingConfigExclusionsFn.bind(bindObj);
            this.putComponentTemplate = putComponentTemplateFn.bind(bindObj);
            this.putDecommissionAwareness = putDecommissionAwarenessFn.bind(bindObj);
            this.putSettings = putSettingsFn.bind(bindObj);
            this.putWeightedRouting = putWeightedRoutingFn.bind(bindObj);
            this.remoteInfo = remoteInfoFn.bind(bindObj);
            this.reroute = rerouteFn.bind(bindObj);
            this.state = stateFn.bind(bindObj);
            this.stats = statsFn.bind(bindObj);
            this.allocation_explain = allocationExplainFn.bind(bindObj);
            this.delete_component_template = deleteComponentTemplateFn.bind(bindObj);
            this.delete_decommission_awareness = deleteDecommissionAwarenessFn.bind(bindObj);
            this.delete_voting_config_exclusions = deleteVotingConfigExclusionsFn.bind(bindObj);
            this.delete_weighted_routing = deleteWeightedRoutingFn.bind(bindObj);
            this.exists_component_template = existsComponentTemplateFn.bind(bindObj);
            this.get_component_template = getComponentTemplateFn.bind(bindObj);
            this.get_decommission_awareness = getDecommissionAwarenessFn.bind(bindObj);
            this.get_settings = getSettingsFn.bind(bindObj);
            this.get_weighted_routing = getWeightedRoutingFn.bind(bindObj);
            this.pending_tasks = pendingTasksFn.bind(bindObj);
            this.post_voting_config_exclusions = postVotingConfigExclusionsFn.bind(bindObj);
            this.put_component_template = putComponentTemplateFn.bind(bindObj);
            this.put_decommission_awareness = putDecommissionAwarenessFn.bind(bindObj);
            this.put_settings = putSettingsFn.bind(bindObj);
            this.put_weighted_routing = putWeightedRoutingFn.bind(bindObj);
            this.remote_info = remoteInfoFn.bind(bindObj);
        }
        module.exports = ClusterApi;
    },
    35546: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function allocationExplainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/allocation/explain";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = allocationExplainFunc;
    },
    1363: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteComponentTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_component_template/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteComponentTemplateFunc;
    },
    28745: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deleteDecommissionAwarenessFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/decommission/awareness";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteDecommissionAwarenessFunc;
    },
    89236: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deleteVotingConfigExclusionsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/voting_config_exclusions";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteVotingConfigExclusionsFunc;
    },
    79395: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deleteWeightedRoutingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/routing/awareness/weights";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteWeightedRoutingFunc;
    },
    47018: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsComponentTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_component_template/" + name;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsComponentTemplateFunc;
    },
    7550: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getComponentTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_component_template",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getComponentTemplateFunc;
    },
    70960: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getDecommissionAwarenessFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.awareness_attribute_name == null) return handleMissingParam("awareness_attribute_name", this, callback);
            let { body, awareness_attribute_name, ...querystring } = params;
            awareness_attribute_name = parsePathParam(awareness_attribute_name);
            const path = "/_cluster/decommission/awareness/" + awareness_attribute_name + "/_status";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getDecommissionAwarenessFunc;
    },
    91318: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/settings";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getSettingsFunc;
    },
    58454: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getWeightedRoutingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.attribute == null) return handleMissingParam("attribute", this, callback);
            let { body, attribute, ...querystring } = params;
            attribute = parsePathParam(attribute);
            const path = "/_cluster/routing/awareness/" + attribute + "/weights";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getWeightedRoutingFunc;
    },
    60237: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function healthFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_cluster/health",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = healthFunc;
    },
    23356: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function pendingTasksFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/pending_tasks";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pendingTasksFunc;
    },
    68121: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function postVotingConfigExclusionsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/voting_config_exclusions";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = postVotingConfigExclusionsFunc;
    },
    41789: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putComponentTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_component_template/" + name;
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putComponentTemplateFunc;
    },
    683: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putDecommissionAwarenessFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.awareness_attribute_name == null) return handleMissingParam("awareness_attribute_name", this, callback);
            if (params.awareness_attribute_value == null) return handleMissingParam("awareness_attribute_value", this, callback);
            let { body, awareness_attribute_name, awareness_attribute_value, ...querystring } = params;
            awareness_attribute_name = parsePathParam(awareness_attribute_name);
            awareness_attribute_value = parsePathParam(awareness_attribute_value);
            const path = "/_cluster/decommission/awareness/" + awareness_attribute_name + "/" + awareness_attribute_value;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putDecommissionAwarenessFunc;
    },
    52927: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function putSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/settings";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putSettingsFunc;
    },
    82593: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putWeightedRoutingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.attribute == null) return handleMissingParam("attribute", this, callback);
            let { body, attribute, ...querystring } = params;
            attribute = parsePathParam(attribute);
            const path = "/_cluster/routing/awareness/" + attribute + "/weights";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putWeightedRoutingFunc;
    },
    29389: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function remoteInfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_remote/info";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = remoteInfoFunc;
    },
    15353: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function rerouteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_cluster/reroute";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = rerouteFunc;
    },
    7122: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function stateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, metric, index, ...querystring } = params;
            metric = parsePathParam(metric);
            index = parsePathParam(index);
            const path = [
                "/_cluster/state",
                metric,
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = stateFunc;
    },
    24036: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index_metric, metric, node_id, ...querystring } = params;
            index_metric = parsePathParam(index_metric);
            metric = parsePathParam(metric);
            node_id = parsePathParam(node_id);
            let path;
            if (metric != null && index_metric != null && node_id != null) {
                path = "/_cluster/stats/" + metric + "/" + index_metric + "/nodes/" + node_id;
            } else if (metric != null && node_id != null) {
                path = "/_cluster/stats/" + metric + "/nodes/" + node_id;
            } else if (node_id != null) {
                path = "/_cluster/stats/nodes/" + node_id;
            } else {
                path = "/_cluster/stats";
            }
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    18253: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteDanglingIndexFn = __webpack_require__(50977);
        const importDanglingIndexFn = __webpack_require__(55823);
        const listDanglingIndicesFn = __webpack_require__(32529);
        function DanglingIndicesApi(bindObj) {
            this.deleteDanglingIndex = deleteDanglingIndexFn.bind(bindObj);
            this.importDanglingIndex = importDanglingIndexFn.bind(bindObj);
            this.listDanglingIndices = listDanglingIndicesFn.bind(bindObj);
            this.delete_dangling_index = deleteDanglingIndexFn.bind(bindObj);
            this.import_dangling_index = importDanglingIndexFn.bind(bindObj);
            this.list_dangling_indices = listDanglingIndicesFn.bind(bindObj);
        }
        module.exports = DanglingIndicesApi;
    },
    50977: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteDanglingIndexFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.accept_data_loss == null) return handleMissingParam("accept_data_loss", this, callback);
            if (params.index_uuid == null) return handleMissingParam("index_uuid", this, callback);
            let { body, index_uuid, ...querystring } = params;
            index_uuid = parsePathParam(index_uuid);
            const path = "/_dangling/" + index_uuid;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteDanglingIndexFunc;
    },
    55823: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function importDanglingIndexFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.accept_data_loss == null) return handleMissingParam("accept_data_loss", this, callback);
            if (params.index_uuid == null) return handleMissingParam("index_uuid", this, callback);
            let { body, index_uuid, ...querystring } = params;
            index_uuid = parsePathParam(index_uuid);
            const path = "/_dangling/" + index_uuid;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = importDanglingIndexFunc;
    },
    32529: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function listDanglingIndicesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_dangling";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = listDanglingIndicesFunc;
    },
    74910: (module, __unused_webpack_exports, __webpack_require__)=>{
        const createFn = __webpack_require__(9825);
        const deleteFn = __webpack_require__(17206);
        const deprovisionFn = __webpack_require__(99759);
        const getFn = __webpack_require__(65793);
        const getStatusFn = __webpack_require__(71471);
        const getStepsFn = __webpack_require__(79518);
        const provisionFn = __webpack_require__(79110);
        const searchFn = __webpack_require__(8301);
        const searchStateFn = __webpack_require__(77452);
        const updateFn = __webpack_require__(35592);
        function FlowFrameworkApi(bindObj) {
            this.create = createFn.bind(bindObj);
            this.delete = deleteFn.bind(bindObj);
            this.deprovision = deprovisionFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.getStatus = getStatusFn.bind(bindObj);
            this.getSteps = getStepsFn.bind(bindObj);
            this.provision = provisionFn.bind(bindObj);
            this.search = searchFn.bind(bindObj);
            this.searchState = searchStateFn.bind(bindObj);
            this.update = updateFn.bind(bindObj);
            this.get_status = getStatusFn.bind(bindObj);
            this.get_steps = getStepsFn.bind(bindObj);
            this.search_state = searchStateFn.bind(bindObj);
        }
        module.exports = FlowFrameworkApi;
    },
    9825: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_flow_framework/workflow";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createFunc;
    },
    17206: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.workflow_id == null) return handleMissingParam("workflow_id", this, callback);
            let { body, workflow_id, ...querystring } = params;
            workflow_id = parsePathParam(workflow_id);
            const path = "/_plugins/_flow_framework/workflow/" + workflow_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    99759: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deprovisionFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.workflow_id == null) return handleMissingParam("workflow_id", this, callback);
            let { body, workflow_id, ...querystring } = params;
            workflow_id = parsePathParam(workflow_id);
            const path = "/_plugins/_flow_framework/workflow/" + workflow_id + "/_deprovision";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deprovisionFunc;
    },
    65793: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.workflow_id == null) return handleMissingParam("workflow_id", this, callback);
            let { body, workflow_id, ...querystring } = params;
            workflow_id = parsePathParam(workflow_id);
            const path = "/_plugins/_flow_framework/workflow/" + workflow_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    71471: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getStatusFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.workflow_id == null) return handleMissingParam("workflow_id", this, callback);
            let { body, workflow_id, ...querystring } = params;
            workflow_id = parsePathParam(workflow_id);
            const path = "/_plugins/_flow_framework/workflow/" + workflow_id + "/_status";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStatusFunc;
    },
    79518: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getStepsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_flow_framework/workflow/_steps";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStepsFunc;
    },
    79110: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function provisionFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.workflow_id == null) return handleMissingParam("workflow_id", this, callback);
            let { body, workflow_id, ...querystring } = params;
            workflow_id = parsePathParam(workflow_id);
            const path = "/_plugins/_flow_framework/workflow/" + workflow_id + "/_provision";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = provisionFunc;
    },
    8301: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function searchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_flow_framework/workflow/_search";
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFunc;
    },
    77452: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function searchStateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_flow_framework/workflow/state/_search";
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchStateFunc;
    },
    35592: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.workflow_id == null) return handleMissingParam("workflow_id", this, callback);
            let { body, workflow_id, ...querystring } = params;
            workflow_id = parsePathParam(workflow_id);
            const path = "/_plugins/_flow_framework/workflow/" + workflow_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateFunc;
    },
    58889: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteIp2GeoDatasourceFn = __webpack_require__(50942);
        const geojsonUploadPostFn = __webpack_require__(9848);
        const geojsonUploadPutFn = __webpack_require__(39917);
        const getIp2GeoDatasourceFn = __webpack_require__(86623);
        const getUploadStatsFn = __webpack_require__(98046);
        const putIp2GeoDatasourceFn = __webpack_require__(43706);
        const putIp2GeoDatasourceSettingsFn = __webpack_require__(81675);
        function GeospatialApi(bindObj) {
            this.deleteIp2GeoDatasource = deleteIp2GeoDatasourceFn.bind(bindObj);
            this.geojsonUploadPost = geojsonUploadPostFn.bind(bindObj);
            this.geojsonUploadPut = geojsonUploadPutFn.bind(bindObj);
            this.getIp2GeoDatasource = getIp2GeoDatasourceFn.bind(bindObj);
            this.getUploadStats = getUploadStatsFn.bind(bindObj);
            this.putIp2GeoDatasource = putIp2GeoDatasourceFn.bind(bindObj);
            this.putIp2GeoDatasourceSettings = putIp2GeoDatasourceSettingsFn.bind(bindObj);
            this.delete_ip2geo_datasource = deleteIp2GeoDatasourceFn.bind(bindObj);
            this.geojson_upload_post = geojsonUploadPostFn.bind(bindObj);
            this.geojson_upload_put = geojsonUploadPutFn.bind(bindObj);
            this.get_ip2geo_datasource = getIp2GeoDatasourceFn.bind(bindObj);
            this.get_upload_stats = getUploadStatsFn.bind(bindObj);
            this.put_ip2geo_datasource = putIp2GeoDatasourceFn.bind(bindObj);
            this.put_ip2geo_datasource_settings = putIp2GeoDatasourceSettingsFn.bind(bindObj);
        }
        module.exports = GeospatialApi;
    },
    50942: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteIp2GeoDatasourceFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_plugins/geospatial/ip2geo/datasource/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteIp2GeoDatasourceFunc;
    },
    9848: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function geojsonUploadPostFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/geospatial/geojson/_upload";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = geojsonUploadPostFunc;
    },
    39917: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function geojsonUploadPutFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/geospatial/geojson/_upload";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = geojsonUploadPutFunc;
    },
    86623: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getIp2GeoDatasourceFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_plugins/geospatial/ip2geo/datasource",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getIp2GeoDatasourceFunc;
    },
    98046: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getUploadStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/geospatial/_upload/stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getUploadStatsFunc;
    },
    43706: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putIp2GeoDatasourceFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_plugins/geospatial/ip2geo/datasource/" + name;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putIp2GeoDatasourceFunc;
    },
    81675: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putIp2GeoDatasourceSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_plugins/geospatial/ip2geo/datasource/" + name + "/_settings";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putIp2GeoDatasourceSettingsFunc;
    },
    90760: (module, __unused_webpack_exports, __webpack_require__)=>{
        const connectFn = __webpack_require__(669);
        const deleteFn = __webpack_require__(50284);
        const getFn = __webpack_require__(49503);
        const headFn = __webpack_require__(2049);
        const optionsFn = __webpack_require__(34949);
        const patchFn = __webpack_require__(16197);
        const postFn = __webpack_require__(49737);
        const putFn = __webpack_require__(85318);
        const traceFn = __webpack_require__(16510);
        function HttpApi(bindObj) {
            this.connect = connectFn.bind(bindObj);
            this.delete = deleteFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.head = headFn.bind(bindObj);
            this.options = optionsFn.bind(bindObj);
            this.patch = patchFn.bind(bindObj);
            this.post = postFn.bind(bindObj);
            this.put = putFn.bind(bindObj);
            this.trace = traceFn.bind(bindObj);
        }
        module.exports = HttpApi;
    },
    669: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function connectFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "CONNECT"
            }, options, callback);
        }
        module.exports = connectFunc;
    },
    50284: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "DELETE"
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    49503: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "GET"
            }, options, callback);
        }
        module.exports = getFunc;
    },
    2049: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function headFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "HEAD"
            }, options, callback);
        }
        module.exports = headFunc;
    },
    34949: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function optionsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "OPTIONS"
            }, options, callback);
        }
        module.exports = optionsFunc;
    },
    16197: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "PATCH"
            }, options, callback);
        }
        module.exports = patchFunc;
    },
    49737: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function postFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "POST"
            }, options, callback);
        }
        module.exports = postFunc;
    },
    85318: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function putFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "PUT"
            }, options, callback);
        }
        module.exports = putFunc;
    },
    16510: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function traceFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.path == null) return handleMissingParam("path", this, callback);
            if (Array.isArray(params.body)) {
                const { path, querystring, headers, body } = params;
                params = {
                    path,
                    querystring,
                    headers,
                    bulkBody: body
                };
            }
            options = options || {};
            options.headers = params.headers || options.headers;
            return this.transport.request({
                ...params,
                method: "TRACE"
            }, options, callback);
        }
        module.exports = traceFunc;
    },
    82541: (module, __unused_webpack_exports, __webpack_require__)=>{
        const addBlockFn = __webpack_require__(57142);
        const analyzeFn = __webpack_require__(47664);
        const clearCacheFn = __webpack_require__(55295);
        const cloneFn = __webpack_require__(23525);
        const closeFn = __webpack_require__(31200);
        const createFn = __webpack_require__(9006);
        const createDataStreamFn = __webpack_require__(67462);
        const dataStreamsStatsFn = __webpack_require__(43882);
        const deleteFn = __webpack_require__(96821);
        const deleteAliasFn = __webpack_require__(6137);
        const deleteDataStreamFn = __webpack_require__(69602);
        const deleteIndexTemplateFn = __webpack_require__(13303);
        const deleteTemplateFn = __webpack_require__(14859);
        const existsFn = __webpack_require__(92006);
        const existsAliasFn = __webpack_require__(94980);
        const existsIndexTemplateFn = __webpack_require__(60162);
        const existsTemplateFn = __webpack_require__(97136);
        const flushFn = __webpack_require__(41990);
        const forcemergeFn = __webpack_require__(2695);
        const getFn = __webpack_require__(98172);
        const getAliasFn = __webpack_require__(29586);
        const getDataStreamFn = __webpack_require__(25612);
        const getFieldMappingFn = __webpack_require__(98674);
        const getIndexTemplateFn = __webpack_require__(95456);
        const getMappingFn = __webpack_require__(49928);
        const getSettingsFn = __webpack_require__(59005);
        const getTemplateFn = __webpack_require__(98094);
        const getUpgradeFn = __webpack_require__(86726);
        const modifyDataStreamFn = __webpack_require__(95944);
        const openFn = __webpack_require__(51410);
        const putAliasFn = __webpack_require__(18525);
        const putIndexTemplateFn = __webpack_require__(33483);
        const putMappingFn = __webpack_require__(83359);
        const putSettingsFn = __webpack_require__(7256);
        const putTemplateFn = __webpack_require__(75039);
        const recoveryFn = __webpack_require__(9641);
        const refreshFn = __webpack_require__(7971);
        const resolveIndexFn = __webpack_require__(20970);
        const rolloverFn = __webpack_require__(83971);
        const segmentsFn = __webpack_require__(62340);
        const shardStoresFn = __webpack_require__(24134);
        const shrinkFn = __webpack_require__(8511);
        const simulateIndexTemplateFn = __webpack_require__(98608);
        const simulateTemplateFn = __webpack_require__(70718);
        const splitFn = __webpack_require__(98360);
        const statsFn = __webpack_require__(79763);
        const updateAliasesFn = __webpack_require__(66347);
        const upgradeFn = __webpack_require__(14628);
        const validateQueryFn = __webpack_require__(66458);
        function IndicesApi(bindObj) {
            this.addBlock = addBlockFn.bind(bindObj);
            this.analyze = analyzeFn.bind(bindObj);
            this.clearCache = clearCacheFn.bind(bindObj);
            this.clone = cloneFn.bind(bindObj);
            this.close = closeFn.bind(bindObj);
            this.create = createFn.bind(bindObj);
            this.createDataStream = createDataStreamFn.bind(bindObj);
            this.dataStreamsStats = dataStreamsStatsFn.bind(bindObj);
            this.delete = deleteFn.bind(bindObj);
            this.deleteAlias = deleteAliasFn.bind(bindObj);
            this.deleteDataStream = deleteDataStreamFn.bind(bindObj);
            this.deleteIndexTemplate = deleteIndexTemplateFn.bind(bindObj);
            this.deleteTemplate = deleteTemplateFn.bind(bindObj);
            this.exists = existsFn.bind(bindObj);
            this.existsAlias = existsAliasFn.bind(bindObj);
            this.existsIndexTemplate = existsIndexTemplateFn.bind(bindObj);
            this.existsTemplate = existsTemplateFn.bind(bindObj);
            this.flush = flushFn.bind(bindObj);
            this.forcemerge = forcemergeFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.getAlias = getAliasFn.bind(bindObj);
            this.getDataStream = getDataStreamFn.bind(bindObj);
            this.getFieldMapping = getFieldMappingFn.bind(bindObj);
            this.getIndexTemplate = getIndexTemplateFn.bind(bindObj);
            this.getMapping = getMappingFn.bind(bindObj);
            this.getSettings = getSettingsFn.bind(bindObj);
            this.getTemplate = getTemplateFn.bind(bindObj);
            this.getUpgrade = getUpgradeFn.bind(bindObj);
            this.modifyDataStream = modifyDataStreamFn.bind(bindObj);
            this.open = openFn.bind(bindObj);
            this.putAlias = putAliasFn.bind(bindObj);
            this.putIndexTemplate = putIndexTemplateFn.bind(bindObj);
            this.putMapping = putMappingFn.bind(bindObj);
            this.putSettings = putSettingsFn.bind(bindObj);
            this.putTemplate = putTemplateFn.bind(bindObj);
            this.recovery = recoveryFn.bind(bindObj);
            this.refresh = refreshFn.bind(bindObj);
            this.resolveIndex = resolveIndexFn.bind(bindObj);
            this.rollover = rolloverFn.bind(bindObj);
            this.segments = segmentsFn.bind(bindObj);
            this.shardStores = shardStoresFn.bind(bindObj);
            this.shrink = shrinkFn.bind(bindObj);
            this.simulateIndexTemplate = simulateIndexTemplateFn.bind(bindObj);
            this.simulateTemplate = simulateTemplateFn.bind(bindObj);
            this.split = splitFn.bind(bindObj);
            this.stats = statsFn.bind(bindObj);
            this.updateAliases = updateAliasesFn.bind(bindObj);
            this.upgrade = upgradeFn.bind(bindObj);
            this.validateQuery = validateQueryFn.bind(bindObj);
            this.add_block = addBlockFn.bind(bindObj);
            this.clear_cache = clearCacheFn.bind(bindObj);
            this.create_data_stream = createDataStreamFn.bind(bindObj);
            this.data_streams_stats = dataStreamsStatsFn.bind(bindObj);
            this.delete_alias = deleteAliasFn.bind(bindObj);
            this.delete_data_stream = deleteDataStreamFn.bind(bindObj);
            this.delete_index_template = deleteIndexTemplateFn.bind(bindObj);
            this.delete_template = deleteTemplateFn.bind(bindObj);
            this.exists_alias = existsAliasFn.bind(bindObj);
            this.exists_index_template = existsIndexTemplateFn.bind(bindObj);
            this.exists_template = existsTemplateFn.bind(bindObj);
            this.get_alias = getAliasFn.bind(bindObj);
            this.get_data_stream = getDataStreamFn.bind(bindObj);
            this.get_field_mapping = getFieldMappingFn.bind(bindObj);
            this.get_index_template = getIndexTemplateFn.bind(bindObj);
            this.get_mapping = getMappingFn.bind(bindObj);
            this.get_settings = getSettingsFn.bind(bindObj);
            this.get_template = getTemplateFn.bind(bindObj);
            this.get_upgrade = getUpgradeFn.bind(bindObj);
            this.modify_data_stream = modifyDataStreamFn.bind(bindObj);
            this.put_alias = putAliasFn.bind(bindObj);
            this.put_index_template = putIndexTemplateFn.bind(bindObj);
            this.put_mapping = putMappingFn.bind(bindObj);
            this.put_settings = putSettingsFn.bind(bindObj);
            this.put_template = putTemplateFn.bind(bindObj);
            this.resolve_index = resolveIndexFn.bind(bindObj);
            this.shard_stores = shardStoresFn.bind(bindObj);
            this.simulate_index_template = simulateIndexTemplateFn.bind(bindObj);
            this.simulate_template = simulateTemplateFn.bind(bindObj);
            this.update_aliases = updateAliasesFn.bind(bindObj);
            this.validate_query = validateQueryFn.bind(bindObj);
        }
        module.exports = IndicesApi;
    },
    57142: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function addBlockFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.block == null) return handleMissingParam("block", this, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, block, index, ...querystring } = params;
            block = parsePathParam(block);
            index = parsePathParam(index);
            const path = "/" + index + "/_block/" + block;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = addBlockFunc;
    },
    47664: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function analyzeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_analyze"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = analyzeFunc;
    },
    55295: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function clearCacheFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_cache/clear"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = clearCacheFunc;
    },
    23525: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function cloneFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.target == null) return handleMissingParam("target", this, callback);
            let { body, index, target, ...querystring } = params;
            index = parsePathParam(index);
            target = parsePathParam(target);
            const path = "/" + index + "/_clone/" + target;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = cloneFunc;
    },
    31200: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function closeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/_close";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = closeFunc;
    },
    9006: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createFunc;
    },
    67462: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createDataStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_data_stream/" + name;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createDataStreamFunc;
    },
    43882: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function dataStreamsStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_data_stream",
                name,
                "_stats"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = dataStreamsStatsFunc;
    },
    96821: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    6137: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteAliasFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, index, name, ...querystring } = params;
            index = parsePathParam(index);
            name = parsePathParam(name);
            const path = "/" + index + "/_alias/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteAliasFunc;
    },
    69602: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteDataStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_data_stream/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteDataStreamFunc;
    },
    13303: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteIndexTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_index_template/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteIndexTemplateFunc;
    },
    14859: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_template/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteTemplateFunc;
    },
    92006: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsFunc;
    },
    94980: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsAliasFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, index, ...querystring } = params;
            name = parsePathParam(name);
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_alias",
                name
            ].filter((c)=>c != null).join("/");
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsAliasFunc;
    },
    60162: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsIndexTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_index_template/" + name;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsIndexTemplateFunc;
    },
    97136: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_template/" + name;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsTemplateFunc;
    },
    41990: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function flushFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_flush"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = flushFunc;
    },
    2695: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function forcemergeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_forcemerge"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = forcemergeFunc;
    },
    98172: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    29586: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getAliasFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, index, ...querystring } = params;
            name = parsePathParam(name);
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_alias",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAliasFunc;
    },
    25612: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getDataStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_data_stream",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getDataStreamFunc;
    },
    98674: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFieldMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.fields == null) return handleMissingParam("fields", this, callback);
            let { body, fields, index, ...querystring } = params;
            fields = parsePathParam(fields);
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_mapping/field",
                fields
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFieldMappingFunc;
    },
    95456: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getIndexTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_index_template",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getIndexTemplateFunc;
    },
    49928: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_mapping"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getMappingFunc;
    },
    59005: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, index, ...querystring } = params;
            name = parsePathParam(name);
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_settings",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getSettingsFunc;
    },
    98094: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_template",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getTemplateFunc;
    },
    86726: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getUpgradeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_upgrade"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getUpgradeFunc;
    },
    95944: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function modifyDataStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_data_stream/_modify";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = modifyDataStreamFunc;
    },
    51410: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function openFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/_open";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = openFunc;
    },
    18525: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function putAliasFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, index, ...querystring } = params;
            name = parsePathParam(name);
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_alias",
                name
            ].filter((c)=>c != null).join("/");
            const method = name == null ? "POST" : "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putAliasFunc;
    },
    33483: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putIndexTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_index_template/" + name;
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putIndexTemplateFunc;
    },
    83359: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/_mapping";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putMappingFunc;
    },
    7256: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_settings"
            ].filter((c)=>c != null).join("/");
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putSettingsFunc;
    },
    75039: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_template/" + name;
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putTemplateFunc;
    },
    9641: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function recoveryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_recovery"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = recoveryFunc;
    },
    7971: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function refreshFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_refresh"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = refreshFunc;
    },
    20970: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function resolveIndexFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_resolve/index/" + name;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = resolveIndexFunc;
    },
    83971: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function rolloverFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.alias == null) return handleMissingParam("alias", this, callback);
            let { body, alias, new_index, ...querystring } = params;
            alias = parsePathParam(alias);
            new_index = parsePathParam(new_index);
            const path = [
                "",
                alias,
                "_rollover",
                new_index
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = rolloverFunc;
    },
    62340: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function segmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_segments"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = segmentsFunc;
    },
    24134: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function shardStoresFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_shard_stores"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = shardStoresFunc;
    },
    8511: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function shrinkFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.target == null) return handleMissingParam("target", this, callback);
            let { body, index, target, ...querystring } = params;
            index = parsePathParam(index);
            target = parsePathParam(target);
            const path = "/" + index + "/_shrink/" + target;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = shrinkFunc;
    },
    98608: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function simulateIndexTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_index_template/_simulate_index/" + name;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = simulateIndexTemplateFunc;
    },
    70718: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function simulateTemplateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_index_template/_simulate",
                name
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = simulateTemplateFunc;
    },
    98360: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function splitFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.target == null) return handleMissingParam("target", this, callback);
            let { body, index, target, ...querystring } = params;
            index = parsePathParam(index);
            target = parsePathParam(target);
            const path = "/" + index + "/_split/" + target;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = splitFunc;
    },
    79763: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, metric, index, ...querystring } = params;
            metric = parsePathParam(metric);
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_stats",
                metric
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    66347: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function updateAliasesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_aliases";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateAliasesFunc;
    },
    14628: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function upgradeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_upgrade"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = upgradeFunc;
    },
    66458: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function validateQueryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "",
                index,
                "_validate/query"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = validateQueryFunc;
    },
    80492: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deletePipelineFn = __webpack_require__(23550);
        const getPipelineFn = __webpack_require__(5797);
        const processorGrokFn = __webpack_require__(98696);
        const putPipelineFn = __webpack_require__(28892);
        const simulateFn = __webpack_require__(34573);
        function IngestApi(bindObj) {
            this.deletePipeline = deletePipelineFn.bind(bindObj);
            this.getPipeline = getPipelineFn.bind(bindObj);
            this.processorGrok = processorGrokFn.bind(bindObj);
            this.putPipeline = putPipelineFn.bind(bindObj);
            this.simulate = simulateFn.bind(bindObj);
            this.delete_pipeline = deletePipelineFn.bind(bindObj);
            this.get_pipeline = getPipelineFn.bind(bindObj);
            this.processor_grok = processorGrokFn.bind(bindObj);
            this.put_pipeline = putPipelineFn.bind(bindObj);
        }
        module.exports = IngestApi;
    },
    23550: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deletePipelineFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_ingest/pipeline/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deletePipelineFunc;
    },
    5797: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getPipelineFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = [
                "/_ingest/pipeline",
                id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getPipelineFunc;
    },
    98696: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function processorGrokFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_ingest/processor/grok";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = processorGrokFunc;
    },
    28892: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putPipelineFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_ingest/pipeline/" + id;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putPipelineFunc;
    },
    34573: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function simulateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = [
                "/_ingest/pipeline",
                id,
                "_simulate"
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = simulateFunc;
    },
    97456: (module, __unused_webpack_exports, __webpack_require__)=>{
        const getStateFn = __webpack_require__(83934);
        const pauseFn = __webpack_require__(25929);
        const resumeFn = __webpack_require__(29308);
        function IngestionApi(bindObj) {
            this.getState = getStateFn.bind(bindObj);
            this.pause = pauseFn.bind(bindObj);
            this.resume = resumeFn.bind(bindObj);
            this.get_state = getStateFn.bind(bindObj);
        }
        module.exports = IngestionApi;
    },
    83934: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getStateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/ingestion/_state";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStateFunc;
    },
    25929: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function pauseFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/ingestion/_pause";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pauseFunc;
    },
    29308: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function resumeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/" + index + "/ingestion/_resume";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = resumeFunc;
    },
    34419: (module, __unused_webpack_exports, __webpack_require__)=>{
        const topQueriesFn = __webpack_require__(49321);
        function InsightsApi(bindObj) {
            this.topQueries = topQueriesFn.bind(bindObj);
            this.top_queries = topQueriesFn.bind(bindObj);
        }
        module.exports = InsightsApi;
    },
    49321: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function topQueriesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.type == null) return handleMissingParam("type", this, callback);
            let { body, ...querystring } = params;
            const path = "/_insights/top_queries";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = topQueriesFunc;
    },
    82619: (module, __unused_webpack_exports, __webpack_require__)=>{
        const addPolicyFn = __webpack_require__(76031);
        const changePolicyFn = __webpack_require__(72538);
        const deletePolicyFn = __webpack_require__(73117);
        const existsPolicyFn = __webpack_require__(28614);
        const explainPolicyFn = __webpack_require__(98883);
        const getPoliciesFn = __webpack_require__(90820);
        const getPolicyFn = __webpack_require__(66404);
        const putPoliciesFn = __webpack_require__(91469);
        const putPolicyFn = __webpack_require__(72741);
        const refreshSearchAnalyzersFn = __webpack_require__(85590);
        const removePolicyFn = __webpack_require__(12098);
        const retryIndexFn = __webpack_require__(96130);
        function IsmApi(bindObj) {
            this.addPolicy = addPolicyFn.bind(bindObj);
            this.changePolicy = changePolicyFn.bind(bindObj);
            this.deletePolicy = deletePolicyFn.bind(bindObj);
            this.existsPolicy = existsPolicyFn.bind(bindObj);
            this.explainPolicy = explainPolicyFn.bind(bindObj);
            this.getPolicies = getPoliciesFn.bind(bindObj);
            this.getPolicy = getPolicyFn.bind(bindObj);
            this.putPolicies = putPoliciesFn.bind(bindObj);
            this.putPolicy = putPolicyFn.bind(bindObj);
            this.refreshSearchAnalyzers = refreshSearchAnalyzersFn.bind(bindObj);
            this.removePolicy = removePolicyFn.bind(bindObj);
            this.retryIndex = retryIndexFn.bind(bindObj);
            this.add_policy = addPolicyFn.bind(bindObj);
            this.change_policy = changePolicyFn.bind(bindObj);
            this.delete_policy = deletePolicyFn.bind(bindObj);
            this.exists_policy = existsPolicyFn.bind(bindObj);
            this.explain_policy = explainPolicyFn.bind(bindObj);
            this.get_policies = getPoliciesFn.bind(bindObj);
            this.get_policy = getPolicyFn.bind(bindObj);
            this.put_policies = putPoliciesFn.bind(bindObj);
            this.put_policy = putPolicyFn.bind(bindObj);
            this.refresh_search_analyzers = refreshSearchAnalyzersFn.bind(bindObj);
            this.remove_policy = removePolicyFn.bind(bindObj);
            this.retry_index = retryIndexFn.bind(bindObj);
        }
        module.exports = IsmApi;
    },
    76031: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function addPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_plugins/_ism/add",
                index
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = addPolicyFunc;
    },
    72538: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function changePolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_plugins/_ism/change_policy",
                index
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = changePolicyFunc;
    },
    73117: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deletePolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_id == null) return handleMissingParam("policy_id", this, callback);
            let { body, policy_id, ...querystring } = params;
            policy_id = parsePathParam(policy_id);
            const path = "/_plugins/_ism/policies/" + policy_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deletePolicyFunc;
    },
    28614: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function existsPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_id == null) return handleMissingParam("policy_id", this, callback);
            let { body, policy_id, ...querystring } = params;
            policy_id = parsePathParam(policy_id);
            const path = "/_plugins/_ism/policies/" + policy_id;
            const method = "HEAD";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = existsPolicyFunc;
    },
    98883: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function explainPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_plugins/_ism/explain",
                index
            ].filter((c)=>c != null).join("/");
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainPolicyFunc;
    },
    90820: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getPoliciesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ism/policies";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getPoliciesFunc;
    },
    66404: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_id == null) return handleMissingParam("policy_id", this, callback);
            let { body, policy_id, ...querystring } = params;
            policy_id = parsePathParam(policy_id);
            const path = "/_plugins/_ism/policies/" + policy_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getPolicyFunc;
    },
    91469: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function putPoliciesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policyID == null) return handleMissingParam("policyID", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ism/policies";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putPoliciesFunc;
    },
    72741: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_id == null) return handleMissingParam("policy_id", this, callback);
            let { body, policy_id, ...querystring } = params;
            policy_id = parsePathParam(policy_id);
            const path = "/_plugins/_ism/policies/" + policy_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putPolicyFunc;
    },
    85590: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function refreshSearchAnalyzersFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_refresh_search_analyzers/" + index;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = refreshSearchAnalyzersFunc;
    },
    12098: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function removePolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_plugins/_ism/remove",
                index
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = removePolicyFunc;
    },
    96130: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function retryIndexFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_plugins/_ism/retry",
                index
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = retryIndexFunc;
    },
    61049: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteModelFn = __webpack_require__(12352);
        const getModelFn = __webpack_require__(1175);
        const searchModelsFn = __webpack_require__(5456);
        const statsFn = __webpack_require__(91823);
        const trainModelFn = __webpack_require__(11877);
        const warmupFn = __webpack_require__(42818);
        function KnnApi(bindObj) {
            this.deleteModel = deleteModelFn.bind(bindObj);
            this.getModel = getModelFn.bind(bindObj);
            this.searchModels = searchModelsFn.bind(bindObj);
            this.stats = statsFn.bind(bindObj);
            this.trainModel = trainModelFn.bind(bindObj);
            this.warmup = warmupFn.bind(bindObj);
            this.delete_model = deleteModelFn.bind(bindObj);
            this.get_model = getModelFn.bind(bindObj);
            this.search_models = searchModelsFn.bind(bindObj);
            this.train_model = trainModelFn.bind(bindObj);
        }
        module.exports = KnnApi;
    },
    12352: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_knn/models/" + model_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteModelFunc;
    },
    1175: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_knn/models/" + model_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getModelFunc;
    },
    5456: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchModelsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_knn/models/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchModelsFunc;
    },
    91823: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, stat, ...querystring } = params;
            node_id = parsePathParam(node_id);
            stat = parsePathParam(stat);
            const path = [
                "/_plugins/_knn",
                node_id,
                "stats",
                stat
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    11877: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function trainModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = [
                "/_plugins/_knn/models",
                model_id,
                "_train"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = trainModelFunc;
    },
    42818: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function warmupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_knn/warmup/" + index;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = warmupFunc;
    },
    7424: (module, __unused_webpack_exports, __webpack_require__)=>{
        const helpFn = __webpack_require__(56892);
        const indicesFn = __webpack_require__(40194);
        const shardsFn = __webpack_require__(40046);
        function ListApi(bindObj) {
            this.help = helpFn.bind(bindObj);
            this.indices = indicesFn.bind(bindObj);
            this.shards = shardsFn.bind(bindObj);
        }
        module.exports = ListApi;
    },
    56892: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function helpFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_list";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = helpFunc;
    },
    40194: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function indicesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_list/indices",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = indicesFunc;
    },
    40046: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function shardsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = [
                "/_list/shards",
                index
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = shardsFunc;
    },
    15336: (module, __unused_webpack_exports, __webpack_require__)=>{
        const addFeaturesToSetFn = __webpack_require__(53316);
        const addFeaturesToSetByQueryFn = __webpack_require__(43601);
        const cacheStatsFn = __webpack_require__(32622);
        const clearCacheFn = __webpack_require__(36221);
        const createDefaultStoreFn = __webpack_require__(40561);
        const createFeatureFn = __webpack_require__(47681);
        const createFeaturesetFn = __webpack_require__(70033);
        const createModelFn = __webpack_require__(32390);
        const createModelFromSetFn = __webpack_require__(39128);
        const createStoreFn = __webpack_require__(53842);
        const deleteDefaultStoreFn = __webpack_require__(78362);
        const deleteFeatureFn = __webpack_require__(83848);
        const deleteFeaturesetFn = __webpack_require__(60914);
        const deleteModelFn = __webpack_require__(95235);
        const deleteStoreFn = __webpack_require__(98711);
        const getFeatureFn = __webpack_require__(57481);
        const getFeaturesetFn = __webpack_require__(7305);
        const getModelFn = __webpack_require__(64414);
        const getStoreFn = __webpack_require__(32970);
        const listStoresFn = __webpack_require__(98805);
        const searchFeaturesFn = __webpack_require__(80076);
        const searchFeaturesetsFn = __webpack_require__(77484);
        const searchModelsFn = __webpack_require__(11093);
        const statsFn = __webpack_require__(46020);
        const updateFeatureFn = __webpack_require__(8782);
        const updateFeaturesetFn = __webpack_require__(94472);
        function LtrApi(bindObj) {
            this.addFeaturesToSet = addFeaturesToSetFn.bind(bindObj);
            this.addFeaturesToSetByQuery = addFeaturesToSetByQueryFn.bind(bindObj);
            this.cacheStats = cacheStatsFn.bind(bindObj);
            this.clearCache = clearCacheFn.bind(bindObj);
            this.createDefaultStore = createDefaultStoreFn.bind(bindObj);
            this.createFeature = createFeatureFn.bind(bindObj);
            this.createFeatureset = createFeaturesetFn.bind(bindObj);
            this.createModel = createModelFn.bind(bindObj);
            this.createModelFromSet = createModelFromSetFn.bind(bindObj);
            this.createStore = createStoreFn.bind(bindObj);
            this.deleteDefaultStore = deleteDefaultStoreFn.bind(bindObj);
            this.deleteFeature = deleteFeatureFn.bind(bindObj);
            this.deleteFeatureset = deleteFeaturesetFn.bind(bindObj);
            this.deleteModel = deleteModelFn.bind(bindObj);
            this.deleteStore = deleteStoreFn.bind(bindObj);
            this.getFeature = getFeatureFn.bind(bindObj);
            this.getFeatureset = getFeaturesetFn.bind(bindObj);
            this.getModel = getModelFn.bind(bindObj);
            this.getStore = getStoreFn.bind(bindObj);
            this.listStores = listStoresFn.bind(bindObj);
            this.searchFeatures = searchFeaturesFn.bind(bindObj);
            this.searchFeaturesets = searchFeaturesetsFn.bind(bindObj);
            this.searchModels = searchModelsFn.bind(bindObj);
            this.stats = statsFn.bind(bindObj);
            this.updateFeature = updateFeatureFn.bind(bindObj);
            this.updateFeatureset = updateFeaturesetFn.bind(bindObj);
            this.add_features_to_set = addFeaturesToSetFn.bind(bindObj);
            this.add_features_to_set_by_query = addFeaturesToSetByQueryFn.bind(bindObj);
            this.cache_stats = cacheStatsFn.bind(bindObj);
            this.clear_cache = clearCacheFn.bind(bindObj);
            this.create_default_store = createDefaultStoreFn.bind(bindObj);
            this.create_feature = createFeatureFn.bind(bindObj);
            this.create_featureset = createFeaturesetFn.bind(bindObj);
            this.create_model = createModelFn.bind(bindObj);
            this.create_model_from_set = createModelFromSetFn.bind(bindObj);
            this.create_store = createStoreFn.bind(bindObj);
            this.delete_default_store = deleteDefaultStoreFn.bind(bindObj);
            this.delete_feature = deleteFeatureFn.bind(bindObj);
            this.delete_featureset = deleteFeaturesetFn.bind(bindObj);
            this.delete_model = deleteModelFn.bind(bindObj);
            this.delete_store = deleteStoreFn.bind(bindObj);
            this.get_feature = getFeatureFn.bind(bindObj);
            this.get_featureset = getFeaturesetFn.bind(bindObj);
            this.get_model = getModelFn.bind(bindObj);
            this.get_store = getStoreFn.bind(bindObj);
            this.list_stores = listStoresFn.bind(bindObj);
            this.search_features = searchFeaturesFn.bind(bindObj);
            this.search_featuresets = searchFeaturesetsFn.bind(bindObj);
            this.search_models = searchModelsFn.bind(bindObj);
            this.update_feature = updateFeatureFn.bind(bindObj);
            this.update_featureset = updateFeaturesetFn.bind(bindObj);
        }
        module.exports = LtrApi;
    },
    53316: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function addFeaturesToSetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, store, ...querystring } = params;
            name = parsePathParam(name);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                name,
                "_addfeatures"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = addFeaturesToSetFunc;
    },
    43601: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function addFeaturesToSetByQueryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.query == null) return handleMissingParam("query", this, callback);
            let { body, name, query, store, ...querystring } = params;
            name = parsePathParam(name);
            query = parsePathParam(query);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                name,
                "_addfeatures",
                query
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = addFeaturesToSetByQueryFunc;
    },
    32622: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function cacheStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_ltr/_cachestats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = cacheStatsFunc;
    },
    36221: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function clearCacheFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_clearcache"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = clearCacheFunc;
    },
    40561: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createDefaultStoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_ltr";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createDefaultStoreFunc;
    },
    47681: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createFeatureFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_feature",
                id
            ].filter((c)=>c != null).join("/");
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createFeatureFunc;
    },
    70033: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createFeaturesetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                id
            ].filter((c)=>c != null).join("/");
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createFeaturesetFunc;
    },
    32390: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_model",
                id
            ].filter((c)=>c != null).join("/");
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createModelFunc;
    },
    39128: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createModelFromSetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, store, ...querystring } = params;
            name = parsePathParam(name);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                name,
                "_createmodel"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createModelFromSetFunc;
    },
    53842: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createStoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.store == null) return handleMissingParam("store", this, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = "/_ltr/" + store;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createStoreFunc;
    },
    78362: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deleteDefaultStoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_ltr";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteDefaultStoreFunc;
    },
    83848: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFeatureFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_feature",
                id
            ].filter((c)=>c != null).join("/");
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFeatureFunc;
    },
    60914: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFeaturesetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                id
            ].filter((c)=>c != null).join("/");
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFeaturesetFunc;
    },
    95235: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_model",
                id
            ].filter((c)=>c != null).join("/");
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteModelFunc;
    },
    98711: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteStoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.store == null) return handleMissingParam("store", this, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = "/_ltr/" + store;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteStoreFunc;
    },
    57481: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFeatureFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_feature",
                id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFeatureFunc;
    },
    7305: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFeaturesetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFeaturesetFunc;
    },
    64414: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_model",
                id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getModelFunc;
    },
    32970: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getStoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.store == null) return handleMissingParam("store", this, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = "/_ltr/" + store;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStoreFunc;
    },
    98805: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function listStoresFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_ltr";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = listStoresFunc;
    },
    80076: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function searchFeaturesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_feature"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFeaturesFunc;
    },
    77484: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function searchFeaturesetsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFeaturesetsFunc;
    },
    11093: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function searchModelsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, store, ...querystring } = params;
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_model"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchModelsFunc;
    },
    46020: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, stat, ...querystring } = params;
            node_id = parsePathParam(node_id);
            stat = parsePathParam(stat);
            const path = [
                "/_plugins/_ltr",
                node_id,
                "stats",
                stat
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    8782: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateFeatureFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_feature",
                id
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateFeatureFunc;
    },
    94472: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateFeaturesetFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, store, ...querystring } = params;
            id = parsePathParam(id);
            store = parsePathParam(store);
            const path = [
                "/_ltr",
                store,
                "_featureset",
                id
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateFeaturesetFunc;
    },
    91231: (module, __unused_webpack_exports, __webpack_require__)=>{
        const addAgenticMemoryFn = __webpack_require__(41099);
        const chunkModelFn = __webpack_require__(90378);
        const createConnectorFn = __webpack_require__(60725);
        const createControllerFn = __webpack_require__(84296);
        const createMemoryFn = __webpack_require__(53119);
        const createMemoryContainerFn = __webpack_require__(34212);
        const createMemoryContainerSessionFn = __webpack_require__(50234);
        const createMessageFn = __webpack_require__(28617);
        const createModelMetaFn = __webpack_require__(70530);
        const deleteAgentFn = __webpack_require__(81382);
        const deleteAgenticMemoryFn = __webpack_require__(56681);
        const deleteAgenticMemoryQueryFn = __webpack_require__(69501);
        const deleteConnectorFn = __webpack_require__(51340);
        const deleteControllerFn = __webpack_require__(79779);
        const deleteMemoryFn = __webpack_require__(47396);
        const deleteMemoryContainerFn = __webpack_require__(8389);
        const deleteModelFn = __webpack_require__(6394);
        const deleteModelGroupFn = __webpack_require__(73831);
        const deleteTaskFn = __webpack_require__(26946);
        const deployModelFn = __webpack_require__(76162);
        const executeAgentFn = __webpack_require__(41684);
        const executeAgentStreamFn = __webpack_require__(64412);
        const executeAlgorithmFn = __webpack_require__(70452);
        const executeToolFn = __webpack_require__(38571);
        const getAgentFn = __webpack_require__(70469);
        const getAgenticMemoryFn = __webpack_require__(18378);
        const getAllMemoriesFn = __webpack_require__(41760);
        const getAllMessagesFn = __webpack_require__(28787);
        const getAllToolsFn = __webpack_require__(79320);
        const getConnectorFn = __webpack_require__(35715);
        const getControllerFn = __webpack_require__(28766);
        const getMemoryFn = __webpack_require__(46221);
        const getMemoryContainerFn = __webpack_require__(39426);
        const getMessageFn = __webpack_require__(73951);
        const getMessageTracesFn = __webpack_require__(75209);
        const getModelFn = __webpack_require__(26545);
        const getModelGroupFn = __webpack_require__(70754);
        const getProfileFn = __webpack_require__(14765);
        const getProfileModelsFn = __webpack_require__(12363);
        const getProfileTasksFn = __webpack_require__(24355);
        const getStatsFn = __webpack_require__(36439);
        const getTaskFn = __webpack_require__(54295);
        const getToolFn = __webpack_require__(38216);
        const loadModelFn = __webpack_require__(155);
        const predictFn = __webpack_require__(57199);
        const predictModelFn = __webpack_require__(58126);
        const predictModelStreamFn = __webpack_require__(52726);
        const registerAgentsFn = __webpack_require__(18411);
        const registerModelFn = __webpack_require__(78084);
        const registerModelGroupFn = __webpack_require__(50249);
        const registerModelMetaFn = __webpack_require__(76149);
        const searchAgenticMemoryFn = __webpack_require__(28788);
        const searchAgentsFn = __webpack_require__(75622);
        const searchConnectorsFn = __webpack_require__(75848);
        const searchMemoryFn = __webpack_require__(21575);
        const searchMemoryContainerFn = __webpack_require__(48316);
        const searchMessageFn = __webpack_require__(8689);
        const searchModelGroupFn = __webpack_require__(84956);
        const searchModelsFn = __webpack_require__(44918);
        const searchTasksFn = __webpack_require__(61660);
        const trainFn = __webpack_require__(52868);
        const trainPredictFn = __webpack_require__(35951);
        const undeployModelFn = __webpack_require__(88759);
        const unloadModelFn = __webpack_require__(94658);
        const updateAgenticMemoryFn = __webpack_require__(48135);
        const updateConnectorFn = __webpack_require__(31466);
        const updateControllerFn = __webpack_require__(98761);
        const updateMemoryFn = __webpack_require__(25786);
        const updateMemoryContainerFn = __webpack_require__(7211);
        const updateMessageFn = __webpack_require__(23182);
        const updateModelFn = __webpack_require__(36776);
        const updateModelGroupFn = __webpack_require__(20541);
        const uploadChunkFn = __webpack_require__(2468);
        const uploadModelFn = __webpack_require__(4772);
        function MlApi(bindObj) {
            this.addAgenticMemory = addAgenticMemoryFn.bind(bindObj);
            this.chunkModel = chunkModelFn.bind(bindObj);
            this.createConnector = createConnectorFn.bind(bindObj);
            this.createController = createControllerFn.bind(bindObj);
            this.createMemory = createMemoryFn.bind(bindObj);
            this.createMemoryContainer = createMemoryContainerFn.bind(bindObj);
            this.createMemoryContainerSession = createMemoryContainerSessionFn.bind(bindObj);
            this.createMessage = createMessageFn.bind(bindObj);
            this.createModelMeta = createModelMetaFn.bind(bindObj);
            this.deleteAgent = deleteAgentFn.bind(bindObj);
            this.deleteAgenticMemory = deleteAgenticMemoryFn.bind(bindObj);
            this.deleteAgenticMemoryQuery = deleteAgenticMemoryQueryFn.bind(bindObj);
            this.deleteConnector = deleteConnectorFn.bind(bindObj);
            this.deleteController = deleteControllerFn.bind(bindObj);
            this.deleteMemory = deleteMemoryFn.bind(bindObj);
            this.deleteMemoryContainer = deleteMemoryContainerFn.bind(bindObj);
            this.deleteModel = deleteModelFn.bind(bindObj);
            this.deleteModelGroup = deleteModelGroupFn.bind(bindObj);
            this.deleteTask = deleteTaskFn.bind(bindObj);
            this.deployModel = deployModelFn.bind(bindObj);
            this.executeAgent = executeAgentFn.bind(bindObj);
            this.executeAgentStream = executeAgentStreamFn.bind(bindObj);
            this.executeAlgorithm = executeAlgorithmFn.bind(bindObj);
            this.executeTool = executeToolFn.bind(bindObj);
            this.getAgent = getAgentFn.bind(bindObj);
            this.getAgenticMemory = getAgenticMemoryFn.bind(bindObj);
            this.getAllMemories = getAllMemoriesFn.bind(bindObj);
            this.getAllMessages = getAllMessagesFn.bind(bindObj);
            this.getAllTools = getAllToolsFn.bind(bindObj);
            this.getConnector = getConnectorFn.bind(bindObj);
            this.getController = getControllerFn.bind(bindObj);
            this.getMemory = getMemoryFn.bind(bindObj);
            this.getMemoryContainer = getMemoryContainerFn.bind(bindObj);
            this.getMessage = getMessageFn.bind(bindObj);
            this.getMessageTraces = getMessageTracesFn.bind(bindObj);
            this.getModel = getModelFn.bind(bindObj);
            this.getModelGroup = getModelGroupFn.bind(bindObj);
            this.getProfile = getProfileFn.bind(bindObj);
            this.getProfileModels = getProfileModelsFn.bind(bindObj);
            this.getProfileTasks = getProfileTasksFn.bind(bindObj);
            this.getStats = getStatsFn.bind(bindObj);
            this.getTask = getTaskFn.bind(bindObj);
            this.getTool = getToolFn.bind(bindObj);
            this.loadModel = loadModelFn.bind(bindObj);
            this.predict = predictFn.bind(bindObj);
            this.predictModel = predictModelFn.bind(bindObj);
            this.predictModelStream = predictModelStreamFn.bind(bindObj);
            this.registerAgents = registerAgentsFn.bind(bindObj);
            this.registerModel = registerModelFn.bind(bindObj);
            this.registerModelGroup = registerModelGroupFn.bind(bindObj);
            this.registerModelMeta = registerModelMetaFn.bind(bindObj);
            this.searchAgenticMemory = searchAgenticMemoryFn.bind(bindObj);
            this.searchAgents = searchAgentsFn.bind(bindObj);
            this.searchConnectors = searchConnectorsFn.bind(bindObj);
            this.searchMemory = searchMemoryFn.bind(bindObj);
            this.searchMemoryContainer = searchMemoryContainerFn.bind(bindObj);
            this.searchMessage = searchMessageFn.bind(bindObj);
            this.searchModelGroup = searchModelGroupFn.bind(bindObj);
            this.searchModels = searchModelsFn.bind(bindObj);
            this.searchTasks = searchTasksFn.bind(bindObj);
            this.train = trainFn.bind(bindObj);
            this.trainPredict = trainPredictFn.bind(bindObj);
            this.undeployModel = undeployModelFn.bind(bindObj);
            this.unloadModel = unloadModelFn.bind(bindObj);
            this.updateAgenticMemory = updateAgenticMemoryFn.bind(bindObj);
            this.updateConnector = updateConnectorFn.bind(bindObj);
            this.updateController = updateControllerFn.bind(bindObj);
            this.updateMemory = updateMemoryFn.bind(bindObj);
            this.updateMemoryContainer = updateMemoryContainerFn.bind(bindObj);
            this.updateMessage = updateMessageFn.bind(bindObj);
            this.updateModel = updateModelFn.bind(bindObj);
            this.updateModelGroup = updateModelGroupFn.bind(bindObj);
            this.uploadChunk = uploadChunkFn.bind(bindObj);
            this.uploadModel = uploadModelFn.bind(bindObj);
            this.add_agentic_memory = addAgenticMemoryFn.bind(bindObj);
            this.chunk_model = chunkModelFn.bind(bindObj);
            this.create_connector = createConnectorFn.bind(bindObj);
            this.create_controller = createControllerFn.bind(bindObj);
            this.create_memory = createMemoryFn.bind(bindObj);
            this.create_memory_container = createMemoryContainerFn.bind(bindObj);
            this.create_memory_container_session = createMemoryContainerSessionFn.bind(bindObj);
            this.create_message = createMessageFn.bind(bindObj);
            this.create_model_meta = createModelMetaFn.bind(bindObj);
            this.delete_agent = deleteAgentFn.bind(bindObj);
            this.delete_agentic_memory = deleteAgenticMemoryFn.bind(bindObj);
            this.delete_agentic_memory_query = deleteAgenticMemoryQueryFn.bind(bindObj);
            this.delete_connector = deleteConnectorFn.bind(bindObj);
            this.delete_controller = deleteControllerFn.bind(bindObj);
            this.delete_memory = deleteMemoryFn.bind(bindObj);
            this.delete_memory_container = deleteMemoryContainerFn.bind(bindObj);
            this.delete_model = deleteModelFn.bind(bindObj);
            this.delete_model_group = deleteModelGroupFn.bind(bindObj);
            this.delete_task = deleteTaskFn.bind(bindObj);
            this.deploy_model = deployModelFn.bind(bindObj);
            this.execute_agent = executeAgentFn.bind(bindObj);
            this.execute_agent_stream = executeAgentStreamFn.bind(bindObj);
            this.execute_algorithm = executeAlgorithmFn.bind(bindObj);
            this.execute_tool = executeToolFn.bind(bindObj);
            this.get_agent = getAgentFn.bind(bindObj);
            this.get_agentic_memory = getAgenticMemoryFn.bind(bindObj);
            this.get_all_memories = getAllMemoriesFn.bind(bindObj);
            this.get_all_messages = getAllMessagesFn.bind(bindObj);
            this.get_all_tools = getAllToolsFn.bind(bindObj);
            this.get_connector = getConnectorFn.bind(bindObj);
            this.get_controller = getControllerFn.bind(bindObj);
            this.get_memory = getMemoryFn.bind(bindObj);
            this.get_memory_container = getMemoryContainerFn.bind(bindObj);
            this.get_message = getMessageFn.bind(bindObj);
            this.get_message_traces = getMessageTracesFn.bind(bindObj);
            this.get_model = getModelFn.bind(bindObj);
            this.get_model_group = getModelGroupFn.bind(bindObj);
            this.get_profile = getProfileFn.bind(bindObj);
            this.get_profile_models = getProfileModelsFn.bind(bindObj);
            this.get_profile_tasks = getProfileTasksFn.bind(bindObj);
            this.get_stats = getStatsFn.bind(bindObj);
            this.get_task = getTaskFn.bind(bindObj);
            this.get_tool = getToolFn.bind(bindObj);
            this.load_model = loadModelFn.bind(bindObj);
            this.predict_model = predictModelFn.bind(bindObj);
            this.predict_model_stream = predictModelStreamFn.bind(bindObj);
            this.register_agents = registerAgentsFn.bind(bindObj);
            this.register_model = registerModelFn.bind(bindObj);
            this.register_model_group = registerModelGroupFn.bind(bindObj);
            this.register_model_meta = registerModelMetaFn.bind(bindObj);
            this.search_agentic_memory = searchAgenticMemoryFn.bind(bindObj);
            this.search_agents = searchAgentsFn.bind(bindObj);
            this.search_connectors = searchConnectorsFn.bind(bindObj);
            this.search_memory = searchMemoryFn.bind(bindObj);
            this.search_memory_container = searchMemoryContainerFn.bind(bindObj);
            this.search_message = searchMessageFn.bind(bindObj);
            this.search_model_group = searchModelGroupFn.bind(bindObj);
            this.search_models = searchModelsFn.bind(bindObj);
            this.search_tasks = searchTasksFn.bind(bindObj);
            this.train_predict = trainPredictFn.bind(bindObj);
            this.undeploy_model = undeployModelFn.bind(bindObj);
            this.unload_model = unloadModelFn.bind(bindObj);
            this.update_agentic_memory = updateAgenticMemoryFn.bind(bindObj);
            this.update_connector = updateConnectorFn.bind(bindObj);
            this.update_controller = updateControllerFn.bind(bindObj);
            this.update_memory = updateMemoryFn.bind(bindObj);
            this.update_memory_container = updateMemoryContainerFn.bind(bindObj);
            this.update_message = updateMessageFn.bind(bindObj);
            this.update_model = updateModelFn.bind(bindObj);
            this.update_model_group = updateModelGroupFn.bind(bindObj);
            this.upload_chunk = uploadChunkFn.bind(bindObj);
            this.upload_model = uploadModelFn.bind(bindObj);
        }
        module.exports = MlApi;
    },
    41099: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function addAgenticMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            let { body, memory_container_id, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = addAgenticMemoryFunc;
    },
    90378: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function chunkModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.chunk_number == null) return handleMissingParam("chunk_number", this, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, chunk_number, model_id, ...querystring } = params;
            chunk_number = parsePathParam(chunk_number);
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id + "/chunk/" + chunk_number;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = chunkModelFunc;
    },
    60725: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createConnectorFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/connectors/_create";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createConnectorFunc;
    },
    84296: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createControllerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/controllers/" + model_id;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createControllerFunc;
    },
    53119: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/memory";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createMemoryFunc;
    },
    34212: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createMemoryContainerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/memory_containers/_create";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createMemoryContainerFunc;
    },
    50234: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createMemoryContainerSessionFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            let { body, memory_container_id, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories/sessions";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createMemoryContainerSessionFunc;
    },
    28617: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createMessageFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_id == null) return handleMissingParam("memory_id", this, callback);
            let { body, memory_id, ...querystring } = params;
            memory_id = parsePathParam(memory_id);
            const path = "/_plugins/_ml/memory/" + memory_id + "/messages";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createMessageFunc;
    },
    70530: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createModelMetaFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/models/meta";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createModelMetaFunc;
    },
    81382: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteAgentFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.agent_id == null) return handleMissingParam("agent_id", this, callback);
            let { body, agent_id, ...querystring } = params;
            agent_id = parsePathParam(agent_id);
            const path = "/_plugins/_ml/agents/" + agent_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteAgentFunc;
    },
    56681: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteAgenticMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            if (params.type == null) return handleMissingParam("type", this, callback);
            let { body, id, memory_container_id, type, ...querystring } = params;
            id = parsePathParam(id);
            memory_container_id = parsePathParam(memory_container_id);
            type = parsePathParam(type);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories/" + type + "/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteAgenticMemoryFunc;
    },
    69501: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteAgenticMemoryQueryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            if (params.type == null) return handleMissingParam("type", this, callback);
            let { body, memory_container_id, type, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            type = parsePathParam(type);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories/" + type + "/_delete_by_query";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteAgenticMemoryQueryFunc;
    },
    51340: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteConnectorFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.connector_id == null) return handleMissingParam("connector_id", this, callback);
            let { body, connector_id, ...querystring } = params;
            connector_id = parsePathParam(connector_id);
            const path = "/_plugins/_ml/connectors/" + connector_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteConnectorFunc;
    },
    79779: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteControllerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/controllers/" + model_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteControllerFunc;
    },
    47396: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_id == null) return handleMissingParam("memory_id", this, callback);
            let { body, memory_id, ...querystring } = params;
            memory_id = parsePathParam(memory_id);
            const path = "/_plugins/_ml/memory/" + memory_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteMemoryFunc;
    },
    8389: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteMemoryContainerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            let { body, memory_container_id, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteMemoryContainerFunc;
    },
    6394: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteModelFunc;
    },
    73831: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteModelGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_group_id == null) return handleMissingParam("model_group_id", this, callback);
            let { body, model_group_id, ...querystring } = params;
            model_group_id = parsePathParam(model_group_id);
            const path = "/_plugins/_ml/model_groups/" + model_group_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteModelGroupFunc;
    },
    26946: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteTaskFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_plugins/_ml/tasks/" + task_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteTaskFunc;
    },
    76162: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deployModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id + "/_deploy";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deployModelFunc;
    },
    41684: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function executeAgentFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.agent_id == null) return handleMissingParam("agent_id", this, callback);
            let { body, agent_id, ...querystring } = params;
            agent_id = parsePathParam(agent_id);
            const path = "/_plugins/_ml/agents/" + agent_id + "/_execute";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = executeAgentFunc;
    },
    64412: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function executeAgentStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.agent_id == null) return handleMissingParam("agent_id", this, callback);
            let { body, agent_id, ...querystring } = params;
            agent_id = parsePathParam(agent_id);
            const path = "/_plugins/_ml/agents/" + agent_id + "/_execute/stream";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = executeAgentStreamFunc;
    },
    70452: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function executeAlgorithmFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.algorithm_name == null) return handleMissingParam("algorithm_name", this, callback);
            let { body, algorithm_name, ...querystring } = params;
            algorithm_name = parsePathParam(algorithm_name);
            const path = "/_plugins/_ml/_execute/" + algorithm_name;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = executeAlgorithmFunc;
    },
    38571: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function executeToolFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.tool_name == null) return handleMissingParam("tool_name", this, callback);
            let { body, tool_name, ...querystring } = params;
            tool_name = parsePathParam(tool_name);
            const path = "/_plugins/_ml/tools/_execute/" + tool_name;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = executeToolFunc;
    },
    70469: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getAgentFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.agent_id == null) return handleMissingParam("agent_id", this, callback);
            let { body, agent_id, ...querystring } = params;
            agent_id = parsePathParam(agent_id);
            const path = "/_plugins/_ml/agents/" + agent_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAgentFunc;
    },
    18378: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getAgenticMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            if (params.type == null) return handleMissingParam("type", this, callback);
            let { body, id, memory_container_id, type, ...querystring } = params;
            id = parsePathParam(id);
            memory_container_id = parsePathParam(memory_container_id);
            type = parsePathParam(type);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories/" + type + "/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAgenticMemoryFunc;
    },
    41760: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAllMemoriesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/memory";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAllMemoriesFunc;
    },
    28787: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getAllMessagesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_id == null) return handleMissingParam("memory_id", this, callback);
            let { body, memory_id, ...querystring } = params;
            memory_id = parsePathParam(memory_id);
            const path = "/_plugins/_ml/memory/" + memory_id + "/messages";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAllMessagesFunc;
    },
    79320: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAllToolsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/tools";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAllToolsFunc;
    },
    35715: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getConnectorFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.connector_id == null) return handleMissingParam("connector_id", this, callback);
            let { body, connector_id, ...querystring } = params;
            connector_id = parsePathParam(connector_id);
            const path = "/_plugins/_ml/connectors/" + connector_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getConnectorFunc;
    },
    28766: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getControllerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/controllers/" + model_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getControllerFunc;
    },
    46221: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_id == null) return handleMissingParam("memory_id", this, callback);
            let { body, memory_id, ...querystring } = params;
            memory_id = parsePathParam(memory_id);
            const path = "/_plugins/_ml/memory/" + memory_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getMemoryFunc;
    },
    39426: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getMemoryContainerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            let { body, memory_container_id, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getMemoryContainerFunc;
    },
    73951: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getMessageFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.message_id == null) return handleMissingParam("message_id", this, callback);
            let { body, message_id, ...querystring } = params;
            message_id = parsePathParam(message_id);
            const path = "/_plugins/_ml/memory/message/" + message_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getMessageFunc;
    },
    75209: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getMessageTracesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.message_id == null) return handleMissingParam("message_id", this, callback);
            let { body, message_id, ...querystring } = params;
            message_id = parsePathParam(message_id);
            const path = "/_plugins/_ml/memory/message/" + message_id + "/traces";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getMessageTracesFunc;
    },
    26545: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getModelFunc;
    },
    70754: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getModelGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_group_id == null) return handleMissingParam("model_group_id", this, callback);
            let { body, model_group_id, ...querystring } = params;
            model_group_id = parsePathParam(model_group_id);
            const path = "/_plugins/_ml/model_groups/" + model_group_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getModelGroupFunc;
    },
    14765: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getProfileFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/profile";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getProfileFunc;
    },
    12363: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getProfileModelsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = [
                "/_plugins/_ml/profile/models",
                model_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getProfileModelsFunc;
    },
    24355: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getProfileTasksFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = [
                "/_plugins/_ml/profile/tasks",
                task_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getProfileTasksFunc;
    },
    36439: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, stat, ...querystring } = params;
            node_id = parsePathParam(node_id);
            stat = parsePathParam(stat);
            const path = [
                "/_plugins/_ml",
                node_id,
                "stats",
                stat
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStatsFunc;
    },
    54295: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getTaskFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_plugins/_ml/tasks/" + task_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getTaskFunc;
    },
    38216: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getToolFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.tool_name == null) return handleMissingParam("tool_name", this, callback);
            let { body, tool_name, ...querystring } = params;
            tool_name = parsePathParam(tool_name);
            const path = "/_plugins/_ml/tools/" + tool_name;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getToolFunc;
    },
    155: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function loadModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id + "/_load";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = loadModelFunc;
    },
    57199: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function predictFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.algorithm_name == null) return handleMissingParam("algorithm_name", this, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, algorithm_name, model_id, ...querystring } = params;
            algorithm_name = parsePathParam(algorithm_name);
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/_predict/" + algorithm_name + "/" + model_id;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = predictFunc;
    },
    58126: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function predictModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id + "/_predict";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = predictModelFunc;
    },
    52726: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function predictModelStreamFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id + "/_predict/stream";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = predictModelStreamFunc;
    },
    18411: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function registerAgentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/agents/_register";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = registerAgentsFunc;
    },
    78084: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function registerModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/models/_register";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = registerModelFunc;
    },
    50249: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function registerModelGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/model_groups/_register";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = registerModelGroupFunc;
    },
    76149: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function registerModelMetaFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/models/_register_meta";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = registerModelMetaFunc;
    },
    28788: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function searchAgenticMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            if (params.type == null) return handleMissingParam("type", this, callback);
            let { body, memory_container_id, type, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            type = parsePathParam(type);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories/" + type + "/_search";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchAgenticMemoryFunc;
    },
    75622: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchAgentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/agents/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchAgentsFunc;
    },
    75848: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchConnectorsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/connectors/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchConnectorsFunc;
    },
    21575: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/memory/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchMemoryFunc;
    },
    48316: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchMemoryContainerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/memory_containers/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchMemoryContainerFunc;
    },
    8689: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function searchMessageFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_id == null) return handleMissingParam("memory_id", this, callback);
            let { body, memory_id, ...querystring } = params;
            memory_id = parsePathParam(memory_id);
            const path = "/_plugins/_ml/memory/" + memory_id + "/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchMessageFunc;
    },
    84956: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchModelGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/model_groups/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchModelGroupFunc;
    },
    44918: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchModelsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/models/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchModelsFunc;
    },
    61660: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchTasksFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/tasks/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchTasksFunc;
    },
    52868: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function trainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.algorithm_name == null) return handleMissingParam("algorithm_name", this, callback);
            let { body, algorithm_name, ...querystring } = params;
            algorithm_name = parsePathParam(algorithm_name);
            const path = "/_plugins/_ml/_train/" + algorithm_name;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = trainFunc;
    },
    35951: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function trainPredictFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.algorithm_name == null) return handleMissingParam("algorithm_name", this, callback);
            let { body, algorithm_name, ...querystring } = params;
            algorithm_name = parsePathParam(algorithm_name);
            const path = "/_plugins/_ml/_train_predict/" + algorithm_name;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = trainPredictFunc;
    },
    88759: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function undeployModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = [
                "/_plugins/_ml/models",
                model_id,
                "_undeploy"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = undeployModelFunc;
    },
    94658: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function unloadModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = [
                "/_plugins/_ml/models",
                model_id,
                "_unload"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = unloadModelFunc;
    },
    48135: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateAgenticMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            if (params.type == null) return handleMissingParam("type", this, callback);
            let { body, id, memory_container_id, type, ...querystring } = params;
            id = parsePathParam(id);
            memory_container_id = parsePathParam(memory_container_id);
            type = parsePathParam(type);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id + "/memories/" + type + "/" + id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateAgenticMemoryFunc;
    },
    31466: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateConnectorFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.connector_id == null) return handleMissingParam("connector_id", this, callback);
            let { body, connector_id, ...querystring } = params;
            connector_id = parsePathParam(connector_id);
            const path = "/_plugins/_ml/connectors/" + connector_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateConnectorFunc;
    },
    98761: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateControllerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/controllers/" + model_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateControllerFunc;
    },
    25786: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateMemoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_id == null) return handleMissingParam("memory_id", this, callback);
            let { body, memory_id, ...querystring } = params;
            memory_id = parsePathParam(memory_id);
            const path = "/_plugins/_ml/memory/" + memory_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateMemoryFunc;
    },
    7211: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateMemoryContainerFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.memory_container_id == null) return handleMissingParam("memory_container_id", this, callback);
            let { body, memory_container_id, ...querystring } = params;
            memory_container_id = parsePathParam(memory_container_id);
            const path = "/_plugins/_ml/memory_containers/" + memory_container_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateMemoryContainerFunc;
    },
    23182: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateMessageFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.message_id == null) return handleMissingParam("message_id", this, callback);
            let { body, message_id, ...querystring } = params;
            message_id = parsePathParam(message_id);
            const path = "/_plugins/_ml/memory/message/" + message_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateMessageFunc;
    },
    36776: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, model_id, ...querystring } = params;
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateModelFunc;
    },
    20541: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateModelGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.model_group_id == null) return handleMissingParam("model_group_id", this, callback);
            let { body, model_group_id, ...querystring } = params;
            model_group_id = parsePathParam(model_group_id);
            const path = "/_plugins/_ml/model_groups/" + model_group_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateModelGroupFunc;
    },
    2468: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function uploadChunkFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.chunk_number == null) return handleMissingParam("chunk_number", this, callback);
            if (params.model_id == null) return handleMissingParam("model_id", this, callback);
            let { body, chunk_number, model_id, ...querystring } = params;
            chunk_number = parsePathParam(chunk_number);
            model_id = parsePathParam(model_id);
            const path = "/_plugins/_ml/models/" + model_id + "/upload_chunk/" + chunk_number;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = uploadChunkFunc;
    },
    4772: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function uploadModelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ml/models/_upload";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = uploadModelFunc;
    },
    71361: (module, __unused_webpack_exports, __webpack_require__)=>{
        const statsFn = __webpack_require__(38343);
        function NeuralApi(bindObj) {
            this.stats = statsFn.bind(bindObj);
        }
        module.exports = NeuralApi;
    },
    38343: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, stat, ...querystring } = params;
            node_id = parsePathParam(node_id);
            stat = parsePathParam(stat);
            const path = [
                "/_plugins/_neural",
                node_id,
                "stats",
                stat
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    35573: (module, __unused_webpack_exports, __webpack_require__)=>{
        const hotThreadsFn = __webpack_require__(74086);
        const infoFn = __webpack_require__(42878);
        const reloadSecureSettingsFn = __webpack_require__(67487);
        const statsFn = __webpack_require__(46667);
        const usageFn = __webpack_require__(10903);
        function NodesApi(bindObj) {
            this.hotThreads = hotThreadsFn.bind(bindObj);
            this.info = infoFn.bind(bindObj);
            this.reloadSecureSettings = reloadSecureSettingsFn.bind(bindObj);
            this.stats = statsFn.bind(bindObj);
            this.usage = usageFn.bind(bindObj);
            this.hot_threads = hotThreadsFn.bind(bindObj);
            this.reload_secure_settings = reloadSecureSettingsFn.bind(bindObj);
        }
        module.exports = NodesApi;
    },
    74086: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function hotThreadsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, ...querystring } = params;
            node_id = parsePathParam(node_id);
            const path = [
                "/_nodes",
                node_id,
                "hot_threads"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = hotThreadsFunc;
    },
    42878: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function infoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, metric, node_id, ...querystring } = params;
            metric = parsePathParam(metric);
            node_id = parsePathParam(node_id);
            const path = [
                "/_nodes",
                node_id,
                metric
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = infoFunc;
    },
    67487: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function reloadSecureSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, ...querystring } = params;
            node_id = parsePathParam(node_id);
            const path = [
                "/_nodes",
                node_id,
                "reload_secure_settings"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = reloadSecureSettingsFunc;
    },
    46667: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, metric, index_metric, ...querystring } = params;
            node_id = parsePathParam(node_id);
            metric = parsePathParam(metric);
            index_metric = parsePathParam(index_metric);
            const path = [
                "/_nodes",
                node_id,
                "stats",
                metric,
                index_metric
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statsFunc;
    },
    10903: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function usageFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, node_id, metric, ...querystring } = params;
            node_id = parsePathParam(node_id);
            metric = parsePathParam(metric);
            const path = [
                "/_nodes",
                node_id,
                "usage",
                metric
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = usageFunc;
    },
    81930: (module, __unused_webpack_exports, __webpack_require__)=>{
        const createConfigFn = __webpack_require__(61259);
        const deleteConfigFn = __webpack_require__(43384);
        const deleteConfigsFn = __webpack_require__(85479);
        const getConfigFn = __webpack_require__(6803);
        const getConfigsFn = __webpack_require__(31382);
        const listChannelsFn = __webpack_require__(89061);
        const listFeaturesFn = __webpack_require__(57390);
        const sendTestFn = __webpack_require__(53927);
        const updateConfigFn = __webpack_require__(17102);
        function NotificationsApi(bindObj) {
            this.createConfig = createConfigFn.bind(bindObj);
            this.deleteConfig = deleteConfigFn.bind(bindObj);
            this.deleteConfigs = deleteConfigsFn.bind(bindObj);
            this.getConfig = getConfigFn.bind(bindObj);
            this.getConfigs = getConfigsFn.bind(bindObj);
            this.listChannels = listChannelsFn.bind(bindObj);
            this.listFeatures = listFeaturesFn.bind(bindObj);
            this.sendTest = sendTestFn.bind(bindObj);
            this.updateConfig = updateConfigFn.bind(bindObj);
            this.create_config = createConfigFn.bind(bindObj);
            this.delete_config = deleteConfigFn.bind(bindObj);
            this.delete_configs = deleteConfigsFn.bind(bindObj);
            this.get_config = getConfigFn.bind(bindObj);
            this.get_configs = getConfigsFn.bind(bindObj);
            this.list_channels = listChannelsFn.bind(bindObj);
            this.list_features = listFeaturesFn.bind(bindObj);
            this.send_test = sendTestFn.bind(bindObj);
            this.update_config = updateConfigFn.bind(bindObj);
        }
        module.exports = NotificationsApi;
    },
    61259: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function createConfigFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_notifications/configs";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createConfigFunc;
    },
    43384: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteConfigFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.config_id == null) return handleMissingParam("config_id", this, callback);
            let { body, config_id, ...querystring } = params;
            config_id = parsePathParam(config_id);
            const path = "/_plugins/_notifications/configs/" + config_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteConfigFunc;
    },
    85479: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function deleteConfigsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.config_id == null) return handleMissingParam("config_id", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_notifications/configs";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteConfigsFunc;
    },
    6803: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getConfigFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.config_id == null) return handleMissingParam("config_id", this, callback);
            let { body, config_id, ...querystring } = params;
            config_id = parsePathParam(config_id);
            const path = "/_plugins/_notifications/configs/" + config_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getConfigFunc;
    },
    31382: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getConfigsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_notifications/configs";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getConfigsFunc;
    },
    89061: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function listChannelsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_notifications/channels";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = listChannelsFunc;
    },
    57390: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function listFeaturesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_notifications/features";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = listFeaturesFunc;
    },
    53927: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function sendTestFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.config_id == null) return handleMissingParam("config_id", this, callback);
            let { body, config_id, ...querystring } = params;
            config_id = parsePathParam(config_id);
            const path = "/_plugins/_notifications/feature/test/" + config_id;
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = sendTestFunc;
    },
    17102: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateConfigFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.config_id == null) return handleMissingParam("config_id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, config_id, ...querystring } = params;
            config_id = parsePathParam(config_id);
            const path = "/_plugins/_notifications/configs/" + config_id;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateConfigFunc;
    },
    48757: (module, __unused_webpack_exports, __webpack_require__)=>{
        const createObjectFn = __webpack_require__(71205);
        const deleteObjectFn = __webpack_require__(98114);
        const deleteObjectsFn = __webpack_require__(44577);
        const getLocalstatsFn = __webpack_require__(48534);
        const getObjectFn = __webpack_require__(77603);
        const listObjectsFn = __webpack_require__(71108);
        const updateObjectFn = __webpack_require__(36288);
        function ObservabilityApi(bindObj) {
            this.createObject = createObjectFn.bind(bindObj);
            this.deleteObject = deleteObjectFn.bind(bindObj);
            this.deleteObjects = deleteObjectsFn.bind(bindObj);
            this.getLocalstats = getLocalstatsFn.bind(bindObj);
            this.getObject = getObjectFn.bind(bindObj);
            this.listObjects = listObjectsFn.bind(bindObj);
            this.updateObject = updateObjectFn.bind(bindObj);
            this.create_object = createObjectFn.bind(bindObj);
            this.delete_object = deleteObjectFn.bind(bindObj);
            this.delete_objects = deleteObjectsFn.bind(bindObj);
            this.get_localstats = getLocalstatsFn.bind(bindObj);
            this.get_object = getObjectFn.bind(bindObj);
            this.list_objects = listObjectsFn.bind(bindObj);
            this.update_object = updateObjectFn.bind(bindObj);
        }
        module.exports = ObservabilityApi;
    },
    71205: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function createObjectFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_observability/object";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createObjectFunc;
    },
    98114: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteObjectFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.object_id == null) return handleMissingParam("object_id", this, callback);
            let { body, object_id, ...querystring } = params;
            object_id = parsePathParam(object_id);
            const path = "/_plugins/_observability/object/" + object_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteObjectFunc;
    },
    44577: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function deleteObjectsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_observability/object";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteObjectsFunc;
    },
    48534: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getLocalstatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_observability/_local/stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getLocalstatsFunc;
    },
    77603: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getObjectFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.object_id == null) return handleMissingParam("object_id", this, callback);
            let { body, object_id, ...querystring } = params;
            object_id = parsePathParam(object_id);
            const path = "/_plugins/_observability/object/" + object_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getObjectFunc;
    },
    71108: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function listObjectsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_observability/object";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = listObjectsFunc;
    },
    36288: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateObjectFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.object_id == null) return handleMissingParam("object_id", this, callback);
            let { body, object_id, ...querystring } = params;
            object_id = parsePathParam(object_id);
            const path = "/_plugins/_observability/object/" + object_id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateObjectFunc;
    },
    12898: (module, __unused_webpack_exports, __webpack_require__)=>{
        const explainFn = __webpack_require__(93726);
        const getStatsFn = __webpack_require__(1306);
        const postStatsFn = __webpack_require__(99568);
        const queryFn = __webpack_require__(56925);
        function PplApi(bindObj) {
            this.explain = explainFn.bind(bindObj);
            this.getStats = getStatsFn.bind(bindObj);
            this.postStats = postStatsFn.bind(bindObj);
            this.query = queryFn.bind(bindObj);
            this.get_stats = getStatsFn.bind(bindObj);
            this.post_stats = postStatsFn.bind(bindObj);
        }
        module.exports = PplApi;
    },
    93726: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function explainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ppl/_explain";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainFunc;
    },
    1306: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ppl/stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStatsFunc;
    },
    99568: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function postStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ppl/stats";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = postStatsFunc;
    },
    56925: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function queryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_ppl";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = queryFunc;
    },
    45270: (module, __unused_webpack_exports, __webpack_require__)=>{
        const datasourceDeleteFn = __webpack_require__(6555);
        const datasourceRetrieveFn = __webpack_require__(39620);
        const datasourcesCreateFn = __webpack_require__(17063);
        const datasourcesListFn = __webpack_require__(24819);
        const datasourcesUpdateFn = __webpack_require__(12310);
        function QueryApi(bindObj) {
            this.datasourceDelete = datasourceDeleteFn.bind(bindObj);
            this.datasourceRetrieve = datasourceRetrieveFn.bind(bindObj);
            this.datasourcesCreate = datasourcesCreateFn.bind(bindObj);
            this.datasourcesList = datasourcesListFn.bind(bindObj);
            this.datasourcesUpdate = datasourcesUpdateFn.bind(bindObj);
            this.datasource_delete = datasourceDeleteFn.bind(bindObj);
            this.datasource_retrieve = datasourceRetrieveFn.bind(bindObj);
            this.datasources_create = datasourcesCreateFn.bind(bindObj);
            this.datasources_list = datasourcesListFn.bind(bindObj);
            this.datasources_update = datasourcesUpdateFn.bind(bindObj);
        }
        module.exports = QueryApi;
    },
    6555: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function datasourceDeleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.datasource_name == null) return handleMissingParam("datasource_name", this, callback);
            let { body, datasource_name, ...querystring } = params;
            datasource_name = parsePathParam(datasource_name);
            const path = "/_plugins/_query/_datasources/" + datasource_name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = datasourceDeleteFunc;
    },
    39620: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function datasourceRetrieveFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.datasource_name == null) return handleMissingParam("datasource_name", this, callback);
            let { body, datasource_name, ...querystring } = params;
            datasource_name = parsePathParam(datasource_name);
            const path = "/_plugins/_query/_datasources/" + datasource_name;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = datasourceRetrieveFunc;
    },
    17063: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function datasourcesCreateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_query/_datasources";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = datasourcesCreateFunc;
    },
    24819: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function datasourcesListFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_query/_datasources";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = datasourcesListFunc;
    },
    12310: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function datasourcesUpdateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_query/_datasources";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = datasourcesUpdateFunc;
    },
    22439: (module, __unused_webpack_exports, __webpack_require__)=>{
        const restoreFn = __webpack_require__(23900);
        function RemoteStoreApi(bindObj) {
            this.restore = restoreFn.bind(bindObj);
        }
        module.exports = RemoteStoreApi;
    },
    23900: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function restoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_remotestore/_restore";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = restoreFunc;
    },
    47208: (module, __unused_webpack_exports, __webpack_require__)=>{
        const autofollowStatsFn = __webpack_require__(62622);
        const createReplicationRuleFn = __webpack_require__(38327);
        const deleteReplicationRuleFn = __webpack_require__(73234);
        const followerStatsFn = __webpack_require__(45074);
        const leaderStatsFn = __webpack_require__(25851);
        const pauseFn = __webpack_require__(53745);
        const resumeFn = __webpack_require__(74020);
        const startFn = __webpack_require__(17695);
        const statusFn = __webpack_require__(2625);
        const stopFn = __webpack_require__(50115);
        const updateSettingsFn = __webpack_require__(65007);
        function ReplicationApi(bindObj) {
            this.autofollowStats = autofollowStatsFn.bind(bindObj);
            this.createReplicationRule = createReplicationRuleFn.bind(bindObj);
            this.deleteReplicationRule = deleteReplicationRuleFn.bind(bindObj);
            this.followerStats = followerStatsFn.bind(bindObj);
            this.leaderStats = leaderStatsFn.bind(bindObj);
            this.pause = pauseFn.bind(bindObj);
            this.resume = resumeFn.bind(bindObj);
            this.start = startFn.bind(bindObj);
            this.status = statusFn.bind(bindObj);
            this.stop = stopFn.bind(bindObj);
            this.updateSettings = updateSettingsFn.bind(bindObj);
            this.autofollow_stats = autofollowStatsFn.bind(bindObj);
            this.create_replication_rule = createReplicationRuleFn.bind(bindObj);
            this.delete_replication_rule = deleteReplicationRuleFn.bind(bindObj);
            this.follower_stats = followerStatsFn.bind(bindObj);
            this.leader_stats = leaderStatsFn.bind(bindObj);
            this.update_settings = updateSettingsFn.bind(bindObj);
        }
        module.exports = ReplicationApi;
    },
    62622: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function autofollowStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_replication/autofollow_stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = autofollowStatsFunc;
    },
    38327: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function createReplicationRuleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_replication/_autofollow";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createReplicationRuleFunc;
    },
    73234: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function deleteReplicationRuleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_replication/_autofollow";
            const method = "DELETE";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteReplicationRuleFunc;
    },
    45074: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function followerStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_replication/follower_stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = followerStatsFunc;
    },
    25851: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function leaderStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_replication/leader_stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = leaderStatsFunc;
    },
    53745: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function pauseFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_replication/" + index + "/_pause";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = pauseFunc;
    },
    74020: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function resumeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_replication/" + index + "/_resume";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = resumeFunc;
    },
    17695: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function startFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_replication/" + index + "/_start";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = startFunc;
    },
    2625: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function statusFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_replication/" + index + "/_status";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statusFunc;
    },
    50115: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function stopFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_replication/" + index + "/_stop";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = stopFunc;
    },
    65007: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateSettingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.index == null) return handleMissingParam("index", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, index, ...querystring } = params;
            index = parsePathParam(index);
            const path = "/_plugins/_replication/" + index + "/_update";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateSettingsFunc;
    },
    94699: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteFn = __webpack_require__(79580);
        const explainFn = __webpack_require__(71757);
        const getFn = __webpack_require__(25310);
        const putFn = __webpack_require__(45911);
        const startFn = __webpack_require__(17026);
        const stopFn = __webpack_require__(35344);
        function RollupsApi(bindObj) {
            this.delete = deleteFn.bind(bindObj);
            this.explain = explainFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.put = putFn.bind(bindObj);
            this.start = startFn.bind(bindObj);
            this.stop = stopFn.bind(bindObj);
        }
        module.exports = RollupsApi;
    },
    79580: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_rollup/jobs/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    71757: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function explainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_rollup/jobs/" + id + "/_explain";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainFunc;
    },
    25310: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_rollup/jobs/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    45911: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_rollup/jobs/" + id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putFunc;
    },
    17026: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function startFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_rollup/jobs/" + id + "/_start";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = startFunc;
    },
    35344: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function stopFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_rollup/jobs/" + id + "/_stop";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = stopFunc;
    },
    5226: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteFn = __webpack_require__(46730);
        const getFn = __webpack_require__(54565);
        const putFn = __webpack_require__(34752);
        function SearchPipelineApi(bindObj) {
            this.delete = deleteFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.put = putFn.bind(bindObj);
        }
        module.exports = SearchPipelineApi;
    },
    46730: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_search/pipeline/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    54565: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = [
                "/_search/pipeline",
                id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    34752: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_search/pipeline/" + id;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putFunc;
    },
    22767: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteExperimentsFn = __webpack_require__(32067);
        const deleteJudgmentsFn = __webpack_require__(16746);
        const deleteQuerySetsFn = __webpack_require__(12458);
        const deleteScheduledExperimentsFn = __webpack_require__(93910);
        const deleteSearchConfigurationsFn = __webpack_require__(10136);
        const experimentsSearchFn = __webpack_require__(34898);
        const getExperimentsFn = __webpack_require__(66972);
        const getJudgmentsFn = __webpack_require__(57621);
        const getNodeStatsFn = __webpack_require__(72895);
        const getQuerySetsFn = __webpack_require__(773);
        const getScheduledExperimentsFn = __webpack_require__(27315);
        const getSearchConfigurationsFn = __webpack_require__(14729);
        const getStatsFn = __webpack_require__(95239);
        const judgmentsSearchFn = __webpack_require__(99671);
        const postQuerySetsFn = __webpack_require__(31741);
        const postScheduledExperimentsFn = __webpack_require__(74475);
        const putExperimentsFn = __webpack_require__(75779);
        const putJudgmentsFn = __webpack_require__(29610);
        const putQuerySetsFn = __webpack_require__(25322);
        const putSearchConfigurationsFn = __webpack_require__(4312);
        const querySetsSearchFn = __webpack_require__(34171);
        const searchConfigurationsSearchFn = __webpack_require__(14575);
        function SearchRelevanceApi(bindObj) {
            this.deleteExperiments = deleteExperimentsFn.bind(bindObj);
            this.deleteJudgments = deleteJudgmentsFn.bind(bindObj);
            this.deleteQuerySets = deleteQuerySetsFn.bind(bindObj);
            this.deleteScheduledExperiments = deleteScheduledExperimentsFn.bind(bindObj);
            this.deleteSearchConfigurations = deleteSearchConfigurationsFn.bind(bindObj);
            this.experimentsSearch = experimentsSearchFn.bind(bindObj);
            this.getExperiments = getExperimentsFn.bind(bindObj);
            this.getJudgments = getJudgmentsFn.bind(bindObj);
            this.getNodeStats = getNodeStatsFn.bind(bindObj);
            this.getQuerySets = getQuerySetsFn.bind(bindObj);
            this.getScheduledExperiments = getScheduledExperimentsFn.bind(bindObj);
            this.getSearchConfigurations = getSearchConfigurationsFn.bind(bindObj);
            this.getStats = getStatsFn.bind(bindObj);
            this.judgmentsSearch = judgmentsSearchFn.bind(bindObj);
            this.postQuerySets = postQuerySetsFn.bind(bindObj);
            this.postScheduledExperiments = postScheduledExperimentsFn.bind(bindObj);
            this.putExperiments = putExperimentsFn.bind(bindObj);
            this.putJudgments = putJudgmentsFn.bind(bindObj);
            this.putQuerySets = putQuerySetsFn.bind(bindObj);
            this.putSearchConfigurations = putSearchConfigurationsFn.bind(bindObj);
            this.querySetsSearch = querySetsSearchFn.bind(bindObj);
            this.searchConfigurationsSearch = searchConfigurationsSearchFn.bind(bindObj);
            this.delete_experiments = deleteExperimentsFn.bind(bindObj);
            this.delete_judgments = deleteJudgmentsFn.bind(bindObj);
            this.delete_query_sets = deleteQuerySetsFn.bind(bindObj);
            this.delete_scheduled_experiments = deleteScheduledExperimentsFn.bind(bindObj);
            this.delete_search_configurations = deleteSearchConfigurationsFn.bind(bindObj);
            this.experiments_search = experimentsSearchFn.bind(bindObj);
            this.get_experiments = getExperimentsFn.bind(bindObj);
            this.get_judgments = getJudgmentsFn.bind(bindObj);
            this.get_node_stats = getNodeStatsFn.bind(bindObj);
            this.get_query_sets = getQuerySetsFn.bind(bindObj);
            this.get_scheduled_experiments = getScheduledExperimentsFn.bind(bindObj);
            this.get_search_configurations = getSearchConfigurationsFn.bind(bindObj);
            this.get_stats = getStatsFn.bind(bindObj);
            this.judgments_search = judgmentsSearchFn.bind(bindObj);
            this.post_query_sets = postQuerySetsFn.bind(bindObj);
            this.post_scheduled_experiments = postScheduledExperimentsFn.bind(bindObj);
            this.put_experiments = putExperimentsFn.bind(bindObj);
            this.put_judgments = putJudgmentsFn.bind(bindObj);
            this.put_query_sets = putQuerySetsFn.bind(bindObj);
            this.put_search_configurations = putSearchConfigurationsFn.bind(bindObj);
            this.query_sets_search = querySetsSearchFn.bind(bindObj);
            this.search_configurations_search = searchConfigurationsSearchFn.bind(bindObj);
        }
        module.exports = SearchRelevanceApi;
    },
    32067: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteExperimentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.experiment_id == null) return handleMissingParam("experiment_id", this, callback);
            let { body, experiment_id, ...querystring } = params;
            experiment_id = parsePathParam(experiment_id);
            const path = "/_plugins/_search_relevance/experiments/" + experiment_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteExperimentsFunc;
    },
    16746: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteJudgmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.judgment_id == null) return handleMissingParam("judgment_id", this, callback);
            let { body, judgment_id, ...querystring } = params;
            judgment_id = parsePathParam(judgment_id);
            const path = "/_plugins/_search_relevance/judgments/" + judgment_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteJudgmentsFunc;
    },
    12458: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteQuerySetsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.query_set_id == null) return handleMissingParam("query_set_id", this, callback);
            let { body, query_set_id, ...querystring } = params;
            query_set_id = parsePathParam(query_set_id);
            const path = "/_plugins/_search_relevance/query_sets/" + query_set_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteQuerySetsFunc;
    },
    93910: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteScheduledExperimentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.experiment_id == null) return handleMissingParam("experiment_id", this, callback);
            let { body, experiment_id, ...querystring } = params;
            experiment_id = parsePathParam(experiment_id);
            const path = "/_plugins/_search_relevance/experiments/schedule/" + experiment_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteScheduledExperimentsFunc;
    },
    10136: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteSearchConfigurationsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.search_configuration_id == null) return handleMissingParam("search_configuration_id", this, callback);
            let { body, search_configuration_id, ...querystring } = params;
            search_configuration_id = parsePathParam(search_configuration_id);
            const path = "/_plugins/_search_relevance/search_configurations/" + search_configuration_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteSearchConfigurationsFunc;
    },
    34898: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function experimentsSearchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/experiments/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = experimentsSearchFunc;
    },
    66972: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getExperimentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, experiment_id, ...querystring } = params;
            experiment_id = parsePathParam(experiment_id);
            const path = [
                "/_plugins/_search_relevance/experiments",
                experiment_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getExperimentsFunc;
    },
    57621: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getJudgmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, judgment_id, ...querystring } = params;
            judgment_id = parsePathParam(judgment_id);
            const path = [
                "/_plugins/_search_relevance/judgments",
                judgment_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getJudgmentsFunc;
    },
    72895: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getNodeStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.node_id == null) return handleMissingParam("node_id", this, callback);
            let { body, node_id, stat, ...querystring } = params;
            node_id = parsePathParam(node_id);
            stat = parsePathParam(stat);
            const path = [
                "/_plugins/_search_relevance",
                node_id,
                "stats",
                stat
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getNodeStatsFunc;
    },
    773: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getQuerySetsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, query_set_id, ...querystring } = params;
            query_set_id = parsePathParam(query_set_id);
            const path = [
                "/_plugins/_search_relevance/query_sets",
                query_set_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getQuerySetsFunc;
    },
    27315: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getScheduledExperimentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, experiment_id, ...querystring } = params;
            experiment_id = parsePathParam(experiment_id);
            const path = [
                "/_plugins/_search_relevance/experiments/schedule",
                experiment_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getScheduledExperimentsFunc;
    },
    14729: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getSearchConfigurationsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, search_configuration_id, ...querystring } = params;
            search_configuration_id = parsePathParam(search_configuration_id);
            const path = [
                "/_plugins/_search_relevance/search_configurations",
                search_configuration_id
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getSearchConfigurationsFunc;
    },
    95239: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, stat, ...querystring } = params;
            stat = parsePathParam(stat);
            const path = [
                "/_plugins/_search_relevance/stats",
                stat
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStatsFunc;
    },
    99671: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function judgmentsSearchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/judgments/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = judgmentsSearchFunc;
    },
    31741: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function postQuerySetsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/query_sets";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = postQuerySetsFunc;
    },
    74475: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function postScheduledExperimentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/experiments/schedule";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = postScheduledExperimentsFunc;
    },
    75779: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function putExperimentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/experiments";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putExperimentsFunc;
    },
    29610: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function putJudgmentsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/judgments";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putJudgmentsFunc;
    },
    25322: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function putQuerySetsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/query_sets";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putQuerySetsFunc;
    },
    4312: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function putSearchConfigurationsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/search_configurations";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putSearchConfigurationsFunc;
    },
    34171: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function querySetsSearchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/query_sets/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = querySetsSearchFunc;
    },
    14575: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchConfigurationsSearchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_search_relevance/search_configurations/_search";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchConfigurationsSearchFunc;
    },
    24938: (module, __unused_webpack_exports, __webpack_require__)=>{
        const authinfoFn = __webpack_require__(81799);
        const authtokenFn = __webpack_require__(72042);
        const changePasswordFn = __webpack_require__(95532);
        const configUpgradeCheckFn = __webpack_require__(38387);
        const configUpgradePerformFn = __webpack_require__(97466);
        const createActionGroupFn = __webpack_require__(83864);
        const createAllowlistFn = __webpack_require__(43332);
        const createRoleFn = __webpack_require__(32405);
        const createRoleMappingFn = __webpack_require__(31307);
        const createTenantFn = __webpack_require__(60189);
        const createUpdateTenancyConfigFn = __webpack_require__(93384);
        const createUserFn = __webpack_require__(51118);
        const createUserLegacyFn = __webpack_require__(70889);
        const deleteActionGroupFn = __webpack_require__(10085);
        const deleteDistinguishedNameFn = __webpack_require__(6255);
        const deleteRoleFn = __webpack_require__(47446);
        const deleteRoleMappingFn = __webpack_require__(44822);
        const deleteTenantFn = __webpack_require__(9930);
        const deleteUserFn = __webpack_require__(30169);
        const deleteUserLegacyFn = __webpack_require__(7526);
        const flushCacheFn = __webpack_require__(36005);
        const generateOboTokenFn = __webpack_require__(141);
        const generateUserTokenFn = __webpack_require__(3248);
        const generateUserTokenLegacyFn = __webpack_require__(4923);
        const getAccountDetailsFn = __webpack_require__(6446);
        const getActionGroupFn = __webpack_require__(85952);
        const getActionGroupsFn = __webpack_require__(7743);
        const getAllCertificatesFn = __webpack_require__(26102);
        const getAllowlistFn = __webpack_require__(69948);
        const getAuditConfigurationFn = __webpack_require__(16130);
        const getCertificatesFn = __webpack_require__(64050);
        const getConfigurationFn = __webpack_require__(10231);
        const getDashboardsInfoFn = __webpack_require__(31300);
        const getDistinguishedNameFn = __webpack_require__(92966);
        const getDistinguishedNamesFn = __webpack_require__(64749);
        const getNodeCertificatesFn = __webpack_require__(53825);
        const getPermissionsInfoFn = __webpack_require__(83901);
        const getRoleFn = __webpack_require__(23821);
        const getRoleMappingFn = __webpack_require__(9603);
        const getRoleMappingsFn = __webpack_require__(34297);
        const getRolesFn = __webpack_require__(85640);
        const getSslinfoFn = __webpack_require__(60223);
        const getTenancyConfigFn = __webpack_require__(26375);
        const getTenantFn = __webpack_require__(46069);
        const getTenantsFn = __webpack_require__(21600);
        const getUserFn = __webpack_require__(52390);
        const getUserLegacyFn = __webpack_require__(17313);
        const getUsersFn = __webpack_require__(32141);
        const getUsersLegacyFn = __webpack_require__(84898);
        const healthFn = __webpack_require__(28739);
        const migrateFn = __webpack_require__(628);
        const patchActionGroupFn = __webpack_require__(79506);
        const patchActionGroupsFn = __webpack_require__(46289);
        const patchAllowlistFn = __webpack_require__(24314);
        const patchAuditConfigurationFn = __webpack_require__(4512);
        const patchConfigurationFn = __webpack_require__(2361);
        const patchDistinguishedNameFn = __webpack_require__(20156);
        const patchDistinguishedNamesFn = __webpack_require__(43411);
        const patchRoleFn = __webpack_require__(28531);
        const patchRoleMappingFn = __webpack_require__(86909);
        const patchRoleMappingsFn = __webpack_require__(50744);
        const patchRolesFn = __webpack_require__(17302);
        const patchTenantFn = __webpack_require__(99307);
        const patchTenantsFn = __webpack_require__(20958);
        const patchUserFn = __webpack_require__(23948);
        const patchUsersFn = __webpack_require__(63491);
        const postDashboardsInfoFn = __webpack_require__(27598);
        const reloadHttpCertificatesFn = __webpack_require__(94648);
        const reloadTransportCertificatesFn = __webpack_require__(54867);
        const tenantInfoFn = __webpack_require__(89217);
        const updateAuditConfigurationFn = __webpack_require__(78011);
        const updateConfigurationFn = __webpack_require__(69316);
        const updateDistinguishedNameFn = __webpack_require__(46961);
        const validateFn = __webpack_require__(95087);
        const whoAmIFn = __webpack_require__(20396);
        const whoAmIProtectedFn = __webpack_require__(95764);
        function SecurityApi(bindObj) {
            this.authinfo = authinfoFn.bind(bindObj);
            this.authtoken = authtokenFn.bind(bindObj);
            this.changePassword = changePasswordFn.bind(bindObj);
            this.configUpgradeCheck = configUpgradeCheckFn.bind(bindObj);
            this.configUpgradePerform = configUpgradePerformFn.bind(bindObj);
            this.createActionGroup = createActionGroupFn.bind(bindObj);
            this.createAllowlist = createAllowlistFn.bind(bindObj);
            this.createRole = createRoleFn.bind(bindObj);
            this.createRoleMapping = createRoleMappingFn.bind(bindObj);
            this.createTenant = createTenantFn.bind(bindObj);
            this.createUpdateTenancyConfig = createUpdateTenancyConfigFn.bind(bindObj);
            this.createUser = createUserFn.bind(bindObj);
            this.createUserLegacy = createUserLegacyFn.bind(bindObj);
            this.deleteActionGroup = deleteActionGroupFn.bind(bindObj);
            this.deleteDistinguishedName = deleteDistinguishedNameFn.bind(bindObj);
            this.deleteRole = deleteRoleFn.bind(bindObj);
            this.deleteRoleMapping = deleteRoleMappingFn.bind(bindObj);
            this.deleteTenant = deleteTenantFn.bind(bindObj);
            this.deleteUser = deleteUserFn.bind(bindObj);
            this.deleteUserLegacy = deleteUserLegacyFn.bind(bindObj);
            this.flushCache = flushCacheFn.bind(bindObj);
            this.generateOboToken = generateOboTokenFn.bind(bindObj);
            this.generateUserToken = generateUserTokenFn.bind(bindObj);
            this.generateUserTokenLegacy = generateUserTokenLegacyFn.bind(bindObj);
            this.getAccountDetails = getAccountDetailsFn.bind(bindObj);
            this.getActionGroup = getActionGroupFn.bind(bindObj);
            this.getActionGroups = getActionGroupsFn.bind(bindObj);
            this.getAllCertificates = getAllCertificatesFn.bind(bindObj);
            this.getAllowlist = getAllowlistFn.bind(bindObj);
            this.getAuditConfiguration = getAuditConfigurationFn.bind(bindObj);
            this.getCertificates = getCertificatesFn.bind(bindObj);
            this.getConfiguration = getConfigurationFn.bind(bindObj);
            this.getDashboardsInfo = getDashboardsInfoFn.bind(bindObj);
            this.getDistinguishedName = getDistinguishedNameFn.bind(bindObj);
            this.getDistinguishedNames = getDistinguishedNamesFn.bind(bindObj);
            this.getNodeCertificates = getNodeCertificatesFn.bind(bindObj);
            this.getPermissionsInfo = getPermissionsInfoFn.bind(bindObj);
            this.getRole = getRoleFn.bind(bindObj);
            this.getRoleMapping = getRoleMappingFn.bind(bindObj);
            this.getRoleMappings = getRoleMappingsFn.bind(bindObj);
            this.getRoles = getRolesFn.bind(bindObj);
            this.getSslinfo = getSslinfoFn.bind(bindObj);
            this.getTenancyConfig = getTenancyConfigFn.bind(bindObj);
            this.getTenant = getTenantFn.bind(bindObj);
            this.getTenants = getTenantsFn.bind(bindObj);
            this.getUser = getUserFn.bind(bindObj);
            this.getUserLegacy = getUserLegacyFn.bind(bindObj);
            this.getUsers = getUsersFn.bind(bindObj);
            this.getUsersLegacy = getUsersLegacyFn.bind(bindObj);
            this.health = healthFn.bind(bindObj);
            this.migrate = migrateFn.bind(bindObj);
            this.patchActionGroup = patchActionGroupFn.bind(bindObj);
            this.patchActionGroups = patchActionGroupsFn.bind(bindObj);
            this.patchAllowlist = patchAllowlistFn.bind(bindObj);
            this.patchAuditConfiguration = patchAuditConfigurationFn.bind(bindObj);
            this.patchConfiguration = patchConfigurationFn.bind(bindObj);
            this.patchDistinguishedName = patchDistinguishedNameFn.bind(bindObj);
            this.patchDistinguishedNames = patchDistinguishedNamesFn.bind(bindObj);
            this.patchRole = patchRoleFn.bind(bindObj);
            this.patchRoleMapping = patchRoleMappingFn.bind(bindObj);
            this.patchRoleMappings = patchRoleMappingsFn.bind(bindObj);
            this.patchRoles = patchRolesFn.bind(bindObj);
            this.patchTenant = patchTenantFn.bind(bindObj);
            this.patchTenants = patchTenantsFn.bind(bindObj);
            this.patchUser = patchUserFn.bind(bindObj);
            this.patchUsers = patchUsersFn.bind(bindObj);
            this.postDashboardsInfo = postDashboardsInfoFn.bind(bindObj);
            this.reloadHttpCertificates = reloadHttpCertificatesFn.bind(bindObj);
            this.reloadTransportCertificates = reloadTransportCertificatesFn.bind(bindObj);
            this.tenantInfo = tenantInfoFn.bind(bindObj);
            this.updateAuditConfiguration = updateAuditConfigurationFn.bind(bindObj);
            this.updateConfiguration = updateConfigurationFn.bind(bindObj);
            this.updateDistinguishedName = updateDistinguishedNameFn.bind(bindObj);
            this.validate = validateFn.bind(bindObj);
            this.whoAmI = whoAmIFn.bind(bindObj);
            this.whoAmIProtected = whoAmIProtectedFn.bind(bindObj);
            this.change_password = changePasswordFn.bind(bindObj);
            this.config_upgrade_check = configUpgradeCheckFn.bind(bindObj);
            this.config_upgrade_perform = configUpgradePerformFn.bind(bindObj);
            this.create_action_group = createActionGroupFn.bind(bindObj);
            this.create_allowlist = createAllowlistFn.bind(bindObj);
            this.create_role = createRoleFn.bind(bindObj);
            this.create_role_mapping = createRoleMappingFn.bind(bindObj);
            this.create_tenant = createTenantFn.bind(bindObj);
            this.create_update_tenancy_config = createUpdateTenancyConfigFn.bind(bindObj);
            this.create_user = createUserFn.bind(bindObj);
            this.create_user_legacy = createUserLegacyFn.bind(bindObj);
            this.delete_action_group = deleteActionGroupFn.bind(bindObj);
            this.delete_distinguished_name = deleteDistinguishedNameFn.bind(bindObj);
            this.delete_role = deleteRoleFn.bind(bindObj);
            this.delete_role_mapping = deleteRoleMappingFn.bind(bindObj);
            this.delete_tenant = deleteTenantFn.bind(bindObj);
            this.delete_user = deleteUserFn.bind(bindObj);
            this.delete_user_legacy = deleteUserLegacyFn.bind(bindObj);
            this.flush_cache = flushCacheFn.bind(bindObj);
            this.generate_obo_token = generateOboTokenFn.bind(bindObj);
            this.generate_user_token = generateUserTokenFn.bind(bindObj);
            this.generate_user_token_legacy = generateUserTokenLegacyFn.bind(bindObj);
            this.get_account_details = getAccountDetailsFn.bind(bindObj);
            this.get_action_group = getActionGroupFn.bind(bindObj);
            this.get_action_groups = getActionGroupsFn.bind(bindObj);
            this.get_all_certificates = getAllCertificatesFn.bind(bindObj);
            this.get_allowlist = getAllowlistFn.bind(bindObj);
            this.get_audit_configuration = getAuditConfigurationFn.bind(bindObj);
            this.get_certificates = getCertificatesFn.bind(bindObj);
            this.get_configuration = getConfigurationFn.bind(bindObj);
            this.get_dashboards_info = getDashboardsInfoFn.bind(bindObj);
            this.get_distinguished_name = getDistinguishedNameFn.bind(bindObj);
            this.get_distinguished_names = getDistinguishedNamesFn.bind(bindObj);
            this.get_node_certificates = getNodeCertificatesFn.bind(bindObj);
            this.get_permissions_info = getPermissionsInfoFn.bind(bindObj);
            this.get_role = getRoleFn.bind(bindObj);
            this.get_role_mapping = getRoleMappingFn.bind(bindObj);
            this.get_role_mappings = getRoleMappingsFn.bind(bindObj);
            this.get_roles = getRolesFn.bind(bindObj);
            this.get_sslinfo = getSslinfoFn.bind(bindObj);
            this.get_tenancy_config = getTenancyConfigFn.bind(bindObj);
            this.get_tenant = getTenantFn.bind(bindObj);
            this.get_tenants = getTenantsFn.bind(bindObj);
            this.get_user = getUserFn.bind(bindObj);
            this.get_user_legacy = getUserLegacyFn.bind(bindObj);
            this.get_users = getUsersFn.bind(bindObj);
            this.get_users_legacy = getUsersLegacyFn.bind(bindObj);
            this.patch_action_group = patchActionGroupFn.bind(bindObj);
            this.patch_action_groups = patchActionGroupsFn.bind(bindObj);
            this.patch_allowlist = patchAllowlistFn.bind(bindObj);
            this.patch_audit_configuration = patchAuditConfigurationFn.bind(bindObj);
            this.patch_configuration = patchConfigurationFn.bind(bindObj);
            this.patch_distinguished_name = patchDistinguishedNameFn.bind(bindObj);
            this.patch_distinguished_names = patchDistinguishedNamesFn.bind(bindObj);
            this.patch_role = patchRoleFn.bind(bindObj);
            this.patch_role_mapping = patchRoleMappingFn.bind(bindObj);
            this.patch_role_mappings = patchRoleMappingsFn.bind(bindObj);
            this.patch_roles = patchRolesFn.bind(bindObj);
            this.patch_tenant = patchTenantFn.bind(bindObj);
            this.patch_tenants = patchTenantsFn.bind(bindObj);
            this.patch_user = patchUserFn.bind(bindObj);
            this.patch_users = patchUsersFn.bind(bindObj);
            this.post_dashboards_info = postDashboardsInfoFn.bind(bindObj);
            this.reload_http_certificates = reloadHttpCertificatesFn.bind(bindObj);
            this.reload_transport_certificates = reloadTransportCertificatesFn.bind(bindObj);
            this.tenant_info = tenantInfoFn.bind(bindObj);
            this.update_audit_configuration = updateAuditConfigurationFn.bind(bindObj);
            this.update_configuration = updateConfigurationFn.bind(bindObj);
            this.update_distinguished_name = updateDistinguishedNameFn.bind(bindObj);
            this.who_am_i = whoAmIFn.bind(bindObj);
            this.who_am_i_protected = whoAmIProtectedFn.bind(bindObj);
        }
        module.exports = SecurityApi;
    },
    81799: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function authinfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/authinfo";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = authinfoFunc;
    },
    72042: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function authtokenFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/authtoken";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = authtokenFunc;
    },
    95532: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function changePasswordFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/account";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = changePasswordFunc;
    },
    38387: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function configUpgradeCheckFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/_upgrade_check";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = configUpgradeCheckFunc;
    },
    97466: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function configUpgradePerformFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/_upgrade_perform";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = configUpgradePerformFunc;
    },
    83864: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createActionGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.action_group == null) return handleMissingParam("action_group", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, action_group, ...querystring } = params;
            action_group = parsePathParam(action_group);
            const path = "/_plugins/_security/api/actiongroups/" + action_group;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createActionGroupFunc;
    },
    43332: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function createAllowlistFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/allowlist";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createAllowlistFunc;
    },
    32405: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createRoleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/roles/" + role;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createRoleFunc;
    },
    31307: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createRoleMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/rolesmapping/" + role;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createRoleMappingFunc;
    },
    60189: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createTenantFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.tenant == null) return handleMissingParam("tenant", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, tenant, ...querystring } = params;
            tenant = parsePathParam(tenant);
            const path = "/_plugins/_security/api/tenants/" + tenant;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createTenantFunc;
    },
    93384: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function createUpdateTenancyConfigFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/tenancy/config";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createUpdateTenancyConfigFunc;
    },
    51118: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createUserFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/internalusers/" + username;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createUserFunc;
    },
    70889: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createUserLegacyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/user/" + username;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createUserLegacyFunc;
    },
    10085: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteActionGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.action_group == null) return handleMissingParam("action_group", this, callback);
            let { body, action_group, ...querystring } = params;
            action_group = parsePathParam(action_group);
            const path = "/_plugins/_security/api/actiongroups/" + action_group;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteActionGroupFunc;
    },
    6255: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteDistinguishedNameFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.cluster_name == null) return handleMissingParam("cluster_name", this, callback);
            let { body, cluster_name, ...querystring } = params;
            cluster_name = parsePathParam(cluster_name);
            const path = "/_plugins/_security/api/nodesdn/" + cluster_name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteDistinguishedNameFunc;
    },
    47446: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteRoleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/roles/" + role;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteRoleFunc;
    },
    44822: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteRoleMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/rolesmapping/" + role;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteRoleMappingFunc;
    },
    9930: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteTenantFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.tenant == null) return handleMissingParam("tenant", this, callback);
            let { body, tenant, ...querystring } = params;
            tenant = parsePathParam(tenant);
            const path = "/_plugins/_security/api/tenants/" + tenant;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteTenantFunc;
    },
    30169: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteUserFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/internalusers/" + username;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteUserFunc;
    },
    7526: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteUserLegacyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/user/" + username;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteUserLegacyFunc;
    },
    36005: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function flushCacheFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/cache";
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = flushCacheFunc;
    },
    141: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function generateOboTokenFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/generateonbehalfoftoken";
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = generateOboTokenFunc;
    },
    3248: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function generateUserTokenFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/internalusers/" + username + "/authtoken";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = generateUserTokenFunc;
    },
    4923: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function generateUserTokenLegacyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/user/" + username + "/authtoken";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = generateUserTokenLegacyFunc;
    },
    6446: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAccountDetailsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/account";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAccountDetailsFunc;
    },
    85952: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getActionGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.action_group == null) return handleMissingParam("action_group", this, callback);
            let { body, action_group, ...querystring } = params;
            action_group = parsePathParam(action_group);
            const path = "/_plugins/_security/api/actiongroups/" + action_group;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getActionGroupFunc;
    },
    7743: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getActionGroupsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/actiongroups";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getActionGroupsFunc;
    },
    26102: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAllCertificatesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/certificates";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAllCertificatesFunc;
    },
    69948: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAllowlistFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/allowlist";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAllowlistFunc;
    },
    16130: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAuditConfigurationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/audit";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAuditConfigurationFunc;
    },
    64050: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getCertificatesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/ssl/certs";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getCertificatesFunc;
    },
    10231: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getConfigurationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/securityconfig";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getConfigurationFunc;
    },
    31300: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getDashboardsInfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/dashboardsinfo";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getDashboardsInfoFunc;
    },
    92966: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getDistinguishedNameFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.cluster_name == null) return handleMissingParam("cluster_name", this, callback);
            let { body, cluster_name, ...querystring } = params;
            cluster_name = parsePathParam(cluster_name);
            const path = "/_plugins/_security/api/nodesdn/" + cluster_name;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getDistinguishedNameFunc;
    },
    64749: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getDistinguishedNamesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/nodesdn";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getDistinguishedNamesFunc;
    },
    53825: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getNodeCertificatesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.node_id == null) return handleMissingParam("node_id", this, callback);
            let { body, node_id, ...querystring } = params;
            node_id = parsePathParam(node_id);
            const path = "/_plugins/_security/api/certificates/" + node_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getNodeCertificatesFunc;
    },
    83901: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getPermissionsInfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/permissionsinfo";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getPermissionsInfoFunc;
    },
    23821: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getRoleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/roles/" + role;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getRoleFunc;
    },
    9603: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getRoleMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/rolesmapping/" + role;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getRoleMappingFunc;
    },
    34297: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getRoleMappingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/rolesmapping";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getRoleMappingsFunc;
    },
    85640: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getRolesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/roles";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getRolesFunc;
    },
    60223: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getSslinfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_opendistro/_security/sslinfo";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getSslinfoFunc;
    },
    26375: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getTenancyConfigFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/tenancy/config";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getTenancyConfigFunc;
    },
    46069: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getTenantFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.tenant == null) return handleMissingParam("tenant", this, callback);
            let { body, tenant, ...querystring } = params;
            tenant = parsePathParam(tenant);
            const path = "/_plugins/_security/api/tenants/" + tenant;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getTenantFunc;
    },
    21600: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getTenantsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/tenants";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getTenantsFunc;
    },
    52390: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getUserFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/internalusers/" + username;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getUserFunc;
    },
    17313: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getUserLegacyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/user/" + username;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getUserLegacyFunc;
    },
    32141: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getUsersFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/internalusers";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getUsersFunc;
    },
    84898: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getUsersLegacyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/user";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getUsersLegacyFunc;
    },
    28739: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function healthFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/health";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = healthFunc;
    },
    628: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function migrateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/migrate";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = migrateFunc;
    },
    79506: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function patchActionGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.action_group == null) return handleMissingParam("action_group", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, action_group, ...querystring } = params;
            action_group = parsePathParam(action_group);
            const path = "/_plugins/_security/api/actiongroups/" + action_group;
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchActionGroupFunc;
    },
    46289: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchActionGroupsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/actiongroups";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchActionGroupsFunc;
    },
    24314: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchAllowlistFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/allowlist";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchAllowlistFunc;
    },
    4512: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchAuditConfigurationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/audit";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchAuditConfigurationFunc;
    },
    2361: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchConfigurationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/securityconfig";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchConfigurationFunc;
    },
    20156: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function patchDistinguishedNameFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.cluster_name == null) return handleMissingParam("cluster_name", this, callback);
            let { body, cluster_name, ...querystring } = params;
            cluster_name = parsePathParam(cluster_name);
            const path = "/_plugins/_security/api/nodesdn/" + cluster_name;
            const method = "PATCH";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchDistinguishedNameFunc;
    },
    43411: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchDistinguishedNamesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/nodesdn";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchDistinguishedNamesFunc;
    },
    28531: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function patchRoleFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/roles/" + role;
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchRoleFunc;
    },
    86909: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function patchRoleMappingFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.role == null) return handleMissingParam("role", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, role, ...querystring } = params;
            role = parsePathParam(role);
            const path = "/_plugins/_security/api/rolesmapping/" + role;
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchRoleMappingFunc;
    },
    50744: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchRoleMappingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/rolesmapping";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchRoleMappingsFunc;
    },
    17302: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchRolesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/roles";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchRolesFunc;
    },
    99307: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function patchTenantFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.tenant == null) return handleMissingParam("tenant", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, tenant, ...querystring } = params;
            tenant = parsePathParam(tenant);
            const path = "/_plugins/_security/api/tenants/" + tenant;
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchTenantFunc;
    },
    20958: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchTenantsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/tenants";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchTenantsFunc;
    },
    23948: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function patchUserFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.username == null) return handleMissingParam("username", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, username, ...querystring } = params;
            username = parsePathParam(username);
            const path = "/_plugins/_security/api/internalusers/" + username;
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchUserFunc;
    },
    63491: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function patchUsersFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/internalusers";
            const method = "PATCH";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = patchUsersFunc;
    },
    27598: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function postDashboardsInfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/dashboardsinfo";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = postDashboardsInfoFunc;
    },
    94648: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function reloadHttpCertificatesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/ssl/http/reloadcerts";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = reloadHttpCertificatesFunc;
    },
    54867: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function reloadTransportCertificatesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/ssl/transport/reloadcerts";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = reloadTransportCertificatesFunc;
    },
    89217: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function tenantInfoFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/tenantinfo";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = tenantInfoFunc;
    },
    78011: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function updateAuditConfigurationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/audit/config";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateAuditConfigurationFunc;
    },
    69316: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function updateConfigurationFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/securityconfig/config";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateConfigurationFunc;
    },
    46961: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateDistinguishedNameFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.cluster_name == null) return handleMissingParam("cluster_name", this, callback);
            let { body, cluster_name, ...querystring } = params;
            cluster_name = parsePathParam(cluster_name);
            const path = "/_plugins/_security/api/nodesdn/" + cluster_name;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateDistinguishedNameFunc;
    },
    95087: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function validateFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/api/validate";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = validateFunc;
    },
    20396: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function whoAmIFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/whoami";
            const method = body ? "POST" : "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = whoAmIFunc;
    },
    95764: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function whoAmIProtectedFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security/whoamiprotected";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = whoAmIProtectedFunc;
    },
    5240: (module, __unused_webpack_exports, __webpack_require__)=>{
        const getAlertsFn = __webpack_require__(56012);
        const getFindingsFn = __webpack_require__(58277);
        const searchFindingCorrelationsFn = __webpack_require__(39107);
        function SecurityAnalyticsApi(bindObj) {
            this.getAlerts = getAlertsFn.bind(bindObj);
            this.getFindings = getFindingsFn.bind(bindObj);
            this.searchFindingCorrelations = searchFindingCorrelationsFn.bind(bindObj);
            this.get_alerts = getAlertsFn.bind(bindObj);
            this.get_findings = getFindingsFn.bind(bindObj);
            this.search_finding_correlations = searchFindingCorrelationsFn.bind(bindObj);
        }
        module.exports = SecurityAnalyticsApi;
    },
    56012: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getAlertsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security_analytics/alerts";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getAlertsFunc;
    },
    58277: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getFindingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security_analytics/findings/_search";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFindingsFunc;
    },
    39107: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function searchFindingCorrelationsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.detector_type == null) return handleMissingParam("detector_type", this, callback);
            if (params.finding == null) return handleMissingParam("finding", this, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_security_analytics/findings/correlate";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFindingCorrelationsFunc;
    },
    89876: (module, __unused_webpack_exports, __webpack_require__)=>{
        const createPolicyFn = __webpack_require__(27617);
        const deletePolicyFn = __webpack_require__(37870);
        const explainPolicyFn = __webpack_require__(45010);
        const getPoliciesFn = __webpack_require__(25425);
        const getPolicyFn = __webpack_require__(51361);
        const startPolicyFn = __webpack_require__(74281);
        const stopPolicyFn = __webpack_require__(27589);
        const updatePolicyFn = __webpack_require__(43552);
        function SmApi(bindObj) {
            this.createPolicy = createPolicyFn.bind(bindObj);
            this.deletePolicy = deletePolicyFn.bind(bindObj);
            this.explainPolicy = explainPolicyFn.bind(bindObj);
            this.getPolicies = getPoliciesFn.bind(bindObj);
            this.getPolicy = getPolicyFn.bind(bindObj);
            this.startPolicy = startPolicyFn.bind(bindObj);
            this.stopPolicy = stopPolicyFn.bind(bindObj);
            this.updatePolicy = updatePolicyFn.bind(bindObj);
            this.create_policy = createPolicyFn.bind(bindObj);
            this.delete_policy = deletePolicyFn.bind(bindObj);
            this.explain_policy = explainPolicyFn.bind(bindObj);
            this.get_policies = getPoliciesFn.bind(bindObj);
            this.get_policy = getPolicyFn.bind(bindObj);
            this.start_policy = startPolicyFn.bind(bindObj);
            this.stop_policy = stopPolicyFn.bind(bindObj);
            this.update_policy = updatePolicyFn.bind(bindObj);
        }
        module.exports = SmApi;
    },
    27617: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createPolicyFunc;
    },
    37870: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deletePolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deletePolicyFunc;
    },
    45010: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function explainPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name + "/_explain";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainPolicyFunc;
    },
    25425: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getPoliciesFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_sm/policies";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getPoliciesFunc;
    },
    51361: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getPolicyFunc;
    },
    74281: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function startPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name + "/_start";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = startPolicyFunc;
    },
    27589: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function stopPolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name + "/_stop";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = stopPolicyFunc;
    },
    43552: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updatePolicyFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.if_primary_term == null) return handleMissingParam("if_primary_term", this, callback);
            if (params.if_seq_no == null) return handleMissingParam("if_seq_no", this, callback);
            if (params.policy_name == null) return handleMissingParam("policy_name", this, callback);
            let { body, policy_name, ...querystring } = params;
            policy_name = parsePathParam(policy_name);
            const path = "/_plugins/_sm/policies/" + policy_name;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updatePolicyFunc;
    },
    4736: (module, __unused_webpack_exports, __webpack_require__)=>{
        const cleanupRepositoryFn = __webpack_require__(48851);
        const cloneFn = __webpack_require__(38706);
        const createFn = __webpack_require__(99916);
        const createRepositoryFn = __webpack_require__(59851);
        const deleteFn = __webpack_require__(3316);
        const deleteRepositoryFn = __webpack_require__(46720);
        const getFn = __webpack_require__(3271);
        const getRepositoryFn = __webpack_require__(82291);
        const restoreFn = __webpack_require__(56889);
        const statusFn = __webpack_require__(96729);
        const verifyRepositoryFn = __webpack_require__(17826);
        function SnapshotApi(bindObj) {
            this.cleanupRepository = cleanupRepositoryFn.bind(bindObj);
            this.clone = cloneFn.bind(bindObj);
            this.create = createFn.bind(bindObj);
            this.createRepository = createRepositoryFn.bind(bindObj);
            this.delete = deleteFn.bind(bindObj);
            this.deleteRepository = deleteRepositoryFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.getRepository = getRepositoryFn.bind(bindObj);
            this.restore = restoreFn.bind(bindObj);
            this.status = statusFn.bind(bindObj);
            this.verifyRepository = verifyRepositoryFn.bind(bindObj);
            this.cleanup_repository = cleanupRepositoryFn.bind(bindObj);
            this.create_repository = createRepositoryFn.bind(bindObj);
            this.delete_repository = deleteRepositoryFn.bind(bindObj);
            this.get_repository = getRepositoryFn.bind(bindObj);
            this.verify_repository = verifyRepositoryFn.bind(bindObj);
        }
        module.exports = SnapshotApi;
    },
    48851: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function cleanupRepositoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            let { body, repository, ...querystring } = params;
            repository = parsePathParam(repository);
            const path = "/_snapshot/" + repository + "/_cleanup";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = cleanupRepositoryFunc;
    },
    38706: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function cloneFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            if (params.snapshot == null) return handleMissingParam("snapshot", this, callback);
            if (params.target_snapshot == null) return handleMissingParam("target_snapshot", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, repository, snapshot, target_snapshot, ...querystring } = params;
            repository = parsePathParam(repository);
            snapshot = parsePathParam(snapshot);
            target_snapshot = parsePathParam(target_snapshot);
            const path = "/_snapshot/" + repository + "/" + snapshot + "/_clone/" + target_snapshot;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = cloneFunc;
    },
    99916: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            if (params.snapshot == null) return handleMissingParam("snapshot", this, callback);
            let { body, repository, snapshot, ...querystring } = params;
            repository = parsePathParam(repository);
            snapshot = parsePathParam(snapshot);
            const path = "/_snapshot/" + repository + "/" + snapshot;
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createFunc;
    },
    59851: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function createRepositoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, repository, ...querystring } = params;
            repository = parsePathParam(repository);
            const path = "/_snapshot/" + repository;
            const method = "POST";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createRepositoryFunc;
    },
    3316: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            if (params.snapshot == null) return handleMissingParam("snapshot", this, callback);
            let { body, repository, snapshot, ...querystring } = params;
            repository = parsePathParam(repository);
            snapshot = parsePathParam(snapshot);
            const path = "/_snapshot/" + repository + "/" + snapshot;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    46720: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteRepositoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            let { body, repository, ...querystring } = params;
            repository = parsePathParam(repository);
            const path = "/_snapshot/" + repository;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteRepositoryFunc;
    },
    3271: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            if (params.snapshot == null) return handleMissingParam("snapshot", this, callback);
            let { body, repository, snapshot, ...querystring } = params;
            repository = parsePathParam(repository);
            snapshot = parsePathParam(snapshot);
            const path = "/_snapshot/" + repository + "/" + snapshot;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    82291: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getRepositoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, repository, ...querystring } = params;
            repository = parsePathParam(repository);
            const path = [
                "/_snapshot",
                repository
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getRepositoryFunc;
    },
    56889: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function restoreFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            if (params.snapshot == null) return handleMissingParam("snapshot", this, callback);
            let { body, repository, snapshot, ...querystring } = params;
            repository = parsePathParam(repository);
            snapshot = parsePathParam(snapshot);
            const path = "/_snapshot/" + repository + "/" + snapshot + "/_restore";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = restoreFunc;
    },
    96729: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function statusFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, repository, snapshot, ...querystring } = params;
            repository = parsePathParam(repository);
            snapshot = parsePathParam(snapshot);
            const path = [
                "/_snapshot",
                repository,
                snapshot,
                "_status"
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = statusFunc;
    },
    17826: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function verifyRepositoryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.repository == null) return handleMissingParam("repository", this, callback);
            let { body, repository, ...querystring } = params;
            repository = parsePathParam(repository);
            const path = "/_snapshot/" + repository + "/_verify";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = verifyRepositoryFunc;
    },
    71034: (module, __unused_webpack_exports, __webpack_require__)=>{
        const closeFn = __webpack_require__(4421);
        const explainFn = __webpack_require__(12934);
        const getStatsFn = __webpack_require__(2290);
        const postStatsFn = __webpack_require__(69384);
        const queryFn = __webpack_require__(47445);
        const settingsFn = __webpack_require__(30336);
        function SqlApi(bindObj) {
            this.close = closeFn.bind(bindObj);
            this.explain = explainFn.bind(bindObj);
            this.getStats = getStatsFn.bind(bindObj);
            this.postStats = postStatsFn.bind(bindObj);
            this.query = queryFn.bind(bindObj);
            this.settings = settingsFn.bind(bindObj);
            this.get_stats = getStatsFn.bind(bindObj);
            this.post_stats = postStatsFn.bind(bindObj);
        }
        module.exports = SqlApi;
    },
    4421: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function closeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_sql/close";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = closeFunc;
    },
    12934: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function explainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_sql/_explain";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainFunc;
    },
    2290: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function getStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_sql/stats";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getStatsFunc;
    },
    69384: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function postStatsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_sql/stats";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = postStatsFunc;
    },
    47445: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function queryFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_sql";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = queryFunc;
    },
    30336: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function settingsFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_query/settings";
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = settingsFunc;
    },
    96376: (module, __unused_webpack_exports, __webpack_require__)=>{
        const cancelFn = __webpack_require__(87913);
        const deleteFn = __webpack_require__(42012);
        const getFn = __webpack_require__(57999);
        const listFn = __webpack_require__(6435);
        function TasksApi(bindObj) {
            this.cancel = cancelFn.bind(bindObj);
            this.delete = deleteFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.list = listFn.bind(bindObj);
        }
        module.exports = TasksApi;
    },
    87913: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function cancelFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = [
                "/_tasks",
                task_id,
                "_cancel"
            ].filter((c)=>c != null).join("/");
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = cancelFunc;
    },
    42012: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_tasks/" + task_id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    57999: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.task_id == null) return handleMissingParam("task_id", this, callback);
            let { body, task_id, ...querystring } = params;
            task_id = parsePathParam(task_id);
            const path = "/_tasks/" + task_id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    6435: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function listFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_tasks";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = listFunc;
    },
    24135: (module, __unused_webpack_exports, __webpack_require__)=>{
        const deleteFn = __webpack_require__(56979);
        const explainFn = __webpack_require__(95601);
        const getFn = __webpack_require__(242);
        const previewFn = __webpack_require__(37546);
        const putFn = __webpack_require__(57779);
        const searchFn = __webpack_require__(82708);
        const startFn = __webpack_require__(75662);
        const stopFn = __webpack_require__(40388);
        function TransformsApi(bindObj) {
            this.delete = deleteFn.bind(bindObj);
            this.explain = explainFn.bind(bindObj);
            this.get = getFn.bind(bindObj);
            this.preview = previewFn.bind(bindObj);
            this.put = putFn.bind(bindObj);
            this.search = searchFn.bind(bindObj);
            this.start = startFn.bind(bindObj);
            this.stop = stopFn.bind(bindObj);
        }
        module.exports = TransformsApi;
    },
    56979: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_transform/" + id;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteFunc;
    },
    95601: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function explainFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_transform/" + id + "/_explain";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = explainFunc;
    },
    242: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function getFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_transform/" + id;
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getFunc;
    },
    37546: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function previewFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_transform/_preview";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = previewFunc;
    },
    57779: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function putFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_transform/" + id;
            const method = "PUT";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = putFunc;
    },
    82708: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function searchFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/_transform";
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = searchFunc;
    },
    75662: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function startFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_transform/" + id + "/_start";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = startFunc;
    },
    40388: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function stopFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.id == null) return handleMissingParam("id", this, callback);
            let { body, id, ...querystring } = params;
            id = parsePathParam(id);
            const path = "/_plugins/_transform/" + id + "/_stop";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = stopFunc;
    },
    94784: (module, __unused_webpack_exports, __webpack_require__)=>{
        const initializeFn = __webpack_require__(47381);
        function UbiApi(bindObj) {
            this.initialize = initializeFn.bind(bindObj);
        }
        module.exports = UbiApi;
    },
    47381: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments } = __webpack_require__(35427);
        function initializeFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, ...querystring } = params;
            const path = "/_plugins/ubi/initialize";
            const method = "POST";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = initializeFunc;
    },
    35427: (module)=>{
        const result = {
            body: null,
            statusCode: null,
            headers: null,
            warnings: null
        };
        const kConfigErr = Symbol("configuration error");
        function noop() {}
        function parsePathParam(param) {
            if (param == null || param === "") return null;
            return encodeURIComponent(param);
        }
        function handleMissingParam(param, apiModule, callback) {
            const err = new apiModule[kConfigErr]("Missing required parameter: " + param);
            if (callback) {
                process.nextTick(callback, err, result);
                return {
                    then: noop,
                    catch: noop,
                    abort: noop
                };
            }
            return Promise.reject(err);
        }
        function normalizeArguments(params, options, callback) {
            if (typeof options === "function") {
                callback = options;
                options = {};
            }
            if (typeof params === "function" || params == null) {
                callback = params;
                params = {};
                options = {};
            }
            return [
                params,
                options,
                callback
            ];
        }
        function logMemoryUsage(context = "") {
            const memoryUsage = process.memoryUsage();
            console.log(`Memory usage: ${context}
    RSS: ${Math.round(memoryUsage.rss / 1024 / 1024 * 100) / 100} MB
    Heap Total: ${Math.round(memoryUsage.heapTotal / 1024 / 1024 * 100) / 100} MB
    Heap Used: ${Math.round(memoryUsage.heapUsed / 1024 / 1024 * 100) / 100} MB
    External: ${Math.round(memoryUsage.external / 1024 / 1024 * 100) / 100} MB`);
        }
        module.exports = {
            handleMissingParam,
            parsePathParam,
            normalizeArguments,
            noop,
            kConfigErr,
            logMemoryUsage
        };
    },
    89100: (module, __unused_webpack_exports, __webpack_require__)=>{
        const createQueryGroupFn = __webpack_require__(52768);
        const deleteQueryGroupFn = __webpack_require__(77279);
        const getQueryGroupFn = __webpack_require__(85232);
        const updateQueryGroupFn = __webpack_require__(87577);
        function WlmApi(bindObj) {
            this.createQueryGroup = createQueryGroupFn.bind(bindObj);
            this.deleteQueryGroup = deleteQueryGroupFn.bind(bindObj);
            this.getQueryGroup = getQueryGroupFn.bind(bindObj);
            this.updateQueryGroup = updateQueryGroupFn.bind(bindObj);
            this.create_query_group = createQueryGroupFn.bind(bindObj);
            this.delete_query_group = deleteQueryGroupFn.bind(bindObj);
            this.get_query_group = getQueryGroupFn.bind(bindObj);
            this.update_query_group = updateQueryGroupFn.bind(bindObj);
        }
        module.exports = WlmApi;
    },
    52768: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, handleMissingParam } = __webpack_require__(35427);
        function createQueryGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, ...querystring } = params;
            const path = "/_wlm/query_group";
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = createQueryGroupFunc;
    },
    77279: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function deleteQueryGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_wlm/query_group/" + name;
            const method = "DELETE";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = deleteQueryGroupFunc;
    },
    85232: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam } = __webpack_require__(35427);
        function getQueryGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = [
                "/_wlm/query_group",
                name
            ].filter((c)=>c != null).join("/");
            const method = "GET";
            body = body || "";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = getQueryGroupFunc;
    },
    87577: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { normalizeArguments, parsePathParam, handleMissingParam } = __webpack_require__(35427);
        function updateQueryGroupFunc(params, options, callback) {
            [params, options, callback] = normalizeArguments(params, options, callback);
            if (params.name == null) return handleMissingParam("name", this, callback);
            if (params.body == null) return handleMissingParam("body", this, callback);
            let { body, name, ...querystring } = params;
            name = parsePathParam(name);
            const path = "/_wlm/query_group/" + name;
            const method = "PUT";
            return this.transport.request({
                method,
                path,
                querystring,
                body
            }, options, callback);
        }
        module.exports = updateQueryGroupFunc;
    },
    66337: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { Client } = __webpack_require__(41378);
        const Transport = __webpack_require__(14532);
        const { ConnectionPool } = __webpack_require__(91384);
        const Connection = __webpack_require__(30065);
        const Serializer = __webpack_require__(24993);
        const errors = __webpack_require__(73598);
        const events = {
            RESPONSE: "response",
            REQUEST: "request",
            SNIFF: "sniff",
            RESURRECT: "resurrect",
            SERIALIZATION: "serialization",
            DESERIALIZATION: "deserialization"
        };
        module.exports = {
            Client,
            Transport,
            ConnectionPool,
            Connection,
            Serializer,
            errors,
            events
        };
    },
    41378: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { EventEmitter } = __webpack_require__(2053);
        const { URL: URL1 } = __webpack_require__(87016);
        const debug = __webpack_require__(2830)("opensearch");
        const Transport = __webpack_require__(14532);
        const Connection = __webpack_require__(30065);
        const { ConnectionPool, CloudConnectionPool } = __webpack_require__(91384);
        const Helpers = __webpack_require__(95556);
        const Serializer = __webpack_require__(24993);
        const errors = __webpack_require__(73598);
        const { ConfigurationError } = errors;
        const { prepareHeaders } = Connection.internals;
        const kInitialOptions = Symbol("opensearchjs-initial-options");
        const kChild = Symbol("opensearchjs-child");
        const kExtensions = Symbol("opensearchjs-extensions");
        const kEventEmitter = Symbol("opensearchjs-event-emitter");
        const OpenSearchAPI = __webpack_require__(63934);
        class Client extends OpenSearchAPI {
            constructor(opts = {}){
                super({
                    ConfigurationError
                });
                if (opts.cloud && opts[kChild] === undefined) {
                    const { id, username, password } = opts.cloud;
                    const cloudUrls = Buffer.from(id.split(":")[1], "base64").toString().split("$");
                    if (username && password) {
                        opts.auth = Object.assign({}, opts.auth, {
                            username,
                            password
                        });
                    }
                    opts.node = `https://${cloudUrls[1]}.${cloudUrls[0]}`;
                    if (opts.compression == null) opts.compression = "gzip";
                    if (opts.suggestCompression == null) opts.suggestCompression = true;
                    if (opts.ssl == null || opts.ssl && opts.ssl.secureProtocol == null) {
                        opts.ssl = opts.ssl || {};
                        opts.ssl.secureProtocol = "TLSv1_2_method";
                    }
                }
                if (!opts.node && !opts.nodes) {
                    throw new ConfigurationError("Missing node(s) option");
                }
                if (opts[kChild] === undefined) {
                    const checkAuth = getAuth(opts.node || opts.nodes);
                    if (checkAuth && checkAuth.username && checkAuth.password) {
                        opts.auth = Object.assign({}, opts.auth, {
                            username: checkAuth.username,
                            password: checkAuth.password
                        });
                    }
                }
                const options = opts[kChild] !== undefined ? opts[kChild].initialOptions : Object.assign({}, {
                    Connection,
                    Transport,
                    Serializer,
                    ConnectionPool: opts.cloud ? CloudConnectionPool : ConnectionPool,
                    maxRetries: 3,
                    requestTimeout: 3e4,
                    pingTimeout: 3e3,
                    sniffInterval: false,
                    sniffOnStart: false,
                    sniffEndpoint: "_nodes/_all/http",
                    sniffOnConnectionFault: false,
                    resurrectStrategy: "ping",
                    suggestCompression: false,
                    compression: false,
                    ssl: null,
                    agent: null,
                    headers: {},
                    nodeFilter: null,
                    nodeSelector: "round-robin",
                    generateRequestId: null,
                    name: "opensearch-js",
                    auth: null,
                    opaqueIdPrefix: null,
                    context: null,
                    proxy: null,
                    enableMetaHeader: true,
                    disablePrototypePoisoningProtection: false,
                    enableLongNumeralSupport: false
                }, opts);
                if (process.env.OPENSEARCH_CLIENT_APIVERSIONING === "true") {
                    options.headers = Object.assign({
                        accept: "application/vnd.opensearch+json; compatible-with=7"
                    }, options.headers);
                }
                this[kInitialOptions] = options;
                this[kExtensions] = [];
                this.name = options.name;
                if (opts[kChild] !== undefined) {
                    this.serializer = options[kChild].serializer;
                    this.connectionPool = options[kChild].connectionPool;
                    this[kEventEmitter] = options[kChild].eventEmitter;
                } else {
                    this[kEventEmitter] = new EventEmitter;
                    this.serializer = new options.Serializer({
                        disablePrototypePoisoningProtection: options.disablePrototypePoisoningProtection,
                        enableLongNumeralSupport: options.enableLongNumeralSupport
                    });
                    this.connectionPool = new options.ConnectionPool({
                        pingTimeout: options.pingTimeout,
                        resurrectStrategy: options.resurrectStrategy,
                        ssl: options.ssl,
                        agent: options.agent,
                        proxy: options.proxy,
                        Connection: options.Connection,
                        auth: options.auth,
                        emit: this[kEventEmitter].emit.bind(this[kEventEmitter]),
                        sniffEnabled: options.sniffInterval !== false || options.sniffOnStart !== false || options.sniffOnConnectionFault !== false
                    });
                    this.connectionPool.addConnection(options.node || options.nodes);
                }
                this.transport = new options.Transport({
                    emit: this[kEventEmitter].emit.bind(this[kEventEmitter]),
                    connectionPool: this.connectionPool,
                    serializer: this.serializer,
                    maxRetries: options.maxRetries,
                    requestTimeout: options.requestTimeout,
                    sniffInterval: options.sniffInterval,
                    sniffOnStart: options.sniffOnStart,
                    sniffOnConnectionFault: options.sniffOnConnectionFault,
                    sniffEndpoint: options.sniffEndpoint,
                    suggestCompression: options.suggestCompression,
                    compression: options.compression,
                    headers: options.headers,
                    nodeFilter: options.nodeFilter,
                    nodeSelector: options.nodeSelector,
                    generateRequestId: options.generateRequestId,
                    name: options.name,
                    opaqueIdPrefix: options.opaqueIdPrefix,
                    context: options.context,
                    memoryCircuitBreaker: options.memoryCircuitBreaker,
                    auth: options.auth
                });
                this.helpers = new Helpers({
                    client: this,
                    maxRetries: options.maxRetries
                });
            }
            get emit() {
                return this[kEventEmitter].emit.bind(this[kEventEmitter]);
            }
            get on() {
                return this[kEventEmitter].on.bind(this[kEventEmitter]);
            }
            get once() {
                return this[kEventEmitter].once.bind(this[kEventEmitter]);
            }
            get off() {
                return this[kEventEmitter].off.bind(this[kEventEmitter]);
            }
            extend(name, opts, fn) {
                if (typeof opts === "function") {
                    fn = opts;
                    opts = {};
                }
                let [namespace, method] = name.split(".");
                if (method == null) {
                    method = namespace;
                    namespace = null;
                }
                if (namespace != null) {
                    if (this[namespace] != null && this[namespace][method] != null && opts.force !== true) {
                        throw new Error(`The method "${method}" already exists on namespace "${namespace}"`);
                    }
                    if (this[namespace] == null) this[namespace] = {};
                    this[namespace][method] = fn({
                        makeRequest: this.transport.request.bind(this.transport),
                        result: {
                            body: null,
                            statusCode: null,
                            headers: null,
                            warnings: null
                        },
                        ConfigurationError
                    });
                } else {
                    if (this[method] != null && opts.force !== true) {
                        throw new Error(`The method "${method}" already exists`);
                    }
                    this[method] = fn({
                        makeRequest: this.transport.request.bind(this.transport),
                        result: {
                            body: null,
                            statusCode: null,
                            headers: null,
                            warnings: null
                        },
                        ConfigurationError
                    });
                }
                this[kExtensions].push({
                    name,
                    opts,
                    fn
                });
            }
            child(opts) {
                const options = Object.assign({}, this[kInitialOptions], opts);
                options[kChild] = {
                    connectionPool: this.connectionPool,
                    serializer: this.serializer,
                    eventEmitter: this[kEventEmitter],
                    initialOptions: options
                };
                if (options.auth !== undefined) {
                    options.headers = prepareHeaders(options.headers, options.auth);
                }
                const client = new Client(options);
                const tSymbol = Object.getOwnPropertySymbols(this.transport).filter((symbol)=>symbol.description === "compatible check")[0];
                client.transport[tSymbol] = this.transport[tSymbol];
                if (this[kExtensions].length > 0) {
                    this[kExtensions].forEach(({ name, opts, fn })=>{
                        client.extend(name, opts, fn);
                    });
                }
                return client;
            }
            close(callback) {
                if (callback == null) {
                    return new Promise((resolve)=>{
                        this.close(resolve);
                    });
                }
                debug("Closing the client");
                this.connectionPool.empty(callback);
            }
        }
        function getAuth(node) {
            if (Array.isArray(node)) {
                for (const url of node){
                    const auth = getUsernameAndPassword(url);
                    if (auth.username !== "" && auth.password !== "") {
                        return auth;
                    }
                }
                return null;
            }
            const auth = getUsernameAndPassword(node);
            if (auth.username !== "" && auth.password !== "") {
                return auth;
            }
            return null;
            function getUsernameAndPassword(node) {
                if (typeof node === "string") {
                    const { username, password } = new URL1(node);
                    return {
                        username: decodeURIComponent(username),
                        password: decodeURIComponent(password)
                    };
                } else if (node.url instanceof URL1) {
                    return {
                        username: decodeURIComponent(node.url.username),
                        password: decodeURIComponent(node.url.password)
                    };
                }
            }
        }
        module.exports = {
            Client
        };
    },
    30065: (module, __unused_webpack_exports, __webpack_require__)=>{
        const assert = __webpack_require__(42613);
        const { inspect } = __webpack_require__(39023);
        const { HttpProxyAgent, HttpsProxyAgent } = __webpack_require__(22240);
        const http = __webpack_require__(58611);
        const https = __webpack_require__(65692);
        const debug = __webpack_require__(2830)("opensearch");
        const { pipeline } = __webpack_require__(2203);
        const INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;
        const { ConnectionError, RequestAbortedError, TimeoutError, ConfigurationError } = __webpack_require__(73598);
        class Connection {
            constructor(opts){
                this.url = opts.url;
                this.ssl = opts.ssl || null;
                this.id = opts.id || stripAuth(opts.url.href);
                this.headers = prepareHeaders(opts.headers, opts.auth);
                this.deadCount = 0;
                this.resurrectTimeout = 0;
                this._openRequests = 0;
                this._status = opts.status || Connection.statuses.ALIVE;
                this.roles = Object.assign({}, defaultRoles, opts.roles);
                if (![
                    "http:",
                    "https:"
                ].includes(this.url.protocol)) {
                    throw new ConfigurationError(`Invalid protocol: '${this.url.protocol}'`);
                }
                if (typeof opts.agent === "function") {
                    this.agent = opts.agent(opts);
                } else if (opts.agent === false) {
                    this.agent = undefined;
                } else {
                    const agentOptions = Object.assign({}, {
                        keepAlive: true,
                        keepAliveMsecs: 1e3,
                        maxSockets: 256,
                        maxFreeSockets: 256,
                        scheduling: "lifo"
                    }, opts.agent);
                    if (opts.proxy) {
                        agentOptions.proxy = opts.proxy;
                        this.agent = this.url.protocol === "http:" ? new HttpProxyAgent(agentOptions) : new HttpsProxyAgent(Object.assign({}, agentOptions, this.ssl));
                    } else {
                        this.agent = this.url.protocol === "http:" ? new http.Agent(agentOptions) : new https.Agent(Object.assign({}, agentOptions, this.ssl));
                    }
                }
                this.makeRequest = this.url.protocol === "http:" ? http.request : https.request;
            }
            request(params, callback) {
                this._openRequests++;
                let cleanedListeners = false;
                const requestParams = this.buildRequestObject(params);
                if (INVALID_PATH_REGEX.test(requestParams.path) === true) {
                    callback(new TypeError(`ERR_UNESCAPED_CHARACTERS: ${requestParams.path}`), null);
                    return {
                        abort: ()=>{}
                    };
                }
                debug("Starting a new request", params);
                const request = this.makeRequest(requestParams);
                const onResponse = (response)=>{
                    cleanListeners();
                    this._openRequests--;
                    request.addListener("error", (err)=>{
                        console.log("ignoring error after response", err);
                    });
                    callback(null, response);
                };
                const onTimeout = ()=>{
                    cleanListeners();
                    this._openRequests--;
                    request.once("error", ()=>{});
                    request.abort();
                    callback(new TimeoutError("Request timed out", params), null);
                };
                const onError = (err)=>{
                    cleanListeners();
                    this._openRequests--;
                    callback(new ConnectionError(err.message), null);
                };
                const onAbort = ()=>{
                    cleanListeners();
                    request.once("error", ()=>{});
                    debug("Request aborted", params);
                    this._openRequests--;
                    callback(new RequestAbortedError("Request aborted"), null);
                };
                request.on("response", onResponse);
                request.on("timeout", onTimeout);
                request.on("error", onError);
                request.on("abort", onAbort);
                request.setNoDelay(true);
                if (isStream(params.body) === true) {
                    pipeline(params.body, request, (err)=>{
                        if (err != null && cleanedListeners === false) {
                            cleanListeners();
                            this._openRequests--;
                            callback(err, null);
                        }
                    });
                } else {
                    request.end(params.body);
                }
                return request;
                function cleanListeners() {
                    request.removeListener("response", onResponse);
                    request.removeListener("timeout", onTimeout);
                    request.removeListener("error", onError);
                    request.removeListener("abort", onAbort);
                    cleanedListeners = true;
                }
            }
            close(callback = ()=>{}) {
                debug("Closing connection", this.id);
                if (this._openRequests > 0) {
                    setTimeout(()=>this.close(callback), 1e3);
                } else {
                    if (this.agent !== undefined) {
                        this.agent.destroy();
                    }
                    callback();
                }
            }
            setRole(role, enabled) {
                if (validRoles.indexOf(role) === -1) {
                    throw new ConfigurationError(`Unsupported role: '${role}'`);
                }
                if (typeof enabled !== "boolean") {
                    throw new ConfigurationError("enabled should be a boolean");
                }
                this.roles[role] = enabled;
                return this;
            }
            get status() {
                return this._status;
            }
            set status(status) {
                assert(~validStatuses.indexOf(status), `Unsupported status: '${status}'`);
                this._status = status;
            }
            buildRequestObject(params) {
                const url = this.url;
                const request = {
                    protocol: url.protocol,
                    hostname: url.hostname[0] === "[" ? url.hostname.slice(1, -1) : url.hostname,
                    hash: url.hash,
                    search: url.search,
                    pathname: url.pathname,
                    path: "",
                    href: url.href,
                    origin: url.origin,
                    port: url.port !== "" ? url.port : undefined,
                    headers: Object.assign({}, this.headers),
                    agent: this.agent
                };
                const paramsKeys = Object.keys(params);
                for(let i = 0, len = paramsKeys.length; i < len; i++){
                    const key = paramsKeys[i];
                    if (key === "path") {
                        request.pathname = resolve(request.pathname, params[key]);
                    } else if (key === "querystring" && !!params[key] === true) {
                        if (request.search === "") {
                            request.search = "?" + params[key];
                        } else {
                            request.search += "&" + params[key];
                        }
                    } else if (key === "headers") {
                        request.headers = Object.assign({}, request.headers, params.headers);
                    } else {
                        request[key] = params[key];
                    }
                }
                request.path = request.pathname + request.search;
                return request;
            }
            [inspect.custom]() {
                const { authorization, ...headers } = this.headers;
                return {
                    url: stripAuth(this.url.toString()),
                    id: this.id,
                    headers,
                    deadCount: this.deadCount,
                    resurrectTimeout: this.resurrectTimeout,
                    _openRequests: this._openRequests,
                    status: this.status,
                    roles: this.roles
                };
            }
            toJSON() {
                const { authorization, ...headers } = this.headers;
                return {
                    url: stripAuth(this.url.toString()),
                    id: this.id,
                    headers,
                    deadCount: this.deadCount,
                    resurrectTimeout: this.resurrectTimeout,
                    _openRequests: this._openRequests,
                    status: this.status,
                    roles: this.roles
                };
            }
        }
        Connection.statuses = {
            ALIVE: "alive",
            DEAD: "dead"
        };
        Connection.roles = {
            CLUSTER_MANAGER: "cluster_manager",
            MASTER: "master",
            DATA: "data",
            INGEST: "ingest"
        };
        const defaultRoles = {
            [Connection.roles.DATA]: true,
            [Connection.roles.INGEST]: true
        };
        const validStatuses = Object.keys(Connection.statuses).map((k)=>Connection.statuses[k]);
        const validRoles = Object.keys(Connection.roles).map((k)=>Connection.roles[k]);
        function stripAuth(url) {
            if (url.indexOf("@") === -1) return url;
            return url.slice(0, url.indexOf("//") + 2) + url.slice(url.indexOf("@") + 1);
        }
        function isStream(obj) {
            return obj != null && typeof obj.pipe === "function";
        }
        function resolve(host, path) {
            const hostEndWithSlash = host[host.length - 1] === "/";
            const pathStartsWithSlash = path[0] === "/";
            if (hostEndWithSlash === true && pathStartsWithSlash === true) {
                return host + path.slice(1);
            } else if (hostEndWithSlash !== pathStartsWithSlash) {
                return host + path;
            } else {
                return host + "/" + path;
            }
        }
        function prepareHeaders(headers = {}, auth) {
            if (auth != null && headers.authorization == null) {
                if (auth.username && auth.password) {
                    headers.authorization = "Basic " + Buffer.from(`${auth.username}:${auth.password}`).toString("base64");
                }
            }
            return headers;
        }
        module.exports = Connection;
        module.exports.internals = {
            prepareHeaders
        };
    },
    95556: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { Readable } = __webpack_require__(2203);
        const { promisify } = __webpack_require__(39023);
        const { ResponseError, ConfigurationError } = __webpack_require__(73598);
        const pImmediate = promisify(setImmediate);
        const sleep = promisify(setTimeout);
        const kClient = Symbol("opensearch-client");
        const kMetaHeader = Symbol("meta header");
        const noop = ()=>{};
        class Helpers {
            constructor(opts){
                this[kClient] = opts.client;
                this[kMetaHeader] = opts.metaHeader;
                this.maxRetries = opts.maxRetries;
            }
            async search(params, options) {
                appendFilterPath("hits.hits._source", params, true);
                const { body } = await this[kClient].search(params, options);
                if (body.hits && body.hits.hits) {
                    return body.hits.hits.map((d)=>d._source);
                }
                return [];
            }
            async *scrollSearch(params, options = {}) {
                if (this[kMetaHeader] !== null) {
                    options.headers = options.headers || {};
                }
                const wait = options.wait || 5e3;
                const maxRetries = options.maxRetries || this.maxRetries;
                if (Array.isArray(options.ignore)) {
                    options.ignore.push(429);
                } else {
                    options.ignore = [
                        429
                    ];
                }
                params.scroll = params.scroll || "1m";
                appendFilterPath("_scroll_id", params, false);
                let response = null;
                for(let i = 0; i <= maxRetries; i++){
                    response = await this[kClient].search(params, options);
                    if (response.statusCode !== 429) break;
                    await sleep(wait);
                }
                if (response.statusCode === 429) {
                    throw new ResponseError(response);
                }
                let scroll_id = response.body._scroll_id;
                let stop = false;
                const clear = async ()=>{
                    stop = true;
                    await this[kClient].clearScroll({
                        body: {
                            scroll_id
                        }
                    }, {
                        ignore: [
                            400
                        ],
                        ...options
                    });
                };
                while(response.body.hits && response.body.hits.hits.length > 0){
                    scroll_id = response.body._scroll_id;
                    response.clear = clear;
                    addDocumentsGetter(response);
                    yield response;
                    if (stop === true) {
                        break;
                    }
                    for(let i = 0; i <= maxRetries; i++){
                        response = await this[kClient].scroll({
                            scroll: params.scroll,
                            rest_total_hits_as_int: params.rest_total_hits_as_int || params.restTotalHitsAsInt,
                            body: {
                                scroll_id
                            }
                        }, options);
                        if (response.statusCode !== 429) break;
                        await sleep(wait);
                    }
                    if (response.statusCode === 429) {
                        throw new ResponseError(response);
                    }
                }
                if (stop === false) {
                    await clear();
                }
            }
            async *scrollDocuments(params, options) {
                appendFilterPath("hits.hits._source", params, true);
                for await (const { documents } of this.scrollSearch(params, options)){
                    for (const document of documents){
                        yield document;
                    }
                }
            }
            msearch(options = {}, reqOptions = {}) {
                const client = this[kClient];
                const { operations = 5, concurrency = 5, flushInterval = 500, retries = this.maxRetries, wait = 5e3, ...msearchOptions } = options;
                let stopReading = false;
                let stopError = null;
                let timeoutRef = null;
                const operationsStream = new Readable({
                    objectMode: true,
                    read () {}
                });
                const p = iterate();
                const helper = {
                    then (onFulfilled, onRejected) {
                        return p.then(onFulfilled, onRejected);
                    },
                    catch (onRejected) {
                        return p.catch(onRejected);
                    },
                    stop (error = null) {
                        if (stopReading === true) return;
                        stopReading = true;
                        stopError = error;
                        operationsStream.push(null);
                    },
                    search (header, body, callback) {
                        if (stopReading === true) {
                            const error = stopError === null ? new ConfigurationError("The msearch processor has been stopped") : stopError;
                            return callback ? callback(error, {}) : Promise.reject(error);
                        }
                        if (!(typeof header === "object" && header !== null && !Array.isArray(header))) {
                            const error = new ConfigurationError("The header should be an object");
                            return callback ? callback(error, {}) : Promise.reject(error);
                        }
                        if (!(typeof body === "object" && body !== null && !Array.isArray(body))) {
                            const error = new ConfigurationError("The body should be an object");
                            return callback ? callback(error, {}) : Promise.reject(error);
                        }
                        let promise = null;
                        if (callback === undefined) {
                            let onFulfilled = null;
                            let onRejected = null;
                            promise = new Promise((resolve, reject)=>{
                                onFulfilled = resolve;
                                onRejected = reject;
                            });
                            callback = function callback(err, result) {
                                err ? onRejected(err) : onFulfilled(result);
                            };
                        }
                        operationsStream.push([
                            header,
                            body,
                            callback
                        ]);
                        if (promise !== null) {
                            return promise;
                        }
                    }
                };
                return helper;
                async function iterate() {
                    const { semaphore, finish } = buildSemaphore();
                    const msearchBody = [];
                    const callbacks = [];
                    let loadedOperations = 0;
                    timeoutRef = setTimeout(onFlushTimeout, flushInterval);
                    for await (const operation of operationsStream){
                        timeoutRef.refresh();
                        loadedOperations += 1;
                        msearchBody.push(operation[0], operation[1]);
                        callbacks.push(operation[2]);
                        if (loadedOperations >= operations) {
                            const send = await semaphore();
                            send(msearchBody.slice(), callbacks.slice());
                            msearchBody.length = 0;
                            callbacks.length = 0;
                            loadedOperations = 0;
                        }
                    }
                    clearTimeout(timeoutRef);
                    if (loadedOperations > 0) {
                        const send = await semaphore();
                        send(msearchBody, callbacks);
                    }
                    await finish();
                    if (stopError !== null) {
                        throw stopError;
                    }
                    async function onFlushTimeout() {
                        if (loadedOperations === 0) return;
                        const msearchBodyCopy = msearchBody.slice();
                        const callbacksCopy = callbacks.slice();
                        msearchBody.length = 0;
                        callbacks.length = 0;
                        loadedOperations = 0;
                        try {
                            const send = await semaphore();
                            send(msearchBodyCopy, callbacksCopy);
                        } catch (err) {
                            helper.stop(err);
                        }
                    }
                }
                function buildSemaphore() {
                    let resolveSemaphore = null;
                    let resolveFinish = null;
                    let running = 0;
                    return {
                        semaphore,
                        finish
                    };
                    function finish() {
                        return new Promise((resolve)=>{
                            if (running === 0) {
                                resolve();
                            } else {
                                resolveFinish = resolve;
                            }
                        });
                    }
                    function semaphore() {
                        if (running < concurrency) {
                            running += 1;
                            return pImmediate(send);
                        } else {
                            return new Promise((resolve)=>{
                                resolveSemaphore = resolve;
                            });
                        }
                    }
                    function send(msearchBody, callbacks) {
                        if (running > concurrency) {
                            throw new Error("Max concurrency reached");
                        }
                        msearchOperation(msearchBody, callbacks, ()=>{
                            running -= 1;
                            if (resolveSemaphore) {
                                running += 1;
                                resolveSemaphore(send);
                                resolveSemaphore = null;
                            } else if (resolveFinish && running === 0) {
                                resolveFinish();
                            }
                        });
                    }
                }
                function msearchOperation(msearchBody, callbacks, done) {
                    let retryCount = retries;
                    tryMsearch(msearchBody, callbacks, retrySearch);
                    function retrySearch(msearchBody, callbacks) {
                        if (msearchBody.length > 0 && retryCount > 0) {
                            retryCount -= 1;
                            setTimeout(tryMsearch, wait, msearchBody, callbacks, retrySearch);
                            return;
                        }
                        done();
                    }
                    function tryMsearch(msearchBody, callbacks, done) {
                        client.msearch(Object.assign({}, msearchOptions, {
                            body: msearchBody
                        }), reqOptions, (err, results)=>{
                            const retryBody = [];
                            const retryCallbacks = [];
                            if (err) {
                                addDocumentsGetter(results);
                                for (const callback of callbacks){
                                    callback(err, results);
                                }
                                return done(retryBody, retryCallbacks);
                            }
                            const { responses } = results.body;
                            for(let i = 0, len = responses.length; i < len; i++){
                                const response = responses[i];
                                if (response.status === 429 && retryCount > 0) {
                                    retryBody.push(msearchBody[i * 2]);
                                    retryBody.push(msearchBody[i * 2 + 1]);
                                    retryCallbacks.push(callbacks[i]);
                                    continue;
                                }
                                const result = {
                                    ...results,
                                    body: response
                                };
                                addDocumentsGetter(result);
                                if (response.status >= 400) {
                                    callbacks[i](new ResponseError(result), result);
                                } else {
                                    callbacks[i](null, result);
                                }
                            }
                            done(retryBody, retryCallbacks);
                        });
                    }
                }
            }
            bulk(options, reqOptions = {}) {
                const client = this[kClient];
                const { serializer } = client;
                if (this[kMetaHeader] !== null) {
                    reqOptions.headers = reqOptions.headers || {};
                }
                const { datasource, onDocument, flushBytes = 5e6, flushInterval = 3e4, concurrency = 5, retries = this.maxRetries, wait = 5e3, onDrop = noop, refreshOnCompletion = false, ...bulkOptions } = options;
                if (datasource === undefined) {
                    return Promise.reject(new ConfigurationError("bulk helper: the datasource is required"));
                }
                if (!(Array.isArray(datasource) || Buffer.isBuffer(datasource) || typeof datasource.pipe === "function" || datasource[Symbol.asyncIterator])) {
                    return Promise.reject(new ConfigurationError("bulk helper: the datasource must be an array or a buffer or a readable stream or an async generator"));
                }
                if (onDocument === undefined) {
                    return Promise.reject(new ConfigurationError("bulk helper: the onDocument callback is required"));
                }
                let shouldAbort = false;
                let timeoutRef = null;
                const stats = {
                    total: 0,
                    failed: 0,
                    retry: 0,
                    successful: 0,
                    noop: 0,
                    time: 0,
                    bytes: 0,
                    aborted: false
                };
                const p = iterate();
                const helper = {
                    get stats () {
                        return stats;
                    },
                    then (onFulfilled, onRejected) {
                        return p.then(onFulfilled, onRejected);
                    },
                    catch (onRejected) {
                        return p.catch(onRejected);
                    },
                    abort () {
                        clearTimeout(timeoutRef);
                        shouldAbort = true;
                        stats.aborted = true;
                        return this;
                    }
                };
                return helper;
                async function iterate() {
                    const { semaphore, finish } = buildSemaphore();
                    const startTime = Date.now();
                    const bulkBody = [];
                    let actionBody = "";
                    let payloadBody = "";
                    let chunkBytes = 0;
                    timeoutRef = setTimeout(onFlushTimeout, flushInterval);
                    for await (const chunk of datasource){
                        if (shouldAbort === true) break;
                        timeoutRef.refresh();
                        const result = onDocument(chunk);
                        const [action, payload] = Array.isArray(result) ? result : [
                            result,
                            chunk
                        ];
                        const operation = Object.keys(action)[0];
                        if (operation === "index" || operation === "create") {
                            actionBody = serializer.serialize(action);
                            payloadBody = typeof payload === "string" ? payload : serializer.serialize(payload);
                            chunkBytes += Buffer.byteLength(actionBody) + Buffer.byteLength(payloadBody);
                            bulkBody.push(actionBody, payloadBody);
                        } else if (operation === "update") {
                            actionBody = serializer.serialize(action);
                            payloadBody = typeof chunk === "string" ? `{"doc":${chunk}}` : serializer.serialize({
                                doc: chunk,
                                ...payload
                            });
                            chunkBytes += Buffer.byteLength(actionBody) + Buffer.byteLength(payloadBody);
                            bulkBody.push(actionBody, payloadBody);
                        } else if (operation === "delete") {
                            actionBody = serializer.serialize(action);
                            chunkBytes += Buffer.byteLength(actionBody);
                            bulkBody.push(actionBody);
                        } else {
                            clearTimeout(timeoutRef);
                            throw new ConfigurationError(`Bulk helper invalid action: '${operation}'`);
                        }
                        if (chunkBytes >= flushBytes) {
                            stats.bytes += chunkBytes;
                            const send = await semaphore();
                            send(bulkBody.slice());
                            bulkBody.length = 0;
                            chunkBytes = 0;
                        }
                    }
                    clearTimeout(timeoutRef);
                    if (shouldAbort === false && chunkBytes > 0) {
                        const send = await semaphore();
                        stats.bytes += chunkBytes;
                        send(bulkBody);
                    }
                    await finish();
                    if (refreshOnCompletion) {
                        await client.indices.refresh({
                            index: typeof refreshOnCompletion === "string" ? refreshOnCompletion : "_all"
                        }, reqOptions);
                    }
                    stats.time = Date.now() - startTime;
                    stats.total = stats.successful + stats.failed;
                    return stats;
                    async function onFlushTimeout() {
                        if (chunkBytes === 0) return;
                        stats.bytes += chunkBytes;
                        const bulkBodyCopy = bulkBody.slice();
                        bulkBody.length = 0;
                        chunkBytes = 0;
                        try {
                            const send = await semaphore();
                            send(bulkBodyCopy);
                        } catch (err) {
                            helper.abort();
                        }
                    }
                }
                function buildSemaphore() {
                    let resolveSemaphore = null;
                    let resolveFinish = null;
                    let rejectFinish = null;
                    let error = null;
                    let running = 0;
                    return {
                        semaphore,
                        finish
                    };
                    function finish() {
                        return new Promise((resolve, reject)=>{
                            if (running === 0) {
                                if (error) {
                                    reject(error);
                                } else {
                                    resolve();
                                }
                            } else {
                                resolveFinish = resolve;
                                rejectFinish = reject;
                            }
                        });
                    }
                    function semaphore() {
                        if (running < concurrency) {
                            running += 1;
                            return pImmediate(send);
                        } else {
                            return new Promise((resolve)=>{
                                resolveSemaphore = resolve;
                            });
                        }
                    }
                    function send(bulkBody) {
                        if (running > concurrency) {
                            throw new Error("Max concurrency reached");
                        }
                        bulkOperation(bulkBody, (err)=>{
                            running -= 1;
                            if (err) {
                                shouldAbort = true;
                                error = err;
                            }
                            if (resolveSemaphore) {
                                running += 1;
                                resolveSemaphore(send);
                                resolveSemaphore = null;
                            } else if (resolveFinish && running === 0) {
                                if (error) {
                                    rejectFinish(error);
                                } else {
                                    resolveFinish();
                                }
                            }
                        });
                    }
                }
                function bulkOperation(bulkBody, callback) {
                    let retryCount = retries;
                    let isRetrying = false;
                    tryBulk(bulkBody, retryDocuments);
                    function retryDocuments(err, bulkBody) {
                        if (err) return callback(err);
                        if (shouldAbort === true) return callback();
                        if (bulkBody.length > 0) {
                            if (retryCount > 0) {
                                isRetrying = true;
                                retryCount -= 1;
                                stats.retry += bulkBody.length;
                                setTimeout(tryBulk, wait, bulkBody, retryDocuments);
                                return;
                            }
                            let indexSlice = 0;
                            while(indexSlice < bulkBody.length){
                                const operation = Object.keys(serializer.deserialize(bulkBody[indexSlice]))[0];
                                onDrop({
                                    status: 429,
                                    error: null,
                                    operation: serializer.deserialize(bulkBody[indexSlice]),
                                    document: operation !== "delete" ? serializer.deserialize(bulkBody[indexSlice + 1]) : null,
                                    retried: isRetrying
                                });
                                stats.failed += 1;
                                indexSlice += operation !== "delete" ? 2 : 1;
                            }
                        }
                        callback();
                    }
                    function tryBulk(bulkBody, callback) {
                        if (shouldAbort === true) return callback(null, []);
                        client.bulk(Object.assign({}, bulkOptions, {
                            body: bulkBody
                        }), reqOptions, (err, { body })=>{
                            if (err) return callback(err, null);
                            if (body.errors === false) {
                                stats.successful += body.items.length;
                                for (const item of body.items){
                                    if (item.update && item.update.result === "noop") {
                                        stats.noop++;
                                    }
                                }
                                return callback(null, []);
                            }
                            const retry = [];
                            const { items } = body;
                            let indexSlice = 0;
                            for(let i = 0, len = items.length; i < len; i++){
                                const action = items[i];
                                const operation = Object.keys(action)[0];
                                const { status } = action[operation];
                                if (status >= 400) {
                                    if (status === 429) {
                                        retry.push(bulkBody[indexSlice]);
                                        if (operation !== "delete") {
                                            retry.push(bulkBody[indexSlice + 1]);
                                        }
                                    } else {
                                        onDrop({
                                            status: status,
                                            error: action[operation].error,
                                            operation: serializer.deserialize(bulkBody[indexSlice]),
                                            document: operation !== "delete" ? serializer.deserialize(bulkBody[indexSlice + 1]) : null,
                                            retried: isRetrying
                                        });
                                        stats.failed += 1;
                                    }
                                } else {
                                    stats.successful += 1;
                                }
                                indexSlice += operation !== "delete" ? 2 : 1;
                            }
                            callback(null, retry);
                        });
                    }
                }
            }
        }
        function addDocumentsGetter(result) {
            Object.defineProperty(result, "documents", {
                get () {
                    if (this.body.hits && this.body.hits.hits) {
                        return this.body.hits.hits.map((d)=>d._source);
                    }
                    return [];
                }
            });
        }
        function appendFilterPath(filter, params, force) {
            if (params.filter_path !== undefined) {
                params.filter_path += "," + filter;
            } else if (force === true) {
                params.filter_path = filter;
            }
        }
        module.exports = Helpers;
    },
    22240: (module, __unused_webpack_exports, __webpack_require__)=>{
        const http = __webpack_require__(58611);
        const https = __webpack_require__(65692);
        const net = __webpack_require__(69278);
        function connect(agent, options, callback, onSocket) {
            const { proxy, proxyRequestOptions } = agent;
            const requestOptions = {
                ...proxyRequestOptions,
                method: "CONNECT",
                host: proxy.hostname,
                port: proxy.port,
                path: `${options.host}:${options.port}`,
                setHost: false,
                headers: {
                    ...proxyRequestOptions.headers,
                    connection: agent.keepAlive ? "keep-alive" : "close",
                    host: `${options.host}:${options.port}`
                },
                agent: false,
                timeout: options.timeout || 0
            };
            if (proxy.username || proxy.password) {
                const credentials = `${decodeURIComponent(proxy.username || "")}:${decodeURIComponent(proxy.password || "")}`;
                requestOptions.headers["proxy-authorization"] = `Basic ${Buffer.from(credentials).toString("base64")}`;
            }
            if (proxy.protocol === "https:") {
                requestOptions.servername = net.isIP(proxy.hostname) ? "" : proxy.hostname;
            }
            const request = (proxy.protocol === "http:" ? http : https).request(requestOptions);
            request.once("connect", (response, socket)=>{
                request.removeAllListeners();
                socket.removeAllListeners();
                if (response.statusCode === 200) {
                    callback(null, onSocket(socket));
                } else {
                    socket.destroy();
                    callback(new Error(`Bad response: ${response.statusCode}`), null);
                }
            });
            request.once("timeout", ()=>{
                request.destroy(new Error("Proxy timeout"));
            });
            request.once("error", (err)=>{
                request.removeAllListeners();
                callback(err, null);
            });
            request.end();
        }
        class HttpProxyAgent extends http.Agent {
            constructor({ proxy, proxyRequestOptions, ...opts }){
                super(opts);
                this.proxy = typeof proxy === "string" ? new URL(proxy) : proxy;
                this.proxyRequestOptions = proxyRequestOptions || {};
            }
            createConnection(options, callback) {
                connect(this, options, callback, (socket)=>socket);
            }
        }
        class HttpsProxyAgent extends https.Agent {
            constructor({ proxy, proxyRequestOptions, ...opts }){
                super(opts);
                this.proxy = typeof proxy === "string" ? new URL(proxy) : proxy;
                this.proxyRequestOptions = proxyRequestOptions || {};
            }
            createConnection(options, callback) {
                connect(this, options, callback, (socket)=>super.createConnection({
                        ...options,
                        socket
                    }));
            }
        }
        module.exports = {
            HttpProxyAgent,
            HttpsProxyAgent
        };
    },
    24993: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { stringify } = __webpack_require__(83480);
        const debug = __webpack_require__(2830)("opensearch");
        const sjson = __webpack_require__(62084);
        const { SerializationError, DeserializationError } = __webpack_require__(73598);
        const kJsonOptions = Symbol("secure json parse options");
        const JSON11 = __webpack_require__(77591);
        const isBigIntSupported = typeof BigInt !== "undefined";
        class Serializer {
            constructor(opts = {}){
                const disable = opts.disablePrototypePoisoningProtection;
                this[kJsonOptions] = {
                    protoAction: disable === true || disable === "proto" ? "ignore" : "error",
                    constructorAction: disable === true || disable === "constructor" ? "ignore" : "error",
                    enableLongNumeralSupport: opts.enableLongNumeralSupport === true
                };
            }
            serialize(object) {
                debug("Serializing", object);
                let json;
                let numeralsAreNumbers = true;
                const checkForBigInts = (key, val)=>{
                    if (typeof val === "bigint") {
                        numeralsAreNumbers = false;
                        return Number(val);
                    }
                    return val;
                };
                const shouldHandleLongNumerals = isBigIntSupported && this[kJsonOptions].enableLongNumeralSupport;
                try {
                    json = JSON.stringify(object, shouldHandleLongNumerals ? checkForBigInts : null);
                    if (shouldHandleLongNumerals && !numeralsAreNumbers) {
                        try {
                            const temp = JSON11.stringify(object, {
                                withBigInt: false,
                                quote: '"',
                                quoteNames: true
                            });
                            if (temp) json = temp;
                        } catch (ex) {}
                    }
                } catch (err) {
                    throw new SerializationError(err.message, object);
                }
                return json;
            }
            deserialize(json) {
                debug("Deserializing", json);
                let object;
                let numeralsAreNumbers = true;
                const checkForLargeNumerals = (key, val)=>{
                    if (numeralsAreNumbers && typeof val === "number" && (val < Number.MIN_SAFE_INTEGER || val > Number.MAX_SAFE_INTEGER)) {
                        numeralsAreNumbers = false;
                    }
                    return val;
                };
                const shouldHandleLongNumerals = isBigIntSupported && this[kJsonOptions].enableLongNumeralSupport;
                try {
                    object = sjson.parse(json, shouldHandleLongNumerals ? checkForLargeNumerals : null, this[kJsonOptions]);
                    if (shouldHandleLongNumerals && !numeralsAreNumbers) {
                        try {
                            const temp = JSON11.parse(json, null, {
                                withLongNumerals: true
                            });
                            if (temp) {
                                object = temp;
                            }
                        } catch (ex) {}
                    }
                } catch (err) {
                    throw new DeserializationError(err.message, json);
                }
                return object;
            }
            ndserialize(array) {
                debug("ndserialize", array);
                if (Array.isArray(array) === false) {
                    throw new SerializationError("The argument provided is not an array", array);
                }
                let ndjson = "";
                for(let i = 0, len = array.length; i < len; i++){
                    if (typeof array[i] === "string") {
                        ndjson += array[i] + "\n";
                    } else {
                        ndjson += this.serialize(array[i]) + "\n";
                    }
                }
                return ndjson;
            }
            qserialize(object) {
                debug("qserialize", object);
                if (object == null) return "";
                if (typeof object === "string") return object;
                const keys = Object.keys(object);
                for(let i = 0, len = keys.length; i < len; i++){
                    const key = keys[i];
                    if (object[key] === undefined) {
                        delete object[key];
                    } else if (Array.isArray(object[key]) === true) {
                        object[key] = object[key].join(",");
                    }
                }
                return stringify(object);
            }
        }
        module.exports = Serializer;
    },
    14532: (module, __unused_webpack_exports, __webpack_require__)=>{
        const debug = __webpack_require__(2830)("opensearch");
        const os = __webpack_require__(70857);
        const { gzip, unzip, createGzip } = __webpack_require__(43106);
        const buffer = __webpack_require__(20181);
        const ms = __webpack_require__(70744);
        const { EventEmitter } = __webpack_require__(2053);
        const { ConnectionError, RequestAbortedError, NoLivingConnectionsError, ResponseError, ConfigurationError } = __webpack_require__(73598);
        const noop = ()=>{};
        const compatibleCheckEmitter = new EventEmitter;
        const clientVersion = __webpack_require__(89083).rE;
        const userAgent = `opensearch-js/${clientVersion} (${os.platform()} ${os.release()}-${os.arch()}; Node.js ${process.version})`;
        const MAX_BUFFER_LENGTH = buffer.constants.MAX_LENGTH;
        const MAX_STRING_LENGTH = buffer.constants.MAX_STRING_LENGTH;
        const HEAP_SIZE_LIMIT = __webpack_require__(11493).getHeapStatistics().heap_size_limit;
        const kCompatibleCheck = Symbol("compatible check");
        const kApiVersioning = Symbol("api versioning");
        class Transport {
            constructor(opts){
                if (typeof opts.compression === "string" && opts.compression !== "gzip") {
                    throw new ConfigurationError(`Invalid compression: '${opts.compression}'`);
                }
                this.emit = opts.emit;
                this.connectionPool = opts.connectionPool;
                this.serializer = opts.serializer;
                this.maxRetries = opts.maxRetries;
                this.requestTimeout = toMs(opts.requestTimeout);
                this.suggestCompression = opts.suggestCompression === true;
                this.compression = opts.compression || false;
                this.context = opts.context || null;
                this.headers = Object.assign({}, {
                    "user-agent": userAgent
                }, opts.suggestCompression === true ? {
                    "accept-encoding": "gzip,deflate"
                } : null, lowerCaseHeaders(opts.headers));
                this.sniffInterval = opts.sniffInterval;
                this.sniffOnConnectionFault = opts.sniffOnConnectionFault;
                this.sniffEndpoint = opts.sniffEndpoint;
                this.generateRequestId = opts.generateRequestId || generateRequestId();
                this.name = opts.name;
                this.opaqueIdPrefix = opts.opaqueIdPrefix;
                this[kCompatibleCheck] = 0;
                this[kApiVersioning] = process.env.OPENSEARCH_CLIENT_APIVERSIONING === "true";
                this.memoryCircuitBreaker = opts.memoryCircuitBreaker;
                this.nodeFilter = opts.nodeFilter || defaultNodeFilter;
                if (typeof opts.nodeSelector === "function") {
                    this.nodeSelector = opts.nodeSelector;
                } else if (opts.nodeSelector === "round-robin") {
                    this.nodeSelector = roundRobinSelector();
                } else if (opts.nodeSelector === "random") {
                    this.nodeSelector = randomSelector;
                } else {
                    this.nodeSelector = roundRobinSelector();
                }
                this._sniffEnabled = typeof this.sniffInterval === "number";
                this._nextSniff = this._sniffEnabled ? Date.now() + this.sniffInterval : 0;
                this._isSniffing = false;
                this._auth = opts.auth;
                if (opts.sniffOnStart === true) {
                    setTimeout(()=>{
                        this.sniff({
                            reason: Transport.sniffReasons.SNIFF_ON_START
                        });
                    }, 10);
                }
            }
            request(params, options, callback) {
                options = options || {};
                if (typeof options === "function") {
                    callback = options;
                    options = {};
                }
                let p = null;
                if (callback === undefined) {
                    let onFulfilled = null;
                    let onRejected = null;
                    p = new Promise((resolve, reject)=>{
                        onFulfilled = resolve;
                        onRejected = reject;
                    });
                    callback = function callback(err, result) {
                        err ? onRejected(err) : onFulfilled(result);
                    };
                }
                const meta = {
                    context: null,
                    request: {
                        params: null,
                        options: null,
                        id: options.id || this.generateRequestId(params, options)
                    },
                    name: this.name,
                    connection: null,
                    attempts: 0,
                    aborted: false
                };
                if (this.context != null && options.context != null) {
                    meta.context = Object.assign({}, this.context, options.context);
                } else if (this.context != null) {
                    meta.context = this.context;
                } else if (options.context != null) {
                    meta.context = options.context;
                }
                const result = {
                    body: null,
                    statusCode: null,
                    headers: null,
                    meta
                };
                Object.defineProperty(result, "warnings", {
                    get () {
                        return this.headers && this.headers.warning ? this.headers.warning.split(/(?!\B"[^"]*),(?![^"]*"\B)/) : null;
                    }
                });
                const maxRetries = isStream(params.body) || isStream(params.bulkBody) ? 0 : typeof options.maxRetries === "number" ? options.maxRetries : this.maxRetries;
                const compression = options.compression !== undefined ? options.compression : this.compression;
                let request = {
                    abort: noop
                };
                const transportReturn = {
                    then (onFulfilled, onRejected) {
                        if (p != null) {
                            return p.then(onFulfilled, onRejected);
                        }
                    },
                    catch (onRejected) {
                        if (p != null) {
                            return p.catch(onRejected);
                        }
                    },
                    abort () {
                        meta.aborted = true;
                        request.abort();
                        debug("Aborting request", params);
                        return this;
                    },
                    finally (onFinally) {
                        if (p != null) {
                            return p.finally(onFinally);
                        }
                    }
                };
                const makeRequest = ()=>{
                    if (meta.aborted === true) {
                        return process.nextTick(callback, new RequestAbortedError, result);
                    }
                    meta.connection = this.getConnection({
                        requestId: meta.request.id
                    });
                    if (meta.connection == null) {
                        return process.nextTick(callback, new NoLivingConnectionsError, result);
                    }
                    this.emit("request", null, result);
                    request = meta.connection.request(params, onResponse);
                };
                const onConnectionError = (err)=>{
                    if (err.name !== "RequestAbortedError") {
                        this.connectionPool.markDead(meta.connection);
                        if (this.sniffOnConnectionFault === true) {
                            this.sniff({
                                reason: Transport.sniffReasons.SNIFF_ON_CONNECTION_FAULT,
                                requestId: meta.request.id
                            });
                        }
                        if (meta.attempts < maxRetries) {
                            meta.attempts++;
                            debug(`Retrying request, there are still ${maxRetries - meta.attempts} attempts`, params);
                            makeRequest();
                            return;
                        }
                    }
                    err.meta = result;
                    this.emit("response", err, result);
                    return callback(err, result);
                };
                const onResponse = (err, response)=>{
                    if (err !== null) {
                        return onConnectionError(err);
                    }
                    result.statusCode = response.statusCode;
                    result.headers = response.headers;
                    if (options.asStream === true) {
                        result.body = response;
                        this.emit("response", null, result);
                        callback(null, result);
                        return;
                    }
                    const contentEncoding = (result.headers["content-encoding"] || "").toLowerCase();
                    const isCompressed = contentEncoding.indexOf("gzip") > -1 || contentEncoding.indexOf("deflate") > -1;
                    if (result.headers["content-length"] !== undefined) {
                        const contentLength = Number(result.headers["content-length"]);
                        if (isCompressed && contentLength > MAX_BUFFER_LENGTH) {
                            response.destroy();
                            return onConnectionError(new RequestAbortedError(`The content length (${contentLength}) is bigger than the maximum allowed buffer (${MAX_BUFFER_LENGTH})`, result));
                        } else if (contentLength > MAX_STRING_LENGTH) {
                            response.destroy();
                            return onConnectionError(new RequestAbortedError(`The content length (${contentLength}) is bigger than the maximum allowed string (${MAX_STRING_LENGTH})`, result));
                        } else if (shouldApplyCircuitBreaker(contentLength)) {
                            response.destroy();
                            return onConnectionError(new RequestAbortedError(`The content length (${contentLength}) is bigger than the maximum allowed heap memory limit.`, result));
                        }
                    }
                    let payload = isCompressed ? [] : "";
                    const onData = isCompressed ? (chunk)=>{
                        payload.push(chunk);
                    } : (chunk)=>{
                        payload += chunk;
                    };
                    const onEnd = (err)=>{
                        response.removeListener("data", onData);
                        response.removeListener("end", onEnd);
                        response.removeListener("error", onEnd);
                        response.removeListener("aborted", onAbort);
                        if (err) {
                            return onConnectionError(new ConnectionError(err.message));
                        }
                        if (isCompressed) {
                            unzip(Buffer.concat(payload), onBody);
                        } else {
                            onBody(null, payload);
                        }
                    };
                    const onAbort = ()=>{
                        response.destroy();
                        onEnd(new Error("Response aborted while reading the body"));
                    };
                    if (!isCompressed) {
                        response.setEncoding("utf8");
                    }
                    this.emit("deserialization", null, result);
                    response.on("data", onData);
                    response.on("error", onEnd);
                    response.on("end", onEnd);
                    response.on("aborted", onAbort);
                };
                const shouldApplyCircuitBreaker = (contentLength)=>{
                    if (!this.memoryCircuitBreaker || !this.memoryCircuitBreaker.enabled) return false;
                    const maxPercentage = validateMemoryPercentage(this.memoryCircuitBreaker.maxPercentage);
                    const heapUsed = process.memoryUsage().heapUsed;
                    return contentLength + heapUsed > HEAP_SIZE_LIMIT * maxPercentage;
                };
                const onBody = (err, payload)=>{
                    if (err) {
                        this.emit("response", err, result);
                        return callback(err, result);
                    }
                    if (Buffer.isBuffer(payload)) {
                        payload = payload.toString();
                    }
                    const isHead = params.method === "HEAD";
                    if (result.headers["content-type"] !== undefined && (result.headers["content-type"].indexOf("application/json") > -1 || result.headers["content-type"].indexOf("application/vnd.opensearch+json") > -1) && isHead === false && payload !== "") {
                        try {
                            result.body = this.serializer.deserialize(payload);
                        } catch (err) {
                            this.emit("response", err, result);
                            return callback(err, result);
                        }
                    } else {
                        result.body = isHead === true && result.statusCode < 400 ? true : payload;
                    }
                    const ignoreStatusCode = Array.isArray(options.ignore) && options.ignore.indexOf(result.statusCode) > -1 || isHead === true && result.statusCode === 404;
                    if (ignoreStatusCode === false && (result.statusCode === 502 || result.statusCode === 503 || result.statusCode === 504)) {
                        this.connectionPool.markDead(meta.connection);
                        if (meta.attempts < maxRetries && result.statusCode !== 429) {
                            meta.attempts++;
                            debug(`Retrying request, there are still ${maxRetries - meta.attempts} attempts`, params);
                            makeRequest();
                            return;
                        }
                    } else {
                        this.connectionPool.markAlive(meta.connection);
                    }
                    if (ignoreStatusCode === false && result.statusCode >= 400) {
                        const error = new ResponseError(result);
                        this.emit("response", error, result);
                        callback(error, result);
                    } else {
                        if (isHead === true && result.statusCode === 404) {
                            result.body = false;
                        }
                        this.emit("response", null, result);
                        callback(null, result);
                    }
                };
                const prepareRequest = ()=>{
                    this.emit("serialization", null, result);
                    const headers = Object.assign({}, this.headers, lowerCaseHeaders(options.headers));
                    if (options.opaqueId !== undefined) {
                        headers["x-opaque-id"] = this.opaqueIdPrefix !== null ? this.opaqueIdPrefix + options.opaqueId : options.opaqueId;
                    }
                    if (params.body != null) {
                        if (shouldSerialize(params.body) === true) {
                            try {
                                params.body = this.serializer.serialize(params.body);
                            } catch (err) {
                                this.emit("request", err, result);
                                process.nextTick(callback, err, result);
                                return transportReturn;
                            }
                        }
                        if (params.body !== "") {
                            headers["content-type"] = headers["content-type"] || (this[kApiVersioning] ? "application/vnd.opensearch+json; compatible-with=7" : "application/json");
                        }
                    } else if (params.bulkBody != null) {
                        if (shouldSerialize(params.bulkBody) === true) {
                            try {
                                params.body = this.serializer.ndserialize(params.bulkBody);
                            } catch (err) {
                                this.emit("request", err, result);
                                process.nextTick(callback, err, result);
                                return transportReturn;
                            }
                        } else {
                            params.body = params.bulkBody;
                        }
                        if (params.body !== "") {
                            headers["content-type"] = headers["content-type"] || (this[kApiVersioning] ? "application/vnd.opensearch+x-ndjson; compatible-with=7" : "application/x-ndjson");
                        }
                    }
                    params.headers = headers;
                    if (options.querystring == null) {
                        params.querystring = this.serializer.qserialize(params.querystring);
                    } else {
                        params.querystring = this.serializer.qserialize(Object.assign({}, params.querystring, options.querystring));
                    }
                    if (this._auth !== null && typeof this._auth === "object" && "credentials" in this._auth) {
                        params.auth = this._auth;
                    }
                    params.timeout = toMs(options.requestTimeout || this.requestTimeout);
                    if (options.asStream === true) params.asStream = true;
                    meta.request.params = params;
                    meta.request.options = options;
                    if (params.body !== "" && params.body != null) {
                        if (isStream(params.body) === true) {
                            if (compression === "gzip") {
                                params.headers["content-encoding"] = compression;
                                params.body = params.body.pipe(createGzip());
                            }
                            makeRequest();
                        } else if (compression === "gzip") {
                            gzip(params.body, (err, buffer)=>{
                                if (err) {
                                    this.emit("request", err, result);
                                    return callback(err, result);
                                }
                                params.headers["content-encoding"] = compression;
                                params.headers["content-length"] = "" + Buffer.byteLength(buffer);
                                params.body = buffer;
                                makeRequest();
                            });
                        } else {
                            params.headers["content-length"] = "" + Buffer.byteLength(params.body);
                            makeRequest();
                        }
                    } else {
                        makeRequest();
                    }
                };
                prepareRequest();
                return transportReturn;
            }
            getConnection(opts) {
                const now = Date.now();
                if (this._sniffEnabled === true && now > this._nextSniff) {
                    this.sniff({
                        reason: Transport.sniffReasons.SNIFF_INTERVAL,
                        requestId: opts.requestId
                    });
                }
                return this.connectionPool.getConnection({
                    filter: this.nodeFilter,
                    selector: this.nodeSelector,
                    requestId: opts.requestId,
                    name: this.name,
                    now
                });
            }
            sniff(opts, callback = noop) {
                if (this._isSniffing === true) return;
                this._isSniffing = true;
                debug("Started sniffing request");
                if (typeof opts === "function") {
                    callback = opts;
                    opts = {
                        reason: Transport.sniffReasons.DEFAULT
                    };
                }
                const { reason } = opts;
                const request = {
                    method: "GET",
                    path: this.sniffEndpoint
                };
                this.request(request, {
                    id: opts.requestId
                }, (err, result)=>{
                    this._isSniffing = false;
                    if (this._sniffEnabled === true) {
                        this._nextSniff = Date.now() + this.sniffInterval;
                    }
                    if (err != null) {
                        debug("Sniffing errored", err);
                        result.meta.sniff = {
                            hosts: [],
                            reason
                        };
                        this.emit("sniff", err, result);
                        return callback(err);
                    }
                    debug("Sniffing ended successfully", result.body);
                    const protocol = result.meta.connection.url.protocol || "http:";
                    const hosts = this.connectionPool.nodesToHost(result.body.nodes, protocol);
                    this.connectionPool.update(hosts);
                    result.meta.sniff = {
                        hosts,
                        reason
                    };
                    this.emit("sniff", null, result);
                    callback(null, hosts);
                });
            }
            checkCompatibleInfo() {
                debug("Start compatible check");
                this[kCompatibleCheck] = 1;
                this.request({
                    method: "GET",
                    path: "/"
                }, (err, result)=>{
                    this[kCompatibleCheck] = 3;
                    if (err) {
                        debug("compatible check failed", err);
                        if (err.statusCode === 401 || err.statusCode === 403) {
                            this[kCompatibleCheck] = 2;
                            process.emitWarning("The client is unable to verify the distribution due to security privileges on the server side. Some functionality may not be compatible if the server is running an unsupported product.");
                            compatibleCheckEmitter.emit("compatible-check", true);
                        } else {
                            this[kCompatibleCheck] = 0;
                            compatibleCheckEmitter.emit("compatible-check", false);
                        }
                    } else {
                        debug("Checking OpenSearch version", result.body, result.headers);
                        if (result.body.version == null || typeof result.body.version.number !== "string") {
                            debug("Can't access OpenSearch version");
                            return compatibleCheckEmitter.emit("compatible-check", false);
                        }
                        const distribution = result.body.version.distribution;
                        const version = result.body.version.number.split(".");
                        const major = Number(version[0]);
                        if (distribution === "opensearch") {
                            debug("Valid OpenSearch distribution");
                            this[kCompatibleCheck] = 2;
                            return compatibleCheckEmitter.emit("compatible-check", true);
                        }
                        if (major !== 7) {
                            debug("Invalid distribution");
                            return compatibleCheckEmitter.emit("compatible-check", false);
                        }
                        debug("Valid OpenSearch distribution");
                        this[kCompatibleCheck] = 2;
                        compatibleCheckEmitter.emit("compatible-check", true);
                    }
                });
            }
        }
        Transport.sniffReasons = {
            SNIFF_ON_START: "sniff-on-start",
            SNIFF_INTERVAL: "sniff-interval",
            SNIFF_ON_CONNECTION_FAULT: "sniff-on-connection-fault",
            DEFAULT: "default"
        };
        function toMs(time) {
            if (typeof time === "string") {
                return ms(time);
            }
            return time;
        }
        function shouldSerialize(obj) {
            return typeof obj !== "string" && typeof obj.pipe !== "function" && Buffer.isBuffer(obj) === false;
        }
        function isStream(obj) {
            return obj != null && typeof obj.pipe === "function";
        }
        function defaultNodeFilter(node) {
            if ((node.roles.cluster_manager === true || node.roles.master === true) && node.roles.data === false && node.roles.ingest === false) {
                return false;
            }
            return true;
        }
        function roundRobinSelector() {
            let current = -1;
            return function _roundRobinSelector(connections) {
                if (++current >= connections.length) {
                    current = 0;
                }
                return connections[current];
            };
        }
        function randomSelector(connections) {
            const index = Math.floor(Math.random() * connections.length);
            return connections[index];
        }
        function generateRequestId() {
            const maxInt = 0x7fffffff;
            let nextReqId = 0;
            return function genReqId() {
                return nextReqId = nextReqId + 1 & maxInt;
            };
        }
        function lowerCaseHeaders(oldHeaders) {
            if (oldHeaders == null) return oldHeaders;
            const newHeaders = {};
            for(const header in oldHeaders){
                newHeaders[header.toLowerCase()] = oldHeaders[header];
            }
            return newHeaders;
        }
        function validateMemoryPercentage(percentage) {
            if (percentage < 0 || percentage > 1) return 1;
            return percentage;
        }
        module.exports = Transport;
        module.exports.internals = {
            defaultNodeFilter,
            roundRobinSelector,
            randomSelector,
            generateRequestId,
            lowerCaseHeaders,
            toMs
        };
    },
    73598: (module)=>{
        class OpenSearchClientError extends Error {
            constructor(message){
                super(message);
                this.name = "OpenSearchClientError";
            }
        }
        class TimeoutError extends OpenSearchClientError {
            constructor(message, meta){
                super(message);
                Error.captureStackTrace(this, TimeoutError);
                this.name = "TimeoutError";
                this.message = message || "Timeout Error";
                this.meta = meta;
            }
        }
        class ConnectionError extends OpenSearchClientError {
            constructor(message, meta){
                super(message);
                Error.captureStackTrace(this, ConnectionError);
                this.name = "ConnectionError";
                this.message = message || "Connection Error";
                this.meta = meta;
            }
        }
        class NoLivingConnectionsError extends OpenSearchClientError {
            constructor(message, meta){
                super(message);
                Error.captureStackTrace(this, NoLivingConnectionsError);
                this.name = "NoLivingConnectionsError";
                this.message = message || "Given the configuration, the ConnectionPool was not able to find a usable Connection for this request.";
                this.meta = meta;
            }
        }
        class SerializationError extends OpenSearchClientError {
            constructor(message, data){
                super(message);
                Error.captureStackTrace(this, SerializationError);
                this.name = "SerializationError";
                this.message = message || "Serialization Error";
                this.data = data;
            }
        }
        class DeserializationError extends OpenSearchClientError {
            constructor(message, data){
                super(message);
                Error.captureStackTrace(this, DeserializationError);
                this.name = "DeserializationError";
                this.message = message || "Deserialization Error";
                this.data = data;
            }
        }
        class ConfigurationError extends OpenSearchClientError {
            constructor(message){
                super(message);
                Error.captureStackTrace(this, ConfigurationError);
                this.name = "ConfigurationError";
                this.message = message || "Configuration Error";
            }
        }
        class ResponseError extends OpenSearchClientError {
            constructor(meta){
                super("Response Error");
                Error.captureStackTrace(this, ResponseError);
                this.name = "ResponseError";
                if (meta.body && meta.body.error && meta.body.error.type) {
                    if (Array.isArray(meta.body.error.root_cause)) {
                        this.message = meta.body.error.type + ": ";
                        this.message += meta.body.error.root_cause.map((entry)=>`[${entry.type}] Reason: ${entry.reason}`).join("; ");
                    } else {
                        this.message = meta.body.error.type;
                    }
                } else {
                    this.message = "Response Error";
                }
                this.meta = meta;
            }
            get body() {
                return this.meta.body;
            }
            get statusCode() {
                if (this.meta.body && typeof this.meta.body.status === "number") {
                    return this.meta.body.status;
                }
                return this.meta.statusCode;
            }
            get headers() {
                return this.meta.headers;
            }
            toString() {
                return JSON.stringify(this.meta.body);
            }
        }
        class RequestAbortedError extends OpenSearchClientError {
            constructor(message, meta){
                super(message);
                Error.captureStackTrace(this, RequestAbortedError);
                this.name = "RequestAbortedError";
                this.message = message || "Request aborted";
                this.meta = meta;
            }
        }
        class NotCompatibleError extends OpenSearchClientError {
            constructor(meta){
                super("Not Compatible Error");
                Error.captureStackTrace(this, NotCompatibleError);
                this.name = "NotCompatibleError";
                this.message = "The client noticed that the server is not a supported distribution";
                this.meta = meta;
            }
        }
        module.exports = {
            OpenSearchClientError,
            TimeoutError,
            ConnectionError,
            NoLivingConnectionsError,
            SerializationError,
            DeserializationError,
            ConfigurationError,
            ResponseError,
            RequestAbortedError,
            NotCompatibleError
        };
    },
    56729: (module, __unused_webpack_exports, __webpack_require__)=>{
        const { URL: URL1 } = __webpack_require__(87016);
        const debug = __webpack_require__(2830)("opensearch");
        const Connection = __webpack_require__(30065);
        const { ConfigurationError } = __webpack_require__(73598);
        const noop = ()=>{};
        class BaseConnectionPool {
            constructor(opts){
                this.connections = [];
                this.size = this.connections.length;
                this.Connection = opts.Connection;
                this.emit = opts.emit || noop;
                this.auth = opts.auth || null;
                this._ssl = opts.ssl;
                this._agent = opts.agent;
                this._proxy = opts.proxy || null;
            }
            getConnection() {
                throw new Error("getConnection must be implemented");
            }
            markAlive() {
                return this;
            }
            markDead() {
                return this;
            }
            createConnection(opts) {
                if (opts instanceof Connection) {
                    throw new ConfigurationError("The argument provided is already a Connection instance.");
                }
                if (typeof opts === "string") {
                    opts = this.urlToHost(opts);
                }
                if (this.auth !== null) {
                    opts.auth = this.auth;
                } else if (opts.url.username !== "" && opts.url.password !== "") {
                    opts.auth = {
                        username: decodeURIComponent(opts.url.username),
                        password: decodeURIComponent(opts.url.password)
                    };
                }
                if (opts.ssl == null) opts.ssl = this._ssl;
                if (opts.agent == null) opts.agent = this._agent;
                if (opts.proxy == null) opts.proxy = this._proxy;
                const connection = new this.Connection(opts);
                for (const conn of this.connections){
                    if (conn.id === connection.id) {
                        throw new Error(`Connection with id '${connection.id}' is already present`);
                    }
                }
                return connection;
            }
            addConnection(opts) {
                if (Array.isArray(opts)) {
                    opts.forEach((o)=>this.addConnection(o));
                    return;
                }
                if (typeof opts === "string") {
                    opts = this.urlToHost(opts);
                }
                const connectionId = opts.id;
                const connectionUrl = opts.url.href;
                if (connectionId || connectionUrl) {
                    const connectionById = this.connections.find((c)=>c.id === connectionId);
                    const connectionByUrl = this.connections.find((c)=>c.id === connectionUrl);
                    if (connectionById || connectionByUrl) {
                        throw new ConfigurationError(`Connection with id '${connectionId || connectionUrl}' is already present`);
                    }
                }
                this.update([
                    ...this.connections,
                    opts
                ]);
                return this.connections[this.size - 1];
            }
            removeConnection(connection) {
                debug("Removing connection", connection);
                return this.update(this.connections.filter((c)=>c.id !== connection.id));
            }
            empty(callback = noop) {
                debug("Emptying the connection pool");
                let openConnections = this.size;
                this.connections.forEach((connection)=>{
                    connection.close(()=>{
                        if (--openConnections === 0) {
                            this.connections = [];
                            this.size = this.connections.length;
                            callback();
                        }
                    });
                });
            }
            update(nodes) {
                debug("Updating the connection pool");
                const newConnections = [];
                const oldConnections = [];
                for (const node of nodes){
                    const connectionById = this.connections.find((c)=>c.id === node.id);
                    const connectionByUrl = this.connections.find((c)=>c.id === node.url.href);
                    if (connectionById) {
                        debug(`The connection with id '${node.id}' is already present`);
                        this.markAlive(connectionById);
                        newConnections.push(connectionById);
                    } else if (connectionByUrl) {
                        connectionByUrl.id = node.id;
                        this.markAlive(connectionByUrl);
                        newConnections.push(connectionByUrl);
                    } else {
                        newConnections.push(this.createConnection(node));
                    }
                }
                const ids = nodes.map((c)=>c.id);
                for (const connection of this.connections){
                    if (ids.indexOf(connection.id) === -1) {
                        oldConnections.push(connection);
                    }
                }
                oldConnections.forEach((connection)=>connection.close());
                this.connections = newConnections;
                this.size = this.connections.length;
                return this;
            }
            nodesToHost(nodes, protocol) {
                const ids = Object.keys(nodes);
                const hosts = [];
                for(let i = 0, len = ids.length; i < len; i++){
                    const node = nodes[ids[i]];
                    if (node.http === undefined) {
                        continue;
                    }
                    let address = node.http.publish_address;
                    const parts = address.split("/");
                    if (parts.length > 1) {
                        const hostname = parts[0];
                        const port = parts[1].match(/((?::))(?:[0-9]+)$/g)[0].slice(1);
                        address = `${hostname}:${port}`;
                    }
                    address = address.slice(0, 4) === "http" ? address : `${protocol}//${address}`;
                    const roles = node.roles.reduce((acc, role)=>{
                        acc[role] = true;
                        return acc;
                    }, {});
                    hosts.push({
                        url: new URL1(address),
                        id: ids[i],
                        roles: Object.assign({
                            [Connection.roles.DATA]: false,
                            [Connection.roles.INGEST]: false
                        }, roles)
                    });
                }
                return hosts;
            }
            urlToHost(url) {
                return {
                    url: new URL1(url)
                };
            }
        }
        module.exports = BaseConnectionPool;
    },
    83175: (module, __unused_webpack_exports, __webpack_require__)=>{
        const BaseConnectionPool = __webpack_require__(56729);
        const noop = ()=>{};
        class CloudConnectionPool extends BaseConnectionPool {
            constructor(opts){
                super(opts);
                this.cloudConnection = null;
            }
            getConnection() {
                return this.cloudConnection;
            }
            empty(callback = noop) {
                super.empty(()=>{
                    this.cloudConnection = null;
                    callback();
                });
            }
            update(connections) {
                super.update(connections);
                this.cloudConnection = this.connections[0];
                return this;
            }
        }
        module.exports = CloudConnectionPool;
    },
    12212: (module, __unused_webpack_exports, __webpack_require__)=>{
        const BaseConnectionPool = __webpack_require__(56729);
        const assert = __webpack_require__(42613);
        const debug = __webpack_require__(2830)("opensearch");
        const Connection = __webpack_require__(30065);
        const noop = ()=>{};
        class ConnectionPool extends BaseConnectionPool {
            constructor(opts){
                super(opts);
                this.dead = [];
                this.resurrectTimeout = 1e3 * 60;
                this.resurrectTimeoutCutoff = 5;
                this.pingTimeout = opts.pingTimeout;
                this._sniffEnabled = opts.sniffEnabled || false;
                const resurrectStrategy = opts.resurrectStrategy || "ping";
                this.resurrectStrategy = ConnectionPool.resurrectStrategies[resurrectStrategy];
                assert(this.resurrectStrategy != null, `Invalid resurrection strategy: '${resurrectStrategy}'`);
            }
            markAlive(connection) {
                const { id } = connection;
                debug(`Marking as 'alive' connection '${id}'`);
                const index = this.dead.indexOf(id);
                if (index > -1) this.dead.splice(index, 1);
                connection.status = Connection.statuses.ALIVE;
                connection.deadCount = 0;
                connection.resurrectTimeout = 0;
                return this;
            }
            markDead(connection) {
                const { id } = connection;
                debug(`Marking as 'dead' connection '${id}'`);
                if (this.dead.indexOf(id) === -1) {
                    for(let i = 0; i < this.size; i++){
                        if (this.connections[i].id === id) {
                            this.dead.push(id);
                            break;
                        }
                    }
                }
                connection.status = Connection.statuses.DEAD;
                connection.deadCount++;
                connection.resurrectTimeout = Date.now() + this.resurrectTimeout * Math.pow(2, Math.min(connection.deadCount - 1, this.resurrectTimeoutCutoff));
                this.dead.sort((a, b)=>{
                    const conn1 = this.connections.find((c)=>c.id === a);
                    const conn2 = this.connections.find((c)=>c.id === b);
                    return conn1.resurrectTimeout - conn2.resurrectTimeout;
                });
                return this;
            }
            resurrect(opts, callback = noop) {
                if (this.resurrectStrategy === 0 || this.dead.length === 0) {
                    debug("Nothing to resurrect");
                    callback(null, null);
                    return;
                }
                const connection = this.connections.find((c)=>c.id === this.dead[0]);
                if ((opts.now || Date.now()) < connection.resurrectTimeout) {
                    debug("Nothing to resurrect");
                    callback(null, null);
                    return;
                }
                const { id } = connection;
                if (this.resurrectStrategy === 1) {
                    connection.request({
                        method: "HEAD",
                        path: "/",
                        timeout: this.pingTimeout
                    }, (err, response)=>{
                        let isAlive = true;
                        const statusCode = response !== null ? response.statusCode : 0;
                        if (err != null || statusCode === 502 || statusCode === 503 || statusCode === 504) {
                            debug(`Resurrect: connection '${id}' is still dead`);
                            this.markDead(connection);
                            isAlive = false;
                        } else {
                            debug(`Resurrect: connection '${id}' is now alive`);
                            this.markAlive(connection);
                        }
                        this.emit("resurrect", null, {
                            strategy: "ping",
                            name: opts.name,
                            request: {
                                id: opts.requestId
                            },
                            isAlive,
                            connection
                        });
                        callback(isAlive, connection);
                    });
                } else {
                    debug(`Resurrect: optimistic resurrection for connection '${id}'`);
                    this.dead.splice(this.dead.indexOf(id), 1);
                    connection.status = Connection.statuses.ALIVE;
                    this.emit("resurrect", null, {
                        strategy: "optimistic",
                        name: opts.name,
                        request: {
                            id: opts.requestId
                        },
                        isAlive: true,
                        connection
                    });
                    callback(true, connection);
                }
            }
            getConnection(opts = {}) {
                const filter = opts.filter || (()=>true);
                const selector = opts.selector || ((c)=>c[0]);
                this.resurrect({
                    now: opts.now,
                    requestId: opts.requestId,
                    name: opts.name
                });
                const noAliveConnections = this.size === this.dead.length;
                const connections = [];
                for(let i = 0; i < this.size; i++){
                    const connection = this.connections[i];
                    if (noAliveConnections || connection.status === Connection.statuses.ALIVE) {
                        if (filter(connection) === true) {
                            connections.push(connection);
                        }
                    }
                }
                if (connections.length === 0) return null;
                return selector(connections);
            }
            empty(callback = noop) {
                super.empty(()=>{
                    this.dead = [];
                    callback();
                });
            }
            update(connections) {
                super.update(connections);
                this.dead = [];
                return this;
            }
        }
        ConnectionPool.resurrectStrategies = {
            none: 0,
            ping: 1,
            optimistic: 2
        };
        module.exports = ConnectionPool;
    },
    91384: (module, __unused_webpack_exports, __webpack_require__)=>{
        const BaseConnectionPool = __webpack_require__(56729);
        const ConnectionPool = __webpack_require__(12212);
        const CloudConnectionPool = __webpack_require__(83175);
        module.exports = {
            BaseConnectionPool,
            ConnectionPool,
            CloudConnectionPool
        };
    },
    62084: (module)=>{
        const hasBuffer = typeof Buffer !== "undefined";
        const suspectProtoRx = /"(?:_|\\u005[Ff])(?:_|\\u005[Ff])(?:p|\\u0070)(?:r|\\u0072)(?:o|\\u006[Ff])(?:t|\\u0074)(?:o|\\u006[Ff])(?:_|\\u005[Ff])(?:_|\\u005[Ff])"\s*:/;
        const suspectConstructorRx = /"(?:c|\\u0063)(?:o|\\u006[Ff])(?:n|\\u006[Ee])(?:s|\\u0073)(?:t|\\u0074)(?:r|\\u0072)(?:u|\\u0075)(?:c|\\u0063)(?:t|\\u0074)(?:o|\\u006[Ff])(?:r|\\u0072)"\s*:/;
        function _parse(text, reviver, options) {
            if (options == null) {
                if (reviver !== null && typeof reviver === "object") {
                    options = reviver;
                    reviver = undefined;
                }
            }
            if (hasBuffer && Buffer.isBuffer(text)) {
                text = text.toString();
            }
            if (text && text.charCodeAt(0) === 65279) {
                text = text.slice(1);
            }
            const obj = JSON.parse(text, reviver);
            if (obj === null || typeof obj !== "object") {
                return obj;
            }
            const protoAction = options && options.protoAction || "error";
            const constructorAction = options && options.constructorAction || "error";
            if (protoAction === "ignore" && constructorAction === "ignore") {
                return obj;
            }
            if (protoAction !== "ignore" && constructorAction !== "ignore") {
                if (suspectProtoRx.test(text) === false && suspectConstructorRx.test(text) === false) {
                    return obj;
                }
            } else if (protoAction !== "ignore" && constructorAction === "ignore") {
                if (suspectProtoRx.test(text) === false) {
                    return obj;
                }
            } else {
                if (suspectConstructorRx.test(text) === false) {
                    return obj;
                }
            }
            return filter(obj, {
                protoAction,
                constructorAction,
                safe: options && options.safe
            });
        }
        function filter(obj, { protoAction = "error", constructorAction = "error", safe } = {}) {
            let next = [
                obj
            ];
            while(next.length){
                const nodes = next;
                next = [];
                for (const node of nodes){
                    if (protoAction !== "ignore" && Object.prototype.hasOwnProperty.call(node, "__proto__")) {
                        if (safe === true) {
                            return null;
                        } else if (protoAction === "error") {
                            throw new SyntaxError("Object contains forbidden prototype property");
                        }
                        delete node.__proto__;
                    }
                    if (constructorAction !== "ignore" && Object.prototype.hasOwnProperty.call(node, "constructor") && Object.prototype.hasOwnProperty.call(node.constructor, "prototype")) {
                        if (safe === true) {
                            return null;
                        } else if (constructorAction === "error") {
                            throw new SyntaxError("Object contains forbidden prototype property");
                        }
                        delete node.constructor;
                    }
                    for(const key in node){
                        const value = node[key];
                        if (value && typeof value === "object") {
                            next.push(value);
                        }
                    }
                }
            }
            return obj;
        }
        function parse(text, reviver, options) {
            const stackTraceLimit = Error.stackTraceLimit;
            Error.stackTraceLimit = 0;
            try {
                return _parse(text, reviver, options);
            } finally{
                Error.stackTraceLimit = stackTraceLimit;
            }
        }
        function safeParse(text, reviver) {
            const stackTraceLimit = Error.stackTraceLimit;
            Error.stackTraceLimit = 0;
            try {
                return _parse(text, reviver, {
                    safe: true
                });
            } catch (_e) {
                return null;
            } finally{
                Error.stackTraceLimit = stackTraceLimit;
            }
        }
        module.exports = parse;
        module.exports["default"] = parse;
        module.exports.parse = parse;
        module.exports.safeParse = safeParse;
        module.exports.scan = filter;
    },
    77591: (__unused_webpack_module, exports)=>{
        Object.defineProperty(exports, Symbol.toStringTag, {
            value: "Module"
        });
        const Space_Separator = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/;
        const ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
        const ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
        const unicode = {
            Space_Separator,
            ID_Start,
            ID_Continue
        };
        const isSpaceSeparator = (c)=>{
            return typeof c === "string" && unicode.Space_Separator.test(c);
        };
        const isIdStartChar = (c)=>{
            return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "$" || c === "_" || unicode.ID_Start.test(c));
        };
        const isIdContinueChar = (c)=>{
            return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "$" || c === "_" || c === "‌" || c === "‍" || unicode.ID_Continue.test(c));
        };
        const isDigit = (c)=>{
            return typeof c === "string" && /[0-9]/.test(c);
        };
        const isInteger = (s)=>{
            return typeof s === "string" && !/[^0-9]/.test(s);
        };
        const isHex = (s)=>{
            return typeof s === "string" && /0x[0-9a-f]+$/i.test(s);
        };
        const isHexDigit = (c)=>{
            return typeof c === "string" && /[0-9a-f]/i.test(c);
        };
        function parse(text, reviver, options) {
            let source = String(text);
            let parseState = "start";
            let stack = [];
            let pos = 0;
            let line = 1;
            let column = 0;
            let token;
            let key;
            let root;
            let lexState;
            let buffer;
            let doubleQuote;
            let sign;
            let c;
            const lexStates = {
                default () {
                    switch(c){
                        case "	":
                        case "\v":
                        case "\f":
                        case " ":
                        case "\xa0":
                        case "\uFEFF":
                        case "\n":
                        case "\r":
                        case "\u2028":
                        case "\u2029":
                            read();
                            return;
                        case "/":
                            read();
                            lexState = "comment";
                            return;
                        case void 0:
                            read();
                            return newToken("eof");
                    }
                    if (isSpaceSeparator(c)) {
                        read();
                        return;
                    }
                    return lexStates[parseState]();
                },
                comment () {
                    switch(c){
                        case "*":
                            read();
                            lexState = "multiLineComment";
                            return;
                        case "/":
                            read();
                            lexState = "singleLineComment";
                            return;
                    }
                    throw invalidChar(read());
                },
                multiLineComment () {
                    switch(c){
                        case "*":
                            read();
                            lexState = "multiLineCommentAsterisk";
                            return;
                        case void 0:
                            throw invalidChar(read());
                    }
                    read();
                },
                multiLineCommentAsterisk () {
                    switch(c){
                        case "*":
                            read();
                            return;
                        case "/":
                            read();
                            lexState = "default";
                            return;
                        case void 0:
                            throw invalidChar(read());
                    }
                    read();
                    lexState = "multiLineComment";
                },
                singleLineComment () {
                    switch(c){
                        case "\n":
                        case "\r":
                        case "\u2028":
                        case "\u2029":
                            read();
                            lexState = "default";
                            return;
                        case void 0:
                            read();
                            return newToken("eof");
                    }
                    read();
                },
                value () {
                    switch(c){
                        case "{":
                        case "[":
                            return newToken("punctuator", read());
                        case "n":
                            read();
                            literal("ull");
                            return newToken("null", null);
                        case "t":
                            read();
                            literal("rue");
                            return newToken("boolean", true);
                        case "f":
                            read();
                            literal("alse");
                            return newToken("boolean", false);
                        case "-":
                        case "+":
                            if (read() === "-") {
                                sign = -1;
                            }
                            lexState = "sign";
                            return;
                        case ".":
                            buffer = read();
                            lexState = "decimalPointLeading";
                            return;
                        case "0":
                            buffer = read();
                            lexState = "zero";
                            return;
                        case "1":
                        case "2":
                        case "3":
                        case "4":
                        case "5":
                        case "6":
                        case "7":
                        case "8":
                        case "9":
                            buffer = read();
                            lexState = "decimalInteger";
                            return;
                        case "I":
                            read();
                            literal("nfinity");
                            return newToken("numeric", Infinity);
                        case "N":
                            read();
                            literal("aN");
                            return newToken("numeric", NaN);
                        case '"':
                        case "'":
                            doubleQuote = read() === '"';
                            buffer = "";
                            lexState = "string";
                            return;
                    }
                    throw invalidChar(read());
                },
                identifierNameStartEscape () {
                    if (c !== "u") {
                        throw invalidChar(read());
                    }
                    read();
                    const u = unicodeEscape();
                    switch(u){
                        case "$":
                        case "_":
                            break;
                        default:
                            if (!isIdStartChar(u)) {
                                throw invalidIdentifier();
                            }
                            break;
                    }
                    buffer += u;
                    lexState = "identifierName";
                },
                identifierName () {
                    switch(c){
                        case "$":
                        case "_":
                        case "‌":
                        case "‍":
                            buffer += read();
                            return;
                        case "\\":
                            read();
                            lexState = "identifierNameEscape";
                            return;
                    }
                    if (isIdContinueChar(c)) {
                        buffer += read();
                        return;
                    }
                    return newToken("identifier", buffer);
                },
                identifierNameEscape () {
                    if (c !== "u") {
                        throw invalidChar(read());
                    }
                    read();
                    const u = unicodeEscape();
                    switch(u){
                        case "$":
                        case "_":
                        case "‌":
                        case "‍":
                            break;
                        default:
                            if (!isIdContinueChar(u)) {
                                throw invalidIdentifier();
                            }
                            break;
                    }
                    buffer += u;
                    lexState = "identifierName";
                },
                sign () {
                    switch(c){
                        case ".":
                            buffer = read();
                            lexState = "decimalPointLeading";
                            return;
                        case "0":
                            buffer = read();
                            lexState = "zero";
                            return;
                        case "1":
                        case "2":
                        case "3":
                        case "4":
                        case "5":
                        case "6":
                        case "7":
                        case "8":
                        case "9":
                            buffer = read();
                            lexState = "decimalInteger";
                            return;
                        case "I":
                            read();
                            literal("nfinity");
                            return newToken("numeric", sign * Infinity);
                        case "N":
                            read();
                            literal("aN");
                            return newToken("numeric", NaN);
                    }
                    throw invalidChar(read());
                },
                zero () {
                    switch(c){
                        case ".":
                            buffer += read();
                            lexState = "decimalPoint";
                            return;
                        case "e":
                        case "E":
                            buffer += read();
                            lexState = "decimalExponent";
                            return;
                        case "x":
                        case "X":
                            buffer += read();
                            lexState = "hexadecimal";
                            return;
                        case "n":
                            lexState = "bigInt";
                            return;
                    }
                    return newToken("numeric", sign * 0);
                },
                decimalInteger () {
                    switch(c){
                        case ".":
                            buffer += read();
                            lexState = "decimalPoint";
                            return;
                        case "e":
                        case "E":
                            buffer += read();
                            lexState = "decimalExponent";
                            return;
                        case "n":
                            lexState = "bigInt";
                            return;
                    }
                    if (isDigit(c)) {
                        buffer += read();
                        return;
                    }
                    return newNumericToken(sign, buffer);
                },
                decimalPointLeading () {
                    if (isDigit(c)) {
                        buffer += read();
                        lexState = "decimalFraction";
                        return;
                    }
                    throw invalidChar(read());
                },
                decimalPoint () {
                    switch(c){
                        case "e":
                        case "E":
                            buffer += read();
                            lexState = "decimalExponent";
                            return;
                    }
                    if (isDigit(c)) {
                        buffer += read();
                        lexState = "decimalFraction";
                        return;
                    }
                    return newNumericToken(sign, buffer);
                },
                decimalFraction () {
                    switch(c){
                        case "e":
                        case "E":
                            buffer += read();
                            lexState = "decimalExponent";
                            return;
                    }
                    if (isDigit(c)) {
                        buffer += read();
                        return;
                    }
                    return newNumericToken(sign, buffer);
                },
                decimalExponent () {
                    switch(c){
                        case "+":
                        case "-":
                            buffer += read();
                            lexState = "decimalExponentSign";
                            return;
                    }
                    if (isDigit(c)) {
                        buffer += read();
                        lexState = "decimalExponentInteger";
                        return;
                    }
                    throw invalidChar(read());
                },
                decimalExponentSign () {
                    if (isDigit(c)) {
                        buffer += read();
                        lexState = "decimalExponentInteger";
                        return;
                    }
                    throw invalidChar(read());
                },
                decimalExponentInteger () {
                    if (isDigit(c)) {
                        buffer += read();
                        return;
                    }
                    return newNumericToken(sign, buffer);
                },
                bigInt () {
                    if ((buffer == null ? void 0 : buffer.length) && (isInteger(buffer) || isHex(buffer))) {
                        read();
                        return newToken("bigint", BigInt(sign) * BigInt(buffer));
                    }
                    throw invalidChar(read());
                },
                hexadecimal () {
                    if (isHexDigit(c)) {
                        buffer += read();
                        lexState = "hexadecimalInteger";
                        return;
                    }
                    throw invalidChar(read());
                },
                hexadecimalInteger () {
                    if (isHexDigit(c)) {
                        buffer += read();
                        return;
                    }
                    if (c === "n") {
                        lexState = "bigInt";
                        return;
                    }
                    return newNumericToken(sign, buffer);
                },
                string () {
                    switch(c){
                        case "\\":
                            read();
                            buffer += escape();
                            return;
                        case '"':
                            if (doubleQuote) {
                                read();
                                return newToken("string", buffer);
                            }
                            buffer += read();
                            return;
                        case "'":
                            if (!doubleQuote) {
                                read();
                                return newToken("string", buffer);
                            }
                            buffer += read();
                            return;
                        case "\n":
                        case "\r":
                            throw invalidChar(read());
                        case "\u2028":
                        case "\u2029":
                            separatorChar(c);
                            break;
                        case void 0:
                            throw invalidChar(read());
                    }
                    buffer += read();
                },
                start () {
                    switch(c){
                        case "{":
                        case "[":
                            return newToken("punctuator", read());
                        case void 0:
                            return newToken("eof");
                    }
                    lexState = "value";
                },
                beforePropertyName () {
                    switch(c){
                        case "$":
                        case "_":
                            buffer = read();
                            lexState = "identifierName";
                            return;
                        case "\\":
                            read();
                            lexState = "identifierNameStartEscape";
                            return;
                        case "}":
                            return newToken("punctuator", read());
                        case '"':
                        case "'":
                            doubleQuote = read() === '"';
                            lexState = "string";
                            return;
                    }
                    if (isIdStartChar(c)) {
                        buffer += read();
                        lexState = "identifierName";
                        return;
                    }
                    throw invalidChar(read());
                },
                afterPropertyName () {
                    if (c === ":") {
                        return newToken("punctuator", read());
                    }
                    throw invalidChar(read());
                },
                beforePropertyValue () {
                    lexState = "value";
                },
                afterPropertyValue () {
                    switch(c){
                        case ",":
                        case "}":
                            return newToken("punctuator", read());
                    }
                    throw invalidChar(read());
                },
                beforeArrayValue () {
                    if (c === "]") {
                        return newToken("punctuator", read());
                    }
                    lexState = "value";
                },
                afterArrayValue () {
                    switch(c){
                        case ",":
                        case "]":
                            return newToken("punctuator", read());
                    }
                    throw invalidChar(read());
                },
                end () {
                    throw invalidChar(read());
                }
            };
            const parseStates = {
                start () {
                    if (token.type === "eof") {
                        throw invalidEOF();
                    }
                    push();
                },
                beforePropertyName () {
                    switch(token.type){
                        case "identifier":
                        case "string":
                            key = token.value;
                            parseState = "afterPropertyName";
                            return;
                        case "punctuator":
                            pop();
                            return;
                        case "eof":
                            throw invalidEOF();
                    }
                },
                afterPropertyName () {
                    if (token.type === "eof") {
                        throw invalidEOF();
                    }
                    parseState = "beforePropertyValue";
                },
                beforePropertyValue () {
                    if (token.type === "eof") {
                        throw invalidEOF();
                    }
                    push();
                },
                beforeArrayValue () {
                    if (token.type === "eof") {
                        throw invalidEOF();
                    }
                    if (token.type === "punctuator" && token.value === "]") {
                        pop();
                        return;
                    }
                    push();
                },
                afterPropertyValue () {
                    if (token.type === "eof") {
                        throw invalidEOF();
                    }
                    switch(token.value){
                        case ",":
                            parseState = "beforePropertyName";
                            return;
                        case "}":
                            pop();
                    }
                },
                afterArrayValue () {
                    if (token.type === "eof") {
                        throw invalidEOF();
                    }
                    switch(token.value){
                        case ",":
                            parseState = "beforeArrayValue";
                            return;
                        case "]":
                            pop();
                    }
                },
                end () {}
            };
            do {
                token = lex();
                parseStates[parseState]();
            }while (token.type !== "eof")
            if (typeof reviver === "function") {
                return internalize({
                    "": root
                }, "", reviver);
            }
            return root;
            function internalize(holder, name, reviver2) {
                const value = holder[name];
                if (value != null && typeof value === "object") {
                    if (Array.isArray(value)) {
                        for(let i = 0; i < value.length; i++){
                            const key2 = String(i);
                            const replacement = internalize(value, key2, reviver2);
                            Object.defineProperty(value, key2, {
                                value: replacement,
                                writable: true,
                                enumerable: true,
                                configurable: true
                            });
                        }
                    } else {
                        for(const key2 in value){
                            const replacement = internalize(value, key2, reviver2);
                            if (replacement === void 0) {
                                delete value[key2];
                            } else {
                                Object.defineProperty(value, key2, {
                                    value: replacement,
                                    writable: true,
                                    enumerable: true,
                                    configurable: true
                                });
                            }
                        }
                    }
                }
                return reviver2.call(holder, name, value);
            }
            function lex() {
                lexState = "default";
                buffer = "";
                doubleQuote = false;
                sign = 1;
                for(;;){
                    c = peek();
                    const token2 = lexStates[lexState]();
                    if (token2) {
                        return token2;
                    }
                }
            }
            function peek() {
                if (source[pos]) {
                    return String.fromCodePoint(source.codePointAt(pos));
                }
            }
            function read() {
                const c2 = peek();
                if (c2 === "\n") {
                    line++;
                    column = 0;
                } else if (c2) {
                    column += c2.length;
                } else {
                    column++;
                }
                if (c2) {
                    pos += c2.length;
                }
                return c2;
            }
            function newToken(type, value) {
                return {
                    type,
                    value,
                    line,
                    column
                };
            }
            function newNumericToken(sign2, buffer2) {
                const num = sign2 * Number(buffer2);
                if (options == null ? void 0 : options.withLongNumerals) {
                    if (num > Number.MAX_SAFE_INTEGER || num < Number.MIN_SAFE_INTEGER) {
                        try {
                            return newToken("bigint", BigInt(sign2) * BigInt(buffer2));
                        } catch (ex) {
                            console.warn(ex);
                        }
                    }
                }
                return newToken("numeric", num);
            }
            function literal(s) {
                for (const c2 of s){
                    const p = peek();
                    if (p !== c2) {
                        throw invalidChar(read());
                    }
                    read();
                }
            }
            function escape() {
                const c2 = peek();
                switch(c2){
                    case "b":
                        read();
                        return "\b";
                    case "f":
                        read();
                        return "\f";
                    case "n":
                        read();
                        return "\n";
                    case "r":
                        read();
                        return "\r";
                    case "t":
                        read();
                        return "	";
                    case "v":
                        read();
                        return "\v";
                    case "0":
                        read();
                        if (isDigit(peek())) {
                            throw invalidChar(read());
                        }
                        return "\0";
                    case "x":
                        read();
                        return hexEscape();
                    case "u":
                        read();
                        return unicodeEscape();
                    case "\n":
                    case "\u2028":
                    case "\u2029":
                        read();
                        return "";
                    case "\r":
                        read();
                        if (peek() === "\n") {
                            read();
                        }
                        return "";
                    case "1":
                    case "2":
                    case "3":
                    case "4":
                    case "5":
                    case "6":
                    case "7":
                    case "8":
                    case "9":
                        throw invalidChar(read());
                    case void 0:
                        throw invalidChar(read());
                }
                return read();
            }
            function hexEscape() {
                let buffer2 = "";
                let c2 = peek();
                if (!isHexDigit(c2)) {
                    throw invalidChar(read());
                }
                buffer2 += read();
                c2 = peek();
                if (!isHexDigit(c2)) {
                    throw invalidChar(read());
                }
                buffer2 += read();
                return String.fromCodePoint(parseInt(buffer2, 16));
            }
            function unicodeEscape() {
                let buffer2 = "";
                let count = 4;
                while(count-- > 0){
                    const c2 = peek();
                    if (!isHexDigit(c2)) {
                        throw invalidChar(read());
                    }
                    buffer2 += read();
                }
                return String.fromCodePoint(parseInt(buffer2, 16));
            }
            function push() {
                let value;
                switch(token.type){
                    case "punctuator":
                        switch(token.value){
                            case "{":
                                value = {};
                                break;
                            case "[":
                                value = [];
                                break;
                        }
                        break;
                    case "null":
                    case "boolean":
                    case "numeric":
                    case "string":
                    case "bigint":
                        value = token.value;
                        break;
                }
                if (root === void 0) {
                    root = value;
                } else {
                    const parent = stack[stack.length - 1];
                    if (Array.isArray(parent)) {
                        parent.push(value);
                    } else {
                        Object.defineProperty(parent, key, {
                            value,
                            writable: true,
                            enumerable: true,
                            configurable: true
                        });
                    }
                }
                if (value !== null && typeof value === "object") {
                    stack.push(value);
                    if (Array.isArray(value)) {
                        parseState = "beforeArrayValue";
                    } else {
                        parseState = "beforePropertyName";
                    }
                } else {
                    const current = stack[stack.length - 1];
                    if (current == null) {
                        parseState = "end";
                    } else if (Array.isArray(current)) {
                        parseState = "afterArrayValue";
                    } else {
                        parseState = "afterPropertyValue";
                    }
                }
            }
            function pop() {
                stack.pop();
                const current = stack[stack.length - 1];
                if (current == null) {
                    parseState = "end";
                } else if (Array.isArray(current)) {
                    parseState = "afterArrayValue";
                } else {
                    parseState = "afterPropertyValue";
                }
            }
            function invalidChar(c2) {
                if (c2 === void 0) {
                    return syntaxError(`JSON11: invalid end of input at ${line}:${column}`);
                }
                return syntaxError(`JSON11: invalid character '${formatChar(c2)}' at ${line}:${column}`);
            }
            function invalidEOF() {
                return syntaxError(`JSON11: invalid end of input at ${line}:${column}`);
            }
            function invalidIdentifier() {
                column -= 5;
                return syntaxError(`JSON11: invalid identifier character at ${line}:${column}`);
            }
            function separatorChar(c2) {
                console.warn(`JSON11: '${formatChar(c2)}' in strings is not valid ECMAScript; consider escaping`);
            }
            function formatChar(c2) {
                const replacements = {
                    "'": "\\'",
                    '"': '\\"',
                    "\\": "\\\\",
                    "\b": "\\b",
                    "\f": "\\f",
                    "\n": "\\n",
                    "\r": "\\r",
                    "	": "\\t",
                    "\v": "\\v",
                    "\0": "\\0",
                    "\u2028": "\\u2028",
                    "\u2029": "\\u2029"
                };
                if (replacements[c2]) {
                    return replacements[c2];
                }
                if (c2 < " ") {
                    const hexString = c2.charCodeAt(0).toString(16);
                    return "\\x" + ("00" + hexString).substring(hexString.length);
                }
                return c2;
            }
            function syntaxError(message) {
                const err = new SyntaxError(message);
                Object.defineProperty(err, "lineNumber", {
                    value: line,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
                Object.defineProperty(err, "columnNumber", {
                    value: column,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
                return err;
            }
        }
        function stringify(value, replacerOrAllowListOrOptions, space, options) {
            var _a, _b, _c, _d, _e;
            const stack = [];
            let indent = "";
            let propertyList;
            let replacer;
            let gap = "";
            let quote;
            let withBigInt;
            let withLegacyEscapes;
            let nameSerializer = serializeKey;
            let trailingComma = "";
            const quoteWeights = {
                "'": .1,
                '"': .2
            };
            if (replacerOrAllowListOrOptions != null && typeof replacerOrAllowListOrOptions === "object" && !Array.isArray(replacerOrAllowListOrOptions)) {
                gap = getGap(replacerOrAllowListOrOptions.space);
                if (replacerOrAllowListOrOptions.trailingComma) {
                    trailingComma = ",";
                }
                quote = (_b = (_a = replacerOrAllowListOrOptions.quote) == null ? void 0 : _a.trim) == null ? void 0 : _b.call(_a);
                if (replacerOrAllowListOrOptions.quoteNames === true) {
                    nameSerializer = quoteString;
                }
                if (typeof replacerOrAllowListOrOptions.replacer === "function") {
                    replacer = replacerOrAllowListOrOptions.replacer;
                }
                withBigInt = replacerOrAllowListOrOptions.withBigInt;
                withLegacyEscapes = replacerOrAllowListOrOptions.withLegacyEscapes === true;
            } else {
                if (typeof replacerOrAllowListOrOptions === "function") {
                    replacer = replacerOrAllowListOrOptions;
                } else if (Array.isArray(replacerOrAllowListOrOptions)) {
                    propertyList = [];
                    const propertySet = new Set;
                    for (const v of replacerOrAllowListOrOptions){
                        const key = (_c = v == null ? void 0 : v.toString) == null ? void 0 : _c.call(v);
                        if (key !== void 0) propertySet.add(key);
                    }
                    propertyList = [
                        ...propertySet
                    ];
                }
                gap = getGap(space);
                quote = (_e = (_d = options == null ? void 0 : options.quote) == null ? void 0 : _d.trim) == null ? void 0 : _e.call(_d);
                if ((options == null ? void 0 : options.quoteNames) === true) {
                    nameSerializer = quoteString;
                }
                withBigInt = options == null ? void 0 : options.withBigInt;
                withLegacyEscapes = (options == null ? void 0 : options.withLegacyEscapes) === true;
                if (options == null ? void 0 : options.trailingComma) {
                    trailingComma = ",";
                }
            }
            const quoteReplacements = {
                "'": "\\'",
                '"': '\\"',
                "\\": "\\\\",
                "\b": "\\b",
                "\f": "\\f",
                "\n": "\\n",
                "\r": "\\r",
                "	": "\\t",
                "\v": withLegacyEscapes ? "\\v" : "\\u000b",
                "\0": withLegacyEscapes ? "\\0" : "\\u0000",
                "\u2028": "\\u2028",
                "\u2029": "\\u2029"
            };
            const quoteReplacementForNulFollowedByDigit = withLegacyEscapes ? "\\x00" : "\\u0000";
            return serializeProperty("", {
                "": value
            });
            function getGap(space2) {
                if (typeof space2 === "number" || space2 instanceof Number) {
                    const num = Number(space2);
                    if (isFinite(num) && num > 0) {
                        return " ".repeat(Math.min(10, Math.floor(num)));
                    }
                } else if (typeof space2 === "string" || space2 instanceof String) {
                    return space2.substring(0, 10);
                }
                return "";
            }
            function serializeProperty(key, holder) {
                let value2 = holder[key];
                if (value2 != null) {
                    if (typeof value2.toJSON11 === "function") {
                        value2 = value2.toJSON11(key);
                    } else if (typeof value2.toJSON5 === "function") {
                        value2 = value2.toJSON5(key);
                    } else if (typeof value2.toJSON === "function") {
                        value2 = value2.toJSON(key);
                    }
                }
                if (replacer) {
                    value2 = replacer.call(holder, key, value2);
                }
                if (value2 instanceof Number) {
                    value2 = Number(value2);
                } else if (value2 instanceof String) {
                    value2 = String(value2);
                } else if (value2 instanceof Boolean) {
                    value2 = value2.valueOf();
                }
                switch(value2){
                    case null:
                        return "null";
                    case true:
                        return "true";
                    case false:
                        return "false";
                }
                if (typeof value2 === "string") {
                    return quoteString(value2);
                }
                if (typeof value2 === "number") {
                    return String(value2);
                }
                if (typeof value2 === "bigint") {
                    return value2.toString() + (withBigInt === false ? "" : "n");
                }
                if (typeof value2 === "object") {
                    return Array.isArray(value2) ? serializeArray(value2) : serializeObject(value2);
                }
                return void 0;
            }
            function quoteString(value2) {
                let product = "";
                for(let i = 0; i < value2.length; i++){
                    const c = value2[i];
                    switch(c){
                        case "'":
                        case '"':
                            quoteWeights[c]++;
                            product += c;
                            continue;
                        case "\0":
                            if (isDigit(value2[i + 1])) {
                                product += quoteReplacementForNulFollowedByDigit;
                                continue;
                            }
                    }
                    if (quoteReplacements[c]) {
                        product += quoteReplacements[c];
                        continue;
                    }
                    if (c < " ") {
                        let hexString = c.charCodeAt(0).toString(16);
                        product += withLegacyEscapes ? "\\x" + ("00" + hexString).substring(hexString.length) : "\\u" + hexString.padStart(4, "0");
                        continue;
                    }
                    product += c;
                }
                const quoteChar = quote || Object.keys(quoteWeights).reduce((a, b)=>quoteWeights[a] < quoteWeights[b] ? a : b);
                product = product.replace(new RegExp(quoteChar, "g"), quoteReplacements[quoteChar]);
                return quoteChar + product + quoteChar;
            }
            function serializeObject(value2) {
                if (stack.includes(value2)) {
                    throw TypeError("Converting circular structure to JSON11");
                }
                stack.push(value2);
                let stepback = indent;
                indent = indent + gap;
                let keys = propertyList || Object.keys(value2);
                let partial = [];
                for (const key of keys){
                    const propertyString = serializeProperty(key, value2);
                    if (propertyString !== void 0) {
                        let member = nameSerializer(key) + ":";
                        if (gap !== "") {
                            member += " ";
                        }
                        member += propertyString;
                        partial.push(member);
                    }
                }
                let final;
                if (partial.length === 0) {
                    final = "{}";
                } else {
                    let properties;
                    if (gap === "") {
                        properties = partial.join(",");
                        final = "{" + properties + "}";
                    } else {
                        properties = partial.join(",\n" + indent);
                        final = "{\n" + indent + properties + trailingComma + "\n" + stepback + "}";
                    }
                }
                stack.pop();
                indent = stepback;
                return final;
            }
            function serializeKey(key) {
                if (key.length === 0) {
                    return quoteString(key);
                }
                const firstChar = String.fromCodePoint(key.codePointAt(0));
                if (!isIdStartChar(firstChar)) {
                    return quoteString(key);
                }
                for(let i = firstChar.length; i < key.length; i++){
                    if (!isIdContinueChar(String.fromCodePoint(key.codePointAt(i)))) {
                        return quoteString(key);
                    }
                }
                return key;
            }
            function serializeArray(value2) {
                if (stack.includes(value2)) {
                    throw TypeError("Converting circular structure to JSON11");
                }
                stack.push(value2);
                let stepback = indent;
                indent = indent + gap;
                let partial = [];
                for(let i = 0; i < value2.length; i++){
                    const propertyString = serializeProperty(String(i), value2);
                    partial.push(propertyString !== void 0 ? propertyString : "null");
                }
                let final;
                if (partial.length === 0) {
                    final = "[]";
                } else {
                    if (gap === "") {
                        let properties = partial.join(",");
                        final = "[" + properties + "]";
                    } else {
                        let properties = partial.join(",\n" + indent);
                        final = "[\n" + indent + properties + trailingComma + "\n" + stepback + "]";
                    }
                }
                stack.pop();
                indent = stepback;
                return final;
            }
        }
        exports.parse = parse;
        exports.stringify = stringify;
    },
    61093: (__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            Client: ()=>Client
        });
        var _index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66337);
        var __WEBPACK_DEFAULT_EXPORT__ = null && mod;
        const Client = _index_js__WEBPACK_IMPORTED_MODULE_0__.Client;
        const Transport = _index_js__WEBPACK_IMPORTED_MODULE_0__.Transport;
        const ConnectionPool = _index_js__WEBPACK_IMPORTED_MODULE_0__.ConnectionPool;
        const Connection = _index_js__WEBPACK_IMPORTED_MODULE_0__.Connection;
        const Serializer = _index_js__WEBPACK_IMPORTED_MODULE_0__.Serializer;
        const events = _index_js__WEBPACK_IMPORTED_MODULE_0__.events;
        const errors = _index_js__WEBPACK_IMPORTED_MODULE_0__.errors;
    },
    89083: (module)=>{
        module.exports = {
            "rE": "3.9.0"
        };
    }
};
