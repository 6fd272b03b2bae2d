export const id = 621;
export const ids = [
    621,
    913
];
export const modules = {
    84621: (module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__)=>{
            try {
                __webpack_require__.r(__webpack_exports__);
                var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
                var _rollback_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38139);
                await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Cs)("rollback-notify", _rollback_js__WEBPACK_IMPORTED_MODULE_1__.e);
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
    },
    38139: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            e: ()=>runRollback
        });
        var external_node_crypto_ = __webpack_require__(77598);
        var src = __webpack_require__(82398);
        var external_node_fs_ = __webpack_require__(73024);
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var src_git = __webpack_require__(54913);
        function trailersOf(body) {
            const last = body.trim().split(/\n\s*\n/).pop() ?? "";
            return Object.fromEntries(last.split("\n").map((line)=>/^([A-Za-z0-9-]+):\s*(.+)$/.exec(line.trim())).filter((m)=>m !== null).map((m)=>[
                    m[1],
                    m[2]
                ]));
        }
        async function git_revert_history(git) {
            const raw = await git.raw([
                "log",
                "--format=%H%x00%B%x1e",
                "HEAD"
            ]);
            return raw.split("\x1e").map((record)=>record.trim()).filter(Boolean).map((record)=>{
                const [sha, body] = record.split("\0");
                return {
                    sha,
                    trailers: trailersOf(body ?? "")
                };
            });
        }
        function stateOf(log, buildId) {
            for (const entry of log){
                if (entry.trailers[src.AH.reverts] === buildId) return {
                    kind: "reverted",
                    entry
                };
                const deployed = entry.trailers[src.AH.buildId];
                if (deployed === undefined) continue;
                return deployed === buildId ? {
                    kind: "deployed",
                    entry
                } : {
                    kind: "superseded",
                    by: deployed
                };
            }
            return {
                kind: "absent"
            };
        }
        async function hasNote(git, sha) {
            try {
                await git.raw([
                    "notes",
                    `--ref=${src.sD}`,
                    "show",
                    sha
                ]);
                return true;
            } catch  {
                return false;
            }
        }
        async function revertDeploy(target, buildId, dryRun) {
            const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "goldenthread-revert-"));
            let git;
            const markNotified = async ()=>{
                if (!git || !result.commit) return;
                try {
                    await git.raw([
                        "notes",
                        `--ref=${src.sD}`,
                        "add",
                        "-f",
                        "-m",
                        `notified: ${buildId}`,
                        result.commit
                    ]);
                    await git.push("origin", `${src.sD}:${src.sD}`, [
                        "--force"
                    ]);
                } catch (error) {
                    src.lj.warning(`Could not record the notification as a git note (${(0, src.gJ)(error).split("\n")[0]}); a re-run may notify again.`);
                }
            };
            let result = {
                taken: "none",
                alreadyNotified: false,
                message: "",
                markNotified
            };
            try {
                git = await (0, src_git.wK)(target.repository, target.branch, dir, {
                    token: target.token,
                    timeoutMs: target.gitTimeoutMs,
                    author: target.author
                });
                await git.fetch("origin", `+${src.sD}:${src.sD}`).catch(()=>undefined);
                const revertOnce = async ()=>{
                    const state = stateOf(await git_revert_history(git), buildId);
                    if (state.kind === "reverted") {
                        result = {
                            ...result,
                            taken: "none",
                            commit: state.entry.sha,
                            previousBuildId: state.entry.trailers[src.AH.buildId],
                            alreadyNotified: await hasNote(git, state.entry.sha),
                            message: `build ${buildId} was already reverted in ${state.entry.sha.slice(0, 7)}; nothing to do.`
                        };
                        return false;
                    }
                    if (state.kind === "superseded") {
                        result = {
                            ...result,
                            taken: "none",
                            previousBuildId: state.by,
                            alreadyNotified: true,
                            message: `${target.branch} now deploys build ${state.by}, not ${buildId}; left alone.`
                        };
                        return false;
                    }
                    if (state.kind === "absent") {
                        throw new src.Hb(`no deploy commit of build ${buildId} (trailer ${src.AH.buildId}) on '${target.branch}' of ${target.repository}.`);
                    }
                    const previousBuildId = state.entry.trailers[src.AH.previousBuildId];
                    if (dryRun) {
                        result = {
                            ...result,
                            previousBuildId,
                            message: `dry run: would revert ${state.entry.sha.slice(0, 7)} (deploy of ${buildId}).`
                        };
                        return false;
                    }
                    try {
                        await git.raw([
                            "revert",
                            "--no-commit",
                            state.entry.sha
                        ]);
                    } catch (error) {
                        await git.raw([
                            "revert",
                            "--abort"
                        ]).catch(()=>undefined);
                        throw new src.Hb(`cannot revert ${state.entry.sha.slice(0, 7)} cleanly on '${target.branch}' (later commits changed the same lines): ${(0, src.gJ)(error).split("\n")[0]}. Revert it by hand.`);
                    }
                    const trailers = [
                        `${src.AH.reverts}: ${buildId}`,
                        ...previousBuildId ? [
                            `${src.AH.buildId}: ${previousBuildId}`
                        ] : []
                    ];
                    await git.commit(`Revert deploy of ${buildId}

This reverts commit ${state.entry.sha}: build ${buildId} failed its gate.

${trailers.join("\n")}
`);
                    result = {
                        ...result,
                        taken: "revert",
                        previousBuildId,
                        message: `reverted ${state.entry.sha.slice(0, 7)} (deploy of ${buildId}) on '${target.branch}'.`
                    };
                    return true;
                };
                if (target.pullRequest) {
                    if (await revertOnce()) {
                        result.commit = (await git.revparse([
                            "HEAD"
                        ])).trim();
                        result.pullRequestUrl = await (0, src_git.Hw)(git, {
                            repository: target.repository,
                            token: target.token,
                            base: target.branch,
                            head: `goldenthread/revert-${buildId}`,
                            title: `Revert deploy of ${buildId}`,
                            body: `${result.message}

Revert commit ${result.commit}.`
                        });
                        result.message = `opened ${result.pullRequestUrl} reverting the deploy of ${buildId}.`;
                    }
                    return result;
                }
                const pushed = await (0, src_git.tk)(git, target.branch, revertOnce);
                if (pushed) result.commit = pushed;
                return result;
            } finally{
                cleanups.push(()=>(0, external_node_fs_.rmSync)(dir, {
                        recursive: true,
                        force: true
                    }));
            }
        }
        const cleanups = [];
        function cleanUp() {
            for (const clean of cleanups.splice(0))clean();
        }
        var src_kube = __webpack_require__(19892);
        const DEFAULT_LIMITS = {
            maxAttempts: 4,
            maxWaitMs: 3e4,
            timeoutMs: 1e4,
            budgetMs: 6e4
        };
        function slackInputs() {
            const threadTs = (0, src.$m)("slack-thread-ts");
            if (threadTs !== undefined && !/^\d{1,12}\.\d{1,9}$/.test(threadTs)) {
                throw new src.j1(`Invalid input 'slack-thread-ts': '${threadTs.slice(0, 40)}'. Expected a Slack message ts such as 1712345678.123456 (the slack-ts output of an earlier post).`);
            }
            const budgetMs = (0, src.Ts)("slack-timeout", "60s", {
                positive: true
            });
            const url = (0, src.jY)("slack-webhook-url");
            if (url) return {
                kind: "webhook",
                url: webhookUrl(url),
                threadTs,
                budgetMs
            };
            const token = (0, src.jY)("slack-token");
            if (!token) return undefined;
            const channel = (0, src.YF)("slack-channel", "the channel to post to with slack-token (e.g. #deploys or C0123456).");
            const apiUrl = (0, src.$m)("slack-api-url") ?? "https://slack.com/api";
            if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol)) {
                throw new src.j1(`Invalid input 'slack-api-url': '${apiUrl.slice(0, 80)}'. Expected an http(s) URL such as https://slack.com/api.`);
            }
            return {
                kind: "api",
                token,
                channel,
                apiUrl,
                threadTs,
                budgetMs
            };
        }
        function webhookUrl(text) {
            let url;
            try {
                url = new URL(text);
            } catch  {
                url = undefined;
            }
            if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
                throw new src.j1("Invalid input 'slack-webhook-url': not a usable URL. Expected the https:// URL of a Slack incoming webhook (https://hooks.slack.com/services/…).");
            }
            return url.toString();
        }
        const wait = (ms)=>new Promise((resolve)=>setTimeout(resolve, ms));
        const quote = (text)=>JSON.stringify(text.replace(/\s+/g, " ").trim().slice(0, 100));
        function request(destination, message, timeoutMs) {
            const init = {
                method: "POST",
                signal: AbortSignal.timeout(timeoutMs)
            };
            const thread = destination.threadTs ? {
                thread_ts: destination.threadTs
            } : {};
            if (destination.kind === "webhook") {
                return fetch(destination.url, {
                    ...init,
                    headers: {
                        "content-type": "application/json"
                    },
                    body: JSON.stringify({
                        ...message,
                        ...thread
                    })
                });
            }
            return fetch(`${destination.apiUrl.replace(/\/+$/, "")}/chat.postMessage`, {
                ...init,
                headers: {
                    "content-type": "application/json; charset=utf-8",
                    authorization: `Bearer ${destination.token}`
                },
                body: JSON.stringify({
                    channel: destination.channel,
                    ...message,
                    ...thread
                })
            });
        }
        function answerOf(destination, status, body, attempt) {
            if (destination.kind === "webhook") {
                if (body.trim() === "ok") return {
                    ok: true,
                    attempts: attempt
                };
                return {
                    ok: false,
                    attempts: attempt,
                    error: `HTTP ${status} with ${quote(body)} instead of "ok"; not retried (it may have been posted)`
                };
            }
            let answer;
            try {
                answer = JSON.parse(body);
            } catch  {
                return {
                    ok: false,
                    attempts: attempt,
                    error: `chat.postMessage answered HTTP ${status} with ${quote(body)}, not JSON; not retried (it may have been posted)`
                };
            }
            if (answer?.ok !== true) return {
                ok: false,
                attempts: attempt,
                error: `chat.postMessage: ${typeof answer?.error === "string" ? answer.error.slice(0, 100) : "not ok"}`
            };
            const ts = typeof answer.ts === "string" ? answer.ts : undefined;
            return {
                ok: true,
                attempts: attempt,
                ts,
                channel: typeof answer.channel === "string" ? answer.channel : undefined
            };
        }
        async function postToSlack(destination, message, limits = DEFAULT_LIMITS) {
            const budgetMs = destination.budgetMs ?? limits.budgetMs;
            const end = Date.now() + budgetMs;
            let lastError = "";
            for(let attempt = 1; attempt <= limits.maxAttempts; attempt++){
                let delayMs;
                const timeoutMs = Math.max(1, Math.min(limits.timeoutMs, end - Date.now()));
                try {
                    const response = await request(destination, message, timeoutMs);
                    const body = await response.text();
                    if (response.status === 429) {
                        const retryAfter = Number(response.headers.get("retry-after"));
                        delayMs = (Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 1) * 1e3;
                        lastError = `HTTP 429 (rate limited, Retry-After ${response.headers.get("retry-after")?.slice(0, 20) ?? "–"})`;
                    } else if (response.status >= 500) {
                        delayMs = 1e3 * 2 ** (attempt - 1);
                        lastError = `HTTP ${response.status}`;
                    } else if (!response.ok) {
                        return {
                            ok: false,
                            attempts: attempt,
                            error: `HTTP ${response.status} ${quote(body)}`
                        };
                    } else {
                        return answerOf(destination, response.status, body, attempt);
                    }
                } catch (error) {
                    lastError = error?.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : (0, src.gJ)(error?.cause ?? error);
                    delayMs = 1e3 * 2 ** (attempt - 1);
                }
                if (attempt === limits.maxAttempts) break;
                if (delayMs > limits.maxWaitMs) {
                    return {
                        ok: false,
                        attempts: attempt,
                        error: `${lastError}; asked to wait ${delayMs} ms, more than the ${limits.maxWaitMs} ms we allow`
                    };
                }
                if (Date.now() + delayMs >= end) {
                    return {
                        ok: false,
                        attempts: attempt,
                        error: `${lastError}; no time left in slack-timeout (${budgetMs} ms) to try again`
                    };
                }
                src.lj.info(`Slack: ${lastError}; trying again in ${delayMs} ms (attempt ${attempt + 1} of ${limits.maxAttempts}).`);
                await wait(delayMs);
            }
            return {
                ok: false,
                attempts: limits.maxAttempts,
                error: `${lastError} after ${limits.maxAttempts} attempts`
            };
        }
        ;
        const NOTIFY_PHASES = [
            "fail",
            "hold",
            "inconclusive",
            "pass"
        ];
        const ACTIONS = [
            "argo-abort",
            "argo-undo",
            "deployment-undo",
            "gitops-revert",
            "none"
        ];
        const phaseOf = (verdict)=>verdict ?? "fail";
        function notifyOnInput() {
            const given = (0, src.$m)("notify-on") ?? "fail,hold";
            const words = given.split(/[\s,]+/).filter(Boolean);
            const expected = `Expected a list of ${NOTIFY_PHASES.join(", ")} (e.g. fail,hold), or none. A rollback that failed is always posted.`;
            if (words.length === 1 && words[0] === "none") return new Set;
            const wrong = words.filter((w)=>!NOTIFY_PHASES.includes(w));
            if (words.length === 0 || wrong.length > 0) {
                throw new src.j1(`Invalid input 'notify-on': '${given.slice(0, 80)}'. ${expected}`);
            }
            return new Set(words);
        }
        function kubeTarget(action) {
            if (action !== "argo-abort" && action !== "argo-undo" && action !== "deployment-undo") return undefined;
            const kind = action === "deployment-undo" ? "Deployment" : "Rollout";
            return {
                action,
                namespace: (0, src.$m)("namespace") ?? "default",
                name: (0, src.YF)("name", `the ${kind} to roll back.`),
                kubeconfig: (0, src.jY)("kubeconfig"),
                timeoutMs: (0, src.Ts)("kube-timeout", src_kube.qV, {
                    positive: true
                })
            };
        }
        function gitopsTarget(action) {
            if (action !== "gitops-revert") return undefined;
            return {
                repository: (0, src.YF)("repository", "the manifests repository the deploy commit is on."),
                branch: (0, src.$m)("branch") ?? "main",
                pullRequest: (0, src.tE)("pull-request", false),
                token: (0, src.jY)("token"),
                gitTimeoutMs: (0, src.Ts)("git-timeout", src_git.BY, {
                    positive: true
                }),
                author: {
                    name: (0, src.$m)("author-name") ?? "goldenthread",
                    email: (0, src.$m)("author-email") ?? "goldenthread@users.noreply.github.com"
                }
            };
        }
        async function readInputs() {
            const action = (0, src.ij)("action", ACTIONS, "none");
            const verdictFile = (0, src.$m)("verdict-file");
            const readRecord = async (kind, path, input)=>(await Promise.all([
                    __webpack_require__.e(368),
                    __webpack_require__.e(967)
                ]).then(__webpack_require__.bind(__webpack_require__, 59967))).readRecord(kind, path, input);
            const verdict = verdictFile ? await readRecord("verdict", verdictFile, "verdict-file") : undefined;
            const buildId = (0, src.u7)(verdict?.build_id);
            const deploymentFile = (0, src.$m)("deployment-file");
            const deployment = deploymentFile ? await readRecord("deployment", deploymentFile, "deployment-file") : undefined;
            if (deployment && deployment.build_id !== buildId) {
                throw new src.j1(`Invalid input 'deployment-file': it records build ${deployment.build_id}, not the build rolled back (${buildId}).`);
            }
            const environment = (0, src.$m)("environment") ?? deployment?.environment;
            const traceUrlTemplate = (0, src.$m)("trace-url-template");
            if (traceUrlTemplate && !traceUrlTemplate.includes("{trace_id}")) {
                throw new src.j1("Invalid input 'trace-url-template': it must contain {trace_id}.");
            }
            return {
                action,
                verdict,
                buildId,
                dryRun: (0, src.tE)("dry-run", false),
                environment,
                service: (0, src.$m)("service"),
                author: (0, src.$m)("author"),
                slack: slackInputs(),
                traceUrlTemplate,
                kube: kubeTarget(action),
                gitops: gitopsTarget(action),
                githubToken: (0, src.jY)("github-token"),
                github: (0, src.wX)(environment),
                deployment,
                notifyOn: notifyOnInput(),
                recordFile: (0, src.$m)("rollback-file") ?? (0, src.sl)("rollback", buildId)
            };
        }
        ;
        const DEPLOY_KEYS = [
            src.YX.buildId,
            src.YX.gitSha,
            src.YX.traceId,
            src.YX.previousBuildId,
            src.YX.previousImage
        ];
        const REVISION = {
            Rollout: "rollout.argoproj.io/revision",
            Deployment: "deployment.kubernetes.io/revision"
        };
        const HASH_LABEL = {
            Rollout: "rollouts-pod-template-hash",
            Deployment: "pod-template-hash"
        };
        const KUBECTL_SKIP = [
            "kubectl.kubernetes.io/last-applied-configuration",
            "deployment.kubernetes.io/revision",
            "deployment.kubernetes.io/revision-history",
            "deployment.kubernetes.io/desired-replicas",
            "deployment.kubernetes.io/max-replicas",
            "deprecated.deployment.rollback.to"
        ];
        const pointer = (key)=>key.replace(/~/g, "~0").replace(/\//g, "~1");
        const templateBuild = (t)=>t?.spec?.containers?.flatMap((c)=>c.env ?? []).find((e)=>e.name === src.y.buildId)?.value;
        const withoutHash = (t, label)=>{
            const copy = structuredClone(t ?? {});
            if (copy.metadata?.labels) delete copy.metadata.labels[label];
            return copy;
        };
        async function rollbackWorkload(target, buildId, dryRun) {
            const kind = target.action === "deployment-undo" ? "Deployment" : "Rollout";
            const kube = await (0, src_kube.KW)(target.kubeconfig, target.timeoutMs);
            const { read, fail } = kube;
            const ref = {
                ...src_kube.GW[kind],
                namespace: target.namespace,
                name: target.name
            };
            const what = `${kind} ${target.namespace}/${target.name}`;
            const patch = async (body, at = ref)=>await kube.patch(at, body, "json");
            async function releaseClaim() {
                const path = `/metadata/annotations/${pointer(src.YX.notified)}`;
                try {
                    await patch([
                        {
                            op: "test",
                            path,
                            value: buildId
                        },
                        {
                            op: "remove",
                            path
                        }
                    ]);
                    src.lj.info(`Released the notification claim on ${what}, so a re-run can tell people.`);
                } catch (error) {
                    const why = fail(error, what, "patch").message;
                    src.lj.warning(`Could not release the notification claim on ${what} (${why}); a re-run will not post.`);
                }
            }
            const result = (facts, claimed = false)=>({
                    ...facts,
                    markNotified: async ()=>{},
                    releaseClaim: claimed ? releaseClaim : async ()=>{}
                });
            const silent = (previousBuildId, message)=>result({
                    taken: "none",
                    previousBuildId,
                    alreadyNotified: true,
                    message
                });
            const claim = (obj, annotations)=>[
                    {
                        op: "replace",
                        path: "/metadata/resourceVersion",
                        value: obj.metadata.resourceVersion
                    },
                    {
                        op: "add",
                        path: "/metadata/annotations",
                        value: {
                            ...annotations,
                            [src.YX.rolledBack]: buildId,
                            [src.YX.notified]: buildId
                        }
                    }
                ];
            let aborted = false;
            return (0, src_kube.Sf)(what, "rolled it back", async (attempt, last)=>{
                const obj = await read(ref, what);
                const annotations = obj.metadata.annotations ?? {};
                const previousBuildId = annotations[src.YX.previousBuildId];
                if (annotations[src.YX.rolledBack] === buildId) {
                    const stillNamed = target.action === "argo-abort" || annotations[src.YX.buildId] === buildId;
                    const serving = stillNamed ? previousBuildId : annotations[src.YX.buildId];
                    if (annotations[src.YX.notified] === buildId) {
                        const by = aborted ? "another run (it holds the notification claim; our abort was a repeat)" : "an earlier or concurrent run";
                        const told = "and people were told; nothing to do, nothing posted.";
                        return silent(serving, `${what} was already rolled back from build ${buildId} by ${by}, ${told}`);
                    }
                    const earlier = "by an earlier run that could not tell people";
                    const message = `${what} was already rolled back from build ${buildId} ${earlier}`;
                    const unnotified = {
                        taken: "none",
                        previousBuildId: serving,
                        alreadyNotified: false
                    };
                    if (dryRun) return result({
                        ...unnotified,
                        message: `dry run: ${message}; would tell them.`
                    });
                    try {
                        await patch(claim(obj, annotations));
                    } catch (error) {
                        if ((0, src_kube.dh)(error)) throw error;
                        throw fail(error, what, "patch");
                    }
                    return result({
                        ...unnotified,
                        message: `${message}; telling them now.`
                    }, true);
                }
                const current = annotations[src.YX.buildId] ?? templateBuild(obj.spec?.template);
                if (current !== buildId) {
                    return silent(current, `${what} runs build ${current ?? "unknown"}, not ${buildId}; left alone.`);
                }
                if (dryRun) {
                    const message = `dry run: would ${target.action} ${what} (build ${buildId}).`;
                    return result({
                        taken: "none",
                        previousBuildId,
                        alreadyNotified: false,
                        message
                    });
                }
                try {
                    if (target.action === "argo-abort") {
                        const abortedObj = aborted ? obj : await abort(kube, ref, what);
                        aborted = true;
                        if (abortedObj.metadata.annotations?.[src.YX.notified] === buildId) return src_kube.KL;
                        const done = {
                            taken: "abort",
                            previousBuildId,
                            alreadyNotified: false
                        };
                        const stable = previousBuildId ?? "unknown";
                        const message = `aborted ${what}: traffic back on the stable ReplicaSet (build ${stable}).`;
                        try {
                            await patch(claim(abortedObj, abortedObj.metadata.annotations ?? {}));
                        } catch (error) {
                            if ((0, src_kube.dh)(error) && !last) {
                                src.lj.info(`${what} changed after the abort (409 Conflict); reading it again for the marker (attempt ${attempt + 1}).`);
                                return src_kube.KL;
                            }
                            const why = fail(error, what, "patch").message;
                            src.lj.warning(`${what} is aborted, but its rollback marker could not be written (${why}); a re-run may abort and notify again.`);
                            return result({
                                ...done,
                                message
                            });
                        }
                        return result({
                            ...done,
                            message
                        }, true);
                    }
                    const undo = await previousRevision(kube, kind, obj, target.namespace, what);
                    const restored = restoreAnnotations(kind, annotations, undo.annotations, undo.template);
                    const template = {
                        op: "replace",
                        path: "/spec/template",
                        value: undo.template
                    };
                    if (undo.holder) {
                        await patch(claim(obj, restored));
                        try {
                            await patch([
                                template
                            ], undo.holder.ref);
                        } catch (error) {
                            await patch([
                                {
                                    op: "add",
                                    path: "/metadata/annotations",
                                    value: annotations
                                }
                            ]).catch(()=>undefined);
                            throw fail(error, undo.holder.what, "patch");
                        }
                    } else {
                        await patch([
                            template,
                            ...claim(obj, restored)
                        ]);
                    }
                    const undone = restored[src.YX.buildId] ?? previousBuildId;
                    const message = `undid ${what} to revision ${undo.revision} (build ${undone ?? "unknown"}).`;
                    return result({
                        taken: "undo",
                        previousBuildId: undone,
                        alreadyNotified: false,
                        message
                    }, true);
                } catch (error) {
                    if ((0, src_kube.dh)(error) || error instanceof src.Hb || error instanceof src.j1) throw error;
                    throw fail(error, what, "patch");
                }
            });
        }
        async function abort(kube, ref, what) {
            const body = {
                status: {
                    abort: true
                }
            };
            try {
                return await kube.patch(ref, body, "merge", "status");
            } catch (error) {
                if (!(0, src_kube.c4)(error)) throw kube.fail(error, `${what} (status subresource)`, "patch");
                src.lj.info(`${what} has no status subresource (404); aborting through the object, as the kubectl plugin does.`);
                return await kube.patch(ref, body, "merge");
            }
        }
        async function previousRevision(kube, kind, obj, namespace, what) {
            if (kind === "Deployment" && obj.spec?.paused) {
                throw new src.j1(`${what} is paused; resume it first (kubectl rollout resume), then run rollback-notify again.`);
            }
            const workloadRef = kind === "Rollout" ? obj.spec?.workloadRef : undefined;
            if (workloadRef && workloadRef.kind !== "Deployment") {
                throw new src.j1(`${what} takes its pod template from a ${workloadRef.kind ?? "workload"} (spec.workloadRef); ` + "argo-undo can restore only a Rollout's own template or a referenced Deployment's.");
            }
            const selector = Object.entries(obj.spec?.selector?.matchLabels ?? {}).map(([k, v])=>`${k}=${v}`).join(",");
            let list;
            try {
                list = await kube.list({
                    ...src_kube.GW.ReplicaSet,
                    namespace
                }, selector);
            } catch (error) {
                throw kube.fail(error, `the ReplicaSets of ${what}`, "list");
            }
            const owned = list.items.filter((rs)=>rs.metadata.ownerReferences?.some((o)=>o.controller && o.uid === obj.metadata.uid)).map((rs)=>({
                    rs,
                    revision: Number(rs.metadata.annotations?.[REVISION[kind]] ?? 0)
                })).sort((a, b)=>b.revision - a.revision);
            if (owned.length < 2) {
                throw new src.j1(`${what} has no previous revision to go back to (${owned.length} ReplicaSet(s) it owns).`);
            }
            const previous = owned[1];
            const template = withoutHash(previous.rs.spec?.template, HASH_LABEL[kind]);
            const holder = workloadRef ? {
                ref: {
                    ...src_kube.GW.Deployment,
                    namespace,
                    name: workloadRef.name
                },
                what: `Deployment ${namespace}/${workloadRef.name} (the workloadRef of ${what})`
            } : undefined;
            return {
                template,
                revision: previous.revision,
                annotations: previous.rs.metadata.annotations ?? {},
                holder
            };
        }
        function restoreAnnotations(kind, current, revision, template) {
            const out = {};
            if (kind === "Deployment") {
                for (const key of KUBECTL_SKIP)if (current[key] !== undefined) out[key] = current[key];
                for (const [key, value] of Object.entries(revision))if (!KUBECTL_SKIP.includes(key)) out[key] = value;
            } else {
                for (const [key, value] of Object.entries(current))if (!DEPLOY_KEYS.includes(key)) out[key] = value;
                for (const key of DEPLOY_KEYS)if (revision[key] !== undefined) out[key] = revision[key];
            }
            const build = revision[src.YX.buildId] ?? templateBuild(template);
            if (build) out[src.YX.buildId] = build;
            else delete out[src.YX.buildId];
            return out;
        }
        ;
        const escapeMrkdwn = (text)=>text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
        const LIMITS = {
            sectionText: 3e3,
            field: 2e3,
            fields: 10,
            header: 150,
            contextText: 3e3,
            fallback: 3e3
        };
        const ELLIPSIS = "…";
        const ESCAPE = /^&(?:amp|lt|gt);/;
        function tokenEnd(text, i, mrkdwn) {
            if (mrkdwn && text[i] === "&") return i + (ESCAPE.exec(text.slice(i, i + 5))?.[0].length ?? 1);
            if (mrkdwn && text[i] === "<") {
                const close = text.indexOf(">", i);
                return close < 0 ? text.length : close + 1;
            }
            const code = text.charCodeAt(i);
            return code >= 55296 && code <= 56319 && i + 1 < text.length ? i + 2 : i + 1;
        }
        function truncate(text, max, { mrkdwn = true } = {}) {
            if (text.length <= max) return text;
            const room = max - ELLIPSIS.length;
            let cut = 0;
            for(let end = tokenEnd(text, 0, mrkdwn); end <= room; end = tokenEnd(text, end, mrkdwn)){
                cut = end;
                if (end >= text.length) break;
            }
            return text.slice(0, cut) + ELLIPSIS;
        }
        const message_link = (url, label)=>url ? `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);
        function headline(f) {
            const where = f.environment ? `${f.service} (${f.environment})` : f.service;
            if (f.rollbackError) return `${where}: rollback of build ${f.buildId} FAILED, it is still serving`;
            if (f.verdict === "hold" || f.verdict === "inconclusive") {
                return `${where}: build ${f.buildId} held by its gate (${f.verdict}), not rolled back`;
            }
            if (f.dryRun) return `${where}: would roll back build ${f.buildId} (dry run)`;
            return /^none\b/.test(f.action) ? `${where}: build ${f.buildId} failed its gate` : `${where} rolled back: build ${f.buildId}`;
        }
        function failingLine(f) {
            if (f.failing.length === 0) return f.verdict ? `verdict ${f.verdict}${f.reason ? `: ${f.reason}` : ""}` : "no verdict file";
            return f.failing.map((m)=>`${m.name} ${m.value} (threshold ${m.threshold}${m.samples ? `, ${m.samples} samples` : ""})`).join("; ");
        }
        function passMessage(f) {
            const where = f.environment ? `${f.service} (${f.environment})` : f.service;
            const head = `${where}: build ${f.buildId} passed its gate`;
            const links = [
                f.traceUrl ? message_link(f.traceUrl, "trace") : undefined,
                f.runUrl ? message_link(f.runUrl, "pipeline run") : undefined
            ].filter(Boolean);
            const line = `${escapeMrkdwn(head)}${f.reason ? ` (${escapeMrkdwn(f.reason)})` : ""}.${links.length > 0 ? ` ${links.join(" \xb7 ")}` : ""}`;
            return {
                text: truncate(escapeMrkdwn(`${head}.`), LIMITS.fallback),
                blocks: [
                    {
                        type: "section",
                        text: {
                            type: "mrkdwn",
                            text: truncate(line, LIMITS.sectionText)
                        }
                    }
                ]
            };
        }
        function rollbackMessage(f) {
            const short = f.gitSha?.slice(0, 7);
            const fields = [
                [
                    "Build",
                    `\`${escapeMrkdwn(f.buildId)}\``
                ],
                [
                    "Commit",
                    short ? message_link(f.commitUrl, short) : "–"
                ],
                [
                    "Author",
                    escapeMrkdwn(f.author ?? "unknown")
                ],
                [
                    "Action",
                    escapeMrkdwn(f.rollbackError ? `${f.action} failed: ${f.rollbackError}` : f.dryRun ? `${f.action} (dry run)` : f.action)
                ],
                [
                    "Target",
                    escapeMrkdwn(f.target)
                ],
                [
                    "Now serving",
                    f.previousBuildId ? `\`${escapeMrkdwn(f.previousBuildId)}\`` : "unknown"
                ]
            ].slice(0, LIMITS.fields).map(([label, value])=>({
                    type: "mrkdwn",
                    text: truncate(`*${label}*
${value}`, LIMITS.field)
                }));
            const links = [
                f.traceUrl ? message_link(f.traceUrl, "trace") : undefined,
                f.runUrl ? message_link(f.runUrl, "pipeline run") : undefined
            ].filter(Boolean);
            const text = `${headline(f)}. Commit ${short ?? "unknown"} by ${f.author ?? "unknown"}. ${failingLine(f)}. Action: ${f.action}${f.rollbackError ? ` failed: ${f.rollbackError}` : f.dryRun ? " (dry run)" : ""}; now serving ${f.previousBuildId ?? "unknown"}.${f.traceUrl ? ` Trace: ${f.traceUrl}` : ""}`;
            return {
                text: truncate(escapeMrkdwn(text), LIMITS.fallback),
                blocks: [
                    {
                        type: "header",
                        text: {
                            type: "plain_text",
                            text: truncate(headline(f), LIMITS.header, {
                                mrkdwn: false
                            }),
                            emoji: true
                        }
                    },
                    {
                        type: "section",
                        fields
                    },
                    {
                        type: "section",
                        text: {
                            type: "mrkdwn",
                            text: truncate(`*Why*: ${escapeMrkdwn(failingLine(f))}`, LIMITS.sectionText)
                        }
                    },
                    ...links.length > 0 ? [
                        {
                            type: "context",
                            elements: [
                                {
                                    type: "mrkdwn",
                                    text: truncate(links.join(" \xb7 "), LIMITS.contextText)
                                }
                            ]
                        }
                    ] : []
                ]
            };
        }
        ;
        const redacted = (message)=>JSON.parse((0, src.lO)(JSON.stringify(message)));
        async function commitAuthor(given, sha) {
            if (given || !sha) return given;
            const { showCommit } = await Promise.resolve().then(__webpack_require__.bind(__webpack_require__, 54913));
            return await showCommit(sha, "%an <%ae>") || undefined;
        }
        function currentContext() {
            try {
                return (0, src.UN)();
            } catch  {
                return undefined;
            }
        }
        async function commentOnPullRequest(ctx, token, text) {
            try {
                const [owner, repo] = ctx.repository.split("/");
                const octokit = await (0, src.$f)(token, ctx.apiUrl);
                const body = (0, src.lO)(`**goldenthread** ${text}`);
                await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
                    owner,
                    repo,
                    issue_number: Number(ctx.changeId),
                    body
                });
            } catch (error) {
                src.lj.warning(`Could not comment on pull request #${ctx.changeId} (${(0, src.gJ)(error)}).`);
            }
        }
        function targetName(inputs) {
            if (inputs.kube) return `${inputs.kube.action === "deployment-undo" ? "Deployment" : "Rollout"} ${inputs.kube.namespace}/${inputs.kube.name}`;
            if (inputs.gitops) return `${inputs.gitops.repository}@${inputs.gitops.branch}`;
            return "none";
        }
        async function gatherFacts(inputs, span, ctx, target) {
            const gitSha = process.env[src.Km.gitSha] ?? ctx?.sha;
            const traceId = inputs.verdict?.trace_id ?? span.traceId;
            return {
                service: inputs.service ?? inputs.kube?.name ?? ctx?.repository ?? "service",
                environment: inputs.environment,
                buildId: inputs.buildId,
                gitSha,
                commitUrl: gitSha && ctx?.repositoryUrl && ctx.system === "github" ? `${ctx.repositoryUrl}/commit/${gitSha}` : undefined,
                author: await commitAuthor(inputs.author, gitSha) ?? (ctx?.actor ? `${ctx.actor} (triggered the run)` : undefined),
                action: inputs.action,
                target,
                failing: (inputs.verdict?.metrics ?? []).filter((m)=>m.result === "fail" || m.result === "inconclusive").map((m)=>({
                        name: m.name,
                        value: (0, src.dd)(m.name, m.value),
                        threshold: m.threshold,
                        samples: m.samples
                    })),
                verdict: inputs.verdict?.verdict,
                reason: inputs.verdict?.reason,
                traceUrl: inputs.traceUrlTemplate?.replace("{trace_id}", encodeURIComponent(traceId)),
                runUrl: ctx?.runUrl,
                dryRun: inputs.dryRun
            };
        }
        function passFacts(inputs, ctx) {
            const traceId = inputs.verdict?.trace_id;
            return {
                service: inputs.service ?? inputs.kube?.name ?? ctx?.repository ?? "service",
                environment: inputs.environment,
                buildId: inputs.buildId,
                action: "none",
                target: targetName(inputs),
                failing: [],
                verdict: "pass",
                reason: inputs.verdict?.reason,
                traceUrl: traceId ? inputs.traceUrlTemplate?.replace("{trace_id}", encodeURIComponent(traceId)) : undefined,
                runUrl: ctx?.runUrl,
                dryRun: inputs.dryRun
            };
        }
        async function rollBack(inputs, facts) {
            if (inputs.verdict && inputs.verdict.verdict !== "fail") return undefined;
            try {
                if (inputs.kube) return await rollbackWorkload(inputs.kube, inputs.buildId, inputs.dryRun);
                if (inputs.gitops) return await revertDeploy(inputs.gitops, inputs.buildId, inputs.dryRun);
                return undefined;
            } catch (error) {
                if (inputs.slack && !inputs.dryRun) {
                    const told = await postToSlack(inputs.slack, redacted(rollbackMessage({
                        ...facts,
                        rollbackError: (0, src.gJ)(error).replace(/\.$/, "")
                    })));
                    if (!told.ok) src.lj.warning(`Slack could not be told that the rollback failed either (${told.error}).`);
                }
                throw error;
            }
        }
        async function notify(inputs, facts, outcome) {
            if (!inputs.slack) return {
                notified: []
            };
            const phase = phaseOf(inputs.verdict?.verdict);
            if (!inputs.notifyOn.has(phase)) {
                src.lj.info(`notify-on does not include ${phase}: not posting to Slack.`);
                return {
                    notified: []
                };
            }
            const message = phase === "pass" ? passMessage(facts) : rollbackMessage(facts);
            if (inputs.dryRun) {
                src.lj.info(`dry run: would post to Slack:
${message.text}`);
                return {
                    notified: []
                };
            }
            if (outcome?.alreadyNotified) {
                src.lj.info("Slack was already told about this rollback; not posting again.");
                return {
                    notified: []
                };
            }
            const result = await postToSlack(inputs.slack, redacted(message));
            if (!result.ok) {
                src.lj.warning(`Slack notification failed (${result.error}); the rollback itself stands.`);
                await outcome?.releaseClaim?.();
                return {
                    notified: [],
                    error: result.error
                };
            }
            await outcome?.markNotified();
            return {
                notified: [
                    "slack"
                ],
                ts: result.ts,
                channel: result.channel
            };
        }
        async function markGithubDeployments(inputs, outcome) {
            const github = inputs.github;
            if (!github || !outcome || outcome.taken === "none") return;
            const { target, logUrl } = github;
            if (outcome.pullRequestUrl) {
                src.lj.info(`GitHub deployments left as they are: the revert waits in ${outcome.pullRequestUrl}.`);
                return;
            }
            const serving = outcome.previousBuildId;
            try {
                const bad = inputs.deployment?.github_deployment_id ?? await (0, src._k)(target, inputs.buildId);
                if (bad === undefined) src.lj.info(`No GitHub deployment of build ${inputs.buildId} in ${target.environment}.`);
                else {
                    await (0, src.e9)(target, bad, "failure", `Rolled back by goldenthread (${outcome.taken})${serving ? `; now serving ${serving}` : ""}`, logUrl);
                    src.lj.info(`GitHub deployment ${bad} (build ${inputs.buildId}): failure.`);
                }
                const good = serving ? await (0, src._k)(target, serving) : undefined;
                if (good === undefined) {
                    src.lj.info(`No GitHub deployment of the serving build ${serving ?? "(unknown)"} in ${target.environment}.`);
                    return;
                }
                await (0, src.e9)(target, good, "success", `Serving again after the rollback of ${inputs.buildId}`, logUrl);
                src.lj.info(`GitHub deployment ${good} (build ${serving}): success.`);
            } catch (error) {
                src.lj.warning(`Could not update the GitHub deployments of ${target.environment} (${(0, src.gJ)(error)}); the rollback itself stands.`);
            }
        }
        function summary(buildId, taken, outcome, notified, slackError) {
            const what = (outcome?.message ?? "notify only").replace(/\|/g, "\\|");
            const serving = outcome?.previousBuildId ? `\`${outcome.previousBuildId}\`` : "unknown";
            const told = `${notified.join(", ") || "nobody"}${slackError ? ` (Slack failed: ${slackError})` : ""}`;
            return `### rollback-notify: ${taken} for build \`${buildId}\`

${what}

Now serving: ${serving} \xb7 notified: ${told}
`;
        }
        async function runRollback() {
            const inputs = await readInputs();
            if (inputs.verdict?.verdict === "pass") {
                src.lj.info(`The gate passed build ${inputs.buildId}; nothing to roll back.`);
                const ctx = currentContext();
                const told = await notify(inputs, passFacts(inputs, ctx), undefined);
                (0, src.n0)({
                    "action-taken": "none",
                    notified: told.notified.join(","),
                    "notify-error": told.error,
                    "slack-ts": told.ts,
                    "slack-channel": told.channel
                });
                return;
            }
            await (0, src.BV)("rollback-notify", "deploy", async (span)=>{
                const verdict = inputs.verdict;
                if (verdict?.trace_id && verdict.span_id) span.links.push({
                    traceId: verdict.trace_id,
                    spanId: verdict.span_id
                });
                span.attributes[src.T2] = inputs.buildId;
                const ctx = currentContext();
                const target = targetName(inputs);
                const facts = await gatherFacts(inputs, span, ctx, target);
                if (verdict && verdict.verdict !== "fail") {
                    src.lj.info(`The gate's verdict for build ${inputs.buildId} is ${verdict.verdict} (${verdict.reason}): only a fail rolls back; the rollout should pause.`);
                }
                const outcome = await rollBack(inputs, facts);
                const taken = outcome?.taken ?? "none";
                src.lj.info(outcome?.message ?? (verdict && verdict.verdict !== "fail" ? `verdict ${verdict.verdict}: nothing rolled back, notifying only.` : "action none: notifying only."));
                Object.assign(span.attributes, {
                    "goldenthread.rollback.action": taken,
                    "goldenthread.rollback.target": target,
                    ...outcome?.previousBuildId ? {
                        "goldenthread.rollback.previous_build_id": outcome.previousBuildId
                    } : {}
                });
                facts.action = taken === "none" && outcome ? `none (${outcome.message})` : taken;
                facts.previousBuildId = outcome?.previousBuildId;
                if (!inputs.dryRun) await markGithubDeployments(inputs, outcome);
                const told = await notify(inputs, facts, outcome);
                if (inputs.githubToken && ctx?.system === "github" && ctx.changeId && taken !== "none") {
                    await commentOnPullRequest(ctx, inputs.githubToken, rollbackMessage(facts).text);
                }
                cleanUp();
                const record = {
                    build_id: inputs.buildId,
                    action: taken,
                    target,
                    previous_build_id: outcome?.previousBuildId,
                    reason: verdict ? {
                        verdict: verdict.verdict,
                        failing: facts.failing.map((f)=>({
                                ...f,
                                samples: f.samples ?? null
                            }))
                    } : undefined,
                    notified: told.notified,
                    notify_error: told.error,
                    idempotency_key: (0, external_node_crypto_.createHash)("sha256").update(`${target}|${inputs.buildId}`).digest("hex").slice(0, 16),
                    dry_run: inputs.dryRun,
                    timestamp: new Date().toISOString(),
                    trace_id: span.traceId
                };
                const { writeRecord } = await Promise.all([
                    __webpack_require__.e(368),
                    __webpack_require__.e(967)
                ]).then(__webpack_require__.bind(__webpack_require__, 59967));
                writeRecord("rollback", inputs.recordFile, record);
                (0, src.n0)({
                    "action-taken": taken,
                    "previous-build-id": outcome?.previousBuildId,
                    notified: told.notified.join(","),
                    "notify-error": told.error,
                    "slack-ts": told.ts,
                    "slack-channel": told.channel,
                    "rollback-file": inputs.recordFile,
                    "pull-request-url": outcome?.pullRequestUrl
                });
                (0, src.fe)(summary(inputs.buildId, taken, outcome, told.notified, told.error));
            });
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
    }
};
