export const id = 794;
export const ids = [
    794,
    913
];
export const modules = {
    91591: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            z: ()=>runDeploy
        });
        var opensearch = __webpack_require__(53893);
        var src = __webpack_require__(82398);
        var kube = __webpack_require__(19892);
        var json_patch = __webpack_require__(24541);
        var src_target = __webpack_require__(46230);
        function pickContainer(obj, wanted, what) {
            const containers = obj.spec?.template?.spec?.containers ?? [];
            if (containers.length === 0) throw new src.j1(`${what} has no containers in spec.template.spec.containers.`);
            if (!wanted) return 0;
            const index = containers.findIndex((c)=>c.name === wanted);
            if (index < 0) {
                throw new src.j1(`Invalid input 'container': ${what} has no container '${wanted}'. Its containers: ${containers.map((c)=>c.name).join(", ")}.`);
            }
            return index;
        }
        function serving(annotations, container) {
            const fromEnv = container.env?.find((e)=>e.name === src.y.buildId)?.value;
            const build = annotations?.[src.YX.buildId] ?? fromEnv;
            if (build && annotations?.[src.YX.rolledBack] === build) {
                return {
                    build: annotations[src.YX.previousBuildId],
                    image: annotations[src.YX.previousImage]
                };
            }
            return {
                build,
                image: container.image
            };
        }
        function annotate(obj, annotations) {
            const ops = [
                {
                    op: "replace",
                    path: "/metadata/resourceVersion",
                    value: obj.metadata.resourceVersion
                }
            ];
            if (!obj.metadata.annotations) return [
                ...ops,
                {
                    op: "add",
                    path: "/metadata/annotations",
                    value: annotations
                }
            ];
            const path = (key)=>`/metadata/annotations/${(0, json_patch.b)(key)}`;
            return [
                ...ops,
                ...Object.entries(annotations).map(([k, v])=>({
                        op: "add",
                        path: path(k),
                        value: v
                    }))
            ];
        }
        async function deployToKubernetes(target, deploy, annotations) {
            const { read, patch, fail } = await (0, kube.KW)(target.kubeconfig, target.timeoutMs);
            const ref = {
                ...kube.GW[target.kind],
                namespace: target.namespace,
                name: target.name
            };
            const what = `${target.kind} ${target.namespace}/${target.name}`;
            let before;
            return (0, kube.Sf)(what, "patched it", async ()=>{
                const obj = await read(ref, what);
                const workloadRef = target.kind === "Rollout" ? obj.spec?.workloadRef : undefined;
                if (workloadRef && workloadRef.kind !== "Deployment") {
                    throw new src.j1(`${what} takes its pod template from a ${workloadRef.kind ?? "workload"} (spec.workloadRef); ` + "rollout-patch can pin only a Rollout's own template or a referenced Deployment's.");
                }
                const holderRef = workloadRef ? {
                    ...kube.GW.Deployment,
                    namespace: target.namespace,
                    name: workloadRef.name
                } : ref;
                const holderWhat = workloadRef ? `Deployment ${target.namespace}/${workloadRef.name} (the workloadRef of ${what})` : what;
                const holder = workloadRef ? await read(holderRef, holderWhat) : obj;
                const index = pickContainer(holder, target.container, holderWhat);
                const container = holder.spec.template.spec.containers[index];
                const env = (0, src_target.iE)(container.env, deploy, container.name);
                const templateDone = (0, src_target.vR)(container.image, container.env, env, deploy.imageRef);
                const current = obj.metadata.annotations ?? {};
                const now = before ??= serving(obj.metadata.annotations, container);
                if (templateDone && current[src.YX.buildId] === deploy.buildId) {
                    src.lj.info(`${what} already runs ${deploy.imageRef} with build ${deploy.buildId}; nothing to patch.`);
                    return {
                        changed: false,
                        revision: obj.metadata.resourceVersion,
                        previousImage: current[src.YX.previousImage],
                        previousBuildId: current[src.YX.previousBuildId],
                        object: obj
                    };
                }
                const ours = {
                    ...annotations,
                    ...now.build ? {
                        [src.YX.previousBuildId]: now.build
                    } : {},
                    ...now.image ? {
                        [src.YX.previousImage]: now.image
                    } : {}
                };
                const changed = (patched)=>({
                        changed: true,
                        revision: patched.metadata?.resourceVersion,
                        previousImage: now.image,
                        previousBuildId: now.build,
                        object: patched
                    });
                try {
                    if (!workloadRef) {
                        return changed(await patch(ref, (0, json_patch.e)(obj, index, deploy.imageRef, env, ours), "json"));
                    }
                    if (!templateDone) await patch(holderRef, (0, json_patch.e)(holder, index, deploy.imageRef, env, {}), "json");
                    return changed(await patch(ref, annotate(obj, ours), "json"));
                } catch (error) {
                    if ((0, kube.dh)(error)) throw error;
                    throw fail(error, what, "patch");
                }
            });
        }
        var git = __webpack_require__(54913);
        const MODES = [
            "kubernetes",
            "gitops"
        ];
        function fromEnvOr(input, envName, hint) {
            const value = (0, src.$m)(input) ?? process.env[envName];
            if (!value) throw new src.j1(`Input '${input}' is required: ${hint}`);
            return value;
        }
        function gitopsTarget(kind, name, environment) {
            return {
                repository: (0, src.YF)("repository", "the manifests repository (URL, path, or owner/repo)."),
                branch: (0, src.$m)("branch") ?? "main",
                path: (0, src.YF)("path", "the kustomization.yaml or manifest to edit, inside the repository."),
                kind,
                name,
                container: (0, src.$m)("container"),
                commitMessage: (0, src.$m)("commit-message"),
                delivery: (0, src.tE)("pull-request", false) ? "pull-request" : "push",
                token: (0, src.jY)("token"),
                gitTimeoutMs: (0, src.Ts)("git-timeout", git.BY, {
                    positive: true
                }),
                author: {
                    name: (0, src.$m)("author-name") ?? "goldenthread",
                    email: (0, src.$m)("author-email") ?? "goldenthread@users.noreply.github.com"
                },
                environment
            };
        }
        function readInputs() {
            const mode = (0, src.ij)("mode", MODES, "kubernetes");
            const kind = (0, src.ij)("kind", kube.i6, "Rollout");
            const imageRef = fromEnvOr("image-ref", src.Km.imageRef, `the image pinned by digest (build-and-tag exports ${src.Km.imageRef}).`);
            const { repo, digest } = (0, src_target.Q)(imageRef);
            const buildId = (0, src.u7)();
            const gitSha = (0, src_target.xt)(fromEnvOr("git-sha", src.Km.gitSha, "run trace-root first, or pass the full commit sha."));
            const environment = (0, src.$m)("environment");
            const namespace = (0, src.$m)("namespace") ?? "default";
            const name = mode === "kubernetes" ? (0, src.YF)("name", `the ${kind} to pin.`) : (0, src.$m)("name");
            return {
                mode,
                kind,
                imageRef,
                imageRepo: repo,
                digest,
                buildId,
                gitSha,
                environment,
                namespace,
                name,
                deploymentFile: (0, src.$m)("deployment-file") ?? (0, src.sl)("deployment", buildId),
                opensearchUrl: (0, opensearch.I)(),
                opensearchTimeoutMs: (0, src.Ts)("opensearch-timeout", "10s", {
                    positive: true
                }),
                kube: mode === "kubernetes" ? {
                    kind,
                    name: name,
                    namespace,
                    container: (0, src.$m)("container"),
                    kubeconfig: (0, src.jY)("kubeconfig"),
                    timeoutMs: (0, src.Ts)("kube-timeout", kube.qV, {
                        positive: true
                    })
                } : undefined,
                gitops: mode === "gitops" ? gitopsTarget(kind, name, environment) : undefined,
                github: (0, src.wX)(environment)
            };
        }
        ;
        class GithubDeployment {
            github;
            id;
            constructor(github){
                this.github = github;
            }
            async create(inputs, traceId) {
                const { target, logUrl } = this.github;
                try {
                    this.id = await (0, src.Yy)(target, inputs.gitSha, {
                        build_id: inputs.buildId,
                        trace_id: traceId,
                        image_ref: inputs.imageRef
                    }, `goldenthread: build ${inputs.buildId}`);
                    await (0, src.e9)(target, this.id, "in_progress", `Deploying build ${inputs.buildId}`, logUrl);
                    src.lj.info(`GitHub deployment ${this.id} for environment ${target.environment}: in_progress.`);
                } catch (error) {
                    src.lj.warning(`Could not ${this.id ? "update" : "create"} the GitHub deployment for environment ${target.environment} (${(0, src.gJ)(error)}); the deploy goes on without it.`);
                }
            }
            async finish(state, text) {
                if (this.id === undefined) return;
                try {
                    await (0, src.e9)(this.github.target, this.id, state, text, this.github.logUrl);
                    src.lj.info(`GitHub deployment ${this.id}: ${state}.`);
                } catch (error) {
                    src.lj.warning(`Could not mark GitHub deployment ${this.id} ${state} (${(0, src.gJ)(error)}).`);
                }
            }
        }
        async function applyDeploy(inputs, span) {
            const { mode, kind, imageRef, buildId, gitSha, environment, namespace, name, gitops } = inputs;
            const deploy = {
                imageRef,
                imageRepo: inputs.imageRepo,
                digest: inputs.digest,
                buildId,
                gitSha,
                traceparent: span.traceparent,
                traceId: span.traceId
            };
            const annotations = {
                [src.YX.buildId]: buildId,
                [src.YX.gitSha]: gitSha,
                [src.YX.traceId]: span.traceId
            };
            const base = {
                build_id: buildId,
                image_digest: inputs.digest,
                image_ref: imageRef,
                kind,
                environment,
                timestamp: new Date().toISOString(),
                trace_id: span.traceId,
                mode,
                namespace,
                name
            };
            if (gitops) {
                const { deployToGitops } = await Promise.all([
                    __webpack_require__.e(815),
                    __webpack_require__.e(37)
                ]).then(__webpack_require__.bind(__webpack_require__, 84037));
                const result = await deployToGitops(gitops, deploy, annotations);
                if (result.pullRequestUrl) src.lj.info(`Opened ${result.pullRequestUrl}`);
                (0, src.n0)({
                    commit: result.commit,
                    "pull-request-url": result.pullRequestUrl
                });
                return {
                    ...base,
                    strategy: result.strategy,
                    replicas: result.replicas,
                    commit: result.commit,
                    changed: result.changed,
                    previous_image: result.previousImage,
                    previous_build_id: result.previousBuildId
                };
            }
            const result = await deployToKubernetes(inputs.kube, deploy, annotations);
            const strategy = result.object.spec?.strategy;
            (0, src.n0)({
                revision: result.revision
            });
            return {
                ...base,
                strategy: strategy ? typeof strategy.type === "string" ? strategy.type : Object.keys(strategy)[0] : undefined,
                replicas: result.object.spec?.replicas,
                revision: result.revision,
                changed: result.changed,
                previous_image: result.previousImage,
                previous_build_id: result.previousBuildId
            };
        }
        async function indexDeployment(inputs, record) {
            const { opensearchUrl, gitops, deploymentFile } = inputs;
            if (!opensearchUrl) return;
            const repository = gitops && URL.canParse(gitops.repository) ? (0, src.BO)(gitops.repository) : gitops?.repository;
            const target = gitops ? `${repository}/${gitops.path}` : `${inputs.kind}/${inputs.namespace}/${inputs.name}`;
            const failure = await (0, opensearch.o)(opensearchUrl, src.Zp.deployment, `${inputs.buildId}@${target}`, record, inputs.opensearchTimeoutMs);
            if (failure) src.lj.warning(`Could not index the deployment record into deployment-metadata (${failure}); it is in ${deploymentFile}.`);
            else src.lj.info(`Indexed the deployment record into deployment-metadata.`);
        }
        function report(inputs, record) {
            const { mode, kind, imageRef, buildId, gitSha, namespace, name, gitops } = inputs;
            (0, src.n0)({
                changed: String(record.changed),
                "previous-image": record.previous_image,
                "previous-build-id": record.previous_build_id,
                "deployment-file": inputs.deploymentFile,
                "github-deployment-id": record.github_deployment_id?.toString()
            });
            const where = mode === "gitops" ? `${gitops.repository} ${gitops.path}${record.commit ? ` @ ${record.commit.slice(0, 7)}` : ""}` : `${kind} ${namespace}/${name}${record.revision ? ` (resourceVersion ${record.revision})` : ""}`;
            src.lj.info(`${record.changed ? "Deployed" : "Unchanged:"} ${imageRef} (build ${buildId}) → ${where}.`);
            (0, src.fe)([
                `### rollout-patch: ${record.changed ? "deployed" : "unchanged"} \`${buildId}\``,
                "",
                "| | |",
                "|---|---|",
                `| target | ${where.replace(/\|/g, "\\|")} |`,
                `| image | \`${imageRef}\` |`,
                `| commit | \`${gitSha.slice(0, 7)}\` |`,
                `| previous build | ${record.previous_build_id ? `\`${record.previous_build_id}\`` : "–"} |`,
                `| trace | \`${record.trace_id}\` |`,
                ""
            ].join("\n"));
        }
        async function runDeploy() {
            const inputs = readInputs();
            const github = inputs.github ? new GithubDeployment(inputs.github) : undefined;
            await (0, src.BV)("rollout-patch", "deploy", async (span)=>{
                Object.assign(span.attributes, {
                    [src.T2]: inputs.buildId,
                    [src.Sx]: inputs.gitSha,
                    [src.Cp]: inputs.imageRepo,
                    [src.X]: [
                        inputs.imageRef
                    ],
                    [src.T9]: inputs.digest,
                    [src.lo]: inputs.namespace,
                    ...inputs.environment ? {
                        [src.Ci]: inputs.environment
                    } : {}
                });
                await github?.create(inputs, span.traceId);
                let record;
                try {
                    record = await applyDeploy(inputs, span);
                } catch (error) {
                    await github?.finish("failure", `Deploy of build ${inputs.buildId} failed: ${(0, src.gJ)(error)}`);
                    throw error;
                }
                await github?.finish("success", `Build ${inputs.buildId} ${record.changed ? "deployed" : "already deployed"}`);
                record.github_deployment_id = github?.id;
                const { writeRecord } = await Promise.all([
                    __webpack_require__.e(368),
                    __webpack_require__.e(967)
                ]).then(__webpack_require__.bind(__webpack_require__, 59967));
                writeRecord("deployment", inputs.deploymentFile, record);
                await indexDeployment(inputs, record);
                report(inputs, record);
            });
        }
    },
    24541: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            b: ()=>pointerToken,
            e: ()=>deployPatch
        });
        const pointerToken = (key)=>key.replace(/~/g, "~0").replace(/\//g, "~1");
        function deployPatch(obj, index, imageRef, env, annotations) {
            const ops = [];
            if (obj.metadata?.resourceVersion) ops.push({
                op: "replace",
                path: "/metadata/resourceVersion",
                value: obj.metadata.resourceVersion
            });
            const base = `/spec/template/spec/containers/${index}`;
            const current = obj.spec?.template?.spec?.containers?.[index]?.env;
            ops.push({
                op: "replace",
                path: `${base}/image`,
                value: imageRef
            });
            if (!current) {
                ops.push({
                    op: "add",
                    path: `${base}/env`,
                    value: env
                });
            } else {
                for (const variable of env){
                    const at = current.findIndex((e)=>e.name === variable.name);
                    ops.push(at >= 0 ? {
                        op: "replace",
                        path: `${base}/env/${at}`,
                        value: variable
                    } : {
                        op: "add",
                        path: `${base}/env/-`,
                        value: variable
                    });
                }
            }
            if (!obj.metadata?.annotations) {
                ops.push({
                    op: "add",
                    path: "/metadata/annotations",
                    value: annotations
                });
            } else {
                for (const [key, value] of Object.entries(annotations))ops.push({
                    op: "add",
                    path: `/metadata/annotations/${pointerToken(key)}`,
                    value
                });
            }
            return ops;
        }
    },
    97413: (module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__)=>{
            try {
                __webpack_require__.r(__webpack_exports__);
                var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
                var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91591);
                await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Cs)("rollout-patch", _deploy_js__WEBPACK_IMPORTED_MODULE_1__.z);
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    46230: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            vR: ()=>alreadyDeployed,
            iE: ()=>desiredEnv,
            Q: ()=>parseImageRef,
            xt: ()=>validateSha
        });
        var src = __webpack_require__(82398);
        const SAFE = /[A-Za-z0-9!#$&'()*+\-./:<>?@[\]^_`{|}~]/;
        function encodeAttributeValue(value) {
            let out = "";
            for (const ch of value){
                if (SAFE.test(ch)) out += ch;
                else for (const byte of Buffer.from(ch, "utf8"))out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
            }
            return out;
        }
        function assertKey(key) {
            if (!/^[A-Za-z0-9._\-/]+$/.test(key)) throw new Error(`invalid resource attribute key '${key}'`);
        }
        function mergeResourceAttributes(existing, ours) {
            const kept = (existing ?? "").split(",").map((pair)=>pair.trim()).filter((pair)=>pair !== "").filter((pair)=>{
                const key = pair.slice(0, Math.max(pair.indexOf("="), 0)).trim();
                return !(key in ours);
            });
            const added = Object.entries(ours).map(([key, value])=>{
                assertKey(key);
                return `${key}=${encodeAttributeValue(value)}`;
            });
            return [
                ...kept,
                ...added
            ].join(",");
        }
        function parseResourceAttributes(text) {
            const out = {};
            for (const pair of text.split(",")){
                const eq = pair.indexOf("=");
                if (eq <= 0) continue;
                out[pair.slice(0, eq).trim()] = decodeURIComponent(pair.slice(eq + 1).trim());
            }
            return out;
        }
        ;
        function parseImageRef(ref) {
            const match = /^([a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::[\w][\w.-]{0,127})?@(sha256:[0-9a-f]{64})$/.exec(ref);
            if (!match) {
                throw new src.j1(`Invalid input 'image-ref': '${ref}'. Expected an image pinned by digest, registry/repository@sha256:<64 hex> (build-and-tag's image-ref output).`);
            }
            return {
                repo: match[1],
                digest: match[2]
            };
        }
        function validateSha(sha) {
            if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
                throw new src.j1(`Invalid input 'git-sha': '${sha}'. Expected a full commit sha (40 or 64 lower-case hex).`);
            }
            return sha;
        }
        function desiredEnv(existing, target, containerName) {
            const current = existing?.find((e)=>e.name === src.y.resourceAttributes);
            if (current?.valueFrom !== undefined) {
                throw new src.j1(`Container '${containerName}' sets OTEL_RESOURCE_ATTRIBUTES with valueFrom; goldenthread cannot merge build.id into it. Set it as a literal value.`);
            }
            return [
                {
                    name: src.y.resourceAttributes,
                    value: mergeResourceAttributes(current?.value, {
                        [src.T2]: target.buildId,
                        [src.Sx]: target.gitSha,
                        [src.HZ]: target.buildId
                    })
                },
                {
                    name: src.y.buildId,
                    value: target.buildId
                },
                {
                    name: src.y.gitSha,
                    value: target.gitSha
                },
                {
                    name: src.y.traceparent,
                    value: target.traceparent
                }
            ];
        }
        function alreadyDeployed(image, env, wanted, imageRef) {
            if (image !== imageRef) return false;
            return wanted.filter((w)=>w.name !== src.y.traceparent).every((w)=>env?.some((e)=>e.name === w.name && e.value === w.value && e.valueFrom === undefined));
        }
    },
    54913: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            BY: ()=>DEFAULT_GIT_TIMEOUT,
            Hw: ()=>openPullRequest,
            _l: ()=>pathInside,
            showCommit: ()=>showCommit,
            tk: ()=>commitAndPush,
            wK: ()=>cloneBranch
        });
        var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
        var node_fs__WEBPACK_IMPORTED_MODULE_0___default = __webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
        var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
        var node_path__WEBPACK_IMPORTED_MODULE_1___default = __webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
        var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
        var _github_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60662);
        var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10796);
        var _runner_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32090);
        const OUR_GIT_VARIABLES = [
            "GIT_TERMINAL_PROMPT",
            "GIT_CONFIG_COUNT",
            ...[
                0,
                1,
                2
            ].flatMap((i)=>[
                    `GIT_CONFIG_KEY_${i}`,
                    `GIT_CONFIG_VALUE_${i}`
                ])
        ];
        const MAX_PUSH_ATTEMPTS = 5;
        const DEFAULT_GIT_TIMEOUT = "120s";
        const LOW_SPEED_SECONDS = 20;
        const PROGRAM_VARIABLES = new Set([
            "EDITOR",
            "VISUAL",
            "PAGER",
            "PREFIX",
            "SSH_ASKPASS"
        ]);
        function gitEnv(token, env = process.env) {
            const clean = {};
            for (const [name, value] of Object.entries(env)){
                const upper = name.toUpperCase();
                if (value !== undefined && !upper.startsWith("GIT_") && !PROGRAM_VARIABLES.has(upper)) clean[name] = value;
            }
            const config = [
                [
                    "http.lowSpeedLimit",
                    "1000"
                ],
                [
                    "http.lowSpeedTime",
                    String(LOW_SPEED_SECONDS)
                ]
            ];
            if (token) {
                const basic = Buffer.from(`x-access-token:${token}`).toString("base64");
                config.push([
                    "http.extraheader",
                    `AUTHORIZATION: basic ${basic}`
                ]);
            }
            clean.GIT_TERMINAL_PROMPT = "0";
            clean.GIT_CONFIG_COUNT = String(config.length);
            config.forEach(([key, value], i)=>{
                clean[`GIT_CONFIG_KEY_${i}`] = key;
                clean[`GIT_CONFIG_VALUE_${i}`] = value;
            });
            return clean;
        }
        function workspaceDir(env = process.env) {
            return env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd();
        }
        async function openGit(dir, session) {
            const { simpleGit } = await Promise.all([
                __webpack_require__.e(830),
                __webpack_require__.e(724)
            ]).then(__webpack_require__.bind(__webpack_require__, 74724));
            const options = {
                allowEnvironment: OUR_GIT_VARIABLES,
                unsafe: {
                    allowUnsafeConfigEnvCount: true
                },
                abort: AbortSignal.timeout(session.timeoutMs)
            };
            const git = dir ? simpleGit(dir, options) : simpleGit(options);
            return git.env(gitEnv(session.token));
        }
        function timedOut(error, session) {
            const text = (0, _errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error);
            return session !== undefined && /abort/i.test(text) && /signal/i.test(text);
        }
        function gitFailure(what, error, session) {
            const message = `${what}: ${gitReason(error, session)}`;
            return timedOut(error, session) ? new _errors_js__WEBPACK_IMPORTED_MODULE_2__.Qw(message) : new _errors_js__WEBPACK_IMPORTED_MODULE_2__.Hb(message);
        }
        function gitReason(error, session) {
            const text = (0, _errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error).trim();
            if (session && timedOut(error, session)) {
                return `no answer within ${session.timeoutMs / 1e3} s (raise input '${session.timeoutInput ?? "git-timeout"}' if the remote is just slow)`;
            }
            return (0, _redact_js__WEBPACK_IMPORTED_MODULE_3__.bp)(text.replace(/\n+/g, " | "), 600);
        }
        function cloneUrl(repository, env = process.env) {
            if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) && !(0, node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(repository)) {
                return `${(env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "")}/${repository}.git`;
            }
            return repository;
        }
        async function cloneBranch(repository, branch, dir, options) {
            try {
                await (await openGit(undefined, options)).clone(cloneUrl(repository), dir, [
                    "--branch",
                    branch,
                    "--single-branch",
                    "--"
                ]);
            } catch (error) {
                throw gitFailure(`cannot clone branch '${branch}' of ${repository}`, error, options);
            }
            const git = await openGit(dir, options);
            await git.addConfig("user.name", options.author.name).addConfig("user.email", options.author.email);
            const session = options;
            return Object.assign(git, {
                session
            });
        }
        function pathInside(root, path, what) {
            const realRoot = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
            const candidate = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(realRoot, path);
            let real;
            try {
                real = (0, node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(candidate);
            } catch  {
                real = candidate;
            }
            const rel = (0, node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(realRoot, real);
            if (rel === "" || rel.startsWith("..") || (0, node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(rel)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.j1(`${what}: '${path}' leads outside the repository (to ${real === candidate ? "a path" : "a symlink target"} outside it). Expected a file inside the repository.`);
            }
            return real;
        }
        function isNonFastForward(text) {
            if (/hook declined|permission|denied|protected branch/i.test(text)) return false;
            return /\((fetch first|non-fast-forward|stale info)\)|cannot lock ref|failed to update ref/i.test(text);
        }
        const pause = (ms)=>new Promise((done)=>setTimeout(done, ms));
        async function commitAndPush(git, branch, commit) {
            for(let attempt = 1;; attempt++){
                const before = (await git.revparse([
                    "HEAD"
                ])).trim();
                if (!await commit()) return undefined;
                const sha = (await git.revparse([
                    "HEAD"
                ])).trim();
                if (sha === before) throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.Hb(`the change to '${branch}' produced no commit; nothing was deployed.`);
                try {
                    await git.push("origin", `HEAD:${branch}`);
                    return sha;
                } catch (error) {
                    const reason = gitReason(error, git.session);
                    if (!isNonFastForward((0, _errors_js__WEBPACK_IMPORTED_MODULE_2__.gJ)(error))) throw gitFailure(`push to '${branch}' refused`, error, git.session);
                    if (attempt >= MAX_PUSH_ATTEMPTS) throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.Hb(`push to '${branch}' still rejected after ${attempt} attempts: ${reason}`);
                    _runner_commands_js__WEBPACK_IMPORTED_MODULE_4__.info(`'${branch}' moved while we committed; redoing the change on top of it (attempt ${attempt + 1} of ${MAX_PUSH_ATTEMPTS}).`);
                    await pause(Math.random() * 250 * 2 ** attempt);
                    try {
                        await git.fetch("origin", branch);
                    } catch (fetchError) {
                        throw gitFailure(`cannot fetch '${branch}' again`, fetchError, git.session);
                    }
                    await git.reset([
                        "--hard",
                        `origin/${branch}`
                    ]);
                }
            }
        }
        async function openPullRequest(git, pr) {
            const names = (0, _github_js__WEBPACK_IMPORTED_MODULE_5__.QH)(pr.repository);
            if (!pr.token || !names) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__.j1("A pull request needs input 'token' and 'repository' as owner/repo (or a GitHub URL).");
            }
            try {
                await git.push("origin", `HEAD:refs/heads/${pr.head}`, [
                    "--force"
                ]);
            } catch (error) {
                throw gitFailure(`push of '${pr.head}' refused`, error, git.session);
            }
            const octokit = await (0, _github_js__WEBPACK_IMPORTED_MODULE_5__.$f)(pr.token);
            const response = await octokit.request("POST /repos/{owner}/{repo}/pulls", {
                ...names,
                title: pr.title,
                head: pr.head,
                base: pr.base,
                body: pr.body
            });
            return response.data.html_url;
        }
        async function showCommit(sha, format, env = process.env) {
            try {
                const git = await openGit(workspaceDir(env), {
                    timeoutMs: 1e4
                });
                return (await git.raw([
                    "show",
                    "-s",
                    `--format=${format}`,
                    "--end-of-options",
                    sha,
                    "--"
                ])).trim();
            } catch  {
                return "";
            }
        }
    },
    19892: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            GW: ()=>KINDS,
            KL: ()=>READ_AGAIN,
            KW: ()=>openKube,
            Sf: ()=>retryOnConflict,
            c4: ()=>isNotFound,
            dh: ()=>isConflict,
            i6: ()=>WORKLOAD_KINDS,
            qV: ()=>DEFAULT_KUBE_TIMEOUT
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
        var _runner_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(32090);
        const KINDS = {
            Rollout: {
                group: "argoproj.io",
                version: "v1alpha1",
                plural: "rollouts"
            },
            Deployment: {
                group: "apps",
                version: "v1",
                plural: "deployments"
            },
            ReplicaSet: {
                group: "apps",
                version: "v1",
                plural: "replicasets"
            }
        };
        const WORKLOAD_KINDS = [
            "Rollout",
            "Deployment"
        ];
        const DEFAULT_KUBE_TIMEOUT = "30s";
        function isConflict(error) {
            return error.code === 409;
        }
        function isNotFound(error) {
            return error.code === 404;
        }
        function isTimeout(error) {
            const e = error;
            return e?.name === "TimeoutError" || e?.cause?.name === "TimeoutError";
        }
        async function openKube(kubeconfig, timeoutMs) {
            const { connectKube } = await __webpack_require__.e(255).then(__webpack_require__.bind(__webpack_require__, 15255));
            const rest = await connectKube(kubeconfig, timeoutMs);
            const fail = (error, what, verb)=>kubeApiError(error, what, verb, timeoutMs);
            return {
                ...rest,
                read: async (ref, what)=>{
                    try {
                        return await rest.get(ref);
                    } catch (error) {
                        throw fail(error, what, "get");
                    }
                },
                fail
            };
        }
        const MAX_ATTEMPTS = 5;
        const READ_AGAIN = Symbol("read again");
        async function retryOnConflict(what, doing, attempt) {
            for(let n = 1; n <= MAX_ATTEMPTS; n++){
                try {
                    const result = await attempt(n, n === MAX_ATTEMPTS);
                    if (result !== READ_AGAIN) return result;
                } catch (error) {
                    if (!isConflict(error)) throw error;
                    if (n === MAX_ATTEMPTS) break;
                    _runner_commands_js__WEBPACK_IMPORTED_MODULE_1__.info(`${what} changed while we ${doing} (409 Conflict); reading it again (attempt ${n + 1} of ${MAX_ATTEMPTS}).`);
                }
            }
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Hb(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
        }
        function kubeApiError(error, what, verb, timeoutMs) {
            if (isTimeout(error)) {
                const within = `within ${timeoutMs ?? "?"} ms`;
                return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Qw(`no answer from the Kubernetes API ${within} to ${verb} ${what} (input 'kube-timeout').`);
            }
            const status = error.code;
            const code = typeof status === "number" ? status : undefined;
            const body = error.body;
            let message = body?.message;
            if (typeof body === "string") {
                try {
                    message = JSON.parse(body).message;
                } catch  {
                    message = undefined;
                }
                message ??= body.trim().split("\n")[0].slice(0, 200) || undefined;
            }
            if (code === 404) return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`${what} not found. Check inputs 'kind', 'name' and 'namespace'.`);
            if (code === 403) return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Hb(`forbidden to ${verb} ${what}: ${message ?? "HTTP 403"}. The credentials need get and patch on it.`);
            if (code === 401) return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Hb(`unauthorized for ${what}: check the kubeconfig's credentials.`);
            if (code) return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Hb(`${verb} ${what} failed: HTTP ${code}${message ? `: ${message}` : ""}`);
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__.Hb(`${verb} ${what} failed: ${message ?? (0, _errors_js__WEBPACK_IMPORTED_MODULE_0__.gJ)(error)}`);
        }
    },
    53893: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            I: ()=>openSearchUrlInput,
            o: ()=>indexRecord
        });
        var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
        var _http_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61457);
        var _runner_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(51448);
        function openSearchUrlInput(name = "opensearch-url") {
            const text = (0, _runner_io_js__WEBPACK_IMPORTED_MODULE_2__.jY)(name);
            if (!text) return undefined;
            let url;
            try {
                url = new URL(text);
            } catch  {
                url = undefined;
            }
            if (!url || ![
                "http:",
                "https:"
            ].includes(url.protocol) || !url.hostname) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(`Invalid input '${name}': not an http(s) URL. Expected e.g. https://user:password@search.example:9200.`);
            }
            return text;
        }
        async function indexRecord(url, index, id, record, timeoutMs) {
            let timer;
            let abort;
            let close;
            const attempt = (async ()=>{
                const { Client } = await Promise.all([
                    __webpack_require__.e(830),
                    __webpack_require__.e(93)
                ]).then(__webpack_require__.bind(__webpack_require__, 61093));
                const proxy = (0, _http_js__WEBPACK_IMPORTED_MODULE_1__.th)(url);
                const client = new Client({
                    node: url,
                    requestTimeout: timeoutMs,
                    maxRetries: 0,
                    ...proxy ? {
                        proxy
                    } : {}
                });
                close = ()=>client.close();
                const request = client.index({
                    index,
                    id,
                    body: record,
                    refresh: false
                });
                abort = request.abort?.bind(request);
                await request;
                return undefined;
            })();
            const expired = new Promise((resolve)=>{
                timer = setTimeout(()=>resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
            });
            try {
                return await Promise.race([
                    attempt,
                    expired
                ]);
            } catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                const status = error.meta?.statusCode;
                return typeof status === "number" ? `HTTP ${status}: ${message}` : message;
            } finally{
                clearTimeout(timer);
                abort?.();
                close?.().catch(()=>undefined);
            }
        }
    }
};
