export const id = 932;
export const ids = [
    932
];
export const modules = {
    75449: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            c: ()=>runBuild
        });
        var src = __webpack_require__(82398);
        var opensearch = __webpack_require__(53893);
        var external_node_crypto_ = __webpack_require__(77598);
        var external_node_fs_ = __webpack_require__(73024);
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var external_node_child_process_ = __webpack_require__(31421);
        class DeadlineExceeded extends src.Qw {
            constructor(what, budget){
                super(`${what} did not finish within ${budget.input} (${formatMs(budget.totalMs)}) and was stopped; raise '${budget.input}' if it is only slow.`);
                this.name = "DeadlineExceeded";
            }
        }
        const KILL_GRACE_MS = 2e3;
        function formatMs(ms) {
            return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
        }
        const safe = (text)=>(0, src.$B)((0, src.lO)(text));
        function echo(sink) {
            let pending = "";
            let all = "";
            return {
                push (chunk) {
                    const text = chunk.toString("utf8");
                    all += text;
                    pending += text;
                    const cut = pending.lastIndexOf("\n");
                    if (cut >= 0) {
                        sink.write(safe(pending.slice(0, cut + 1)));
                        pending = pending.slice(cut + 1);
                    }
                },
                end () {
                    if (pending) sink.write(safe(pending) + "\n");
                    pending = "";
                    return all;
                }
            };
        }
        function runBounded(what, command, args, budget, options = {}) {
            if (budget.ms <= 0) return Promise.reject(new DeadlineExceeded(what, budget));
            return new Promise((resolve, reject)=>{
                const child = (0, external_node_child_process_.spawn)(command, args, {
                    stdio: [
                        "pipe",
                        "pipe",
                        "pipe"
                    ],
                    detached: true,
                    env: options.env ?? process.env
                });
                const out = echo(process.stdout);
                const err = echo(process.stdout);
                let timedOut = false;
                let killer;
                const signalGroup = (signal)=>{
                    try {
                        process.kill(-child.pid, signal);
                    } catch  {}
                };
                const deadline = setTimeout(()=>{
                    timedOut = true;
                    signalGroup("SIGTERM");
                    killer = setTimeout(()=>signalGroup("SIGKILL"), KILL_GRACE_MS);
                }, budget.ms);
                child.stdout.on("data", (c)=>out.push(c));
                child.stderr.on("data", (c)=>err.push(c));
                child.stdin.on("error", ()=>undefined);
                child.stdin.end(options.input ?? "");
                child.on("error", (error)=>{
                    clearTimeout(deadline);
                    reject(error);
                });
                child.on("close", (code)=>{
                    clearTimeout(deadline);
                    if (timedOut) {
                        clearTimeout(killer);
                        signalGroup("SIGKILL");
                        return reject(new DeadlineExceeded(what, budget));
                    }
                    resolve({
                        code: code ?? 128,
                        stdout: out.end(),
                        stderr: err.end()
                    });
                });
            });
        }
        function deadline(totalMs, input) {
            const end = Date.now() + totalMs;
            return ()=>({
                    ms: Math.max(0, end - Date.now()),
                    totalMs,
                    input
                });
        }
        ;
        async function withRetries(delaysMs, transient, attempt, { onRetry, waitFor } = {}) {
            for(let tried = 0;; tried++){
                try {
                    return await attempt();
                } catch (error) {
                    const delay = delaysMs[tried];
                    if (delay === undefined || !transient(error)) throw Object.assign(error, {
                        tries: tried + 1
                    });
                    const wanted = waitFor?.(error);
                    const ms = wanted !== undefined && wanted > 0 ? Math.min(wanted, Math.max(...delaysMs)) : delay;
                    onRetry?.(error, ms, tried + 2);
                    await new Promise((r)=>setTimeout(r, ms));
                }
            }
        }
        ;
        const BUILDERS = [
            "auto",
            "docker",
            "buildah",
            "kaniko"
        ];
        const secretsInput = (want)=>want.secrets.some((s)=>s.value !== undefined) ? "secrets" : "secret-files";
        const once = (totalMs, input)=>({
                ms: totalMs,
                totalMs,
                input
            });
        async function must(what, command, args, budget, options = {}) {
            const result = await runBounded(what, command, args, budget, options);
            if (result.code !== 0) {
                const tail = (result.stderr || result.stdout).trim().split("\n").slice(-3).join(" | ");
                throw new src.Hb(`${what} failed (${command} exited ${result.code}): ${tail}`);
            }
            return result;
        }
        const PUSH_RETRY_DELAYS_MS = [
            1e3,
            3e3
        ];
        const TRANSIENT_PUSH_FAILURE = /\b(500|502|503|504|429)\b|connection (refused|reset)|unexpected EOF|i\/o timeout|TLS handshake timeout/i;
        async function push(what, command, args, budget) {
            const transient = (error)=>!(error instanceof DeadlineExceeded) && TRANSIENT_PUSH_FAILURE.test(error.message) && budget().ms > Math.max(...PUSH_RETRY_DELAYS_MS);
            await withRetries(PUSH_RETRY_DELAYS_MS, transient, ()=>must(what, command, args, budget()), {
                onRetry: (error, delayMs, tryNumber)=>src.lj.info(`${error.message}; pushing again in ${delayMs / 1e3} s (try ${tryNumber} of ${PUSH_RETRY_DELAYS_MS.length + 1}).`)
            });
        }
        const PROBE_MS = 15e3;
        async function works(command, args) {
            try {
                return (await runBounded(`${command} ${args[0]}`, command, args, once(PROBE_MS, "the builder probe"))).code === 0;
            } catch  {
                return false;
            }
        }
        function kanikoBinary() {
            return process.env.KANIKO_EXECUTOR ?? "executor";
        }
        async function pickBuilder(wanted) {
            const docker = async ()=>await works("docker", [
                    "buildx",
                    "version"
                ]) ? "docker buildx" : "docker";
            if (wanted === "docker") return docker();
            if (wanted !== "auto") return wanted;
            if (await works("docker", [
                "info",
                "--format",
                "{{.ServerVersion}}"
            ])) return docker();
            if (await works("buildah", [
                "--version"
            ])) return "buildah";
            if (await works(kanikoBinary(), [
                "version"
            ])) return "kaniko";
            throw new src.j1("Input 'builder' is auto, but none was found: no docker daemon answering, no buildah, no kaniko executor on PATH. Install one or set 'builder'.");
        }
        function refuseUnsupported(kind, want) {
            const refuse = (input, why)=>{
                throw new src.j1(`Input '${input}' cannot be used with ${kind}: ${why}`);
            };
            if (kind === "docker") {
                const buildkit = "it needs BuildKit (install docker buildx, or use buildah).";
                if (want.platforms.length > 0) refuse("platforms", buildkit);
                if (want.secrets.length > 0) refuse(secretsInput(want), buildkit);
                if (want.cacheFrom) refuse("cache-from", buildkit);
                if (want.cacheTo) refuse("cache-to", buildkit);
            }
            if (kind === "docker buildx" && want.platforms.length > 1 && !want.push) refuse("platforms", "several platforms can only be pushed (push: true); --load takes one platform.");
            if (kind === "kaniko") {
                if (want.platforms.length > 1) refuse("platforms", "kaniko builds one platform per run (--custom-platform); use buildah or docker buildx.");
                if (want.secrets.length > 0) refuse(secretsInput(want), "kaniko has no build secrets; use buildah or docker buildx, or a build arg that is no secret.");
                if (want.cacheFrom && want.cacheTo && want.cacheFrom !== want.cacheTo) refuse("cache-from", `kaniko reads and writes one cache repository (--cache-repo); make cache-from equal cache-to.`);
            }
        }
        const flags = (name, values)=>Object.entries(values).map(([k, v])=>`${name}=${k}=${v}`);
        const secretFlags = (secrets)=>secrets.map((s)=>`--secret=id=${s.id},src=${s.src}`);
        const targetFlag = (target)=>target ? [
                `--target=${target}`
            ] : [];
        async function buildah(req) {
            const refs = req.tags.map((t)=>`${req.image}:${t}`);
            const tls = `--tls-verify=${req.tlsVerify}`;
            if (req.push && req.username) {
                const login = [
                    "login",
                    tls,
                    `--username=${req.username}`,
                    "--password-stdin",
                    "--",
                    req.registry
                ];
                await must("buildah login", "buildah", login, once(req.timeouts.registryMs, "registry-timeout"), {
                    input: req.password ?? ""
                });
            }
            const list = req.platforms.length > 1 ? `localhost/goldenthread-${(0, external_node_crypto_.randomUUID)().slice(0, 12)}` : undefined;
            const timestamp = req.sourceDateEpoch === undefined ? [] : [
                `--timestamp=${req.sourceDateEpoch}`
            ];
            const cache = req.cacheFrom || req.cacheTo ? [
                "--layers"
            ] : [];
            if (req.cacheFrom) cache.push(`--cache-from=${req.cacheFrom}`);
            if (req.cacheTo) cache.push(`--cache-to=${req.cacheTo}`);
            const bud = [
                "bud",
                tls,
                ...timestamp,
                `--file=${req.file}`,
                ...list ? [
                    `--manifest=${list}`
                ] : refs.map((r)=>`--tag=${r}`),
                ...req.platforms.length > 0 ? [
                    `--platform=${req.platforms.join(",")}`
                ] : [],
                ...targetFlag(req.target),
                ...secretFlags(req.secrets),
                ...cache,
                ...flags("--build-arg", req.buildArgs),
                ...flags("--label", req.labels),
                "--",
                req.context
            ];
            try {
                await must("buildah build", "buildah", bud, once(req.timeouts.buildMs, "build-timeout"));
                if (!req.push) return {
                    builder: "buildah"
                };
                const digestFile = (0, external_node_path_.join)((0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "gt-digest-")), "digest");
                const budget = deadline(req.timeouts.pushMs, "push-timeout");
                const [first, ...more] = refs;
                const pushArgs = (ref, digest)=>list ? [
                        "manifest",
                        "push",
                        "--all",
                        tls,
                        ...digest,
                        "--",
                        list,
                        `docker://${ref}`
                    ] : [
                        "push",
                        tls,
                        ...digest,
                        "--",
                        first,
                        `docker://${ref}`
                    ];
                await push("buildah push", "buildah", pushArgs(first, [
                    `--digestfile=${digestFile}`
                ]), budget);
                for (const ref of more)await push("buildah push", "buildah", pushArgs(ref, []), budget);
                return {
                    builder: "buildah",
                    digest: (0, external_node_fs_.readFileSync)(digestFile, "utf8").trim()
                };
            } finally{
                if (list) await runBounded("buildah manifest rm", "buildah", [
                    "manifest",
                    "rm",
                    list
                ], once(PROBE_MS, "cleanup")).catch(()=>undefined);
            }
        }
        async function dockerLogin(req) {
            if (!req.push || !req.username) return;
            const login = [
                "login",
                `--username=${req.username}`,
                "--password-stdin",
                "--",
                req.registry
            ];
            await must("docker login", "docker", login, once(req.timeouts.registryMs, "registry-timeout"), {
                input: req.password ?? ""
            });
        }
        const dockerCommon = (req)=>[
                `--file=${req.file}`,
                ...req.tags.map((t)=>`--tag=${req.image}:${t}`),
                ...targetFlag(req.target),
                ...flags("--build-arg", req.buildArgs),
                ...flags("--label", req.labels)
            ];
        async function dockerBuildx(req) {
            await dockerLogin(req);
            const metadataFile = (0, external_node_path_.join)((0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "gt-meta-")), "metadata.json");
            const epoch = req.sourceDateEpoch === undefined ? [] : [
                `--build-arg=SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`
            ];
            const cache = [
                ...req.cacheFrom ? [
                    `--cache-from=type=registry,ref=${req.cacheFrom}`
                ] : [],
                ...req.cacheTo ? [
                    `--cache-to=type=registry,ref=${req.cacheTo},mode=max`
                ] : []
            ];
            const args = [
                "buildx",
                "build",
                ...dockerCommon(req),
                ...req.platforms.length > 0 ? [
                    `--platform=${req.platforms.join(",")}`
                ] : [],
                ...secretFlags(req.secrets),
                ...cache,
                ...epoch,
                `--metadata-file=${metadataFile}`,
                req.push ? "--push" : "--load",
                "--",
                req.context
            ];
            const budget = req.push ? once(req.timeouts.buildMs + req.timeouts.pushMs, "build-timeout + push-timeout") : once(req.timeouts.buildMs, "build-timeout");
            await must("docker buildx build", "docker", args, budget);
            const meta = JSON.parse((0, external_node_fs_.readFileSync)(metadataFile, "utf8"));
            return {
                builder: "docker buildx",
                digest: req.push ? meta["containerimage.digest"] : undefined
            };
        }
        async function docker(req) {
            await dockerLogin(req);
            await must("docker build", "docker", [
                "build",
                ...dockerCommon(req),
                "--",
                req.context
            ], once(req.timeouts.buildMs, "build-timeout"));
            const budget = deadline(req.timeouts.pushMs, "push-timeout");
            if (req.push) for (const t of req.tags)await push("docker push", "docker", [
                "push",
                "--",
                `${req.image}:${t}`
            ], budget);
            return {
                builder: "docker"
            };
        }
        function kanikoDockerConfig(req) {
            if (!req.push || !req.username) return undefined;
            const candidates = [
                process.env.DOCKER_CONFIG,
                "/kaniko/.docker",
                (0, external_node_path_.join)((0, external_node_os_.homedir)(), ".docker")
            ];
            const existing = candidates.map((d)=>d && (0, external_node_path_.join)(d, "config.json")).find((f)=>f && (0, external_node_fs_.existsSync)(f));
            let config = {};
            try {
                if (existing) config = JSON.parse((0, external_node_fs_.readFileSync)(existing, "utf8"));
            } catch  {
                config = {};
            }
            const auth = Buffer.from(`${req.username}:${req.password ?? ""}`).toString("base64");
            const host = req.registry === "registry-1.docker.io" ? "https://index.docker.io/v1/" : req.registry;
            config.auths = {
                ...config.auths,
                [host]: {
                    auth
                }
            };
            const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "gt-kaniko-auth-"));
            (0, external_node_fs_.writeFileSync)((0, external_node_path_.join)(dir, "config.json"), JSON.stringify(config), {
                mode: 384
            });
            return {
                dir,
                env: {
                    ...process.env,
                    DOCKER_CONFIG: dir
                }
            };
        }
        function kanikoCache(req) {
            const repo = req.cacheTo ?? req.cacheFrom;
            if (!repo) return [];
            return [
                "--cache=true",
                `--cache-repo=${repo}`,
                ...req.cacheTo ? [] : [
                    "--no-push-cache"
                ]
            ];
        }
        async function kaniko(req) {
            const digestFile = (0, external_node_path_.join)((0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "gt-digest-")), "digest");
            const destinations = req.tags.map((t)=>`--destination=${req.image}:${t}`);
            const auth = kanikoDockerConfig(req);
            try {
                const budget = req.push ? once(req.timeouts.buildMs + req.timeouts.pushMs, "build-timeout + push-timeout") : once(req.timeouts.buildMs, "build-timeout");
                await must("kaniko executor", kanikoBinary(), [
                    `--context=${req.context}`,
                    `--dockerfile=${req.file}`,
                    ...req.push ? destinations : [
                        "--no-push",
                        ...destinations
                    ],
                    `--digest-file=${digestFile}`,
                    ...flags("--build-arg", req.buildArgs),
                    ...flags("--label", req.labels),
                    ...req.platforms.length === 1 ? [
                        `--custom-platform=${req.platforms[0]}`
                    ] : [],
                    ...targetFlag(req.target),
                    ...kanikoCache(req),
                    ...req.tlsVerify ? [] : [
                        "--insecure",
                        "--skip-tls-verify"
                    ],
                    ...req.sourceDateEpoch === undefined ? [] : [
                        "--reproducible"
                    ]
                ], budget, {
                    env: auth?.env
                });
            } finally{
                if (auth) (0, external_node_fs_.rmSync)(auth.dir, {
                    recursive: true,
                    force: true
                });
            }
            return {
                builder: "kaniko",
                digest: req.push ? (0, external_node_fs_.readFileSync)(digestFile, "utf8").trim() : undefined
            };
        }
        async function build(builder, req) {
            const platforms = req.platforms.length > 0 ? ` for ${req.platforms.join(", ")}` : "";
            src.lj.info(`Building ${req.image}:${req.tags[0]}${platforms} with ${builder}.`);
            return ({
                buildah,
                "docker buildx": dockerBuildx,
                docker,
                kaniko
            })[builder](req);
        }
        ;
        const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
        function parseImageName(text, input = "image") {
            const fail = ()=>new src.j1(`Invalid input '${input}': '${text}'. Expected a repository without tag or digest, such as ghcr.io/acme/shop or registry.example:5000/team/app (lower case).`);
            if (text.includes("@") || /:[^/]*$/.test(text.split("/").slice(1).join("/") || "")) throw fail();
            const parts = text.split("/");
            const hasRegistry = parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost");
            const host = hasRegistry ? parts[0] : "docker.io";
            const path = hasRegistry ? parts.slice(1) : parts;
            if (!/^[a-zA-Z0-9.-]+(:[0-9]+)?$/.test(host) || path.length === 0 || !path.every((p)=>PATH_COMPONENT.test(p))) throw fail();
            const repository = host === "docker.io" && path.length === 1 ? `library/${path[0]}` : path.join("/");
            return {
                name: text,
                registry: host === "docker.io" ? "registry-1.docker.io" : host,
                repository
            };
        }
        function parseExtraTags(text) {
            if (!text) return [];
            return text.split(/[,\n]/).map((t)=>t.trim()).filter(Boolean).map((tag)=>{
                if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) {
                    throw new src.j1(`Invalid input 'extra-tags': '${tag}'. Expected image tags ([A-Za-z0-9_.-], up to 128 characters), separated by commas.`);
                }
                return tag;
            });
        }
        function parseKeyValues(text, input) {
            const out = {};
            for (const line of (text ?? "").split("\n")){
                if (line.trim() === "") continue;
                const eq = line.indexOf("=");
                const key = eq > 0 ? line.slice(0, eq).trim() : "";
                if (!/^[A-Za-z0-9_.\-/]+$/.test(key)) {
                    throw new src.j1(`Invalid input '${input}': '${line.trim().slice(0, 40)}'. Expected one KEY=value per line.`);
                }
                out[key] = line.slice(eq + 1).trim();
            }
            return out;
        }
        ;
        const MODES = [
            "build",
            "record"
        ];
        const REMOTE_CONTEXT = /^[a-z][a-z0-9+.-]*:\/\//i;
        const DIGEST = /^sha256:[0-9a-f]{64}$/;
        const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
        const STAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
        const SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/;
        const MASKED_FILE_BYTES = 64 * 1024;
        const BUILD_ONLY = [
            "file",
            "build-args",
            "labels",
            "platforms",
            "target",
            "secrets",
            "secret-files",
            "cache-from",
            "cache-to"
        ];
        const RECORD_ONLY = [
            "digest",
            "metadata"
        ];
        function workspace(env = process.env) {
            return env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd();
        }
        function contextInputs() {
            const given = (0, src.$m)("context") ?? ".";
            const fileGiven = (0, src.$m)("file");
            if (REMOTE_CONTEXT.test(given)) return {
                context: given,
                file: fileGiven ?? "Dockerfile"
            };
            const context = (0, external_node_path_.resolve)(workspace(), given);
            if (!(0, external_node_fs_.statSync)(context, {
                throwIfNoEntry: false
            })?.isDirectory()) {
                throw new src.j1(`Invalid input 'context': '${given}' is not a directory (looked for ${context}). Expected the build context directory.`);
            }
            const file = fileGiven === undefined ? (0, external_node_path_.join)(context, "Dockerfile") : (0, external_node_path_.resolve)(workspace(), fileGiven);
            if (!(0, external_node_fs_.statSync)(file, {
                throwIfNoEntry: false
            })?.isFile()) {
                throw new src.j1(`Invalid input 'file': '${fileGiven ?? (0, external_node_path_.join)(given, "Dockerfile")}' is not a file (looked for ${file}). Expected the Dockerfile.`);
            }
            return {
                context,
                file
            };
        }
        function parsePlatforms(text) {
            const platforms = (text ?? "").split(/[,\n]/).map((p)=>p.trim()).filter(Boolean);
            const bad = platforms.find((p)=>!PLATFORM.test(p));
            if (bad !== undefined) throw new src.j1(`Invalid input 'platforms': '${bad}'. Expected OS/ARCH[/VARIANT] entries separated by commas, such as linux/amd64,linux/arm64.`);
            return [
                ...new Set(platforms)
            ];
        }
        function secretLines(input, text) {
            const lines = [];
            for (const line of (text ?? "").split("\n")){
                if (line.trim() === "") continue;
                const eq = line.indexOf("=");
                const id = eq > 0 ? line.slice(0, eq).trim() : "";
                const value = eq > 0 ? line.slice(eq + 1).trim() : "";
                if (!SECRET_ID.test(id) || value === "") throw new src.j1(`Invalid input '${input}': a line ${SECRET_ID.test(id) ? `for id '${id}' has no ${input === "secrets" ? "value" : "path"}` : "has no valid id"}. Expected one ${input === "secrets" ? "id=value" : "id=path"} per line, id of [A-Za-z0-9_.-].`);
                lines.push([
                    id,
                    value
                ]);
            }
            return lines;
        }
        function readSecrets() {
            const values = secretLines("secrets", (0, src.jY)("secrets"));
            for (const [, value] of values)(0, src.$l)(value);
            const files = secretLines("secret-files", (0, src.$m)("secret-files")).map(([id, given])=>{
                const path = (0, external_node_path_.resolve)(workspace(), given);
                const stat = (0, external_node_fs_.statSync)(path, {
                    throwIfNoEntry: false
                });
                if (!stat?.isFile()) throw new src.j1(`Invalid input 'secret-files': the file for id '${id}' (${given}) does not exist. Expected id=path of a readable file.`);
                if (stat.size <= MASKED_FILE_BYTES) (0, src.$l)((0, external_node_fs_.readFileSync)(path, "utf8"));
                return {
                    id,
                    path
                };
            });
            const all = [
                ...values.map(([id, value])=>({
                        id,
                        value
                    })),
                ...files
            ];
            const twice = all.find((s, i)=>all.findIndex((t)=>t.id === s.id) !== i);
            if (twice) throw new src.j1(`Invalid input 'secrets'/'secret-files': id '${twice.id}' is given twice. Expected each id once.`);
            return all;
        }
        function readBuild() {
            const target = (0, src.$m)("target");
            if (target !== undefined && !STAGE.test(target)) throw new src.j1(`Invalid input 'target': '${target}'. Expected a Dockerfile stage name ([A-Za-z0-9_.-]).`);
            const cacheFrom = (0, src.$m)("cache-from");
            const cacheTo = (0, src.$m)("cache-to");
            const builderChoice = (0, src.ij)("builder", BUILDERS, "auto");
            return {
                builderChoice,
                push: (0, src.tE)("push", true),
                buildArgs: parseKeyValues((0, src.$m)("build-args"), "build-args"),
                labels: parseKeyValues((0, src.$m)("labels"), "labels"),
                platforms: parsePlatforms((0, src.$m)("platforms")),
                target,
                secrets: readSecrets(),
                cacheFrom: cacheFrom === undefined ? undefined : parseImageName(cacheFrom, "cache-from").name,
                cacheTo: cacheTo === undefined ? undefined : parseImageName(cacheTo, "cache-to").name,
                timeouts: {
                    buildMs: (0, src.Ts)("build-timeout", "30m", {
                        positive: true
                    }),
                    pushMs: (0, src.Ts)("push-timeout", "10m", {
                        positive: true
                    }),
                    registryMs: (0, src.Ts)("registry-timeout", "30s", {
                        positive: true
                    })
                },
                ...contextInputs()
            };
        }
        function splitReference(ref) {
            const noDigest = ref.split("@")[0];
            const colon = noDigest.lastIndexOf(":");
            return colon > noDigest.lastIndexOf("/") ? {
                name: noDigest.slice(0, colon),
                tag: noDigest.slice(colon + 1)
            } : {
                name: noDigest
            };
        }
        function parseBuildMetadata(text) {
            const hint = "Expected docker/build-push-action's metadata output (a JSON object with containerimage.digest).";
            let parsed;
            try {
                parsed = JSON.parse(text);
            } catch  {
                throw new src.j1(`Invalid input 'metadata': not JSON. ${hint}`);
            }
            if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new src.j1(`Invalid input 'metadata': not a JSON object. ${hint}`);
            const meta = parsed;
            const descriptor = meta["containerimage.descriptor"];
            const digest = meta["containerimage.digest"] ?? descriptor?.digest;
            if (typeof digest !== "string" || !DIGEST.test(digest)) throw new src.j1(`Invalid input 'metadata': no sha256 containerimage.digest in it (was the image pushed?). ${hint}`);
            if (descriptor?.digest !== undefined && descriptor.digest !== digest) throw new src.j1(`Invalid input 'metadata': containerimage.digest ${digest} and containerimage.descriptor's ${JSON.stringify(descriptor.digest)} differ.`);
            const names = typeof meta["image.name"] === "string" ? meta["image.name"] : "";
            return {
                digest,
                names: names.split(",").map((n)=>n.trim()).filter(Boolean).map(splitReference)
            };
        }
        function readRecord() {
            const digestGiven = (0, src.$m)("digest");
            if (digestGiven !== undefined && !DIGEST.test(digestGiven)) throw new src.j1(`Invalid input 'digest': '${digestGiven}'. Expected sha256: and 64 lower-case hex digits.`);
            const metadataText = (0, src.$m)("metadata");
            const meta = metadataText === undefined ? undefined : parseBuildMetadata(metadataText);
            if (!digestGiven && !meta) throw new src.j1("Mode 'record' needs input 'digest' (sha256:…) or 'metadata' (docker/build-push-action's metadata output).");
            if (digestGiven && meta && digestGiven !== meta.digest) throw new src.j1(`Inputs 'digest' (${digestGiven}) and 'metadata' (containerimage.digest ${meta.digest}) name different images.`);
            const imageGiven = (0, src.$m)("image");
            const repositories = [
                ...new Set(meta?.names.map((n)=>n.name) ?? [])
            ];
            if (imageGiven === undefined && repositories.length !== 1) throw new src.j1(`Input 'image' is required${repositories.length > 1 ? `: the metadata names several repositories (${repositories.join(", ")}); say which one` : ": the repository the image was pushed to"}.`);
            const image = parseImageName(imageGiven ?? repositories[0]);
            if (meta && repositories.length > 0 && !repositories.includes(image.name)) throw new src.j1(`Inputs 'image' (${image.name}) and 'metadata' (image.name: ${repositories.join(", ")}) name different repositories.`);
            const metadataTags = meta?.names.filter((n)=>n.name === image.name && n.tag).map((n)=>n.tag) ?? [];
            const tags = [
                ...new Set([
                    ...metadataTags,
                    ...parseExtraTags((0, src.$m)("extra-tags"))
                ])
            ];
            return {
                image,
                record: {
                    digest: digestGiven ?? meta?.digest,
                    tags
                }
            };
        }
        function refuseOtherMode(mode) {
            const foreign = (mode === "record" ? BUILD_ONLY : RECORD_ONLY).filter((name)=>(0, src.$m)(name) !== undefined);
            if (foreign.length > 0) throw new src.j1(`Input${foreign.length > 1 ? "s" : ""} ${foreign.map((n)=>`'${n}'`).join(", ")} ${foreign.length > 1 ? "are" : "is"} for mode ${mode === "record" ? "build; mode 'record' records an image built elsewhere" : "record; mode 'build' takes its digest from the builder"}.`);
        }
        function readInputs() {
            const mode = (0, src.ij)("mode", MODES, "build");
            refuseOtherMode(mode);
            const buildId = (0, src.u7)();
            const tlsVerify = (0, src.tE)("tls-verify", true);
            const registry = {
                scheme: tlsVerify ? "https" : "http",
                username: (0, src.$m)("registry-username"),
                password: (0, src.jY)("registry-password"),
                timeoutMs: (0, src.Ts)("registry-timeout", "30s", {
                    positive: true
                })
            };
            const recorded = mode === "record" ? readRecord() : undefined;
            const image = recorded?.image ?? parseImageName((0, src.YF)("image", "the repository to push to, e.g. ghcr.io/acme/shop."));
            return {
                mode,
                image,
                buildId,
                tags: [
                    buildId,
                    ...parseExtraTags((0, src.$m)("extra-tags")).filter((t)=>t !== buildId)
                ],
                tlsVerify,
                registry,
                metadataFile: (0, src.$m)("metadata-file") ?? (0, src.sl)("ci-build", buildId),
                opensearchUrl: (0, opensearch.I)(),
                opensearchTimeoutMs: (0, src.Ts)("opensearch-timeout", "10s", {
                    positive: true
                }),
                build: mode === "build" ? readBuild() : undefined,
                record: recorded?.record
            };
        }
        ;
        async function buildCommits(ctx, env = process.env) {
            if (env.GITHUB_EVENT_PATH) {
                try {
                    const event = JSON.parse((0, external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, "utf8"));
                    if (event.commits?.length) {
                        return event.commits.map((c)=>({
                                commit_id: c.id,
                                author: c.author?.name ?? "",
                                email: c.author?.email ?? "",
                                message: c.message
                            }));
                    }
                } catch  {}
            }
            const { showCommit } = await __webpack_require__.e(913).then(__webpack_require__.bind(__webpack_require__, 54913));
            const raw = await showCommit(ctx.sha, "%H%x00%an%x00%ae%x00%B", env);
            const [commit_id, author, email, message] = raw.split("\0");
            if (!commit_id || message === undefined) return [
                {
                    commit_id: ctx.sha,
                    author: ctx.actor ?? "",
                    email: "",
                    message: ""
                }
            ];
            return [
                {
                    commit_id,
                    author,
                    email,
                    message: message.trim()
                }
            ];
        }
        async function sourceDateEpoch(ctx, env = process.env) {
            if (env.SOURCE_DATE_EPOCH !== undefined && env.SOURCE_DATE_EPOCH !== "") {
                if (/^\d+$/.test(env.SOURCE_DATE_EPOCH)) return Number(env.SOURCE_DATE_EPOCH);
                throw new src.j1(`SOURCE_DATE_EPOCH '${env.SOURCE_DATE_EPOCH}' is not a whole number of seconds since 1970.`);
            }
            const { showCommit } = await __webpack_require__.e(913).then(__webpack_require__.bind(__webpack_require__, 54913));
            const raw = await showCommit(ctx.sha, "%ct", env);
            return /^\d+$/.test(raw) ? Number(raw) : undefined;
        }
        ;
        const MANIFEST_TYPES = [
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json",
            "application/vnd.docker.distribution.manifest.list.v2+json"
        ].join(", ");
        async function bearerToken(challenge, access) {
            const params = Object.fromEntries([
                ...challenge.matchAll(/(\w+)="([^"]*)"/g)
            ].map((m)=>[
                    m[1],
                    m[2]
                ]));
            if (!params.realm) return undefined;
            const url = new URL(params.realm);
            if (params.service) url.searchParams.set("service", params.service);
            if (params.scope) url.searchParams.set("scope", params.scope);
            const headers = {};
            if (access.username) headers.authorization = `Basic ${Buffer.from(`${access.username}:${access.password ?? ""}`).toString("base64")}`;
            const response = await fetch(url, {
                headers,
                signal: AbortSignal.timeout(access.timeoutMs)
            });
            if (!response.ok) return undefined;
            const body = await response.json();
            return body.token ?? body.access_token;
        }
        const TRANSIENT = new Set([
            429,
            500,
            502,
            503,
            504
        ]);
        const RETRY_DELAYS_MS = [
            500,
            1e3
        ];
        const MAX_BODY_BYTES = 8 * 1024 * 1024;
        class TransientAnswer extends Error {
        }
        async function request(image, path, access, { method, what }) {
            const url = `${access.scheme}://${image.registry}/v2/${image.repository}/${path}`;
            const send = (authorization)=>fetch(url, {
                    method,
                    headers: {
                        accept: MANIFEST_TYPES,
                        ...authorization ? {
                            authorization
                        } : {}
                    },
                    signal: AbortSignal.timeout(access.timeoutMs)
                });
            const ask = async ()=>{
                let response = await send(access.username ? `Basic ${Buffer.from(`${access.username}:${access.password ?? ""}`).toString("base64")}` : undefined);
                const challenge = response.headers.get("www-authenticate");
                if (response.status === 401 && challenge?.toLowerCase().startsWith("bearer")) {
                    await response.body?.cancel();
                    const token = await bearerToken(challenge, access);
                    if (token) response = await send(`Bearer ${token}`);
                }
                if (TRANSIENT.has(response.status)) {
                    await response.body?.cancel();
                    throw Object.assign(new TransientAnswer(`HTTP ${response.status}`), {
                        retryAfter: response.headers.get("retry-after")
                    });
                }
                if (method === "HEAD" || !response.ok) {
                    await response.body?.cancel();
                    return {
                        status: response.status,
                        headers: response.headers
                    };
                }
                if (Number(response.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new Error(`the answer is larger than ${MAX_BODY_BYTES} bytes`);
                const body = Buffer.from(await response.arrayBuffer());
                if (body.length > MAX_BODY_BYTES) throw new Error(`the answer is larger than ${MAX_BODY_BYTES} bytes`);
                return {
                    status: response.status,
                    headers: response.headers,
                    body
                };
            };
            const transient = (error)=>error instanceof TransientAnswer || error instanceof TypeError && error.message === "fetch failed";
            const retryAfterMs = (error)=>Number(error.retryAfter) * 1e3 || undefined;
            try {
                return await withRetries(RETRY_DELAYS_MS, transient, ask, {
                    waitFor: retryAfterMs
                });
            } catch (error) {
                const tries = error.tries ?? 1;
                throw new src.Hb(`cannot read ${what} from the registry${tries > 1 ? ` (asked ${tries} times)` : ""}: ${(0, src.gJ)(error.cause ?? error)}`);
            }
        }
        async function tagDigest(image, tag, access) {
            const what = `${image.name}:${tag}`;
            const answer = await request(image, `manifests/${encodeURIComponent(tag)}`, access, {
                method: "HEAD",
                what
            });
            if (answer.status === 404) return undefined;
            const digest = answer.headers.get("docker-content-digest");
            if (answer.status < 200 || answer.status >= 300 || !digest) throw new src.Hb(`cannot read ${what} back from the registry: HTTP ${answer.status}${digest ? "" : ", no Docker-Content-Digest"}`);
            return digest;
        }
        async function registryDigest(image, tag, access) {
            const digest = await tagDigest(image, tag, access);
            if (digest === undefined) throw new src.Hb(`cannot read ${image.name}:${tag} back from the registry: HTTP 404 (no such tag)`);
            return digest;
        }
        const sha256 = (body)=>`sha256:${(0, external_node_crypto_.createHash)("sha256").update(body).digest("hex")}`;
        async function byDigest(image, kind, digest, access) {
            const what = `${image.name}@${digest}`;
            const answer = await request(image, `${kind}/${digest}`, access, {
                method: "GET",
                what
            });
            if (answer.status === 404) throw new src.Hb(`the registry has no ${kind === "manifests" ? "image" : "blob"} ${what} (HTTP 404).`);
            if (!answer.body) throw new src.Hb(`cannot read ${what} from the registry: HTTP ${answer.status}`);
            const actual = sha256(answer.body);
            if (actual !== digest) throw new src.Hb(`the registry answered ${what} with content whose sha256 is ${actual}.`);
            return {
                body: answer.body,
                mediaType: answer.headers.get("content-type")?.split(";")[0].trim()
            };
        }
        const readManifest = (image, digest, access)=>byDigest(image, "manifests", digest, access);
        const readBlob = (image, digest, access)=>byDigest(image, "blobs", digest, access);
        const INDEX_TYPES = new Set([
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json"
        ]);
        const isAttestation = (d)=>d.annotations?.["vnd.docker.reference.type"] === "attestation-manifest";
        const platformName = (d)=>[
                d.platform?.os,
                d.platform?.architecture,
                d.platform?.variant
            ].filter(Boolean).join("/") || d.digest;
        function parse(body, what) {
            try {
                return JSON.parse(body.toString("utf8"));
            } catch  {
                throw new src.Hb(`${what} is not a JSON manifest.`);
            }
        }
        async function configLabels(image, manifest, what, access) {
            if (!manifest.config?.digest) throw new src.Hb(`${what} is not an image manifest (no config).`);
            const { body } = await readBlob(image, manifest.config.digest, access);
            const config = parse(body, `the config of ${what}`);
            return config.config?.Labels ?? {};
        }
        async function inspectImage(image, digest, access) {
            const top = await readManifest(image, digest, access);
            const manifest = parse(top.body, `${image.name}@${digest}`);
            const mediaType = manifest.mediaType ?? top.mediaType ?? "";
            if (!INDEX_TYPES.has(mediaType) && !manifest.manifests) {
                return [
                    {
                        platform: "image",
                        digest,
                        labels: await configLabels(image, manifest, `${image.name}@${digest}`, access)
                    }
                ];
            }
            const images = (manifest.manifests ?? []).filter((d)=>!isAttestation(d));
            if (images.length === 0) throw new src.Hb(`${image.name}@${digest} is an index without any image in it.`);
            const platforms = [];
            for (const entry of images){
                const what = `${image.name}@${entry.digest} (${platformName(entry)})`;
                const child = parse((await readManifest(image, entry.digest, access)).body, what);
                platforms.push({
                    platform: platformName(entry),
                    digest: entry.digest,
                    labels: await configLabels(image, child, what, access)
                });
            }
            return platforms;
        }
        function checkLabels(platforms, buildId, sha) {
            for (const { platform, labels } of platforms){
                const where = platforms.length > 1 ? ` (${platform})` : "";
                const found = labels[src.H_.buildId];
                if (found !== undefined && found !== buildId) throw new src.Hb(`the image${where} is labelled ${src.H_.buildId}=${found}, another build than ${buildId}: it is not this build's image.`);
                const revision = labels[src.H_.revision];
                if (revision !== undefined && revision !== sha) src.lj.warning(`the image${where} is labelled ${src.H_.revision}=${revision}, not this run's commit ${sha}.`);
            }
            const missing = [
                src.H_.buildId,
                src.H_.traceId,
                src.H_.revision
            ].filter((label)=>platforms.some((p)=>p.labels[label] === undefined));
            if (missing.length > 0) src.lj.warning(`the image has no ${missing.join(", ")} label${missing.length > 1 ? "s" : ""}: add ${missing.length > 1 ? "them" : "it"} to the build (docker/build-push-action 'labels') so the image itself names its build.`);
        }
        async function checkTags(image, tags, digest, access) {
            for (const tag of tags){
                const served = await tagDigest(image, tag, access);
                if (served === undefined) throw new src.Hb(`${image.name}:${tag} does not exist at the registry.`);
                if (served !== digest) throw new src.Hb(`${image.name}:${tag} serves ${served}, not ${digest}.`);
            }
        }
        ;
        function secretSources(secrets) {
            const written = secrets.some((s)=>s.value !== undefined) ? (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, src.X5)(), "gt-build-secrets-")) : undefined;
            try {
                const sources = secrets.map(({ id, value, path }, i)=>{
                    if (value === undefined) return {
                        id,
                        src: path
                    };
                    const src = (0, external_node_path_.join)(written, String(i));
                    (0, external_node_fs_.writeFileSync)(src, value, {
                        mode: 384
                    });
                    return {
                        id,
                        src
                    };
                });
                return {
                    sources,
                    remove: ()=>written && (0, external_node_fs_.rmSync)(written, {
                            recursive: true,
                            force: true
                        })
                };
            } catch (error) {
                if (written) (0, external_node_fs_.rmSync)(written, {
                    recursive: true,
                    force: true
                });
                throw error;
            }
        }
        ;
        const EXTERNAL_BUILDER = "external";
        async function buildImage(inputs, settings, kind, span, ctx, epoch) {
            const labels = {
                [src.H_.source]: ctx.repositoryUrl ?? "",
                [src.H_.revision]: ctx.sha,
                [src.H_.created]: new Date(epoch === undefined ? Date.now() : epoch * 1e3).toISOString(),
                [src.H_.version]: inputs.buildId,
                [src.H_.buildId]: inputs.buildId,
                [src.H_.traceId]: span.traceId,
                ...settings.labels
            };
            const started = Date.now();
            const secrets = secretSources(settings.secrets);
            let outcome;
            try {
                outcome = await build(kind, {
                    image: inputs.image.name,
                    registry: inputs.image.registry,
                    tags: inputs.tags,
                    context: settings.context,
                    file: settings.file,
                    buildArgs: settings.buildArgs,
                    labels,
                    push: settings.push,
                    tlsVerify: inputs.tlsVerify,
                    username: inputs.registry.username,
                    password: inputs.registry.password,
                    sourceDateEpoch: epoch,
                    platforms: settings.platforms,
                    target: settings.target,
                    secrets: secrets.sources,
                    cacheFrom: settings.cacheFrom,
                    cacheTo: settings.cacheTo,
                    timeouts: settings.timeouts
                });
            } finally{
                secrets.remove();
            }
            span.attributes["goldenthread.build.duration_ms"] = Date.now() - started;
            if (!settings.push) return {
                builder: outcome.builder,
                source: "not pushed"
            };
            const served = await registryDigest(inputs.image, inputs.buildId, inputs.registry);
            if (outcome.digest && outcome.digest !== served) throw new src.Hb(`${outcome.builder} recorded ${outcome.digest}, but the registry serves ${served} for ${inputs.image.name}:${inputs.buildId}.`);
            if (!/^sha256:[0-9a-f]{64}$/.test(served)) throw new src.Hb(`the registry answered an unexpected digest '${served}'.`);
            const source = outcome.digest ? "the builder's record, checked against the registry" : "the registry";
            return {
                builder: outcome.builder,
                digest: served,
                source,
                platforms: settings.platforms
            };
        }
        async function recordImage(inputs, settings, ctx) {
            const platforms = await inspectImage(inputs.image, settings.digest, inputs.registry);
            checkLabels(platforms, inputs.buildId, ctx.sha);
            await checkTags(inputs.image, settings.tags, settings.digest, inputs.registry);
            const names = platforms.map((p)=>p.platform).filter((p)=>p !== "image");
            return {
                builder: EXTERNAL_BUILDER,
                digest: settings.digest,
                source: `the given image, checked at the registry${settings.tags.length ? ` (tags ${settings.tags.join(", ")})` : ""}`,
                platforms: names
            };
        }
        async function runBuild() {
            const inputs = readInputs();
            const ctx = (0, src.UN)();
            const kind = inputs.build ? await pickBuilder(inputs.build.builderChoice) : undefined;
            if (inputs.build && kind) refuseUnsupported(kind, inputs.build);
            const epoch = inputs.build ? await sourceDateEpoch(ctx) : undefined;
            const { image, buildId } = inputs;
            const tags = inputs.record ? inputs.record.tags : inputs.tags;
            await (0, src.BV)("build-and-tag", "build", async (span)=>{
                Object.assign(span.attributes, {
                    [src.T2]: buildId,
                    [src.Cp]: image.name,
                    [src.um]: tags,
                    [src.Sx]: ctx.sha,
                    "goldenthread.builder": kind ?? EXTERNAL_BUILDER
                });
                const commits = await buildCommits(ctx);
                const record = {
                    build_id: buildId,
                    job_name: ctx.pipelineName,
                    build_number: ctx.buildNumber,
                    branch: ctx.refName,
                    image_name: image.name,
                    image_tag: buildId,
                    image_digest: null,
                    commits,
                    authors: [
                        ...new Set(commits.map((c)=>c.author).filter(Boolean))
                    ],
                    build_status: "failure",
                    timestamp: new Date().toISOString(),
                    trace_id: span.traceId,
                    run_url: ctx.runUrl,
                    builder: kind ?? EXTERNAL_BUILDER
                };
                try {
                    const built = inputs.build ? await buildImage(inputs, inputs.build, kind, span, ctx, epoch) : await recordImage(inputs, inputs.record, ctx);
                    record.build_status = "success";
                    record.image_digest = built.digest ?? null;
                    record.builder = built.builder;
                    await saveRecord(inputs, record);
                    finish(inputs, built, tags, record, span);
                } catch (error) {
                    record.error = (0, src.gJ)(error);
                    await saveRecord(inputs, record);
                    throw error;
                }
            });
        }
        async function saveRecord(inputs, record) {
            const { writeRecord } = await Promise.all([
                __webpack_require__.e(368),
                __webpack_require__.e(967)
            ]).then(__webpack_require__.bind(__webpack_require__, 59967));
            writeRecord("ci-build", inputs.metadataFile, record);
            if (!inputs.opensearchUrl) return;
            const failure = await (0, opensearch.o)(inputs.opensearchUrl, src.Zp.ciBuild, record.build_id, record, inputs.opensearchTimeoutMs);
            if (failure) src.lj.warning(`Could not index the build record into ${src.Zp.ciBuild} (${failure}); it is in ${inputs.metadataFile}.`);
            else src.lj.info(`Indexed the build record into ${src.Zp.ciBuild} as ${record.build_id}.`);
        }
        function finish(inputs, built, tags, record, span) {
            const { image, buildId } = inputs;
            const imageRef = built.digest ? `${image.name}@${built.digest}` : undefined;
            if (imageRef) span.attributes[src.X] = [
                imageRef
            ];
            if (built.digest) span.attributes[src.T9] = built.digest;
            (0, src.n0)({
                image: image.name,
                tag: buildId,
                digest: built.digest,
                "image-ref": imageRef,
                "metadata-file": inputs.metadataFile,
                builder: built.builder
            });
            (0, src.EE)({
                [src.Km.imageRef]: imageRef
            });
            const verb = inputs.mode === "record" ? "Recorded" : built.digest ? "Pushed" : "Built";
            const platforms = built.platforms?.length ? ` for ${built.platforms.join(", ")}` : "";
            src.lj.info(`${verb} ${image.name}${inputs.mode === "record" ? "" : `:${buildId}`}${built.digest ? ` → ${built.digest}` : ""}${platforms} (${built.builder}${built.digest ? `, digest from ${built.source}` : ""}).`);
            (0, src.fe)([
                `### build-and-tag: \`${image.name}${inputs.mode === "record" ? "" : `:${buildId}`}\`${inputs.mode === "record" ? " (recorded)" : ""}`,
                "",
                "| | |",
                "|---|---|",
                `| digest | ${built.digest ? `\`${built.digest}\`` : "not pushed"} |`,
                `| builder | ${built.builder} |`,
                ...platforms ? [
                    `| platforms | ${built.platforms.join(" ")} |`
                ] : [],
                `| tags | ${tags.map((t)=>`\`${t}\``).join(" ")} |`,
                `| commits | ${record.commits.map((c)=>`\`${c.commit_id.slice(0, 7)}\` ${c.author}`).join(", ").replace(/\|/g, "\\|")} |`,
                ""
            ].join("\n"));
        }
    },
    47932: (module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__)=>{
            try {
                __webpack_require__.r(__webpack_exports__);
                var _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82398);
                var _build_and_tag_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75449);
                await (0, _goldenthread_core__WEBPACK_IMPORTED_MODULE_0__.Cs)("build-and-tag", _build_and_tag_js__WEBPACK_IMPORTED_MODULE_1__.c);
                __webpack_async_result__();
            } catch (e) {
                __webpack_async_result__(e);
            }
        }, 1);
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
