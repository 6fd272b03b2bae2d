export const id = 37;
export const ids = [
    37
];
export const modules = {
    84037: (__unused_webpack_module, __webpack_exports__, __webpack_require__)=>{
        __webpack_require__.d(__webpack_exports__, {
            deployToGitops: ()=>deployToGitops
        });
        var external_node_fs_ = __webpack_require__(73024);
        var external_node_os_ = __webpack_require__(48161);
        var external_node_path_ = __webpack_require__(76760);
        var src = __webpack_require__(82398);
        var src_git = __webpack_require__(54913);
        var dist = __webpack_require__(38815);
        var json_patch = __webpack_require__(24541);
        var target = __webpack_require__(46230);
        const PRINT = {
            lineWidth: 0,
            minContentWidth: 0
        };
        const WORKLOAD_KINDS = [
            "Rollout",
            "Deployment"
        ];
        function editManifest(text, deploy, select, annotations, where) {
            const docs = (0, dist.parseAllDocuments)(text);
            for (const doc of docs)if (doc.errors.length > 0) throw new src.j1(`${where} is not valid YAML: ${doc.errors[0].message}`);
            const matches = docs.filter((d)=>{
                const kind = d.get("kind");
                const name = d.getIn([
                    "metadata",
                    "name"
                ]);
                return kind === select.kind && (select.name === undefined || name === select.name);
            });
            if (matches.length !== 1) {
                const found = docs.filter((d)=>WORKLOAD_KINDS.includes(String(d.get("kind")))).map((d)=>`${String(d.get("kind"))} ${String(d.getIn([
                        "metadata",
                        "name"
                    ]))}`);
                throw new src.j1(`${where} has ${matches.length === 0 ? "no" : "more than one"} ${select.kind}${select.name ? ` named '${select.name}'` : ""}. Found: ${found.join(", ") || "none"}. Set inputs 'kind' and 'name'.`);
            }
            const doc = matches[0];
            const containersPath = [
                "spec",
                "template",
                "spec",
                "containers"
            ];
            const containers = doc.getIn(containersPath);
            if (!(0, dist.isSeq)(containers) || containers.items.length === 0) throw new src.j1(`${where}: ${select.kind} has no spec.template.spec.containers.`);
            const names = containers.items.map((c)=>String(c.get("name")));
            const index = select.container ? names.indexOf(select.container) : 0;
            if (index < 0) throw new src.j1(`Invalid input 'container': ${where} has no container '${select.container}'. Its containers: ${names.join(", ")}.`);
            const containerPath = [
                ...containersPath,
                index
            ];
            const container = doc.getIn(containerPath).toJSON();
            const env = (0, target.iE)(container.env, deploy, container.name);
            const previousBuildId = doc.getIn([
                "metadata",
                "annotations",
                src.YX.buildId
            ]) ?? container.env?.find((e)=>e.name === src.y.buildId)?.value;
            const info = {
                strategy: strategyOf(doc),
                replicas: doc.getIn([
                    "spec",
                    "replicas"
                ])
            };
            if ((0, target.vR)(container.image, container.env, env, deploy.imageRef)) {
                return {
                    text,
                    changed: false,
                    previousImage: doc.getIn([
                        "metadata",
                        "annotations",
                        src.YX.previousImage
                    ]),
                    previousBuildId: doc.getIn([
                        "metadata",
                        "annotations",
                        src.YX.previousBuildId
                    ]),
                    ...info
                };
            }
            doc.setIn([
                ...containerPath,
                "image"
            ], deploy.imageRef);
            setEnv(doc, [
                ...containerPath,
                "env"
            ], env);
            const previous = {
                ...previousBuildId ? {
                    [src.YX.previousBuildId]: previousBuildId
                } : {},
                ...container.image ? {
                    [src.YX.previousImage]: container.image
                } : {}
            };
            for (const [key, value] of Object.entries({
                ...annotations,
                ...previous
            }))doc.setIn([
                "metadata",
                "annotations",
                key
            ], value);
            return {
                text: printAll(text, docs),
                changed: true,
                previousImage: container.image,
                previousBuildId,
                ...info
            };
        }
        function strategyOf(doc) {
            const strategy = doc.getIn([
                "spec",
                "strategy"
            ]);
            if (!(0, dist.isMap)(strategy)) return undefined;
            const type = strategy.get("type");
            const first = strategy.items[0]?.key;
            return typeof type === "string" ? type : (0, dist.isScalar)(first) ? String(first.value) : "";
        }
        function setEnv(doc, path, env) {
            const seq = doc.getIn(path);
            if (!(0, dist.isSeq)(seq)) {
                doc.setIn(path, doc.createNode(env));
                return;
            }
            for (const variable of env){
                const item = seq.items.find((i)=>(0, dist.isMap)(i) && i.get("name") === variable.name);
                if (item) {
                    item.delete("valueFrom");
                    item.set("value", variable.value);
                } else {
                    seq.add(doc.createNode(variable));
                }
            }
        }
        function printAll(source, docs) {
            const body = docs.map((d, i)=>{
                const printed = d.toString(PRINT);
                return i === 0 && !source.trimStart().startsWith("---") ? printed : `---
${printed}`.replace(/^---\n---\n/, "---\n");
            });
            return body.join("");
        }
        function isKustomization(text) {
            const doc = (0, dist.parseDocument)(text);
            const kind = doc.get("kind");
            return kind === "Kustomization" || kind === undefined && (doc.has("resources") || doc.has("images"));
        }
        function isNamedWorkload(value, select) {
            if (typeof value !== "object" || value === null || !("kind" in value) || value.kind !== select.kind) return false;
            const metadata = "metadata" in value ? value.metadata : undefined;
            const name = typeof metadata === "object" && metadata !== null && "name" in metadata ? metadata.name : undefined;
            return typeof name === "string" && (select.name === undefined || name === select.name);
        }
        function baseWorkload(kustomization, file, repoRoot, select) {
            const dir = (0, external_node_path_.dirname)(file);
            const resources = kustomization.get("resources")?.toJSON() ?? [];
            for (const resource of resources){
                const path = (0, src_git._l)(repoRoot, (0, external_node_path_.join)(dir, resource), `'resources:' entry of ${file}`);
                const candidates = (0, external_node_fs_.existsSync)((0, external_node_path_.join)(path, "kustomization.yaml")) ? [] : (0, external_node_fs_.existsSync)(path) && path.endsWith(".yaml") ? [
                    path
                ] : (0, external_node_fs_.existsSync)(path) && path.endsWith(".yml") ? [
                    path
                ] : [];
                for (const candidate of candidates){
                    for (const doc of (0, dist.parseAllDocuments)((0, external_node_fs_.readFileSync)(candidate, "utf8"))){
                        const obj = doc.toJS();
                        if (isNamedWorkload(obj, select)) return {
                            obj,
                            where: candidate
                        };
                    }
                }
            }
            throw new src.j1(`kustomize mode reads the base ${select.kind}${select.name ? ` '${select.name}'` : ""} to merge its env, but found it in none of the local files under 'resources:' of ${file}. Point 'path' at the plain manifest instead, or list the workload's file in resources.`);
        }
        const ENV_MARKER = src.y.buildId;
        function strategyName(strategy) {
            if (!strategy) return undefined;
            return typeof strategy.type === "string" ? strategy.type : Object.keys(strategy)[0];
        }
        function stableOps(patch) {
            if (!patch) return undefined;
            const volatile = [
                src.YX.traceId,
                src.YX.previousBuildId
            ];
            try {
                const ops = JSON.parse(patch);
                return JSON.stringify(ops.filter((op)=>!volatile.some((key)=>op.path.endsWith(`/${(0, json_patch.b)(key)}`))).map((op)=>{
                    if (op.value?.name === "TRACEPARENT") return {
                        ...op,
                        value: {
                            name: "TRACEPARENT"
                        }
                    };
                    if (op.path === "/metadata/annotations") {
                        const kept = Object.fromEntries(Object.entries(op.value).filter(([k])=>!volatile.includes(k)));
                        return {
                            ...op,
                            value: kept
                        };
                    }
                    return op;
                }));
            } catch  {
                return undefined;
            }
        }
        function editKustomization(text, file, repoRoot, deploy, select, annotations) {
            const doc = (0, dist.parseDocument)(text);
            if (doc.errors.length > 0) throw new src.j1(`${file} is not valid YAML: ${doc.errors[0].message}`);
            const { obj, where } = baseWorkload(doc, file, repoRoot, select);
            const containers = obj.spec?.template?.spec?.containers ?? [];
            const index = select.container ? containers.findIndex((c)=>c.name === select.container) : 0;
            if (index < 0 || !containers[index]) {
                throw new src.j1(`Invalid input 'container': ${where} has no container '${select.container}'. Its containers: ${containers.map((c)=>c.name).join(", ")}.`);
            }
            const env = (0, target.iE)(containers[index].env, deploy, containers[index].name);
            const name = obj.metadata.name;
            let images = doc.get("images");
            if (!(0, dist.isSeq)(images)) {
                doc.set("images", doc.createNode([]));
                images = doc.get("images");
            }
            let entry = images.items.find((i)=>(0, dist.isMap)(i) && (i.get("newName") === deploy.imageRepo || i.get("name") === deploy.imageRepo && !i.has("newName")));
            const previousDigest = entry?.get("digest");
            const previousImage = previousDigest ? `${deploy.imageRepo}@${previousDigest}` : undefined;
            if (!entry) {
                images.add(doc.createNode({
                    name: deploy.imageRepo
                }));
                entry = images.items[images.items.length - 1];
            }
            let patches = doc.get("patches");
            const isOurs = (p)=>{
                if (!(0, dist.isMap)(p)) return false;
                const patch = p.get("patch");
                const target = p.get("target");
                return typeof patch === "string" && patch.includes(ENV_MARKER) && (0, dist.isMap)(target) && target.get("name") === name;
            };
            const ownPatch = (0, dist.isSeq)(patches) ? patches.items.find(isOurs) : undefined;
            const oldPatch = ownPatch?.get("patch");
            const previousBuildId = oldPatch ? JSON.parse(oldPatch).find((op)=>op.value?.name === ENV_MARKER)?.value?.value : undefined;
            const ops = (0, json_patch.e)(obj, index, deploy.imageRef, env, {
                ...annotations,
                ...previousBuildId ? {
                    [src.YX.previousBuildId]: previousBuildId
                } : {}
            }).filter((op)=>!op.path.endsWith("/image"));
            const newPatch = JSON.stringify(ops, null, 2);
            const info = {
                strategy: strategyName(obj.spec?.strategy),
                replicas: obj.spec?.replicas
            };
            if (previousDigest === deploy.digest && stableOps(oldPatch) === stableOps(newPatch)) {
                return {
                    text,
                    changed: false,
                    previousImage,
                    previousBuildId,
                    ...info
                };
            }
            entry.set("digest", deploy.digest);
            entry.delete("newTag");
            if (ownPatch) {
                ownPatch.set("patch", newPatch);
            } else {
                if (!(0, dist.isSeq)(patches)) {
                    doc.set("patches", doc.createNode([]));
                    patches = doc.get("patches");
                }
                patches.add(doc.createNode({
                    target: {
                        kind: select.kind,
                        name
                    },
                    patch: newPatch
                }));
            }
            return {
                text: doc.toString(PRINT),
                changed: true,
                previousImage,
                previousBuildId,
                ...info
            };
        }
        ;
        function commitMessage(target, deploy, previousBuildId) {
            const subject = target.commitMessage ?? `deploy ${deploy.buildId}${target.environment ? ` to ${target.environment}` : ""}`;
            const trailers = [
                `${src.AH.buildId}: ${deploy.buildId}`,
                `${src.AH.gitSha}: ${deploy.gitSha}`,
                `${src.AH.traceId}: ${deploy.traceId}`,
                ...previousBuildId ? [
                    `${src.AH.previousBuildId}: ${previousBuildId}`
                ] : []
            ];
            return `${subject}

Image ${deploy.imageRef}
Build ${deploy.buildId}, commit ${deploy.gitSha}, trace ${deploy.traceId}.

${trailers.join("\n")}
`;
        }
        function edit(file, repoRoot, target, deploy, annotations) {
            const text = (0, external_node_fs_.readFileSync)(file, "utf8");
            const select = {
                kind: target.kind,
                name: target.name,
                container: target.container
            };
            return isKustomization(text) ? editKustomization(text, file, repoRoot, deploy, select, annotations) : editManifest(text, deploy, select, annotations, target.path);
        }
        async function deployToGitops(target, deploy, annotations) {
            if ((0, external_node_path_.isAbsolute)(target.path) || (0, external_node_path_.normalize)(target.path).startsWith("..")) {
                throw new src.j1(`Invalid input 'path': '${target.path}'. Expected a path inside the manifests repository.`);
            }
            const dir = (0, external_node_fs_.mkdtempSync)((0, external_node_path_.join)((0, external_node_os_.tmpdir)(), "goldenthread-gitops-"));
            try {
                const git = await (0, src_git.wK)(target.repository, target.branch, dir, {
                    token: target.token,
                    timeoutMs: target.gitTimeoutMs,
                    author: target.author
                });
                const where = ()=>{
                    const file = (0, src_git._l)(dir, target.path, `Input 'path'`);
                    if (!(0, external_node_fs_.existsSync)(file)) throw new src.j1(`Invalid input 'path': '${target.path}' does not exist on branch '${target.branch}' of ${target.repository}.`);
                    return {
                        file,
                        inRepo: (0, external_node_path_.relative)((0, external_node_fs_.realpathSync)(dir), file)
                    };
                };
                where();
                let result;
                const commitEdit = async ()=>{
                    const { file, inRepo } = where();
                    result = edit(file, dir, target, deploy, annotations);
                    if (!result.changed) return false;
                    (0, external_node_fs_.writeFileSync)(file, result.text);
                    await git.add([
                        "--",
                        inRepo
                    ]);
                    await git.commit(commitMessage(target, deploy, result.previousBuildId));
                    return true;
                };
                if (target.delivery === "pull-request") {
                    const before = (await git.revparse([
                        "HEAD"
                    ])).trim();
                    if (!await commitEdit()) return unchanged(target, deploy, result);
                    const commit = (await git.revparse([
                        "HEAD"
                    ])).trim();
                    if (commit === before) throw new src.Hb(`the edit of '${target.path}' produced no commit; nothing was deployed.`);
                    const pullRequestUrl = await (0, src_git.Hw)(git, {
                        repository: target.repository,
                        token: target.token,
                        base: target.branch,
                        head: `goldenthread/deploy-${deploy.buildId}`,
                        title: `Deploy ${deploy.buildId}${target.environment ? ` to ${target.environment}` : ""}`,
                        body: `Pins \`${deploy.imageRef}\` (build \`${deploy.buildId}\`, commit \`${deploy.gitSha}\`, trace \`${deploy.traceId}\`).

Commit ${commit}.`
                    });
                    return {
                        ...result,
                        commit,
                        pullRequestUrl
                    };
                }
                const commit = await (0, src_git.tk)(git, target.branch, commitEdit);
                return commit ? {
                    ...result,
                    commit
                } : unchanged(target, deploy, result);
            } finally{
                (0, external_node_fs_.rmSync)(dir, {
                    recursive: true,
                    force: true
                });
            }
        }
        function unchanged(target, deploy, result) {
            src.lj.info(`${target.path} already pins ${deploy.imageRef} for build ${deploy.buildId}; no commit.`);
            return result;
        }
    }
};
