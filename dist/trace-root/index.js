import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2493:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8243);
/* harmony import */ var _start_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9868);


await (0,_goldenthread_core__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .Cs)('trace-root', _start_js__WEBPACK_IMPORTED_MODULE_1__/* .startTrace */ .C);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9868:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ startTrace)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 17 modules
var src = __nccwpck_require__(8243);
;// CONCATENATED MODULE: ./actions/trace-root/src/constants.ts
const ACTION = 'trace-root';
const Input = {
    RootSpan: 'root-span',
    BuildId: 'build-id',
    Environment: 'environment',
    GithubToken: 'github-token',
    JobStatus: 'job-status'
};
const Output = {
    TraceId: 'trace-id',
    SpanId: 'span-id',
    Traceparent: 'traceparent',
    BuildId: 'build-id',
    GitSha: 'git-sha'
};
/** What main saves for post (GITHUB_STATE → STATE_<name>). */
const State = {
    StartedAt: 'started-at',
    TraceId: 'trace-id',
    SpanId: 'span-id',
    ParentSpanId: 'parent-span-id',
    BuildId: 'build-id',
    GitSha: 'git-sha',
    Role: 'root-span'
};
const ROLES = ['run', 'job'];

;// CONCATENATED MODULE: ./actions/trace-root/src/start.ts


/** A valid inherited TRACEPARENT is joined; an invalid one is ignored with a warning (DESIGN §2). */
function inheritedParent(env = process.env) {
    if (!env.TRACEPARENT)
        return undefined;
    const parsed = (0,src/* parseTraceparent */.bT)(env.TRACEPARENT);
    if (parsed.ok)
        return parsed.value;
    src/* runner.warning */.lj.warning(`Ignoring invalid inherited TRACEPARENT (${parsed.reason}); starting the run's own trace.`);
    return undefined;
}
async function startTrace() {
    const ctx = (0,src/* ciContext */.UN)();
    const telemetry = (0,src/* telemetryConfig */.qF)(); // validates endpoint/headers now, not at the end of the job
    const role = (0,src/* choiceInput */.ij)(Input.RootSpan, ROLES, 'run');
    const override = (0,src/* optionalInput */.$m)(Input.BuildId);
    const buildId = override ? (0,src/* validateBuildId */.cp)(override, `input '${Input.BuildId}'`) : (0,src/* mintBuildId */.WD)(ctx.jobName, ctx.buildNumber, ctx.sha);
    const inherited = inheritedParent();
    const traceId = inherited?.traceId ?? (0,src/* deriveTraceId */.at)(ctx);
    const runRootSpanId = (0,src/* deriveRootSpanId */.v0)(ctx);
    // run: this job owns the run's root (deterministic id, so every job can point at it);
    // job: this job's own span, a child of that root.
    const spanId = role === 'run' ? runRootSpanId : (0,src/* randomSpanId */.d$)();
    const parentSpanId = role === 'run' ? inherited?.spanId : (inherited?.spanId ?? runRootSpanId);
    const traceparent = (0,src/* formatTraceparent */.z2)({ traceId, spanId, flags: 1 });
    (0,src/* saveState */.LZ)({
        [State.StartedAt]: String(Date.now()),
        [State.TraceId]: traceId,
        [State.SpanId]: spanId,
        [State.ParentSpanId]: parentSpanId ?? '',
        [State.BuildId]: buildId,
        [State.GitSha]: ctx.sha,
        [State.Role]: role
    });
    (0,src/* exportEnv */.EE)({
        TRACEPARENT: traceparent,
        TRACESTATE: inherited ? process.env.TRACESTATE : undefined,
        GOLDENTHREAD_BUILD_ID: buildId,
        GOLDENTHREAD_TRACE_ID: traceId,
        GOLDENTHREAD_GIT_SHA: ctx.sha,
        // Not secrets: later goldenthread steps export to the same place under the same name.
        GOLDENTHREAD_OTLP_ENDPOINT: telemetry.endpoint,
        GOLDENTHREAD_SERVICE_NAME: telemetry.serviceName
    });
    (0,src/* setOutputs */.n0)({
        [Output.TraceId]: traceId,
        [Output.SpanId]: spanId,
        [Output.Traceparent]: traceparent,
        [Output.BuildId]: buildId,
        [Output.GitSha]: ctx.sha
    });
    src/* runner.info */.lj.info(`${inherited ? 'Joined' : 'Started'} trace ${traceId} (span ${spanId}, ${role} span); build id ${buildId}.`);
    (0,src/* appendSummary */.fe)(`**goldenthread** build \`${buildId}\` · commit \`${ctx.sha.slice(0, 7)}\` · trace \`${traceId}\`\n`);
}


/***/ }),

/***/ 8243:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* reexport */ appendStepSummary),
  ij: () => (/* reexport */ choiceInput),
  UN: () => (/* reexport */ ci_context_ciContext),
  v0: () => (/* reexport */ ids_deriveRootSpanId),
  at: () => (/* reexport */ ids_deriveTraceId),
  EE: () => (/* reexport */ exportEnv),
  z2: () => (/* reexport */ traceparent_formatTraceparent),
  WD: () => (/* reexport */ mintBuildId),
  $m: () => (/* reexport */ optionalInput),
  bT: () => (/* reexport */ traceparent_parseTraceparent),
  d$: () => (/* reexport */ ids_randomSpanId),
  Cs: () => (/* reexport */ runAction),
  lj: () => (/* reexport */ runner_commands_namespaceObject),
  LZ: () => (/* reexport */ runner_io_saveState),
  n0: () => (/* reexport */ setOutputs),
  qF: () => (/* reexport */ telemetry_telemetryConfig),
  cp: () => (/* reexport */ build_id_validateBuildId)
});

// UNUSED EXPORTS: ATTR_BUILD_ID, ATTR_CICD_PIPELINE_ACTION_NAME, ATTR_CICD_PIPELINE_NAME, ATTR_CICD_PIPELINE_RESULT, ATTR_CICD_PIPELINE_RUN_ID, ATTR_CICD_PIPELINE_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_NAME, ATTR_CICD_PIPELINE_TASK_RUN_ID, ATTR_CICD_PIPELINE_TASK_RUN_RESULT, ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL, ATTR_CICD_PIPELINE_TASK_TYPE, ATTR_CICD_SYSTEM_COMPONENT, ATTR_CONTAINER_IMAGE_NAME, ATTR_CONTAINER_IMAGE_REPO_DIGESTS, ATTR_CONTAINER_IMAGE_TAGS, ATTR_DEPLOYMENT_ENVIRONMENT_NAME, ATTR_ERROR_TYPE, ATTR_GOLDENTHREAD_BASELINE_BUILD_ID, ATTR_GOLDENTHREAD_CI_SYSTEM, ATTR_GOLDENTHREAD_GATE_BACKEND, ATTR_GOLDENTHREAD_GATE_ERROR_RATE, ATTR_GOLDENTHREAD_GATE_LOOKS, ATTR_GOLDENTHREAD_GATE_P99_MS, ATTR_GOLDENTHREAD_GATE_REQUESTS, ATTR_GOLDENTHREAD_GATE_VERDICT, ATTR_GOLDENTHREAD_OUTCOME_SOURCE, ATTR_GOLDENTHREAD_RUN_ATTEMPT, ATTR_K8S_NAMESPACE_NAME, ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION, ATTR_VCS_CHANGE_ID, ATTR_VCS_REF_HEAD_NAME, ATTR_VCS_REF_HEAD_REVISION, ATTR_VCS_REPOSITORY_URL_FULL, ConfigurationError, ExpectedFailure, HttpError, PIPELINE_RESULTS, SPAN_KIND, STATUS_CODE, booleanInput, buildIdInput, detectCiSystem, durationInput, errorMessage, exportSpans, getJson, getState, isValidSpanId, isValidTraceId, maskSecret, outcomesFile, parseDuration, parseHeaderList, readStepOutcomes, recordStepOutcome, redactUrl, requiredInput, safeJobName, secretInput, shortSha, stepParent, tracesUrl, withStepSpan

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
        throw new errors_ConfigurationError(`Invalid commit sha '${sha}'. Expected 7 to 64 hex characters.`);
    }
    return sha.slice(0, 7).toLowerCase();
}
function mintBuildId(jobName, buildNumber, sha) {
    if (!/^[0-9]+$/.test(buildNumber)) {
        throw new errors_ConfigurationError(`Invalid build number '${buildNumber}'. Expected a whole number.`);
    }
    return `${safeJobName(jobName)}-${buildNumber}-${shortSha(sha)}`;
}
/** Validate a user-supplied build id; `inputName` names where it came from in the error. */
function build_id_validateBuildId(buildId, inputName = 'build-id') {
    if (!OCI_TAG.test(buildId)) {
        throw new errors_ConfigurationError(`Invalid ${inputName} '${buildId}'. Expected a valid image tag: 1-128 characters of ` +
            `[A-Za-z0-9_.-], not starting with '.' or '-' (e.g. ci-42-1a2b3c4).`);
    }
    return buildId;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
        return JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8'));
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
function ci_context_ciContext(env = process.env) {
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
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
    process.stdout.write(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`);
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
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
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
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
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
        (0,external_node_fs_namespaceObject.appendFileSync)(path, markdown.endsWith(external_node_os_namespaceObject.EOL) ? markdown : markdown + external_node_os_namespaceObject.EOL, 'utf8');
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
            exportVariable(name, value);
    }
}
/** State is written for the post step; the runner hands it back as STATE_<name>. */
function runner_io_saveState(values) {
    for (const [name, value] of Object.entries(values))
        saveState(name, value);
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
        throw new ConfigurationError("Input 'build-id' is required: pass it, or run trace-root first (it exports GOLDENTHREAD_BUILD_ID).");
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
function http_redactUrl(url) {
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
    const where = http_redactUrl(url.toString());
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
function ids_deriveTraceId(key) {
    return nonZero(digestHex(runSeed(key)).slice(0, 32));
}
function ids_deriveRootSpanId(key) {
    return nonZero(digestHex(`${runSeed(key)}|root`).slice(0, 16));
}
function ids_randomSpanId() {
    return nonZero((0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex'));
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./packages/core/src/outcomes.ts



function outcomesFile(traceId) {
    return (0,external_node_path_namespaceObject.join)(process.env.RUNNER_TEMP || (0,external_node_os_namespaceObject.tmpdir)(), `goldenthread-outcomes-${traceId}.jsonl`);
}
function recordStepOutcome(traceId, outcome) {
    try {
        (0,external_node_fs_namespaceObject.appendFileSync)(outcomesFile(traceId), JSON.stringify(outcome) + '\n');
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

;// CONCATENATED MODULE: ./packages/core/src/telemetry.ts




/**
 * The span kinds and status codes we use, as the numbers @opentelemetry/api's enums stand for
 * (OTLP's values): importing the enums would load the whole API package at every step's start.
 */
const telemetry_SPAN_KIND = { INTERNAL: 0, SERVER: 1 };
const telemetry_STATUS_CODE = { UNSET: 0, OK: 1, ERROR: 2 };
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
function telemetry_telemetryConfig(env = process.env) {
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
async function telemetry_exportSpans(config, spans) {
    if (!config.endpoint || spans.length === 0) {
        return { exported: 0, ok: true, elapsedMs: 0 };
    }
    const started = Date.now();
    let report;
    try {
        const { sendSpans } = await Promise.all(/* import() */[__nccwpck_require__.e(953), __nccwpck_require__.e(22)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2022));
        report = await sendSpans(config, spans);
    }
    catch (error) {
        report = { exported: 0, ok: false, elapsedMs: Date.now() - started, error: errorMessage(error) };
    }
    const where = redactUrl(config.endpoint);
    if (report.ok)
        core.info(`Exported ${report.exported} span(s) to ${where} in ${report.elapsedMs} ms.`);
    else
        core.warning(`Trace export to ${where} failed after ${report.elapsedMs} ms (${report.error}); the step's outcome is unaffected.`);
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
        core.warning(`Ignoring invalid TRACEPARENT: ${parsed.reason}.`);
    }
    try {
        const ctx = ciContext(env);
        return { traceId: deriveTraceId(ctx), spanId: deriveRootSpanId(ctx) };
    }
    catch {
        return { traceId: randomBytes(16).toString('hex') };
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
            [ATTR_CICD_PIPELINE_TASK_NAME]: step,
            [ATTR_CICD_PIPELINE_TASK_TYPE]: taskType,
            ...(process.env.GOLDENTHREAD_BUILD_ID ? { [ATTR_BUILD_ID]: process.env.GOLDENTHREAD_BUILD_ID } : {})
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
        span.attributes[ATTR_CICD_PIPELINE_TASK_RUN_RESULT] = failed ? 'failure' : 'success';
        if (failed)
            span.attributes[ATTR_ERROR_TYPE] = failure instanceof Error ? failure.name : 'Error';
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
function traceparent_parseTraceparent(header) {
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
function traceparent_formatTraceparent(ids) {
    if (!isValidTraceId(ids.traceId))
        throw new Error(`invalid trace id '${ids.traceId}'`);
    if (!isValidSpanId(ids.spanId))
        throw new Error(`invalid span id '${ids.spanId}'`);
    const flags = (ids.flags & 0xff).toString(16).padStart(2, '0');
    return `00-${ids.traceId}-${ids.spanId}-${flags}`;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts
















/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
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
/******/ var __webpack_exports__ = __nccwpck_require__(2493);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

//# sourceMappingURL=index.js.map