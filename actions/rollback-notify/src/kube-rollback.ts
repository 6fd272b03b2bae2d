import { ConfigurationError, ExpectedFailure, runner } from '@goldenthread/core';
import { isConflict, isNotFound, KINDS, openKube, type WorkloadKind } from '@goldenthread/core/kube';

/** Annotations rollout-patch writes, and the markers this step adds. */
export const ANNOTATION = {
  buildId: 'goldenthread.dev/build-id',
  gitSha: 'goldenthread.dev/git-sha',
  traceId: 'goldenthread.dev/trace-id',
  previousBuildId: 'goldenthread.dev/previous-build-id',
  previousImage: 'goldenthread.dev/previous-image',
  /** The build this target was rolled back from (abort or undo). */
  rolledBack: 'goldenthread.dev/rolled-back-build-id',
  /** The claim on telling people about that build: written before posting, once. */
  notified: 'goldenthread.dev/notified-build-id'
} as const;
/** What rollout-patch writes per deploy: an undo puts the revision's values back. */
const DEPLOY_KEYS = [ANNOTATION.buildId, ANNOTATION.gitSha, ANNOTATION.traceId, ANNOTATION.previousBuildId, ANNOTATION.previousImage];

const REVISION = { Rollout: 'rollout.argoproj.io/revision', Deployment: 'deployment.kubernetes.io/revision' } as const;
const HASH_LABEL = { Rollout: 'rollouts-pod-template-hash', Deployment: 'pod-template-hash' } as const;
/** kubernetes/kubectl pkg/polymorphichelpers/rollback.go annotationsToSkip: kept from the Deployment. */
const KUBECTL_SKIP = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
  'deployment.kubernetes.io/revision-history',
  'deployment.kubernetes.io/desired-replicas',
  'deployment.kubernetes.io/max-replicas',
  'deprecated.deployment.rollback.to'
];
const MAX_ATTEMPTS = 5;
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: Array<{ name: string; image?: string; env?: Array<{ name: string; value?: string }> }> };
}
interface Workload {
  metadata: { name: string; uid?: string; resourceVersion?: string; annotations?: Record<string, string> };
  spec?: { paused?: boolean; selector?: { matchLabels?: Record<string, string> }; template?: PodTemplate; workloadRef?: { kind?: string; name?: string } };
}
interface ReplicaSet {
  metadata: { name: string; annotations?: Record<string, string>; ownerReferences?: Array<{ uid: string; controller?: boolean }> };
  spec?: { template?: PodTemplate };
}

export interface KubeRollbackTarget {
  action: 'argo-abort' | 'argo-undo' | 'deployment-undo';
  namespace: string;
  name: string;
  kubeconfig?: string;
  /** Deadline of each API request (input kube-timeout). */
  timeoutMs: number;
}

export interface KubeRollbackResult {
  taken: 'abort' | 'undo' | 'none';
  previousBuildId?: string;
  /** True when this run must post nothing: another run holds the notification claim. */
  alreadyNotified: boolean;
  message: string;
  /** The claim is written before posting; nothing is left to mark afterwards. */
  markNotified: () => Promise<void>;
  /** Slack did not hear it: drop our claim, so a re-run may tell people. */
  releaseClaim: () => Promise<void>;
}

const templateBuild = (t: PodTemplate | undefined) => t?.spec?.containers?.flatMap((c) => c.env ?? []).find((e) => e.name === 'GOLDENTHREAD_BUILD_ID')?.value;
const withoutHash = (t: PodTemplate | undefined, label: string): PodTemplate => {
  const copy = structuredClone(t ?? {});
  if (copy.metadata?.labels) delete copy.metadata.labels[label];
  return copy;
};

/**
 * Roll back one workload, and claim the notification, once per (target, build), even when
 * several runs race:
 * - undo: one JSON patch carrying the resourceVersion read (a precondition: 409 if anyone wrote
 *   meanwhile) replaces the template and the annotations and adds both markers. Exactly one
 *   racing run wins; the others re-read, find the markers, and post nothing.
 * - abort: status.abort first (it cannot carry annotations: the status subresource ignores
 *   metadata), then the markers in a patch with the resourceVersion precondition. A marker that
 *   cannot be written is a warning: the abort stands and is reported as done.
 * A target already on another build is left alone.
 */
export async function rollbackWorkload(target: KubeRollbackTarget, buildId: string, dryRun: boolean): Promise<KubeRollbackResult> {
  const kind: WorkloadKind = target.action === 'deployment-undo' ? 'Deployment' : 'Rollout';
  const kube = await openKube(target.kubeconfig, target.timeoutMs);
  const { api, read, jsonPatch, fail } = kube;
  const ref = { ...KINDS[kind], namespace: target.namespace, name: target.name };
  const what = `${kind} ${target.namespace}/${target.name}`;
  const done = (result: Omit<KubeRollbackResult, 'markNotified' | 'releaseClaim'>, claimed = false): KubeRollbackResult => ({
    ...result,
    markNotified: async () => {},
    releaseClaim: claimed ? releaseClaim : async () => {}
  });
  async function releaseClaim(): Promise<void> {
    const path = `/metadata/annotations/${pointer(ANNOTATION.notified)}`;
    await api.patchNamespacedCustomObject({ ...ref, body: [{ op: 'test', path, value: buildId }, { op: 'remove', path }] }, jsonPatch).then(
      () => runner.info(`Released the notification claim on ${what}, so a re-run can tell people.`),
      (error: unknown) => runner.warning(`Could not release the notification claim on ${what} (${fail(error, what, 'patch').message}); a re-run will not post.`)
    );
  }
  /** Create-if-absent: both markers, only if the object is still the version we read. */
  const claimPatch = (obj: Workload, annotations: Record<string, string>) => [
    { op: 'replace', path: '/metadata/resourceVersion', value: obj.metadata.resourceVersion },
    { op: 'add', path: '/metadata/annotations', value: { ...annotations, [ANNOTATION.rolledBack]: buildId, [ANNOTATION.notified]: buildId } }
  ];

  let aborted = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const obj = (await read(ref, what)) as Workload;
    const annotations = obj.metadata.annotations ?? {};
    const previousBuildId = annotations[ANNOTATION.previousBuildId];
    if (annotations[ANNOTATION.rolledBack] === buildId) {
      const servingBuild = target.action === 'argo-abort' || annotations[ANNOTATION.buildId] === buildId ? previousBuildId : annotations[ANNOTATION.buildId];
      if (annotations[ANNOTATION.notified] === buildId) {
        const by = aborted ? 'another run (it holds the notification claim; our abort was a repeat)' : 'an earlier or concurrent run';
        return done({ taken: 'none', previousBuildId: servingBuild, alreadyNotified: true, message: `${what} was already rolled back from build ${buildId} by ${by}, and people were told; nothing to do, nothing posted.` });
      }
      if (dryRun) return done({ taken: 'none', previousBuildId: servingBuild, alreadyNotified: false, message: `dry run: ${what} was already rolled back from build ${buildId}; would tell people.` });
      // Rolled back, but nobody could tell people (Slack failed then): claim it and tell them now.
      try {
        await api.patchNamespacedCustomObject({ ...ref, body: claimPatch(obj, annotations) }, jsonPatch);
      } catch (error) {
        if (isConflict(error) && attempt < MAX_ATTEMPTS) continue;
        throw fail(error, what, 'patch');
      }
      return done({ taken: 'none', previousBuildId: servingBuild, alreadyNotified: false, message: `${what} was already rolled back from build ${buildId} by an earlier run that could not tell people; telling them now.` }, true);
    }
    const current = annotations[ANNOTATION.buildId] ?? templateBuild(obj.spec?.template);
    if (current !== buildId) {
      return done({ taken: 'none', previousBuildId: current, alreadyNotified: true, message: `${what} runs build ${current ?? 'unknown'}, not ${buildId}; left alone.` });
    }
    if (dryRun) return done({ taken: 'none', previousBuildId, alreadyNotified: false, message: `dry run: would ${target.action} ${what} (build ${buildId}).` });

    try {
      if (target.action === 'argo-abort') {
        const abortedObj = aborted ? obj : await abort(kube, ref, what);
        aborted = true;
        if (abortedObj.metadata.annotations?.[ANNOTATION.notified] === buildId) continue; // another run claimed it meanwhile
        const message = `aborted ${what}: traffic back on the stable ReplicaSet (build ${previousBuildId ?? 'unknown'}).`;
        try {
          await api.patchNamespacedCustomObject({ ...ref, body: claimPatch(abortedObj, abortedObj.metadata.annotations ?? {}) }, jsonPatch);
        } catch (error) {
          if (isConflict(error) && attempt < MAX_ATTEMPTS) {
            runner.info(`${what} changed after the abort (409 Conflict); reading it again to write the marker (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
            continue;
          }
          runner.warning(`${what} is aborted, but its rollback marker could not be written (${fail(error, what, 'patch').message}); a re-run may abort and notify again.`);
          return done({ taken: 'abort', previousBuildId, alreadyNotified: false, message });
        }
        return done({ taken: 'abort', previousBuildId, alreadyNotified: false, message }, true);
      }
      const undo = await undoPatch(kube, kind, obj, target.namespace, what);
      const restored = restoreAnnotations(kind, annotations, undo.annotations, undo.template);
      const undoneBuild = restored[ANNOTATION.buildId] ?? previousBuildId;
      if (undo.holder) {
        // workloadRef: the claim (annotations and markers) on the Rollout first, then the
        // template on the referenced Deployment, as `kubectl argo rollouts undo` patches it.
        await api.patchNamespacedCustomObject({ ...ref, body: claimPatch(obj, restored) }, jsonPatch);
        try {
          await api.patchNamespacedCustomObject({ ...undo.holder.ref, body: [{ op: 'replace', path: '/spec/template', value: undo.template }] }, jsonPatch);
        } catch (error) {
          const reason = fail(error, undo.holder.what, 'patch');
          await api.patchNamespacedCustomObject({ ...ref, body: [{ op: 'add', path: '/metadata/annotations', value: annotations }] }, jsonPatch).catch(() => undefined);
          throw reason;
        }
      } else {
        const body = [{ op: 'replace', path: '/spec/template', value: undo.template }, ...claimPatch(obj, restored)];
        await api.patchNamespacedCustomObject({ ...ref, body }, jsonPatch);
      }
      return done({ taken: 'undo', previousBuildId: undoneBuild, alreadyNotified: false, message: `undid ${what} to revision ${undo.revision} (build ${undoneBuild ?? 'unknown'}).` }, true);
    } catch (error) {
      if (isConflict(error) && attempt < MAX_ATTEMPTS) {
        runner.info(`${what} changed while we rolled it back (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        continue;
      }
      if (error instanceof ExpectedFailure || error instanceof ConfigurationError) throw error;
      throw fail(error, what, 'patch');
    }
  }
  throw new ExpectedFailure(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}

type Kube = Awaited<ReturnType<typeof openKube>>;
type Ref = { group: string; version: string; plural: string; namespace: string; name: string };

/**
 * `kubectl argo rollouts abort` (argo-rollouts pkg/kubectl-argo-rollouts/cmd/abort/abort.go):
 * merge-patch {"status":{"abort":true}} through the status subresource, and on 404 (a CRD
 * without the subresource) the same patch on the Rollout itself.
 */
async function abort(kube: Kube, ref: Ref, what: string): Promise<Workload> {
  const body = { status: { abort: true } };
  try {
    return (await kube.api.patchNamespacedCustomObjectStatus({ ...ref, body }, kube.mergePatch)) as Workload;
  } catch (error) {
    if (!isNotFound(error)) throw kube.fail(error, `${what} (status subresource)`, 'patch');
    runner.info(`${what} has no status subresource (404); aborting through the object, as kubectl argo rollouts abort does.`);
    return (await kube.api.patchNamespacedCustomObject({ ...ref, body }, kube.mergePatch)) as Workload;
  }
}

/**
 * The previous revision, as `kubectl rollout undo` (kubectl pkg/polymorphichelpers/rollback.go)
 * and `kubectl argo rollouts undo` (argo-rollouts pkg/kubectl-argo-rollouts/cmd/undo/undo.go)
 * find it: the ReplicaSets the workload controls, by their revision annotation; the second
 * newest; its template without the hash label. A workloadRef Rollout's template lives in the
 * referenced Deployment, which is where it goes back.
 */
async function undoPatch(kube: Kube, kind: WorkloadKind, obj: Workload, namespace: string, what: string) {
  if (kind === 'Deployment' && obj.spec?.paused) {
    // kubectl refuses the same: the controller would not act on the restored template.
    throw new ConfigurationError(`${what} is paused; resume it first (kubectl rollout resume), then run rollback-notify again.`);
  }
  const workloadRef = kind === 'Rollout' ? obj.spec?.workloadRef : undefined;
  if (workloadRef && workloadRef.kind !== 'Deployment') {
    throw new ConfigurationError(`${what} takes its pod template from a ${workloadRef.kind ?? 'workload'} (spec.workloadRef); argo-undo can restore only a Rollout's own template or a referenced Deployment's.`);
  }
  const selector = Object.entries(obj.spec?.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  let list: { items: ReplicaSet[] };
  try {
    list = (await kube.api.listNamespacedCustomObject({ ...KINDS.ReplicaSet, namespace, labelSelector: selector }, kube.plain)) as { items: ReplicaSet[] };
  } catch (error) {
    throw kube.fail(error, `the ReplicaSets of ${what}`, 'list');
  }
  const owned = list.items
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === obj.metadata.uid))
    .map((rs) => ({ rs, revision: Number(rs.metadata.annotations?.[REVISION[kind]] ?? 0) }))
    .sort((a, b) => b.revision - a.revision);
  if (owned.length < 2) throw new ConfigurationError(`${what} has no previous revision to go back to (${owned.length} ReplicaSet(s) it owns).`);
  const previous = owned[1];
  const template = withoutHash(previous.rs.spec?.template, HASH_LABEL[kind]);
  const holder = workloadRef
    ? { ref: { ...KINDS.Deployment, namespace, name: workloadRef.name! }, what: `Deployment ${namespace}/${workloadRef.name} (the workloadRef of ${what})` }
    : undefined;
  return { template, revision: previous.revision, annotations: previous.rs.metadata.annotations ?? {}, holder };
}

/**
 * The annotations after the undo, so that goldenthread.dev/* names what serves:
 * - Deployment: exactly what `kubectl rollout undo` writes — the controller's own annotations
 *   kept from the Deployment, everything else from the ReplicaSet of that revision.
 * - Rollout: `kubectl argo rollouts undo` leaves annotations alone; we keep them and put back
 *   only rollout-patch's goldenthread.dev/* values from that ReplicaSet (the Rollout controller
 *   copied them there, utils/annotations copyRolloutAnnotationsToReplicaSet).
 * A revision deployed without goldenthread has no build-id annotation: its template's
 * GOLDENTHREAD_BUILD_ID, if any, names it. The markers are added by the caller.
 */
export function restoreAnnotations(kind: WorkloadKind, current: Record<string, string>, revision: Record<string, string>, template: PodTemplate): Record<string, string> {
  const out: Record<string, string> = {};
  if (kind === 'Deployment') {
    for (const key of KUBECTL_SKIP) if (current[key] !== undefined) out[key] = current[key];
    for (const [key, value] of Object.entries(revision)) if (!KUBECTL_SKIP.includes(key)) out[key] = value;
  } else {
    for (const [key, value] of Object.entries(current)) if (!(DEPLOY_KEYS as string[]).includes(key)) out[key] = value;
    for (const key of DEPLOY_KEYS) if (revision[key] !== undefined) out[key] = revision[key];
  }
  const build = revision[ANNOTATION.buildId] ?? templateBuild(template);
  if (build) out[ANNOTATION.buildId] = build;
  else delete out[ANNOTATION.buildId];
  return out;
}
