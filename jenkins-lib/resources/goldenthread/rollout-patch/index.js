import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 81423:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  z: () => (/* binding */ runDeploy)
});

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
const WORKLOAD_KINDS = ['Rollout', 'Deployment'];
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

// EXTERNAL MODULE: ./actions/rollout-patch/src/json-patch.ts
var json_patch = __nccwpck_require__(24541);
// EXTERNAL MODULE: ./actions/rollout-patch/src/target.ts + 1 modules
var src_target = __nccwpck_require__(46230);
;// CONCATENATED MODULE: ./actions/rollout-patch/src/kubernetes.ts




const MAX_ATTEMPTS = 5;
/** The container to pin: the named one, else the first; a clear error when it is not there. */
function pickContainer(obj, wanted, what) {
    const containers = obj.spec?.template?.spec?.containers ?? [];
    if (containers.length === 0)
        throw new src/* ConfigurationError */.j1(`${what} has no containers in spec.template.spec.containers.`);
    if (!wanted)
        return 0;
    const index = containers.findIndex((c) => c.name === wanted);
    if (index < 0) {
        throw new src/* ConfigurationError */.j1(`Invalid input 'container': ${what} has no container '${wanted}'. Its containers: ${containers.map((c) => c.name).join(', ')}.`);
    }
    return index;
}
/**
 * Read the object, work out the one patch, send it; on 409 read again and recompute, up to
 * five times.
 */
async function deployToKubernetes(target, deploy, annotations) {
    const { api, read, jsonPatch } = await openKube(target.kubeconfig);
    const ref = { ...KINDS[target.kind], namespace: target.namespace, name: target.name };
    const what = `${target.kind} ${target.namespace}/${target.name}`;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const obj = (await read(ref, what));
        const index = pickContainer(obj, target.container, what);
        const container = obj.spec.template.spec.containers[index];
        const env = (0,src_target/* desiredEnv */.iE)(container.env, deploy, container.name);
        const previousImage = container.image;
        const deployedBuild = obj.metadata.annotations?.[src_target/* ANNOTATION */.YX.buildId] ?? container.env?.find((e) => e.name === 'GOLDENTHREAD_BUILD_ID')?.value;
        if ((0,src_target/* alreadyDeployed */.vR)(container.image, container.env, env, deploy.imageRef)) {
            src/* runner.info */.lj.info(`${what} already runs ${deploy.imageRef} with build ${deploy.buildId}; nothing to patch.`);
            return { changed: false, revision: obj.metadata.resourceVersion, previousImage: obj.metadata.annotations?.[src_target/* ANNOTATION */.YX.previousImage], previousBuildId: obj.metadata.annotations?.[src_target/* ANNOTATION */.YX.previousBuildId], object: obj };
        }
        const ours = { ...annotations, ...(deployedBuild ? { [src_target/* ANNOTATION */.YX.previousBuildId]: deployedBuild } : {}), ...(previousImage ? { [src_target/* ANNOTATION */.YX.previousImage]: previousImage } : {}) };
        const patch = (0,json_patch/* deployPatch */.e)(obj, index, deploy.imageRef, env, ours);
        try {
            const patched = (await api.patchNamespacedCustomObject({ ...ref, body: patch }, jsonPatch));
            return { changed: true, revision: patched.metadata?.resourceVersion, previousImage, previousBuildId: deployedBuild, object: patched };
        }
        catch (error) {
            if (isConflict(error) && attempt < MAX_ATTEMPTS) {
                src/* runner.info */.lj.info(`${what} changed while we patched it (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
                continue;
            }
            throw kubeApiError(error, what, 'patch');
        }
    }
    throw new src/* ExpectedFailure */.Hb(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}

;// CONCATENATED MODULE: ./actions/rollout-patch/src/deploy.ts







const MODES = ['kubernetes', 'gitops'];
const KIND_NAMES = WORKLOAD_KINDS;
function fromEnvOr(input, envName, hint) {
    const value = (0,src/* optionalInput */.$m)(input) ?? process.env[envName];
    if (!value)
        throw new src/* ConfigurationError */.j1(`Input '${input}' is required: ${hint}`);
    return value;
}
async function runDeploy() {
    const mode = (0,src/* choiceInput */.ij)('mode', MODES, 'kubernetes');
    const kind = (0,src/* choiceInput */.ij)('kind', KIND_NAMES, 'Rollout');
    const imageRef = fromEnvOr('image-ref', 'GOLDENTHREAD_IMAGE_REF', 'the image pinned by digest (build-and-tag exports GOLDENTHREAD_IMAGE_REF).');
    const { repo, digest } = (0,src_target/* parseImageRef */.Q)(imageRef);
    const buildId = (0,src/* buildIdInput */.u7)();
    const gitSha = (0,src_target/* validateSha */.xt)(fromEnvOr('git-sha', 'GOLDENTHREAD_GIT_SHA', 'run trace-root first, or pass the full commit sha.'));
    const environment = (0,src/* optionalInput */.$m)('environment');
    const namespace = (0,src/* optionalInput */.$m)('namespace') ?? 'default';
    const name = mode === 'kubernetes' ? (0,src/* requiredInput */.YF)('name', `the ${kind} to pin.`) : (0,src/* optionalInput */.$m)('name');
    const container = (0,src/* optionalInput */.$m)('container');
    const deploymentFile = (0,src/* optionalInput */.$m)('deployment-file') ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `rollout-patch-${buildId}.json`);
    const opensearchUrl = (0,src/* secretInput */.jY)('opensearch-url');
    const opensearchTimeoutMs = (0,src/* durationInput */.Ts)('opensearch-timeout', '10s', { positive: true });
    // Read every input before touching anything: a bad one must not leave a half-done deploy.
    const kubeconfig = mode === 'kubernetes' ? (0,src/* secretInput */.jY)('kubeconfig') : undefined;
    const gitops = mode === 'gitops'
        ? {
            repository: (0,src/* requiredInput */.YF)('repository', 'the manifests repository (URL, path, or owner/repo).'),
            branch: (0,src/* optionalInput */.$m)('branch') ?? 'main',
            path: (0,src/* requiredInput */.YF)('path', 'the kustomization.yaml or manifest to edit, inside the repository.'),
            kind,
            name,
            container,
            commitMessage: (0,src/* optionalInput */.$m)('commit-message'),
            delivery: (0,src/* booleanInput */.tE)('pull-request', false) ? 'pull-request' : 'push',
            token: (0,src/* secretInput */.jY)('token'),
            author: { name: (0,src/* optionalInput */.$m)('author-name') ?? 'goldenthread', email: (0,src/* optionalInput */.$m)('author-email') ?? 'goldenthread@users.noreply.github.com' },
            environment
        }
        : undefined;
    await (0,src/* withStepSpan */.BV)('rollout-patch', 'deploy', async (span) => {
        const deploy = { imageRef, imageRepo: repo, digest, buildId, gitSha, traceparent: span.traceparent, traceId: span.traceId };
        const annotations = { [src_target/* ANNOTATION */.YX.buildId]: buildId, [src_target/* ANNOTATION */.YX.gitSha]: gitSha, [src_target/* ANNOTATION */.YX.traceId]: span.traceId };
        Object.assign(span.attributes, {
            [src/* ATTR_BUILD_ID */.T2]: buildId,
            [src/* ATTR_VCS_REF_HEAD_REVISION */.Sx]: gitSha,
            [src/* ATTR_CONTAINER_IMAGE_NAME */.Cp]: repo,
            [src/* ATTR_CONTAINER_IMAGE_REPO_DIGESTS */.X]: [imageRef],
            [src/* ATTR_K8S_NAMESPACE_NAME */.lo]: namespace,
            ...(environment ? { [src/* ATTR_DEPLOYMENT_ENVIRONMENT_NAME */.Ci]: environment } : {})
        });
        let record;
        const base = { build_id: buildId, image_digest: digest, image_ref: imageRef, kind, environment, timestamp: new Date().toISOString(), trace_id: span.traceId };
        if (gitops) {
            // Loaded on use: the YAML and git libraries are not needed in kubernetes mode.
            const { deployToGitops } = await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(310)]).then(__nccwpck_require__.bind(__nccwpck_require__, 95310));
            const result = await deployToGitops(gitops, deploy, annotations);
            record = { ...base, mode, namespace, name, strategy: result.strategy, replicas: result.replicas, commit: result.commit, changed: result.changed, previous_image: result.previousImage, previous_build_id: result.previousBuildId };
            if (result.pullRequestUrl)
                src/* runner.info */.lj.info(`Opened ${result.pullRequestUrl}`);
            (0,src/* setOutputs */.n0)({ commit: result.commit, 'pull-request-url': result.pullRequestUrl });
        }
        else {
            const result = await deployToKubernetes({ kind, name: name, namespace, container, kubeconfig }, deploy, annotations);
            const strategy = result.object.spec?.strategy;
            record = {
                ...base,
                mode,
                namespace,
                name,
                strategy: strategy ? String(strategy.type ?? Object.keys(strategy)[0]) : undefined,
                replicas: result.object.spec?.replicas,
                revision: result.revision,
                changed: result.changed,
                previous_image: result.previousImage,
                previous_build_id: result.previousBuildId
            };
            (0,src/* setOutputs */.n0)({ revision: result.revision });
        }
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(deploymentFile), { recursive: true });
        (0,external_node_fs_.writeFileSync)(deploymentFile, JSON.stringify(record, null, 2) + '\n');
        if (opensearchUrl) {
            // One document per (build, target): a re-run overwrites it. No credentials in the id.
            const repository = gitops && URL.canParse(gitops.repository) ? (0,src/* redactUrl */.BO)(gitops.repository) : gitops?.repository;
            const target = gitops ? `${repository}/${gitops.path}` : `${kind}/${namespace}/${name}`;
            const { indexRecord } = await __nccwpck_require__.e(/* import() */ 893).then(__nccwpck_require__.bind(__nccwpck_require__, 53893));
            const failure = await indexRecord(opensearchUrl, 'deployment-metadata', `${buildId}@${target}`, record, opensearchTimeoutMs);
            if (failure)
                src/* runner.warning */.lj.warning(`Could not index the deployment record into deployment-metadata (${failure}); it is in ${deploymentFile}.`);
            else
                src/* runner.info */.lj.info(`Indexed the deployment record into deployment-metadata.`);
        }
        (0,src/* setOutputs */.n0)({
            changed: String(record.changed),
            'previous-image': record.previous_image,
            'previous-build-id': record.previous_build_id,
            'deployment-file': deploymentFile
        });
        const where = mode === 'gitops' ? `${gitops.repository} ${gitops.path}${record.commit ? ` @ ${record.commit.slice(0, 7)}` : ''}` : `${kind} ${namespace}/${name}${record.revision ? ` (resourceVersion ${record.revision})` : ''}`;
        src/* runner.info */.lj.info(`${record.changed ? 'Deployed' : 'Unchanged:'} ${imageRef} (build ${buildId}) → ${where}.`);
        (0,src/* appendSummary */.fe)([
            `### rollout-patch: ${record.changed ? 'deployed' : 'unchanged'} \`${buildId}\``,
            '',
            '| | |',
            '|---|---|',
            `| target | ${where.replace(/\|/g, '\\|')} |`,
            `| image | \`${imageRef}\` |`,
            `| commit | \`${gitSha.slice(0, 7)}\` |`,
            `| previous build | ${record.previous_build_id ? `\`${record.previous_build_id}\`` : '–'} |`,
            `| trace | \`${span.traceId}\` |`,
            ''
        ].join('\n'));
    });
}


/***/ }),

/***/ 24541:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ pointerToken),
/* harmony export */   e: () => (/* binding */ deployPatch)
/* harmony export */ });
/** RFC 6901: `~` → `~0`, `/` → `~1` inside one reference token. */
const pointerToken = (key) => key.replace(/~/g, '~0').replace(/\//g, '~1');
/**
 * One patch for the whole deploy, so nothing is half-applied: the image, every env var and
 * every annotation, preceded by the resourceVersion we read — the API server treats that as a
 * precondition and answers 409 Conflict when someone changed the object meanwhile.
 */
function deployPatch(obj, index, imageRef, env, annotations) {
    const ops = [];
    if (obj.metadata?.resourceVersion)
        ops.push({ op: 'replace', path: '/metadata/resourceVersion', value: obj.metadata.resourceVersion });
    const base = `/spec/template/spec/containers/${index}`;
    const current = obj.spec?.template?.spec?.containers?.[index]?.env;
    ops.push({ op: 'replace', path: `${base}/image`, value: imageRef });
    if (!current) {
        ops.push({ op: 'add', path: `${base}/env`, value: env });
    }
    else {
        for (const variable of env) {
            const at = current.findIndex((e) => e.name === variable.name);
            ops.push(at >= 0 ? { op: 'replace', path: `${base}/env/${at}`, value: variable } : { op: 'add', path: `${base}/env/-`, value: variable });
        }
    }
    if (!obj.metadata?.annotations) {
        ops.push({ op: 'add', path: '/metadata/annotations', value: annotations });
    }
    else {
        for (const [key, value] of Object.entries(annotations))
            ops.push({ op: 'add', path: `/metadata/annotations/${pointerToken(key)}`, value });
    }
    return ops;
}


/***/ }),

/***/ 97413:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(79216);
/* harmony import */ var _deploy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(81423);


await (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('rollout-patch', _deploy_js__WEBPACK_IMPORTED_MODULE_1__/* .runDeploy */ .z);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 46230:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  YX: () => (/* binding */ ANNOTATION),
  vR: () => (/* binding */ alreadyDeployed),
  iE: () => (/* binding */ desiredEnv),
  Q: () => (/* binding */ parseImageRef),
  xt: () => (/* binding */ validateSha)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 11 modules
var src = __nccwpck_require__(79216);
;// CONCATENATED MODULE: ./actions/rollout-patch/src/resource-attributes.ts
/**
 * OTEL_RESOURCE_ATTRIBUTES: `key=value` pairs joined by commas, values percent-encoded
 * (OpenTelemetry SDK environment variable spec, W3C Baggage value rules). One malformed pair
 * makes an SDK discard the whole variable, so we encode everything outside the safe set and
 * keep the service's own pairs byte-for-byte.
 */
/** Characters a baggage value may carry unencoded (printable ASCII minus `"`, `,`, `;`, `\`, `%`, `=`, space). */
const SAFE = /[A-Za-z0-9!#$&'()*+\-./:<>?@[\]^_`{|}~]/;
function encodeAttributeValue(value) {
    let out = '';
    for (const ch of value) {
        if (SAFE.test(ch))
            out += ch;
        else
            for (const byte of Buffer.from(ch, 'utf8'))
                out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** Attribute keys are written as they are; refuse one that would break the list. */
function assertKey(key) {
    if (!/^[A-Za-z0-9._\-/]+$/.test(key))
        throw new Error(`invalid resource attribute key '${key}'`);
}
/**
 * Merge `ours` into an existing value: pairs with other keys are kept verbatim and in order,
 * pairs with our keys are replaced, ours are appended in the order given.
 */
function mergeResourceAttributes(existing, ours) {
    const kept = (existing ?? '')
        .split(',')
        .map((pair) => pair.trim())
        .filter((pair) => pair !== '')
        .filter((pair) => {
        const key = pair.slice(0, Math.max(pair.indexOf('='), 0)).trim();
        return !(key in ours);
    });
    const added = Object.entries(ours).map(([key, value]) => {
        assertKey(key);
        return `${key}=${encodeAttributeValue(value)}`;
    });
    return [...kept, ...added].join(',');
}
/** Decode to a map, as an SDK would (for tests and for reading back what is deployed). */
function parseResourceAttributes(text) {
    const out = {};
    for (const pair of text.split(',')) {
        const eq = pair.indexOf('=');
        if (eq <= 0)
            continue;
        out[pair.slice(0, eq).trim()] = decodeURIComponent(pair.slice(eq + 1).trim());
    }
    return out;
}

;// CONCATENATED MODULE: ./actions/rollout-patch/src/target.ts


/** `registry/repo[:tag]@sha256:<64 hex>`; a tag alone is refused: pins are by digest. */
function parseImageRef(ref) {
    const match = /^([a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::[\w][\w.-]{0,127})?@(sha256:[0-9a-f]{64})$/.exec(ref);
    if (!match) {
        throw new src/* ConfigurationError */.j1(`Invalid input 'image-ref': '${ref}'. Expected an image pinned by digest, registry/repository@sha256:<64 hex> (build-and-tag's image-ref output).`);
    }
    return { repo: match[1], digest: match[2] };
}
function validateSha(sha) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        throw new src/* ConfigurationError */.j1(`Invalid input 'git-sha': '${sha}'. Expected a full commit sha (40 or 64 lower-case hex).`);
    }
    return sha;
}
/** The env the container must have after the deploy (DESIGN §3). */
function desiredEnv(existing, target, containerName) {
    const current = existing?.find((e) => e.name === 'OTEL_RESOURCE_ATTRIBUTES');
    if (current?.valueFrom !== undefined) {
        throw new src/* ConfigurationError */.j1(`Container '${containerName}' sets OTEL_RESOURCE_ATTRIBUTES with valueFrom; goldenthread cannot merge build.id into it. Set it as a literal value.`);
    }
    return [
        {
            name: 'OTEL_RESOURCE_ATTRIBUTES',
            value: mergeResourceAttributes(current?.value, {
                [src/* ATTR_BUILD_ID */.T2]: target.buildId,
                [src/* ATTR_VCS_REF_HEAD_REVISION */.Sx]: target.gitSha,
                [src/* ATTR_SERVICE_VERSION */.HZ]: target.buildId
            })
        },
        { name: 'GOLDENTHREAD_BUILD_ID', value: target.buildId },
        { name: 'GOLDENTHREAD_GIT_SHA', value: target.gitSha },
        { name: 'TRACEPARENT', value: target.traceparent }
    ];
}
/** Annotations on the object: what rollback-notify reads to know what it would undo. */
const ANNOTATION = {
    buildId: 'goldenthread.dev/build-id',
    gitSha: 'goldenthread.dev/git-sha',
    traceId: 'goldenthread.dev/trace-id',
    previousBuildId: 'goldenthread.dev/previous-build-id',
    previousImage: 'goldenthread.dev/previous-image'
};
/** A deploy changes nothing when image and every injected value but TRACEPARENT already match. */
function alreadyDeployed(image, env, wanted, imageRef) {
    if (image !== imageRef)
        return false;
    return wanted
        .filter((w) => w.name !== 'TRACEPARENT')
        .every((w) => env?.some((e) => e.name === w.name && e.value === w.value && e.valueFrom === undefined));
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
  Cp: () => (/* reexport */ semconv/* ATTR_CONTAINER_IMAGE_NAME */.Cp),
  X: () => (/* reexport */ semconv/* ATTR_CONTAINER_IMAGE_REPO_DIGESTS */.X),
  Ci: () => (/* reexport */ semconv/* ATTR_DEPLOYMENT_ENVIRONMENT_NAME */.Ci),
  lo: () => (/* reexport */ semconv/* ATTR_K8S_NAMESPACE_NAME */.lo),
  HZ: () => (/* reexport */ semconv/* ATTR_SERVICE_VERSION */.HZ),
  Sx: () => (/* reexport */ semconv/* ATTR_VCS_REF_HEAD_REVISION */.Sx),
  j1: () => (/* reexport */ errors/* ConfigurationError */.j1),
  Hb: () => (/* reexport */ errors/* ExpectedFailure */.Hb),
  fe: () => (/* reexport */ runner_commands.appendStepSummary),
  tE: () => (/* reexport */ booleanInput),
  u7: () => (/* reexport */ buildIdInput),
  ij: () => (/* reexport */ choiceInput),
  Ts: () => (/* reexport */ durationInput),
  $m: () => (/* reexport */ optionalInput),
  BO: () => (/* reexport */ redactUrl),
  YF: () => (/* reexport */ requiredInput),
  Cs: () => (/* reexport */ runAction),
  lj: () => (/* reexport */ runner_commands),
  jY: () => (/* reexport */ secretInput),
  n0: () => (/* reexport */ setOutputs),
  BV: () => (/* reexport */ withStepSpan)
});

// UNUSED EXPORTS: ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_NAME, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_TYPE, ATTR_CICD_SYSTEM_COMPONENT, ATTR_CONTAINER_IMAGE_TAGS, ATTR_ERROR_TYPE, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_SERVICE_NAME, ATTR_VCS_CHANGE_ID, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REPOSITORY_URL_FULL, HttpError, PIPELINE_RESULTS, SPAN_KIND, STATUS_CODE, ciContext, deriveRootSpanId, deriveTraceId, detectCiSystem, errorMessage, exportEnv, exportSpans, formatTraceparent, getJson, getState, isValidSpanId, isValidTraceId, maskSecret, mintBuildId, outcomesFile, parseDuration, parseHeaderList, parseTraceparent, randomSpanId, readStepOutcomes, recordStepOutcome, safeJobName, saveState, shortSha, stepParent, telemetryConfig, tracesUrl, validateBuildId

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
/* harmony export */   Ci: () => (/* binding */ ATTR_DEPLOYMENT_ENVIRONMENT_NAME),
/* harmony export */   Cp: () => (/* binding */ ATTR_CONTAINER_IMAGE_NAME),
/* harmony export */   Gz: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_TYPE),
/* harmony export */   HZ: () => (/* binding */ ATTR_SERVICE_VERSION),
/* harmony export */   RO: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_NAME),
/* harmony export */   Sx: () => (/* binding */ ATTR_VCS_REF_HEAD_REVISION),
/* harmony export */   T2: () => (/* binding */ ATTR_BUILD_ID),
/* harmony export */   UX: () => (/* binding */ ATTR_SERVICE_NAME),
/* harmony export */   X: () => (/* binding */ ATTR_CONTAINER_IMAGE_REPO_DIGESTS),
/* harmony export */   lo: () => (/* binding */ ATTR_K8S_NAMESPACE_NAME),
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT)
/* harmony export */ });
/* unused harmony exports ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_SYSTEM_COMPONENT, ATTR_VCS_REPOSITORY_URL_FULL, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_CHANGE_ID, ATTR_CONTAINER_IMAGE_TAGS, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, PIPELINE_RESULTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID */
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

/***/ 11493:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("v8");

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
/******/ var __webpack_exports__ = __nccwpck_require__(97413);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map