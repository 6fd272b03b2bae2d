import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 84621:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(79216);
/* harmony import */ var _rollback_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(93223);


await (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('rollback-notify', _rollback_js__WEBPACK_IMPORTED_MODULE_1__/* .runRollback */ .e);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 93223:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ runRollback)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __nccwpck_require__(79216);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
// EXTERNAL MODULE: ./packages/core/src/runner-commands.ts
var runner_commands = __nccwpck_require__(32090);
;// CONCATENATED MODULE: ./packages/core/src/git.ts



/**
 * git for the GitOps paths (deploy, revert), through simple-git: argv arrays, no shell.
 * simple-git refuses git variables it was not told about; these are set on purpose — no
 * password prompt, and a token as an http.extraheader through GIT_CONFIG_* (in env, never in
 * argv or a URL, as actions/checkout keeps it out of process listings).
 */
const GIT_OPTIONS = {
    allowEnvironment: ['GIT_TERMINAL_PROMPT', 'GIT_CONFIG_COUNT', 'GIT_CONFIG_KEY_0', 'GIT_CONFIG_VALUE_0'],
    unsafe: { allowUnsafeConfigEnvCount: true }
};
const MAX_PUSH_ATTEMPTS = 5;
function gitEnv(token) {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
    if (token) {
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` });
    }
    return env;
}
/** owner/repo on this GitHub server, else the clone URL or path as given. */
function cloneUrl(repository, env = process.env) {
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) && !(0,external_node_fs_.existsSync)(repository)) {
        return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${repository}.git`;
    }
    return repository;
}
/** Clone one branch into `dir` and set the commit identity. */
async function cloneBranch(repository, branch, dir, options) {
    const { simpleGit } = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(724)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74724));
    const env = gitEnv(options.token);
    try {
        await simpleGit(GIT_OPTIONS).env(env).clone(cloneUrl(repository), dir, ['--branch', branch, '--single-branch']);
    }
    catch (error) {
        throw new errors/* ExpectedFailure */.Hb(`cannot clone branch '${branch}' of ${repository}: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
    }
    const git = simpleGit(dir, GIT_OPTIONS).env(env);
    await git.addConfig('user.name', options.author.name).addConfig('user.email', options.author.email);
    return git;
}
/**
 * Make a commit on the branch tip and push it. When the branch moved meanwhile, reset to the
 * new tip and let `commit` redo its change there (it may decide nothing is left to do), up
 * to MAX_PUSH_ATTEMPTS times. Returns the pushed commit, or undefined when none was needed.
 */
async function commitAndPush(git, branch, commit) {
    for (let attempt = 1;; attempt++) {
        if (!(await commit()))
            return undefined;
        const sha = (await git.revparse(['HEAD'])).trim();
        try {
            await git.push('origin', `HEAD:${branch}`);
            return sha;
        }
        catch (error) {
            if (attempt >= MAX_PUSH_ATTEMPTS)
                throw new errors/* ExpectedFailure */.Hb(`push to '${branch}' still rejected after ${attempt} attempts: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}`);
            runner_commands.info(`'${branch}' moved while we committed; redoing the change on top of it (attempt ${attempt + 1} of ${MAX_PUSH_ATTEMPTS}).`);
            await git.fetch('origin', branch);
            await git.reset(['--hard', `origin/${branch}`]);
        }
    }
}
/**
 * Push HEAD to `head` and open a pull request against `base` (GitHub REST
 * POST /repos/{owner}/{repo}/pulls). `repository` must name owner/repo (or a URL ending so).
 */
async function openPullRequest(git, pr) {
    const match = /([^/:]+)\/([^/]+?)(?:\.git)?$/.exec(pr.repository);
    if (!pr.token || !match) {
        throw new errors/* ConfigurationError */.j1("A pull request needs input 'token' and 'repository' as owner/repo (or a GitHub URL).");
    }
    await git.push('origin', `HEAD:refs/heads/${pr.head}`, ['--force']);
    const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 92413));
    const octokit = getOctokit(pr.token, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
    const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', { owner: match[1], repo: match[2], title: pr.title, head: pr.head, base: pr.base, body: pr.body });
    return response.data.html_url;
}

;// CONCATENATED MODULE: ./actions/rollback-notify/src/git-revert.ts





/** Trailers rollout-patch writes on deploy commits, and the ones a revert adds. */
const TRAILER = {
    buildId: 'Goldenthread-Build-Id',
    previousBuildId: 'Goldenthread-Previous-Build-Id',
    reverts: 'Goldenthread-Reverts-Build-Id'
};
const NOTES_REF = 'refs/notes/goldenthread';
function trailersOf(body) {
    const last = body.trim().split(/\n\s*\n/).pop() ?? '';
    return Object.fromEntries(last
        .split('\n')
        .map((line) => /^([A-Za-z0-9-]+):\s*(.+)$/.exec(line.trim()))
        .filter((m) => m !== null)
        .map((m) => [m[1], m[2]]));
}
async function git_revert_history(git) {
    const raw = await git.raw(['log', '--format=%H%x00%B%x1e', 'HEAD']);
    return raw
        .split('\x1e')
        .map((record) => record.trim())
        .filter(Boolean)
        .map((record) => {
        const [sha, body] = record.split('\x00');
        return { sha, trailers: trailersOf(body ?? '') };
    });
}
/**
 * What the branch says about `buildId`, newest first: reverted already (a revert names it),
 * superseded (a newer deploy names another build), or its deploy commit.
 */
function stateOf(log, buildId) {
    for (const entry of log) {
        if (entry.trailers[TRAILER.reverts] === buildId)
            return { kind: 'reverted', entry };
        const deployed = entry.trailers[TRAILER.buildId];
        if (deployed === undefined)
            continue;
        return deployed === buildId ? { kind: 'deployed', entry } : { kind: 'superseded', by: deployed };
    }
    return { kind: 'absent' };
}
async function hasNote(git, sha) {
    try {
        await git.raw(['notes', `--ref=${NOTES_REF}`, 'show', sha]);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * Revert the deploy commit of `buildId` on the manifests branch, once: the revert carries
 * Goldenthread-Reverts-Build-Id, and a git note on it (refs/notes/goldenthread) records that
 * people were told. When the branch moved, the state is read again on the new tip.
 */
async function revertDeploy(target, buildId, dryRun) {
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'goldenthread-revert-'));
    let git;
    const markNotified = async () => {
        if (!git || !result.commit)
            return;
        try {
            await git.raw(['notes', `--ref=${NOTES_REF}`, 'add', '-f', '-m', `notified: ${buildId}`, result.commit]);
            await git.push('origin', `${NOTES_REF}:${NOTES_REF}`, ['--force']);
        }
        catch (error) {
            src/* runner.warning */.lj.warning(`Could not record the notification as a git note (${(0,src/* errorMessage */.gJ)(error).split('\n')[0]}); a re-run may notify again.`);
        }
    };
    let result = { taken: 'none', alreadyNotified: false, message: '', markNotified };
    try {
        git = await cloneBranch(target.repository, target.branch, dir, { token: target.token, author: target.author });
        await git.fetch('origin', `+${NOTES_REF}:${NOTES_REF}`).catch(() => undefined); // no notes yet is fine
        const revertOnce = async () => {
            const state = stateOf(await git_revert_history(git), buildId);
            if (state.kind === 'reverted') {
                result = { ...result, taken: 'none', commit: state.entry.sha, previousBuildId: state.entry.trailers[TRAILER.buildId], alreadyNotified: await hasNote(git, state.entry.sha), message: `build ${buildId} was already reverted in ${state.entry.sha.slice(0, 7)}; nothing to do.` };
                return false;
            }
            if (state.kind === 'superseded') {
                result = { ...result, taken: 'none', previousBuildId: state.by, alreadyNotified: true, message: `${target.branch} now deploys build ${state.by}, not ${buildId}; left alone.` };
                return false;
            }
            if (state.kind === 'absent') {
                throw new src/* ExpectedFailure */.Hb(`no deploy commit of build ${buildId} (trailer ${TRAILER.buildId}) on '${target.branch}' of ${target.repository}.`);
            }
            const previousBuildId = state.entry.trailers[TRAILER.previousBuildId];
            if (dryRun) {
                result = { ...result, previousBuildId, message: `dry run: would revert ${state.entry.sha.slice(0, 7)} (deploy of ${buildId}).` };
                return false;
            }
            try {
                await git.raw(['revert', '--no-commit', state.entry.sha]);
            }
            catch (error) {
                await git.raw(['revert', '--abort']).catch(() => undefined);
                throw new src/* ExpectedFailure */.Hb(`cannot revert ${state.entry.sha.slice(0, 7)} cleanly on '${target.branch}' (later commits changed the same lines): ${(0,src/* errorMessage */.gJ)(error).split('\n')[0]}. Revert it by hand.`);
            }
            const trailers = [`${TRAILER.reverts}: ${buildId}`, ...(previousBuildId ? [`${TRAILER.buildId}: ${previousBuildId}`] : [])];
            await git.commit(`Revert deploy of ${buildId}\n\nThis reverts commit ${state.entry.sha}: build ${buildId} failed its gate.\n\n${trailers.join('\n')}\n`);
            result = { ...result, taken: 'revert', previousBuildId, message: `reverted ${state.entry.sha.slice(0, 7)} (deploy of ${buildId}) on '${target.branch}'.` };
            return true;
        };
        if (target.pullRequest) {
            if (await revertOnce()) {
                result.commit = (await git.revparse(['HEAD'])).trim();
                result.pullRequestUrl = await openPullRequest(git, {
                    repository: target.repository,
                    token: target.token,
                    base: target.branch,
                    head: `goldenthread/revert-${buildId}`,
                    title: `Revert deploy of ${buildId}`,
                    body: `${result.message}\n\nRevert commit ${result.commit}.`
                });
                result.message = `opened ${result.pullRequestUrl} reverting the deploy of ${buildId}.`;
            }
            return result;
        }
        const pushed = await commitAndPush(git, target.branch, revertOnce);
        if (pushed)
            result.commit = pushed;
        return result;
    }
    finally {
        // Kept until the notification is recorded in it (markNotified); cleanUp() removes it.
        cleanups.push(() => (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true }));
    }
}
/** Clones kept until the notification is recorded; removed by `cleanUp()`. */
const cleanups = [];
function cleanUp() {
    for (const clean of cleanups.splice(0))
        clean();
}

;// CONCATENATED MODULE: ./packages/core/src/kube.ts


/**
 * Kubernetes access shared by rollout-patch and rollback-notify: the maintained client
 * (@kubernetes/client-node), loaded only when an action actually talks to a cluster, and the
 * generic object path /apis/{group}/{version}/namespaces/{ns}/{plural}/{name} for every kind
 * we touch, so all of them come back as plain JSON.
 */
const KINDS = {
    Rollout: { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' },
    Deployment: { group: 'apps', version: 'v1', plural: 'deployments' },
    ReplicaSet: { group: 'apps', version: 'v1', plural: 'replicasets' }
};
const WORKLOAD_KINDS = (/* unused pure expression or super */ null && (['Rollout', 'Deployment']));
/** Kubeconfig file content or path; default: KUBECONFIG, ~/.kube/config, or in-cluster. */
async function openKube(kubeconfig) {
    const k8s = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(543)]).then(__nccwpck_require__.bind(__nccwpck_require__, 45543));
    const config = new k8s.KubeConfig();
    let api;
    try {
        if (!kubeconfig)
            config.loadFromDefault();
        else if (!kubeconfig.includes('\n') && (0,external_node_fs_.existsSync)(kubeconfig))
            config.loadFromFile(kubeconfig);
        else
            config.loadFromString(kubeconfig);
        api = config.makeApiClient(k8s.CustomObjectsApi);
    }
    catch (error) {
        const source = kubeconfig ? "input 'kubeconfig'" : 'the default kubeconfig (KUBECONFIG, ~/.kube/config or in-cluster)';
        throw new errors/* ConfigurationError */.j1(`Invalid ${source}: ${(0,errors/* errorMessage */.gJ)(error).split('\n')[0]}. Expected a kubeconfig (YAML, or a path to one) with a current context.`);
    }
    return {
        api,
        /** GET one object; a failure becomes a message that says what to fix. */
        async read(ref, what) {
            try {
                return await api.getNamespacedCustomObject(ref);
            }
            catch (error) {
                throw kubeApiError(error, what, 'get');
            }
        },
        jsonPatch: k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
        mergePatch: k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch)
    };
}
function isConflict(error) {
    return error.code === 409;
}
/** An API error as a message that says what to fix. */
function kubeApiError(error, what, verb) {
    const code = error.code;
    const body = error.body;
    let message = body?.message;
    if (typeof body === 'string') {
        try {
            message = JSON.parse(body).message;
        }
        catch {
            message = undefined;
        }
    }
    if (code === 404)
        return new errors/* ConfigurationError */.j1(`${what} not found. Check inputs 'kind', 'name' and 'namespace'.`);
    if (code === 403)
        return new errors/* ExpectedFailure */.Hb(`forbidden to ${verb} ${what}: ${message ?? 'HTTP 403'}. The credentials need get and patch on it.`);
    if (code === 401)
        return new errors/* ExpectedFailure */.Hb(`unauthorized for ${what}: check the kubeconfig's credentials.`);
    return new errors/* ExpectedFailure */.Hb(`${verb} ${what} failed: ${code ? `HTTP ${code} ` : ''}${message ?? (0,errors/* errorMessage */.gJ)(error)}`);
}

;// CONCATENATED MODULE: ./actions/rollback-notify/src/kube-rollback.ts


/** Annotations rollout-patch writes and this step adds (its idempotency markers). */
const ANNOTATION = {
    buildId: 'goldenthread.dev/build-id',
    previousBuildId: 'goldenthread.dev/previous-build-id',
    rolledBack: 'goldenthread.dev/rolled-back-build-id',
    notified: 'goldenthread.dev/notified-build-id'
};
const REVISION = { Rollout: 'rollout.argoproj.io/revision', Deployment: 'deployment.kubernetes.io/revision' };
const HASH_LABEL = { Rollout: 'rollouts-pod-template-hash', Deployment: 'pod-template-hash' };
const MAX_ATTEMPTS = 5;
const pointer = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
const templateBuild = (t) => t?.spec?.containers?.flatMap((c) => c.env ?? []).find((e) => e.name === 'GOLDENTHREAD_BUILD_ID')?.value;
/**
 * Roll back one workload, once per build: the marker annotation rolled-back-build-id goes on
 * the object in the same patch as the undo (for abort, right after the status change). A
 * workload already on another build is left alone.
 */
async function rollbackWorkload(target, buildId, dryRun) {
    const kind = target.action === 'deployment-undo' ? 'Deployment' : 'Rollout';
    const { api, read, jsonPatch, mergePatch } = await openKube(target.kubeconfig);
    const ref = { ...KINDS[kind], namespace: target.namespace, name: target.name };
    const what = `${kind} ${target.namespace}/${target.name}`;
    const markNotified = async () => {
        await api.patchNamespacedCustomObject({ ...ref, body: { metadata: { annotations: { [ANNOTATION.notified]: buildId } } } }, mergePatch).catch((error) => {
            src/* runner.warning */.lj.warning(`Could not mark ${what} as notified (${kubeApiError(error, what, 'patch').message}); a re-run may notify again.`);
        });
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const obj = (await read(ref, what));
        const annotations = obj.metadata.annotations ?? {};
        const alreadyNotified = annotations[ANNOTATION.notified] === buildId;
        const previousBuildId = annotations[ANNOTATION.previousBuildId];
        if (annotations[ANNOTATION.rolledBack] === buildId) {
            return { taken: 'none', previousBuildId, alreadyNotified, markNotified, message: `${what} was already rolled back from build ${buildId}; nothing to do.` };
        }
        const current = annotations[ANNOTATION.buildId] ?? templateBuild(obj.spec?.template);
        if (current !== buildId) {
            return { taken: 'none', previousBuildId: current, alreadyNotified: true, markNotified, message: `${what} runs build ${current ?? 'unknown'}, not ${buildId}; left alone.` };
        }
        if (dryRun)
            return { taken: 'none', previousBuildId, alreadyNotified, markNotified, message: `dry run: would ${target.action} ${what} (build ${buildId}).` };
        const marker = obj.metadata.annotations
            ? { op: 'add', path: `/metadata/annotations/${pointer(ANNOTATION.rolledBack)}`, value: buildId }
            : { op: 'add', path: '/metadata/annotations', value: { [ANNOTATION.rolledBack]: buildId } };
        const precondition = { op: 'replace', path: '/metadata/resourceVersion', value: obj.metadata.resourceVersion };
        try {
            if (target.action === 'argo-abort') {
                // What `kubectl argo rollouts abort` does: status.abort=true through the status subresource.
                await api.patchNamespacedCustomObjectStatus({ ...ref, body: { status: { abort: true } } }, mergePatch);
                await api.patchNamespacedCustomObject({ ...ref, body: [marker] }, jsonPatch);
                return { taken: 'abort', previousBuildId, alreadyNotified, markNotified, message: `aborted ${what}: traffic back on the stable ReplicaSet (build ${previousBuildId ?? 'unknown'}).` };
            }
            // What `kubectl argo rollouts undo` / `kubectl rollout undo` do: the previous revision's
            // ReplicaSet template, without its hash label, back into spec.template.
            const previous = await previousTemplate(api, kind, obj, target.namespace);
            const undoneBuild = templateBuild(previous.template) ?? previousBuildId;
            await api.patchNamespacedCustomObject({ ...ref, body: [precondition, { op: 'replace', path: '/spec/template', value: previous.template }, marker] }, jsonPatch);
            return { taken: 'undo', previousBuildId: undoneBuild, alreadyNotified, markNotified, message: `undid ${what} to revision ${previous.revision} (build ${undoneBuild ?? 'unknown'}).` };
        }
        catch (error) {
            if (isConflict(error) && attempt < MAX_ATTEMPTS) {
                src/* runner.info */.lj.info(`${what} changed while we rolled it back (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
                continue;
            }
            if (error instanceof src/* ExpectedFailure */.Hb)
                throw error;
            throw kubeApiError(error, what, 'patch');
        }
    }
    throw new src/* ExpectedFailure */.Hb(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}
async function previousTemplate(api, kind, obj, namespace) {
    const selector = Object.entries(obj.spec?.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
    const list = (await api.listNamespacedCustomObject({ ...KINDS.ReplicaSet, namespace, labelSelector: selector }));
    const owned = list.items
        .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === obj.metadata.uid))
        .map((rs) => ({ rs, revision: Number(rs.metadata.annotations?.[REVISION[kind]] ?? 0) }))
        .sort((a, b) => b.revision - a.revision);
    if (owned.length < 2)
        throw new src/* ConfigurationError */.j1(`${kind} ${namespace}/${obj.metadata.name} has no previous revision to go back to (${owned.length} ReplicaSet(s) it owns).`);
    const template = structuredClone(owned[1].rs.spec?.template ?? {});
    if (template.metadata?.labels)
        delete template.metadata.labels[HASH_LABEL[kind]];
    return { template, revision: owned[1].revision };
}

;// CONCATENATED MODULE: ./actions/rollback-notify/src/message.ts
/** Slack's mrkdwn control characters (api.slack.com "Formatting text"): & < > are escaped. */
const escapeMrkdwn = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const message_link = (url, label) => (url ? `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label));
function headline(f) {
    const where = f.environment ? `${f.service} (${f.environment})` : f.service;
    if (f.rollbackError)
        return `${where}: rollback of build ${f.buildId} FAILED, it is still serving`;
    if (f.dryRun)
        return `${where}: would roll back build ${f.buildId} (dry run)`;
    return f.action === 'none' ? `${where}: build ${f.buildId} failed its gate` : `${where} rolled back: build ${f.buildId}`;
}
function failingLine(f) {
    if (f.failing.length === 0)
        return f.verdict ? `verdict ${f.verdict}` : 'no verdict file';
    return f.failing.map((m) => `${m.name} ${m.value} (threshold ${m.threshold}${m.samples ? `, ${m.samples} samples` : ''})`).join('; ');
}
/** Block Kit layout: header, the facts as fields, the evidence, links in a context block. */
function rollbackMessage(f) {
    const short = f.gitSha?.slice(0, 7);
    const fields = [
        ['Build', `\`${escapeMrkdwn(f.buildId)}\``],
        ['Commit', short ? message_link(f.commitUrl, short) : '–'],
        ['Author', escapeMrkdwn(f.author ?? 'unknown')],
        ['Action', escapeMrkdwn(f.rollbackError ? `${f.action} failed: ${f.rollbackError}` : f.dryRun ? `${f.action} (dry run)` : f.action)],
        ['Target', escapeMrkdwn(f.target)],
        ['Now serving', f.previousBuildId ? `\`${escapeMrkdwn(f.previousBuildId)}\`` : 'unknown']
    ].map(([label, value]) => ({ type: 'mrkdwn', text: `*${label}*\n${value}` }));
    const links = [f.traceUrl ? message_link(f.traceUrl, 'trace') : undefined, f.runUrl ? message_link(f.runUrl, 'pipeline run') : undefined].filter(Boolean);
    const text = `${headline(f)}. Commit ${short ?? 'unknown'} by ${f.author ?? 'unknown'}. ${failingLine(f)}. Action: ${f.action}${f.rollbackError ? ` failed: ${f.rollbackError}` : f.dryRun ? ' (dry run)' : ''}; now serving ${f.previousBuildId ?? 'unknown'}.${f.traceUrl ? ` Trace: ${f.traceUrl}` : ''}`;
    return {
        // The fallback feeds notifications and is parsed as mrkdwn too: escaped like the fields.
        text: escapeMrkdwn(text),
        blocks: [
            { type: 'header', text: { type: 'plain_text', text: headline(f).slice(0, 150), emoji: true } },
            { type: 'section', fields },
            { type: 'section', text: { type: 'mrkdwn', text: `*Why*: ${escapeMrkdwn(failingLine(f))}`.slice(0, 3000) } },
            ...(links.length > 0 ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: links.join(' · ') }] }] : [])
        ]
    };
}

;// CONCATENATED MODULE: ./actions/rollback-notify/src/slack.ts

const DEFAULT_LIMITS = { maxAttempts: 4, maxWaitMs: 30_000, timeoutMs: 10_000 };
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function request(destination, message, timeoutMs) {
    const init = { method: 'POST', signal: AbortSignal.timeout(timeoutMs) };
    if (destination.kind === 'webhook') {
        return fetch(destination.url, { ...init, headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
    }
    return fetch(`${destination.apiUrl.replace(/\/+$/, '')}/chat.postMessage`, {
        ...init,
        headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${destination.token}` },
        body: JSON.stringify({ channel: destination.channel, ...message })
    });
}
async function postToSlack(destination, message, limits = DEFAULT_LIMITS) {
    let lastError = '';
    for (let attempt = 1; attempt <= limits.maxAttempts; attempt++) {
        let delayMs = 0;
        try {
            const response = await request(destination, message, limits.timeoutMs);
            const body = await response.text();
            if (response.status === 429) {
                const retryAfter = Number(response.headers.get('retry-after'));
                delayMs = (Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 1) * 1000;
                lastError = `HTTP 429 (rate limited, Retry-After ${response.headers.get('retry-after') ?? '–'})`;
            }
            else if (response.status >= 500) {
                delayMs = 1000 * 2 ** (attempt - 1);
                lastError = `HTTP ${response.status}`;
            }
            else if (!response.ok) {
                // 4xx other than 429: the message or the credentials are wrong; retrying will not help.
                return { ok: false, attempts: attempt, error: `HTTP ${response.status} ${body.slice(0, 100)}`.trim() };
            }
            else if (destination.kind === 'api') {
                const answer = JSON.parse(body);
                if (!answer.ok)
                    return { ok: false, attempts: attempt, error: `chat.postMessage: ${answer.error ?? 'not ok'}` };
                return { ok: true, attempts: attempt };
            }
            else {
                return { ok: true, attempts: attempt };
            }
        }
        catch (error) {
            lastError = error?.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs} ms` : (0,src/* errorMessage */.gJ)(error?.cause ?? error);
            delayMs = 1000 * 2 ** (attempt - 1);
        }
        if (attempt === limits.maxAttempts)
            break;
        if (delayMs > limits.maxWaitMs) {
            return { ok: false, attempts: attempt, error: `${lastError}; asked to wait ${delayMs} ms, more than the ${limits.maxWaitMs} ms we allow` };
        }
        src/* runner.info */.lj.info(`Slack: ${lastError}; trying again in ${delayMs} ms (attempt ${attempt + 1} of ${limits.maxAttempts}).`);
        await wait(delayMs);
    }
    return { ok: false, attempts: limits.maxAttempts, error: `${lastError} after ${limits.maxAttempts} attempts` };
}

;// CONCATENATED MODULE: ./actions/rollback-notify/src/rollback.ts









const ACTIONS = ['argo-abort', 'argo-undo', 'deployment-undo', 'gitops-revert', 'none'];
function readVerdict(path) {
    if (!path)
        return undefined;
    if (!(0,external_node_fs_.existsSync)(path))
        throw new src/* ConfigurationError */.j1(`Input 'verdict-file': '${path}' does not exist. Pass otel-gate's report-file output.`);
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        throw new src/* ConfigurationError */.j1(`Input 'verdict-file': '${path}' is not the JSON otel-gate writes.`);
    }
}
function formatValue(name, value) {
    if (value === null)
        return '–';
    if (name === 'error-rate')
        return `${(value * 100).toFixed(2)}%`;
    if (name === 'p99-latency')
        return `${Math.round(value)} ms`;
    if (name.startsWith('error-rate-vs'))
        return `${value.toFixed(2)}×`;
    return String(value);
}
function slackDestination() {
    const url = (0,src/* secretInput */.jY)('slack-webhook-url');
    if (url) {
        if (!/^https?:\/\//.test(url))
            throw new src/* ConfigurationError */.j1("Invalid input 'slack-webhook-url'. Expected the https:// URL of a Slack incoming webhook.");
        return { kind: 'webhook', url };
    }
    const token = (0,src/* secretInput */.jY)('slack-token');
    if (!token)
        return undefined;
    const channel = (0,src/* requiredInput */.YF)('slack-channel', 'the channel to post to with slack-token (e.g. #deploys or C0123456).');
    return { kind: 'api', token, channel, apiUrl: (0,src/* optionalInput */.$m)('slack-api-url') ?? 'https://slack.com/api' };
}
async function commitAuthor(sha) {
    const given = (0,src/* optionalInput */.$m)('author');
    if (given || !sha)
        return given;
    try {
        const { simpleGit } = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(724)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74724));
        const out = await simpleGit(process.env.GITHUB_WORKSPACE || process.cwd()).raw(['show', '-s', '--format=%an <%ae>', sha]);
        return out.trim() || undefined;
    }
    catch {
        return undefined; // not checked out here; the actor below is the next best thing
    }
}
async function commentOnPullRequest(ctx, token, text) {
    try {
        const { getOctokit } = await __nccwpck_require__.e(/* import() */ 413).then(__nccwpck_require__.bind(__nccwpck_require__, 92413));
        const [owner, repo] = ctx.repository.split('/');
        const octokit = getOctokit(token, ctx.apiUrl ? { baseUrl: ctx.apiUrl } : {});
        await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: Number(ctx.changeId), body: `**goldenthread** ${text}` });
    }
    catch (error) {
        src/* runner.warning */.lj.warning(`Could not comment on pull request #${ctx.changeId} (${error.message}).`);
    }
}
async function runRollback() {
    const action = (0,src/* choiceInput */.ij)('action', ACTIONS, 'none');
    const verdict = readVerdict((0,src/* optionalInput */.$m)('verdict-file'));
    const buildId = (0,src/* buildIdInput */.u7)(verdict?.build_id);
    const dryRun = (0,src/* booleanInput */.tE)('dry-run', false);
    const environment = (0,src/* optionalInput */.$m)('environment');
    const slack = slackDestination();
    const traceTemplate = (0,src/* optionalInput */.$m)('trace-url-template');
    if (traceTemplate && !traceTemplate.includes('{trace_id}'))
        throw new src/* ConfigurationError */.j1("Invalid input 'trace-url-template': it must contain {trace_id}.");
    const kube = action === 'argo-abort' || action === 'argo-undo' || action === 'deployment-undo'
        ? { action, namespace: (0,src/* optionalInput */.$m)('namespace') ?? 'default', name: (0,src/* requiredInput */.YF)('name', `the ${action === 'deployment-undo' ? 'Deployment' : 'Rollout'} to roll back.`), kubeconfig: (0,src/* secretInput */.jY)('kubeconfig') }
        : undefined;
    const gitops = action === 'gitops-revert'
        ? { repository: (0,src/* requiredInput */.YF)('repository', 'the manifests repository the deploy commit is on.'), branch: (0,src/* optionalInput */.$m)('branch') ?? 'main', pullRequest: (0,src/* booleanInput */.tE)('pull-request', false), token: (0,src/* secretInput */.jY)('token'), author: { name: (0,src/* optionalInput */.$m)('author-name') ?? 'goldenthread', email: (0,src/* optionalInput */.$m)('author-email') ?? 'goldenthread@users.noreply.github.com' } }
        : undefined;
    const githubToken = (0,src/* secretInput */.jY)('github-token');
    const recordFile = (0,src/* optionalInput */.$m)('rollback-file') ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `rollback-${buildId}.json`);
    if (verdict?.verdict === 'pass') {
        src/* runner.info */.lj.info(`The gate passed build ${buildId}; nothing to roll back.`);
        (0,src/* setOutputs */.n0)({ 'action-taken': 'none', notified: '' });
        return;
    }
    await (0,src/* withStepSpan */.BV)('rollback-notify', 'deploy', async (span) => {
        if (verdict?.trace_id && verdict.span_id)
            span.links.push({ traceId: verdict.trace_id, spanId: verdict.span_id });
        span.attributes[src/* ATTR_BUILD_ID */.T2] = buildId;
        const targetName = kube ? `${kube.action === 'deployment-undo' ? 'Deployment' : 'Rollout'} ${kube.namespace}/${kube.name}` : gitops ? `${gitops.repository}@${gitops.branch}` : 'none';
        let ctx;
        try {
            ctx = (0,src/* ciContext */.UN)();
        }
        catch {
            ctx = undefined;
        }
        const gitSha = process.env.GOLDENTHREAD_GIT_SHA ?? ctx?.sha;
        const traceId = verdict?.trace_id ?? span.traceId;
        const facts = {
            service: (0,src/* optionalInput */.$m)('service') ?? kube?.name ?? ctx?.repository ?? 'service',
            environment,
            buildId,
            gitSha,
            commitUrl: gitSha && ctx?.repositoryUrl && ctx.system === 'github' ? `${ctx.repositoryUrl}/commit/${gitSha}` : undefined,
            author: (await commitAuthor(gitSha)) ?? (ctx?.actor ? `${ctx.actor} (triggered the run)` : undefined),
            action,
            target: targetName,
            failing: (verdict?.metrics ?? []).filter((m) => m.result === 'fail' || m.result === 'inconclusive').map((m) => ({ name: m.name, value: formatValue(m.name, m.value), threshold: m.threshold, samples: m.samples })),
            verdict: verdict?.verdict,
            traceUrl: traceTemplate?.replace('{trace_id}', encodeURIComponent(traceId)),
            runUrl: ctx?.runUrl,
            dryRun
        };
        let outcome;
        try {
            outcome = kube ? await rollbackWorkload(kube, buildId, dryRun) : gitops ? await revertDeploy(gitops, buildId, dryRun) : undefined;
        }
        catch (error) {
            // The bad build is still serving: that is exactly when people must hear, now.
            if (slack && !dryRun) {
                const told = await postToSlack(slack, rollbackMessage({ ...facts, rollbackError: (0,src/* errorMessage */.gJ)(error).replace(/\.$/, '') }));
                if (!told.ok)
                    src/* runner.warning */.lj.warning(`Slack could not be told that the rollback failed either (${told.error}).`);
            }
            throw error;
        }
        const taken = outcome?.taken ?? 'none';
        src/* runner.info */.lj.info(outcome?.message ?? `action none: notifying only.`);
        Object.assign(span.attributes, { 'goldenthread.rollback.action': taken, 'goldenthread.rollback.target': targetName, ...(outcome?.previousBuildId ? { 'goldenthread.rollback.previous_build_id': outcome.previousBuildId } : {}) });
        facts.action = taken === 'none' && outcome ? `none (${outcome.message})` : taken;
        facts.previousBuildId = outcome?.previousBuildId;
        // Post once per (target, build): skip when the marker says people were already told.
        let notified = [];
        let slackError;
        if (slack && !outcome?.alreadyNotified && !dryRun) {
            const result = await postToSlack(slack, rollbackMessage(facts));
            if (result.ok) {
                notified = ['slack'];
                await outcome?.markNotified();
            }
            else {
                slackError = result.error;
                src/* runner.warning */.lj.warning(`Slack notification failed (${result.error}); the rollback itself stands.`);
            }
        }
        else if (slack && outcome?.alreadyNotified) {
            src/* runner.info */.lj.info('Slack was already told about this rollback; not posting again.');
        }
        if (dryRun)
            src/* runner.info */.lj.info(`dry run: would post to Slack:\n${rollbackMessage(facts).text}`);
        // On a pull request, say it there too — only from the run that rolled back, so never twice.
        if (githubToken && ctx?.system === 'github' && ctx.changeId && taken !== 'none') {
            await commentOnPullRequest(ctx, githubToken, rollbackMessage(facts).text);
        }
        cleanUp();
        const target = targetName;
        const record = {
            build_id: buildId,
            action: taken,
            target,
            previous_build_id: outcome?.previousBuildId,
            reason: verdict ? { verdict: verdict.verdict, failing: facts.failing } : undefined,
            notified,
            notify_error: slackError,
            idempotency_key: (0,external_node_crypto_.createHash)('sha256').update(`${target}|${buildId}`).digest('hex').slice(0, 16),
            dry_run: dryRun,
            timestamp: new Date().toISOString(),
            trace_id: span.traceId
        };
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(recordFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(recordFile, JSON.stringify(record, null, 2) + '\n');
        (0,src/* setOutputs */.n0)({
            'action-taken': taken,
            'previous-build-id': outcome?.previousBuildId,
            notified: notified.join(','),
            'notify-error': slackError,
            'rollback-file': recordFile,
            'pull-request-url': outcome?.pullRequestUrl
        });
        (0,src/* appendSummary */.fe)(`### rollback-notify: ${taken} for build \`${buildId}\`\n\n${(outcome?.message ?? 'notify only').replace(/\|/g, '\\|')}\n\nNow serving: ${outcome?.previousBuildId ? `\`${outcome.previousBuildId}\`` : 'unknown'} · notified: ${notified.join(', ') || 'nobody'}${slackError ? ` (Slack failed: ${slackError})` : ''}\n`);
    });
}


/***/ }),

/***/ 37638:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hb: () => (/* binding */ ExpectedFailure),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   j1: () => (/* binding */ ConfigurationError)
/* harmony export */ });
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
class ConfigurationError extends ExpectedFailure {
    constructor(message) {
        super(message);
        this.name = 'ConfigurationError';
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 79216:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T2: () => (/* reexport */ semconv/* ATTR_BUILD_ID */.T2),
  j1: () => (/* reexport */ errors/* ConfigurationError */.j1),
  Hb: () => (/* reexport */ errors/* ExpectedFailure */.Hb),
  fe: () => (/* reexport */ runner_commands.appendStepSummary),
  tE: () => (/* reexport */ booleanInput),
  u7: () => (/* reexport */ buildIdInput),
  ij: () => (/* reexport */ choiceInput),
  UN: () => (/* reexport */ ciContext),
  gJ: () => (/* reexport */ errors/* errorMessage */.gJ),
  $m: () => (/* reexport */ optionalInput),
  YF: () => (/* reexport */ requiredInput),
  Cs: () => (/* reexport */ runAction),
  lj: () => (/* reexport */ runner_commands),
  jY: () => (/* reexport */ secretInput),
  n0: () => (/* reexport */ setOutputs),
  BV: () => (/* reexport */ withStepSpan)
});

// UNUSED EXPORTS: ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_NAME, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_TYPE, ATTR_CICD_SYSTEM_COMPONENT, ATTR_CONTAINER_IMAGE_NAME, ATTR_CONTAINER_IMAGE_REPO_DIGESTS, ATTR_CONTAINER_IMAGE_TAGS, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_ERROR_TYPE, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_K8S_NAMESPACE_NAME, ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION, ATTR_VCS_CHANGE_ID, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REF_HEAD_REVISION, ATTR_VCS_REPOSITORY_URL_FULL, HttpError, PIPELINE_RESULTS, SPAN_KIND, STATUS_CODE, deriveRootSpanId, deriveTraceId, detectCiSystem, durationInput, exportEnv, exportSpans, formatTraceparent, getJson, getState, isValidSpanId, isValidTraceId, maskSecret, mintBuildId, outcomesFile, parseDuration, parseHeaderList, parseTraceparent, randomSpanId, readStepOutcomes, recordStepOutcome, redactUrl, safeJobName, saveState, shortSha, stepParent, telemetryConfig, tracesUrl, validateBuildId

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __nccwpck_require__(37638);
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
        throw new errors/* ConfigurationError */.j1(`Invalid ${inputName} '${buildId}'. Expected a valid image tag: 1-128 characters of ` +
            `[A-Za-z0-9_.-], not starting with '.' or '-' (e.g. ci-42-1a2b3c4).`);
    }
    return buildId;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./packages/core/src/ci-context.ts


function required(env, names, system) {
    const missing = names.filter((name) => !env[name]);
    if (missing.length > 0) {
        throw new errors/* ConfigurationError */.j1(`Missing CI context for ${system}: ${missing.join(', ')} not set. ` +
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
    throw new errors/* ConfigurationError */.j1('Cannot tell which CI system this is. Set the GitHub variables (GITHUB_REPOSITORY, ' +
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
        throw new errors/* ConfigurationError */.j1(`Invalid ${inputName} '${text}'. Expected a duration such as 500ms, 5s, 2m or 1h.`);
    }
    return Math.round(Number(match[1]) * UNITS[match[2] ?? 'ms']);
}

// EXTERNAL MODULE: ./packages/core/src/runner-commands.ts
var runner_commands = __nccwpck_require__(32090);
;// CONCATENATED MODULE: ./packages/core/src/runner-io.ts




/**
 * Runner IO for GitHub, Jenkins and plain shells alike (DESIGN §5): inputs come from
 * `INPUT_<NAME>` env, outputs/state/env/summary go to the files named by GITHUB_OUTPUT,
 * GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY (runner-commands.ts speaks that protocol);
 * this module adds typed getters whose errors name the input and what was expected.
 */
function optionalInput(name) {
    const value = runner_commands.getInput(name);
    return value === '' ? undefined : value;
}
function requiredInput(name, hint = '') {
    const value = optionalInput(name);
    if (value === undefined) {
        throw new errors/* ConfigurationError */.j1(`Input '${name}' is required${hint ? `: ${hint}` : '.'}`);
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
    runner_commands.setSecret(value);
    // A multi-line secret (a kubeconfig) is masked only as a whole; mask each `key: value`
    // value too, so a token printed on its own is caught.
    if (value.includes('\n')) {
        for (const line of value.split('\n')) {
            const part = line.slice(line.indexOf(':') + 1).trim();
            if (part.length >= 8)
                runner_commands.setSecret(part);
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
    throw new errors/* ConfigurationError */.j1(`Invalid input '${name}': '${value}'. Expected true or false.`);
}
/** A duration input in ms; `positive` refuses 0 where zero would mean "never wait" or "no time". */
function durationInput(name, fallback, { positive = false } = {}) {
    const value = optionalInput(name) ?? fallback;
    const ms = parseDuration(value, `input '${name}'`);
    if (positive && ms <= 0)
        throw new errors/* ConfigurationError */.j1(`Invalid input '${name}': '${value}'. Expected a duration above zero, e.g. 30s.`);
    return ms;
}
function choiceInput(name, choices, fallback) {
    const value = optionalInput(name) ?? fallback;
    if (!choices.includes(value)) {
        throw new errors/* ConfigurationError */.j1(`Invalid input '${name}': '${value}'. Expected one of: ${choices.join(', ')}.`);
    }
    return value;
}
function setOutputs(outputs) {
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            runner_commands.setOutput(name, value);
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
function saveState(values) {
    for (const [name, value] of Object.entries(values))
        core.saveState(name, value);
}
function getState(name) {
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
        throw new errors/* ConfigurationError */.j1("Input 'build-id' is required: pass it, or run trace-root first (it exports GOLDENTHREAD_BUILD_ID).");
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
            throw new errors/* ConfigurationError */.j1(`Invalid ${source}: expected comma-separated key=value pairs (e.g. authorization=Bearer%20abc).`);
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
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
        message = `${action} failed: ${(0,errors/* errorMessage */.gJ)(error)}`;
        const report = options.warnOnly ? runner_commands.warning : runner_commands.setFailed;
        report(message);
        if (!(error instanceof errors/* ExpectedFailure */.Hb)) {
            runner_commands.info(`This looks like a bug in goldenthread; please report it with this trace:\n${error?.stack ?? error}`);
        }
    }
    const traceId = process.env.GOLDENTHREAD_TRACE_ID;
    if (traceId && !options.warnOnly)
        recordStepOutcome(traceId, { step: action, outcome, message });
    setTimeout(() => process.exit(), EXIT_GRACE_MS).unref();
}

// EXTERNAL MODULE: ./packages/core/src/semconv.ts
var semconv = __nccwpck_require__(41276);
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
        throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${base}'. Expected an http(s) URL such as http://collector:4318.`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors/* ConfigurationError */.j1(`Invalid ${source} '${base}'. Expected an http:// or https:// URL.`);
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
        const { sendSpans } = await Promise.all(/* import() */[__nccwpck_require__.e(953), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27778));
        report = await sendSpans(config, spans);
    }
    catch (error) {
        report = { exported: 0, ok: false, elapsedMs: Date.now() - started, error: (0,errors/* errorMessage */.gJ)(error) };
    }
    const where = redactUrl(config.endpoint);
    if (report.ok)
        runner_commands.info(`Exported ${report.exported} span(s) to ${where} in ${report.elapsedMs} ms.`);
    else
        runner_commands.warning(`Trace export to ${where} failed after ${report.elapsedMs} ms (${report.error}); the step's outcome is unaffected.`);
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
        runner_commands.warning(`Ignoring invalid TRACEPARENT: ${parsed.reason}.`);
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
                status: failed ? { code: STATUS_CODE.ERROR, message: (0,errors/* errorMessage */.gJ)(failure) } : { code: STATUS_CODE.OK }
            }
        ]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
















/***/ }),

/***/ 32090:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   appendStepSummary: () => (/* binding */ appendStepSummary),
/* harmony export */   debug: () => (/* binding */ debug),
/* harmony export */   error: () => (/* binding */ error),
/* harmony export */   exportVariable: () => (/* binding */ exportVariable),
/* harmony export */   getInput: () => (/* binding */ getInput),
/* harmony export */   getState: () => (/* binding */ getState),
/* harmony export */   info: () => (/* binding */ info),
/* harmony export */   issueCommand: () => (/* binding */ issueCommand),
/* harmony export */   saveState: () => (/* binding */ saveState),
/* harmony export */   setFailed: () => (/* binding */ setFailed),
/* harmony export */   setOutput: () => (/* binding */ setOutput),
/* harmony export */   setSecret: () => (/* binding */ setSecret),
/* harmony export */   warning: () => (/* binding */ warning)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);



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
    process.stdout.write(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Append `key<<DELIM … DELIM` to the file GITHUB_<kind> names; false when there is none. */
function appendKeyValue(kind, key, value) {
    const path = process.env[`GITHUB_${kind}`];
    if (!path)
        return false;
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Refusing to write ${key}: its name or value contains the file-command delimiter.`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, `${key}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, 'utf8');
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
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path, markdown.endsWith(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL) ? markdown : markdown + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL, 'utf8');
}


/***/ }),

/***/ 41276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gz: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_TYPE),
/* harmony export */   RO: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_NAME),
/* harmony export */   T2: () => (/* binding */ ATTR_BUILD_ID),
/* harmony export */   UX: () => (/* binding */ ATTR_SERVICE_NAME),
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT)
/* harmony export */ });
/* unused harmony exports ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_SYSTEM_COMPONENT, ATTR_VCS_REPOSITORY_URL_FULL, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REF_HEAD_REVISION, ATTR_VCS_CHANGE_ID, ATTR_SERVICE_VERSION, ATTR_CONTAINER_IMAGE_NAME, ATTR_CONTAINER_IMAGE_TAGS, ATTR_CONTAINER_IMAGE_REPO_DIGESTS, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_K8S_NAMESPACE_NAME, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, PIPELINE_RESULTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID */
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

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 2053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
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
/******/ var __webpack_exports__ = __nccwpck_require__(84621);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map