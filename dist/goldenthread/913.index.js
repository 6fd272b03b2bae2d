export const id = 913;
export const ids = [
    913
];
export const modules = {
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
    }
};
