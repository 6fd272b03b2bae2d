import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 44857:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  c: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 14 modules
var src = __nccwpck_require__(55169);
;// CONCATENATED MODULE: ./actions/build-and-tag/src/retry.ts
/**
 * Bounded retries for a registry that is briefly unwell, shared by the push and the digest
 * read-back: `delaysMs` says how many more tries there are and how far apart; a failure that
 * `transient` does not recognise, or the last one, is thrown as it is. `waitFor` may shorten or
 * lengthen one wait (e.g. from Retry-After); it is capped at the longest listed delay.
 */
async function withRetries(delaysMs, transient, attempt, { onRetry, waitFor } = {}) {
    for (let tried = 0;; tried++) {
        try {
            return await attempt();
        }
        catch (error) {
            const delay = delaysMs[tried];
            if (delay === undefined || !transient(error))
                throw Object.assign(error, { tries: tried + 1 });
            const wanted = waitFor?.(error);
            const ms = wanted !== undefined && wanted > 0 ? Math.min(wanted, Math.max(...delaysMs)) : delay;
            onRetry?.(error, ms, tried + 2);
            await new Promise((r) => setTimeout(r, ms));
        }
    }
}

;// CONCATENATED MODULE: ./actions/build-and-tag/src/builders.ts





/**
 * The builders, each asked for the digest through its own record, never its log:
 * buildah `push --digestfile`, docker buildx `--metadata-file` (containerimage.digest),
 * kaniko `--digest-file`. Plain docker writes no record: its digest is asked of the registry.
 * Every command is an argv array (no shell); secrets go through stdin.
 */
const BUILDERS = ['auto', 'docker', 'buildah', 'kaniko'];
async function run(command, args, input) {
    const { getExecOutput } = await __nccwpck_require__.e(/* import() */ 260).then(__nccwpck_require__.bind(__nccwpck_require__, 81260));
    const result = await getExecOutput(command, args, { ignoreReturnCode: true, silent: false, input: input === undefined ? undefined : Buffer.from(input) });
    return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
/** Run and fail with the builder's own last words when it fails. */
async function must(what, command, args, input) {
    const result = await run(command, args, input);
    if (result.code !== 0) {
        const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
        throw new src/* ExpectedFailure */.Hb(`${what} failed (${command} exited ${result.code}): ${tail}`);
    }
    return result;
}
/**
 * Pushing is content-addressed, so asking again is safe: a registry hiccup (a 5xx, a dropped
 * connection) gets two more tries before the build fails — bounded, 1 s then 3 s apart.
 * Anything else (auth, a missing repository) fails at once.
 */
const PUSH_RETRY_DELAYS_MS = [1000, 3000];
const TRANSIENT_PUSH_FAILURE = /\b(500|502|503|504|429)\b|connection (refused|reset)|unexpected EOF|i\/o timeout|TLS handshake timeout/i;
async function push(what, command, args) {
    await withRetries(PUSH_RETRY_DELAYS_MS, (error) => TRANSIENT_PUSH_FAILURE.test(error.message), () => must(what, command, args), {
        onRetry: (error, delayMs, tryNumber) => src/* runner.info */.lj.info(`${error.message}; pushing again in ${delayMs / 1000} s (try ${tryNumber} of ${PUSH_RETRY_DELAYS_MS.length + 1}).`)
    });
}
async function works(command, args) {
    try {
        return (await run(command, args)).code === 0;
    }
    catch {
        return false; // not installed
    }
}
function kanikoBinary() {
    return process.env.KANIKO_EXECUTOR ?? 'executor';
}
/** auto: docker when its daemon answers, then buildah, then kaniko's executor. */
async function pickBuilder(wanted) {
    if (wanted !== 'auto')
        return wanted;
    if (await works('docker', ['info', '--format', '{{.ServerVersion}}']))
        return 'docker';
    if (await works('buildah', ['--version']))
        return 'buildah';
    if (await works(kanikoBinary(), ['version']))
        return 'kaniko';
    throw new src/* ConfigurationError */.j1("Input 'builder' is auto, but none was found: no docker daemon answering, no buildah, no kaniko executor on PATH. Install one or set 'builder'.");
}
const flags = (name, values) => Object.entries(values).flatMap(([k, v]) => [name, `${k}=${v}`]);
async function buildah(req) {
    const [first, ...more] = req.tags.map((t) => `${req.image}:${t}`);
    const tls = `--tls-verify=${req.tlsVerify}`;
    if (req.push && req.username)
        await must('buildah login', 'buildah', ['login', tls, '--username', req.username, '--password-stdin', req.registry], req.password ?? '');
    const timestamp = req.sourceDateEpoch === undefined ? [] : ['--timestamp', String(req.sourceDateEpoch)];
    await must('buildah build', 'buildah', ['bud', ...timestamp, '-f', req.file, '-t', first, ...more.flatMap((t) => ['-t', t]), ...flags('--build-arg', req.buildArgs), ...flags('--label', req.labels), req.context]);
    if (!req.push)
        return { builder: 'buildah' };
    const digestFile = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gt-digest-')), 'digest');
    await push('buildah push', 'buildah', ['push', tls, '--digestfile', digestFile, first, `docker://${first}`]);
    for (const ref of more)
        await push('buildah push', 'buildah', ['push', tls, ref, `docker://${ref}`]);
    return { builder: 'buildah', digest: (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim() };
}
async function docker(req) {
    const refs = req.tags.map((t) => `${req.image}:${t}`);
    if (req.push && req.username)
        await must('docker login', 'docker', ['login', '--username', req.username, '--password-stdin', req.registry], req.password ?? '');
    const common = ['-f', req.file, ...refs.flatMap((r) => ['-t', r]), ...flags('--build-arg', req.buildArgs), ...flags('--label', req.labels)];
    if (await works('docker', ['buildx', 'version'])) {
        const metadataFile = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gt-meta-')), 'metadata.json');
        const epoch = req.sourceDateEpoch === undefined ? [] : ['--build-arg', `SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`];
        await must('docker buildx build', 'docker', ['buildx', 'build', ...common, ...epoch, '--metadata-file', metadataFile, ...(req.push ? ['--push'] : ['--load']), req.context]);
        const meta = JSON.parse((0,external_node_fs_.readFileSync)(metadataFile, 'utf8'));
        return { builder: 'docker buildx', digest: req.push ? meta['containerimage.digest'] : undefined };
    }
    await must('docker build', 'docker', ['build', ...common, req.context]);
    if (req.push)
        for (const ref of refs)
            await push('docker push', 'docker', ['push', ref]);
    return { builder: 'docker' };
}
async function kaniko(req) {
    const digestFile = (0,external_node_path_.join)((0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'gt-digest-')), 'digest');
    const destinations = req.tags.flatMap((t) => ['--destination', `${req.image}:${t}`]);
    await must('kaniko executor', kanikoBinary(), [
        '--context', req.context,
        '--dockerfile', req.file,
        ...(req.push ? destinations : ['--no-push', ...destinations]),
        '--digest-file', digestFile,
        ...flags('--build-arg', req.buildArgs),
        ...flags('--label', req.labels),
        ...(req.tlsVerify ? [] : ['--insecure', '--skip-tls-verify']),
        ...(req.sourceDateEpoch === undefined ? [] : ['--reproducible'])
    ]);
    return { builder: 'kaniko', digest: req.push ? (0,external_node_fs_.readFileSync)(digestFile, 'utf8').trim() : undefined };
}
async function build(builder, req) {
    src/* runner.info */.lj.info(`Building ${req.image}:${req.tags[0]} with ${builder}.`);
    return { buildah, docker, kaniko }[builder](req);
}

;// CONCATENATED MODULE: ./actions/build-and-tag/src/image-name.ts

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
function parseImageName(text) {
    const fail = () => new src/* ConfigurationError */.j1(`Invalid input 'image': '${text}'. Expected a repository without tag or digest, such as ghcr.io/acme/shop or registry.example:5000/team/app (lower case).`);
    if (text.includes('@') || /:[^/]*$/.test(text.split('/').slice(1).join('/') || ''))
        throw fail();
    const parts = text.split('/');
    const hasRegistry = parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost');
    const host = hasRegistry ? parts[0] : 'docker.io';
    const path = hasRegistry ? parts.slice(1) : parts;
    if (!/^[a-zA-Z0-9.-]+(:[0-9]+)?$/.test(host) || path.length === 0 || !path.every((p) => PATH_COMPONENT.test(p)))
        throw fail();
    const repository = host === 'docker.io' && path.length === 1 ? `library/${path[0]}` : path.join('/');
    return { name: text, registry: host === 'docker.io' ? 'registry-1.docker.io' : host, repository };
}
/** Tags: the OCI grammar; `latest` only when asked for by name. */
function parseExtraTags(text) {
    if (!text)
        return [];
    return text
        .split(/[,\n]/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((tag) => {
        if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) {
            throw new src/* ConfigurationError */.j1(`Invalid input 'extra-tags': '${tag}'. Expected image tags ([A-Za-z0-9_.-], up to 128 characters), separated by commas.`);
        }
        return tag;
    });
}
/** `KEY=value` lines (build-args, labels); a key is never empty and never holds `=`. */
function parseKeyValues(text, input) {
    const out = {};
    for (const line of (text ?? '').split('\n')) {
        if (line.trim() === '')
            continue;
        const eq = line.indexOf('=');
        const key = eq > 0 ? line.slice(0, eq).trim() : '';
        if (!/^[A-Za-z0-9_.\-/]+$/.test(key)) {
            throw new src/* ConfigurationError */.j1(`Invalid input '${input}': '${line.trim().slice(0, 40)}'. Expected one KEY=value per line.`);
        }
        out[key] = line.slice(eq + 1).trim();
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/core/src/opensearch.ts
/**
 * The records' OpenSearch / Elasticsearch sink (DESIGN §6): one document per record with the
 * official client, loaded only when a URL is configured. The document id is stable per record,
 * so a re-run overwrites rather than duplicates. Best effort and bounded: an unreachable cluster
 * is reported back (for a warning), never thrown, and never holds a step longer than `timeoutMs`.
 */
async function indexRecord(url, index, id, record, timeoutMs) {
    const { Client } = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(93)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61093));
    const client = new Client({ node: url, requestTimeout: timeoutMs, maxRetries: 1 });
    try {
        await client.index({ index, id, body: record, refresh: false });
        return undefined;
    }
    catch (error) {
        return error.message;
    }
    finally {
        await client.close().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./actions/build-and-tag/src/metadata.ts


/**
 * The commits this build brings: a GitHub push event lists them (everything since the branch's
 * previous tip); otherwise the head commit, read from git in the workspace.
 */
async function buildCommits(ctx, env = process.env) {
    if (env.GITHUB_EVENT_PATH) {
        try {
            const event = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
            if (event.commits?.length) {
                return event.commits.map((c) => ({ commit_id: c.id, author: c.author?.name ?? '', email: c.author?.email ?? '', message: c.message }));
            }
        }
        catch {
            // fall through to git
        }
    }
    try {
        const { simpleGit } = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(724)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74724));
        const raw = await simpleGit(env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd()).raw(['show', '-s', '--format=%H%x00%an%x00%ae%x00%B', ctx.sha]);
        const [commit_id, author, email, message] = raw.split('\x00');
        return [{ commit_id, author, email, message: message.trim() }];
    }
    catch {
        return [{ commit_id: ctx.sha, author: ctx.actor ?? '', email: '', message: '' }];
    }
}
/**
 * The time the image claims to be from, in seconds since the epoch: SOURCE_DATE_EPOCH
 * (reproducible-builds.org) when set, else the commit's time; undefined when neither is known.
 * With it the same commit builds the same digest, so a re-run re-pushes the same image.
 */
async function sourceDateEpoch(ctx, env = process.env) {
    if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== '') {
        if (/^\d+$/.test(env.SOURCE_DATE_EPOCH))
            return Number(env.SOURCE_DATE_EPOCH);
        throw new src/* ConfigurationError */.j1(`SOURCE_DATE_EPOCH '${env.SOURCE_DATE_EPOCH}' is not a whole number of seconds since 1970.`);
    }
    try {
        const { simpleGit } = await Promise.all(/* import() */[__nccwpck_require__.e(830), __nccwpck_require__.e(724)]).then(__nccwpck_require__.bind(__nccwpck_require__, 74724));
        const raw = await simpleGit(env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd()).raw(['show', '-s', '--format=%ct', ctx.sha]);
        return /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./actions/build-and-tag/src/registry.ts


const MANIFEST_TYPES = [
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
    'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ');
/** Bearer token from the realm a 401 names (distribution token auth), with basic credentials if any. */
async function bearerToken(challenge, access) {
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (!params.realm)
        return undefined;
    const url = new URL(params.realm);
    if (params.service)
        url.searchParams.set('service', params.service);
    if (params.scope)
        url.searchParams.set('scope', params.scope);
    const headers = {};
    if (access.username)
        headers.authorization = `Basic ${Buffer.from(`${access.username}:${access.password ?? ''}`).toString('base64')}`;
    const response = await fetch(url, { headers, signal: AbortSignal.timeout(access.timeoutMs) });
    if (!response.ok)
        return undefined;
    const body = (await response.json());
    return body.token ?? body.access_token;
}
/** Answers worth asking again: the registry or a proxy in front of it was briefly unwell. */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);
/** Bounded: three asks, about 1.5 s of waiting at most (Retry-After is capped to that). */
const RETRY_DELAYS_MS = [500, 1000];
class TransientAnswer extends Error {
}
/**
 * The digest the registry serves for `tag`: HEAD /v2/<repo>/manifests/<tag>, the
 * Docker-Content-Digest header (distribution spec). Basic or bearer auth as the registry asks;
 * a 5xx / 429 or a dropped connection is asked again, a bounded number of times.
 */
async function registryDigest(image, tag, access) {
    const url = `${access.scheme}://${image.registry}/v2/${image.repository}/manifests/${encodeURIComponent(tag)}`;
    const head = (authorization) => fetch(url, { method: 'HEAD', headers: { accept: MANIFEST_TYPES, ...(authorization ? { authorization } : {}) }, signal: AbortSignal.timeout(access.timeoutMs) });
    const ask = async () => {
        let response = await head(access.username ? `Basic ${Buffer.from(`${access.username}:${access.password ?? ''}`).toString('base64')}` : undefined);
        const challenge = response.headers.get('www-authenticate');
        if (response.status === 401 && challenge?.toLowerCase().startsWith('bearer')) {
            const token = await bearerToken(challenge, access);
            if (token)
                response = await head(`Bearer ${token}`);
        }
        const digest = response.headers.get('docker-content-digest');
        if (TRANSIENT.has(response.status))
            throw Object.assign(new TransientAnswer(`HTTP ${response.status}`), { retryAfter: response.headers.get('retry-after') });
        if (!response.ok || !digest)
            throw new Error(`HTTP ${response.status}${digest ? '' : ', no Docker-Content-Digest'}`);
        return digest;
    };
    const transient = (error) => error instanceof TransientAnswer || (error instanceof TypeError && error.message === 'fetch failed');
    const retryAfterMs = (error) => Number(error.retryAfter) * 1000 || undefined;
    try {
        return await withRetries(RETRY_DELAYS_MS, transient, ask, { waitFor: retryAfterMs });
    }
    catch (error) {
        const tries = error.tries ?? 1;
        throw new src/* ExpectedFailure */.Hb(`cannot read ${image.name}:${tag} back from the registry${tries > 1 ? ` (asked ${tries} times)` : ''}: ${(0,src/* errorMessage */.gJ)(error.cause ?? error)}`);
    }
}

;// CONCATENATED MODULE: ./actions/build-and-tag/src/build-and-tag.ts









async function runBuild() {
    const ctx = (0,src/* ciContext */.UN)();
    const image = parseImageName((0,src/* requiredInput */.YF)('image', 'the repository to push to, e.g. ghcr.io/acme/shop.'));
    const buildId = (0,src/* buildIdInput */.u7)();
    const tags = [buildId, ...parseExtraTags((0,src/* optionalInput */.$m)('extra-tags')).filter((t) => t !== buildId)];
    const context = (0,src/* optionalInput */.$m)('context') ?? '.';
    const file = (0,src/* optionalInput */.$m)('file') ?? (0,external_node_path_.join)(context, 'Dockerfile');
    const push = (0,src/* booleanInput */.tE)('push', true);
    const tlsVerify = (0,src/* booleanInput */.tE)('tls-verify', true);
    const username = (0,src/* optionalInput */.$m)('registry-username');
    const password = (0,src/* secretInput */.jY)('registry-password');
    const buildArgs = parseKeyValues((0,src/* optionalInput */.$m)('build-args'), 'build-args');
    const userLabels = parseKeyValues((0,src/* optionalInput */.$m)('labels'), 'labels');
    const metadataFile = (0,src/* optionalInput */.$m)('metadata-file') ?? (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), `build-${buildId}.json`);
    const builderName = await pickBuilder((0,src/* choiceInput */.ij)('builder', BUILDERS, 'auto'));
    const timeoutMs = (0,src/* durationInput */.Ts)('registry-timeout', '30s', { positive: true });
    const opensearchUrl = (0,src/* secretInput */.jY)('opensearch-url');
    const epoch = await sourceDateEpoch(ctx);
    await (0,src/* withStepSpan */.BV)('build-and-tag', 'build', async (span) => {
        const labels = {
            'org.opencontainers.image.source': ctx.repositoryUrl ?? '',
            'org.opencontainers.image.revision': ctx.sha,
            'org.opencontainers.image.created': new Date(epoch === undefined ? Date.now() : epoch * 1000).toISOString(),
            'org.opencontainers.image.version': buildId,
            'build.id': buildId,
            'goldenthread.trace_id': span.traceId,
            ...userLabels
        };
        Object.assign(span.attributes, {
            [src/* ATTR_BUILD_ID */.T2]: buildId,
            [src/* ATTR_CONTAINER_IMAGE_NAME */.Cp]: image.name,
            [src/* ATTR_CONTAINER_IMAGE_TAGS */.um]: tags,
            [src/* ATTR_VCS_REF_HEAD_REVISION */.Sx]: ctx.sha,
            'goldenthread.builder': builderName
        });
        const started = Date.now();
        const record = {
            build_id: buildId,
            job_name: ctx.pipelineName,
            build_number: ctx.buildNumber,
            branch: ctx.refName,
            image_name: image.name,
            image_tag: buildId,
            image_digest: null,
            commits: await buildCommits(ctx),
            authors: [],
            build_status: 'failure',
            timestamp: new Date().toISOString(),
            trace_id: span.traceId,
            run_url: ctx.runUrl,
            builder: builderName
        };
        record.authors = [...new Set(record.commits.map((c) => c.author).filter(Boolean))];
        const writeRecord = async () => {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(metadataFile), { recursive: true });
            (0,external_node_fs_.writeFileSync)(metadataFile, JSON.stringify(record, null, 2) + '\n');
            if (!opensearchUrl)
                return;
            const failure = await indexRecord(opensearchUrl, 'ci-build-metadata', record.build_id, record, timeoutMs);
            if (failure)
                src/* runner.warning */.lj.warning(`Could not index the build record into ci-build-metadata (${failure}); it is in ${metadataFile}.`);
            else
                src/* runner.info */.lj.info(`Indexed the build record into ci-build-metadata as ${record.build_id}.`);
        };
        try {
            const outcome = await build(builderName, { image: image.name, registry: image.registry, tags, context, file, buildArgs, labels, push, tlsVerify, username, password, sourceDateEpoch: epoch });
            span.attributes['goldenthread.build.duration_ms'] = Date.now() - started;
            let digest;
            if (push) {
                // The registry has the last word: the tag must serve the digest the builder recorded.
                const served = await registryDigest(image, buildId, { scheme: tlsVerify ? 'https' : 'http', username, password, timeoutMs });
                if (outcome.digest && outcome.digest !== served) {
                    throw new src/* ExpectedFailure */.Hb(`${outcome.builder} recorded ${outcome.digest}, but the registry serves ${served} for ${image.name}:${buildId}.`);
                }
                digest = served;
                if (!/^sha256:[0-9a-f]{64}$/.test(digest))
                    throw new src/* ExpectedFailure */.Hb(`the registry answered an unexpected digest '${digest}'.`);
            }
            record.build_status = 'success';
            record.image_digest = digest ?? null;
            const imageRef = digest ? `${image.name}@${digest}` : undefined;
            if (imageRef)
                span.attributes[src/* ATTR_CONTAINER_IMAGE_REPO_DIGESTS */.X] = [imageRef];
            await writeRecord();
            (0,src/* setOutputs */.n0)({ image: image.name, tag: buildId, digest, 'image-ref': imageRef, 'metadata-file': metadataFile, builder: outcome.builder });
            (0,src/* exportEnv */.EE)({ GOLDENTHREAD_IMAGE_REF: imageRef });
            src/* runner.info */.lj.info(`${push ? 'Pushed' : 'Built'} ${image.name}:${buildId}${digest ? ` → ${digest}` : ''} (${outcome.builder}, digest from ${outcome.digest ? "the builder's record, checked against the registry" : 'the registry'}).`);
            (0,src/* appendSummary */.fe)([
                `### build-and-tag: \`${image.name}:${buildId}\``,
                '',
                '| | |',
                '|---|---|',
                `| digest | ${digest ? `\`${digest}\`` : 'not pushed'} |`,
                `| builder | ${outcome.builder} |`,
                `| tags | ${tags.map((t) => `\`${t}\``).join(' ')} |`,
                `| commits | ${record.commits.map((c) => `\`${c.commit_id.slice(0, 7)}\` ${c.author}`).join(', ').replace(/\|/g, '\\|')} |`,
                ''
            ].join('\n'));
        }
        catch (error) {
            record.error = (0,src/* errorMessage */.gJ)(error);
            await writeRecord();
            throw error;
        }
    });
}


/***/ }),

/***/ 47932:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(55169);
/* harmony import */ var _build_and_tag_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(44857);


await (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('build-and-tag', _build_and_tag_js__WEBPACK_IMPORTED_MODULE_1__/* .runBuild */ .c);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 55169:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T2: () => (/* reexport */ semconv/* ATTR_BUILD_ID */.T2),
  Cp: () => (/* reexport */ semconv/* ATTR_CONTAINER_IMAGE_NAME */.Cp),
  X: () => (/* reexport */ semconv/* ATTR_CONTAINER_IMAGE_REPO_DIGESTS */.X),
  um: () => (/* reexport */ semconv/* ATTR_CONTAINER_IMAGE_TAGS */.um),
  Sx: () => (/* reexport */ semconv/* ATTR_VCS_REF_HEAD_REVISION */.Sx),
  j1: () => (/* reexport */ errors_ConfigurationError),
  Hb: () => (/* reexport */ ExpectedFailure),
  fe: () => (/* reexport */ appendStepSummary),
  tE: () => (/* reexport */ booleanInput),
  u7: () => (/* reexport */ buildIdInput),
  ij: () => (/* reexport */ choiceInput),
  UN: () => (/* reexport */ ciContext),
  Ts: () => (/* reexport */ durationInput),
  gJ: () => (/* reexport */ errors_errorMessage),
  EE: () => (/* reexport */ exportEnv),
  $m: () => (/* reexport */ optionalInput),
  YF: () => (/* reexport */ requiredInput),
  Cs: () => (/* reexport */ runAction),
  lj: () => (/* reexport */ runner_commands_namespaceObject),
  jY: () => (/* reexport */ secretInput),
  n0: () => (/* reexport */ setOutputs),
  BV: () => (/* reexport */ withStepSpan)
});

// UNUSED EXPORTS: ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_NAME, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_TYPE, ATTR_CICD_SYSTEM_COMPONENT, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_ERROR_TYPE, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_K8S_NAMESPACE_NAME, ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION, ATTR_VCS_CHANGE_ID, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REPOSITORY_URL_FULL, HttpError, PIPELINE_RESULTS, SPAN_KIND, STATUS_CODE, deriveRootSpanId, deriveTraceId, detectCiSystem, exportSpans, formatTraceparent, getJson, getState, isValidSpanId, isValidTraceId, maskSecret, mintBuildId, outcomesFile, parseDuration, parseHeaderList, parseTraceparent, randomSpanId, readStepOutcomes, recordStepOutcome, redactUrl, safeJobName, saveState, shortSha, stepParent, telemetryConfig, tracesUrl, validateBuildId

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
function errors_errorMessage(error) {
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
var external_node_fs_ = __nccwpck_require__(73024);
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

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
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
    const delimiter = `ghadelimiter_${(0,external_node_crypto_namespaceObject.randomUUID)()}`;
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
        throw new errors_ConfigurationError(`Input '${name}' is required${hint ? `: ${hint}` : '.'}`);
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
    throw new errors_ConfigurationError(`Invalid input '${name}': '${value}'. Expected true or false.`);
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
            exportVariable(name, value);
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
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('hex');
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
    return nonZero((0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex'));
}

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
        message = `${action} failed: ${errors_errorMessage(error)}`;
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
        const { sendSpans } = await Promise.all(/* import() */[__nccwpck_require__.e(953), __nccwpck_require__.e(778)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27778));
        report = await sendSpans(config, spans);
    }
    catch (error) {
        report = { exported: 0, ok: false, elapsedMs: Date.now() - started, error: errors_errorMessage(error) };
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
        return { traceId: (0,external_node_crypto_namespaceObject.randomBytes)(16).toString('hex') };
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
                status: failed ? { code: STATUS_CODE.ERROR, message: errors_errorMessage(failure) } : { code: STATUS_CODE.OK }
            }
        ]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
















/***/ }),

/***/ 41276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ ATTR_CONTAINER_IMAGE_NAME),
/* harmony export */   Gz: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_TYPE),
/* harmony export */   RO: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_NAME),
/* harmony export */   Sx: () => (/* binding */ ATTR_VCS_REF_HEAD_REVISION),
/* harmony export */   T2: () => (/* binding */ ATTR_BUILD_ID),
/* harmony export */   UX: () => (/* binding */ ATTR_SERVICE_NAME),
/* harmony export */   X: () => (/* binding */ ATTR_CONTAINER_IMAGE_REPO_DIGESTS),
/* harmony export */   oJ: () => (/* binding */ ATTR_ERROR_TYPE),
/* harmony export */   rb: () => (/* binding */ ATTR_CICD_PIPELINE_TASK_RUN_RESULT),
/* harmony export */   um: () => (/* binding */ ATTR_CONTAINER_IMAGE_TAGS)
/* harmony export */ });
/* unused harmony exports ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_SYSTEM_COMPONENT, ATTR_VCS_REPOSITORY_URL_FULL, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_CHANGE_ID, ATTR_SERVICE_VERSION, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_K8S_NAMESPACE_NAME, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, PIPELINE_RESULTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID */
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

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

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
/******/ var __webpack_exports__ = __nccwpck_require__(47932);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map