export const id = 913;
export const ids = [913];
export const modules = {

/***/ 54913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   showCommit: () => (/* binding */ showCommit)
/* harmony export */ });
/* unused harmony exports MAX_PUSH_ATTEMPTS, DEFAULT_GIT_TIMEOUT, gitEnv, workspaceDir, gitReason, cloneUrl, cloneBranch, pathInside, commitAndPush, openPullRequest */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37638);
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(10796);
/* harmony import */ var _runner_commands_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32090);






/**
 * git for the GitOps paths (deploy, revert), through simple-git: argv arrays, no shell.
 *
 * The environment is clean: every inherited `GIT_*` variable is dropped. Jenkins' Git plugin
 * sets GIT_COMMIT, GIT_URL, GIT_BRANCH… in every build that ran `checkout scm`; simple-git
 * refuses to run with them (its environment guard), and git itself would obey GIT_DIR or
 * GIT_WORK_TREE from a caller. Only what we set on purpose goes in: no password prompt, a token
 * as an http.extraheader through GIT_CONFIG_* (in env, never in argv or a URL, as
 * actions/checkout keeps it out of process listings), and HTTP low-speed limits.
 */
const OUR_GIT_VARIABLES = [
    'GIT_TERMINAL_PROMPT',
    'GIT_CONFIG_COUNT',
    ...[0, 1, 2].flatMap((i) => [`GIT_CONFIG_KEY_${i}`, `GIT_CONFIG_VALUE_${i}`])
];
const MAX_PUSH_ATTEMPTS = 5;
/** Default budget for one step's git work (clone, fetches, pushes); inputs `git-timeout`. */
const DEFAULT_GIT_TIMEOUT = '120s';
/** git over HTTP gives up when under 1 KB/s for this long (a remote that stopped answering). */
const LOW_SPEED_SECONDS = 20;
/** Besides GIT_*, the variables git would run a program from; simple-git refuses them too. */
const PROGRAM_VARIABLES = new Set(['EDITOR', 'VISUAL', 'PAGER', 'PREFIX', 'SSH_ASKPASS']);
function gitEnv(token, env = process.env) {
    const clean = {};
    for (const [name, value] of Object.entries(env)) {
        const upper = name.toUpperCase();
        if (value !== undefined && !upper.startsWith('GIT_') && !PROGRAM_VARIABLES.has(upper))
            clean[name] = value;
    }
    const config = [
        ['http.lowSpeedLimit', '1000'],
        ['http.lowSpeedTime', String(LOW_SPEED_SECONDS)]
    ];
    if (token) {
        const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
        config.push(['http.extraheader', `AUTHORIZATION: basic ${basic}`]);
    }
    clean.GIT_TERMINAL_PROMPT = '0';
    clean.GIT_CONFIG_COUNT = String(config.length);
    config.forEach(([key, value], i) => {
        clean[`GIT_CONFIG_KEY_${i}`] = key;
        clean[`GIT_CONFIG_VALUE_${i}`] = value;
    });
    return clean;
}
/** The checked-out workspace: GitHub's GITHUB_WORKSPACE, Jenkins' WORKSPACE, else here. */
function workspaceDir(env = process.env) {
    return env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd();
}
async function openGit(dir, session) {
    const { simpleGit } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(724)]).then(__webpack_require__.bind(__webpack_require__, 74724));
    const options = {
        allowEnvironment: OUR_GIT_VARIABLES,
        unsafe: { allowUnsafeConfigEnvCount: true },
        abort: AbortSignal.timeout(session.timeoutMs)
    };
    const git = dir ? simpleGit(dir, options) : simpleGit(options);
    return git.env(gitEnv(session.token));
}
/** git's own words, redacted, bounded and unable to start a workflow command. */
function gitReason(error, session) {
    const text = errorMessage(error).trim();
    if (session && /abort/i.test(text) && /signal/i.test(text)) {
        return `no answer within ${session.timeoutMs / 1000} s (raise input '${session.timeoutInput ?? 'git-timeout'}' if the remote is just slow)`;
    }
    return untrusted(text.replace(/\n+/g, ' | '), 600);
}
/** owner/repo on this GitHub server, else the clone URL or path as given. */
function cloneUrl(repository, env = process.env) {
    if (/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) && !existsSync(repository)) {
        return `${(env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '')}/${repository}.git`;
    }
    return repository;
}
/** Clone one branch into `dir` and set the commit identity. */
async function cloneBranch(repository, branch, dir, options) {
    try {
        await (await openGit(undefined, options)).clone(cloneUrl(repository), dir, ['--branch', branch, '--single-branch', '--']);
    }
    catch (error) {
        throw new ExpectedFailure(`cannot clone branch '${branch}' of ${repository}: ${gitReason(error, options)}`);
    }
    const git = await openGit(dir, options);
    await git.addConfig('user.name', options.author.name).addConfig('user.email', options.author.email);
    return Object.assign(git, { session: options });
}
/**
 * A path inside a checked-out repository, resolved through symlinks, that must stay inside it
 * (a committed symlink or `../..` must not reach the runner's files). `what` names the input.
 */
function pathInside(root, path, what) {
    const realRoot = realpathSync(root);
    const candidate = resolve(realRoot, path);
    let real;
    try {
        real = realpathSync(candidate);
    }
    catch {
        real = candidate; // does not exist (yet): judged by its lexical place
    }
    const rel = relative(realRoot, real);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) {
        throw new ConfigurationError(`${what}: '${path}' leads outside the repository (to ${real === candidate ? 'a path' : 'a symlink target'} outside it). Expected a file inside the repository.`);
    }
    return real;
}
/** A push git refused because the branch moved (the only refusal worth retrying). */
function isNonFastForward(text) {
    // "(fetch first)" / "(non-fast-forward)": git saw the tip move; "cannot lock ref … but expected":
    // the server's own ref update lost a race. A declining hook or a permission error is final.
    if (/hook declined|permission|denied|protected branch/i.test(text))
        return false;
    return /\((fetch first|non-fast-forward|stale info)\)|cannot lock ref|failed to update ref/i.test(text);
}
const pause = (ms) => new Promise((done) => setTimeout(done, ms));
/**
 * Make a commit on the branch tip and push it. When the branch moved meanwhile (a
 * non-fast-forward rejection, nothing else), reset to the new tip and let `commit` redo its
 * change there (it may decide nothing is left to do), up to MAX_PUSH_ATTEMPTS times with
 * backoff and jitter. A commit that changed nothing is an error, never a reported deploy.
 * Returns the pushed commit, or undefined when none was needed.
 */
async function commitAndPush(git, branch, commit) {
    for (let attempt = 1;; attempt++) {
        const before = (await git.revparse(['HEAD'])).trim();
        if (!(await commit()))
            return undefined;
        const sha = (await git.revparse(['HEAD'])).trim();
        if (sha === before)
            throw new ExpectedFailure(`the change to '${branch}' produced no commit; nothing was deployed.`);
        try {
            await git.push('origin', `HEAD:${branch}`);
            return sha;
        }
        catch (error) {
            const reason = gitReason(error, git.session);
            if (!isNonFastForward(errorMessage(error)))
                throw new ExpectedFailure(`push to '${branch}' refused: ${reason}`);
            if (attempt >= MAX_PUSH_ATTEMPTS)
                throw new ExpectedFailure(`push to '${branch}' still rejected after ${attempt} attempts: ${reason}`);
            runner.info(`'${branch}' moved while we committed; redoing the change on top of it (attempt ${attempt + 1} of ${MAX_PUSH_ATTEMPTS}).`);
            await pause(Math.random() * 250 * 2 ** attempt);
            try {
                await git.fetch('origin', branch);
            }
            catch (fetchError) {
                throw new ExpectedFailure(`cannot fetch '${branch}' again: ${gitReason(fetchError, git.session)}`);
            }
            await git.reset(['--hard', `origin/${branch}`]);
        }
    }
}
/**
 * Push HEAD to `head` and open a pull request against `base` (GitHub REST
 * POST /repos/{owner}/{repo}/pulls). `repository` must name owner/repo (or a URL ending so).
 */
async function openPullRequest(git, pr) {
    const names = ownerRepo(pr.repository);
    if (!pr.token || !names) {
        throw new ConfigurationError("A pull request needs input 'token' and 'repository' as owner/repo (or a GitHub URL).");
    }
    try {
        await git.push('origin', `HEAD:refs/heads/${pr.head}`, ['--force']);
    }
    catch (error) {
        throw new ExpectedFailure(`push of '${pr.head}' refused: ${gitReason(error, git.session)}`);
    }
    const octokit = await githubClient(pr.token);
    const response = await octokit.request('POST /repos/{owner}/{repo}/pulls', {
        ...names,
        title: pr.title,
        head: pr.head,
        base: pr.base,
        body: pr.body
    });
    return response.data.html_url;
}
/** `git show -s --format=<format> <sha>` in the workspace; empty when git cannot tell. */
async function showCommit(sha, format, env = process.env) {
    try {
        const git = await openGit(workspaceDir(env), { timeoutMs: 10_000 });
        return (await git.raw(['show', '-s', `--format=${format}`, '--end-of-options', sha, '--'])).trim();
    }
    catch {
        return '';
    }
}


/***/ })

};

//# sourceMappingURL=913.index.js.map