export const id = 255;
export const ids = [
    255
];
export const modules = {
    15255: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            connectKube: ()=>connectKube
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
        var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
        var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
        var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
        var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
        class KubeStatusError extends Error {
            code;
            body;
            constructor(code, body){
                super(`HTTP ${code}`);
                this.code = code;
                this.body = body;
                this.name = "KubeStatusError";
            }
        }
        const SERVICEACCOUNT = "/var/run/secrets/kubernetes.io/serviceaccount";
        function readable(path) {
            try {
                (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.accessSync)(path);
                return true;
            } catch  {
                return false;
            }
        }
        async function parse(text, rootDirectory) {
            const [{ parse: parseYaml }, { newClusters, newContexts, newUsers }] = await Promise.all([
                __webpack_require__.e(815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19)),
                __webpack_require__.e(617).then(__webpack_require__.bind(__webpack_require__, 46617))
            ]);
            const obj = parseYaml(text) ?? {};
            if (typeof obj !== "object") throw new Error("not a YAML mapping");
            const config = {
                clusters: newClusters(obj.clusters),
                users: newUsers(obj.users),
                contexts: newContexts(obj.contexts),
                currentContext: obj["current-context"]
            };
            if (rootDirectory) {
                const absolute = (file)=>(0, node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(file) ? file : (0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(rootDirectory, file);
                for (const cluster of config.clusters)if (cluster.caFile) cluster.caFile = absolute(cluster.caFile);
                for (const user of config.users){
                    if (user.certFile) user.certFile = absolute(user.certFile);
                    if (user.keyFile) user.keyFile = absolute(user.keyFile);
                }
            }
            return config;
        }
        const parseFile = (file)=>parse((0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, "utf8"), (0, node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
        async function loadDefault() {
            const files = (process.env.KUBECONFIG ?? "").split(node_path__WEBPACK_IMPORTED_MODULE_1__.delimiter).filter(Boolean);
            if (files.length > 0) {
                const config = await parseFile(files[0]);
                for (const file of files.slice(1)){
                    const next = await parseFile(file);
                    config.currentContext = next.currentContext ?? config.currentContext;
                    for (const key of [
                        "clusters",
                        "users",
                        "contexts"
                    ]){
                        for (const entry of next[key]){
                            if (config[key].some((e)=>e.name === entry.name)) {
                                throw new Error(`Duplicate ${key.slice(0, -1)}: ${entry.name}`);
                            }
                            config[key].push(entry);
                        }
                    }
                }
                return config;
            }
            const home = process.env.HOME;
            if (home && readable((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, ".kube", "config"))) return parseFile((0, node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, ".kube", "config"));
            if (readable(`${SERVICEACCOUNT}/token`)) {
                const host = process.env.KUBERNETES_SERVICE_HOST ?? "";
                const port = process.env.KUBERNETES_SERVICE_PORT ?? "";
                const scheme = [
                    "80",
                    "8080",
                    "8001"
                ].includes(port) ? "http" : "https";
                const server = `${scheme}://${host.includes(":") ? `[${host}]` : host}:${port}`;
                return {
                    clusters: [
                        {
                            name: "inCluster",
                            server,
                            caFile: `${SERVICEACCOUNT}/ca.crt`,
                            skipTLSVerify: false
                        }
                    ],
                    users: [
                        {
                            name: "inClusterUser",
                            authProvider: {
                                name: "tokenFile",
                                config: {
                                    tokenFile: `${SERVICEACCOUNT}/token`
                                }
                            }
                        }
                    ],
                    contexts: [
                        {
                            name: "inClusterContext",
                            cluster: "inCluster",
                            user: "inClusterUser"
                        }
                    ],
                    currentContext: "inClusterContext"
                };
            }
            return undefined;
        }
        async function authenticatorFor(user) {
            const provider = user.authProvider;
            if (provider?.name === "azure") return new (await Promise.all([
                __webpack_require__.e(229),
                __webpack_require__.e(779)
            ]).then(__webpack_require__.bind(__webpack_require__, 55779))).AzureAuth;
            if (provider?.name === "gcp") return new (await Promise.all([
                __webpack_require__.e(229),
                __webpack_require__.e(704)
            ]).then(__webpack_require__.bind(__webpack_require__, 29704))).GoogleCloudPlatformAuth;
            if (user.exec || provider?.name === "exec" || provider?.config?.exec) return new (await __webpack_require__.e(497).then(__webpack_require__.bind(__webpack_require__, 23497))).ExecAuth;
            if (provider?.config?.tokenFile) return new (await __webpack_require__.e(371).then(__webpack_require__.bind(__webpack_require__, 85752))).FileAuth;
            if (provider?.name === "oidc") return new (await __webpack_require__.e(195).then(__webpack_require__.bind(__webpack_require__, 15195))).OpenIDConnectAuth;
            return undefined;
        }
        function fileOrData(file, data) {
            if (file) return (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file);
            return data ? Buffer.from(data, "base64") : undefined;
        }
        async function agentFor(cluster, user) {
            const tls = {
                ca: fileOrData(cluster.caFile, cluster.caData),
                cert: fileOrData(user.certFile, user.certData),
                key: fileOrData(user.keyFile, user.keyData),
                ...cluster.skipTLSVerify ? {
                    rejectUnauthorized: false
                } : {},
                ...cluster.tlsServerName ? {
                    servername: cluster.tlsServerName
                } : {}
            };
            const https = cluster.server.startsWith("https");
            if (cluster.proxyUrl) {
                if (cluster.proxyUrl.startsWith("socks")) {
                    const { SocksProxyAgent } = await Promise.all([
                        __webpack_require__.e(830),
                        __webpack_require__.e(357)
                    ]).then(__webpack_require__.t.bind(__webpack_require__, 53357, 23));
                    return new SocksProxyAgent(cluster.proxyUrl, tls);
                }
                const { HttpsProxyAgent, HttpProxyAgent } = await __webpack_require__.e(611).then(__webpack_require__.bind(__webpack_require__, 99611));
                return https ? new HttpsProxyAgent({
                    ...tls,
                    proxy: cluster.proxyUrl
                }) : new HttpProxyAgent({
                    ...tls,
                    proxy: cluster.proxyUrl
                });
            }
            if (!https) {
                if (!cluster.skipTLSVerify) throw new Error("HTTP protocol is not allowed when skipTLSVerify is not set or false");
                return new (await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 37067, 23))).Agent;
            }
            return new (await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 44708, 23))).Agent(tls);
        }
        const PATCH_TYPES = {
            json: "application/json-patch+json",
            merge: "application/merge-patch+json"
        };
        function pathOf(ref, subresource) {
            const parts = [
                ref.group ? "apis" : "api",
                ref.group,
                ref.version,
                "namespaces",
                ref.namespace,
                ref.plural
            ];
            if (ref.name !== undefined) parts.push(ref.name);
            if (subresource) parts.push(subresource);
            return "/" + parts.filter((p)=>p !== "").map(encodeURIComponent).join("/");
        }
        async function connectKube(kubeconfig, timeoutMs) {
            const source = kubeconfig ? "input 'kubeconfig'" : "the default kubeconfig (KUBECONFIG, ~/.kube/config or in-cluster)";
            const invalid = (why)=>new _errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`Invalid ${source}: ${why}. Expected a kubeconfig (YAML, or a path to one) with a current context.`);
            let cluster, user, agent, authenticator;
            try {
                const config = !kubeconfig ? await loadDefault() : !kubeconfig.includes("\n") && readable(kubeconfig) ? await parseFile(kubeconfig) : await parse(kubeconfig);
                if (!config) throw new Error("none found");
                const context = config.contexts.find((c)=>c.name === config.currentContext);
                if (!context) throw new Error(`no context named '${config.currentContext ?? ""}' (current-context)`);
                const found = config.clusters.find((c)=>c.name === context.cluster);
                if (!found) throw new Error(`context '${context.name}' names no known cluster`);
                cluster = found;
                user = config.users.find((u)=>u.name === context.user) ?? {
                    name: context.user ?? ""
                };
                agent = await agentFor(cluster, user);
                authenticator = await authenticatorFor(user);
            } catch (error) {
                throw invalid((0, _errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error).split("\n")[0]);
            }
            const transport = cluster.server.startsWith("https") ? await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 44708, 23)) : await Promise.resolve().then(__webpack_require__.t.bind(__webpack_require__, 37067, 23));
            async function credentials() {
                const opts = {
                    headers: {}
                };
                if (user.impersonateUser) opts.headers["Impersonate-User"] = user.impersonateUser;
                if (authenticator) await authenticator.applyAuthentication(user, opts);
                if (user.token) opts.headers.Authorization = `Bearer ${user.token}`;
                if (user.username) {
                    opts.headers.Authorization = `Basic ${Buffer.from(`${user.username}:${user.password ?? ""}`).toString("base64")}`;
                }
                return opts;
            }
            async function request(method, path, body, contentType) {
                const auth = await credentials();
                const url = new URL(cluster.server + path);
                return new Promise((resolve, reject)=>{
                    const req = transport.request(url, {
                        method,
                        agent,
                        ...auth.cert && auth.key ? {
                            cert: auth.cert,
                            key: auth.key
                        } : {},
                        headers: {
                            ...auth.headers,
                            Accept: "application/json",
                            ...body !== undefined ? {
                                "Content-Type": contentType,
                                "Content-Length": Buffer.byteLength(body)
                            } : {}
                        }
                    });
                    const timer = setTimeout(()=>{
                        const error = new Error(`no answer within ${timeoutMs} ms`);
                        error.name = "TimeoutError";
                        req.destroy(error);
                    }, timeoutMs);
                    const fail = (error)=>{
                        clearTimeout(timer);
                        reject(error);
                    };
                    req.on("error", fail);
                    req.on("response", (res)=>{
                        const chunks = [];
                        res.on("data", (chunk)=>chunks.push(chunk));
                        res.on("error", fail);
                        res.on("end", ()=>{
                            clearTimeout(timer);
                            const text = Buffer.concat(chunks).toString("utf8");
                            const status = res.statusCode ?? 0;
                            if (status < 200 || status >= 300) return reject(new KubeStatusError(status, text));
                            try {
                                resolve(text === "" ? {} : JSON.parse(text));
                            } catch  {
                                reject(new Error(`the answer to ${method} ${path} is not JSON`));
                            }
                        });
                    });
                    req.end(body);
                });
            }
            return {
                server: cluster.server,
                get: (ref)=>request("GET", pathOf(ref)),
                list: (ref, labelSelector)=>request("GET", pathOf({
                        ...ref,
                        name: undefined
                    }) + (labelSelector ? `?labelSelector=${encodeURIComponent(labelSelector)}` : "")),
                patch: (ref, body, type, subresource)=>request("PATCH", pathOf(ref, subresource), JSON.stringify(body), PATCH_TYPES[type])
            };
        }
    }
};
