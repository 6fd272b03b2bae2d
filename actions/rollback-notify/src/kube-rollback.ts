import { ANNOTATION, ConfigurationError, ExpectedFailure, POD_ENV, runner } from '@goldenthread/core';
import {
  isConflict,
  isNotFound,
  KINDS,
  openKube,
  READ_AGAIN,
  retryOnConflict,
  type Kube,
  type KubeRef,
  type PodTemplate,
  type Workload,
  type WorkloadKind
} from '@goldenthread/core/kube';
import type { RollbackOutcome } from './outcome.js';

/** What rollout-patch writes per deploy: an undo puts the revision's values back. */
const DEPLOY_KEYS: string[] = [
  ANNOTATION.buildId,
  ANNOTATION.gitSha,
  ANNOTATION.traceId,
  ANNOTATION.previousBuildId,
  ANNOTATION.previousImage
];

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
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export interface KubeRollbackTarget {
  action: 'argo-abort' | 'argo-undo' | 'deployment-undo';
  namespace: string;
  name: string;
  kubeconfig?: string;
  /** Deadline of each API request (input kube-timeout). */
  timeoutMs: number;
}

/** The notification is claimed before posting: a run that holds the claim can give it back. */
export type KubeRollbackResult = RollbackOutcome & {
  taken: 'abort' | 'undo' | 'none';
  releaseClaim: () => Promise<void>;
};

const templateBuild = (t: PodTemplate | undefined) =>
  t?.spec?.containers?.flatMap((c) => c.env ?? []).find((e) => e.name === POD_ENV.buildId)?.value;
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
export async function rollbackWorkload(
  target: KubeRollbackTarget,
  buildId: string,
  dryRun: boolean
): Promise<KubeRollbackResult> {
  const kind: WorkloadKind = target.action === 'deployment-undo' ? 'Deployment' : 'Rollout';
  const kube = await openKube(target.kubeconfig, target.timeoutMs);
  const { read, fail } = kube;
  const ref = { ...KINDS[kind], namespace: target.namespace, name: target.name };
  const what = `${kind} ${target.namespace}/${target.name}`;
  const patch = async (body: unknown[], at: KubeRef = ref) => (await kube.patch(at, body, 'json')) as Workload;

  async function releaseClaim(): Promise<void> {
    const path = `/metadata/annotations/${pointer(ANNOTATION.notified)}`;
    try {
      await patch([
        { op: 'test', path, value: buildId },
        { op: 'remove', path }
      ]);
      runner.info(`Released the notification claim on ${what}, so a re-run can tell people.`);
    } catch (error) {
      const why = fail(error, what, 'patch').message;
      runner.warning(`Could not release the notification claim on ${what} (${why}); a re-run will not post.`);
    }
  }
  type Facts = Pick<KubeRollbackResult, 'taken' | 'previousBuildId' | 'alreadyNotified' | 'message'>;
  /** The result; `claimed` when this run holds the notification claim (it posts, or releases it). */
  const result = (facts: Facts, claimed = false): KubeRollbackResult => ({
    ...facts,
    markNotified: async () => {},
    releaseClaim: claimed ? releaseClaim : async () => {}
  });
  const silent = (previousBuildId: string | undefined, message: string) =>
    result({ taken: 'none', previousBuildId, alreadyNotified: true, message });
  /** Create-if-absent: both markers, only if the object is still the version we read. */
  const claim = (obj: Workload, annotations: Record<string, string>) => [
    { op: 'replace', path: '/metadata/resourceVersion', value: obj.metadata.resourceVersion },
    {
      op: 'add',
      path: '/metadata/annotations',
      value: { ...annotations, [ANNOTATION.rolledBack]: buildId, [ANNOTATION.notified]: buildId }
    }
  ];

  let aborted = false; // by this run, in an earlier attempt
  return retryOnConflict(what, 'rolled it back', async (attempt, last) => {
    const obj = await read(ref, what);
    const annotations = obj.metadata.annotations ?? {};
    const previousBuildId = annotations[ANNOTATION.previousBuildId];

    if (annotations[ANNOTATION.rolledBack] === buildId) {
      const stillNamed = target.action === 'argo-abort' || annotations[ANNOTATION.buildId] === buildId;
      const serving = stillNamed ? previousBuildId : annotations[ANNOTATION.buildId];
      if (annotations[ANNOTATION.notified] === buildId) {
        const by = aborted
          ? 'another run (it holds the notification claim; our abort was a repeat)'
          : 'an earlier or concurrent run';
        const told = 'and people were told; nothing to do, nothing posted.';
        return silent(serving, `${what} was already rolled back from build ${buildId} by ${by}, ${told}`);
      }
      const earlier = 'by an earlier run that could not tell people';
      const message = `${what} was already rolled back from build ${buildId} ${earlier}`;
      const unnotified = { taken: 'none' as const, previousBuildId: serving, alreadyNotified: false };
      if (dryRun) return result({ ...unnotified, message: `dry run: ${message}; would tell them.` });
      try {
        await patch(claim(obj, annotations));
      } catch (error) {
        if (isConflict(error)) throw error;
        throw fail(error, what, 'patch');
      }
      return result({ ...unnotified, message: `${message}; telling them now.` }, true);
    }
    const current = annotations[ANNOTATION.buildId] ?? templateBuild(obj.spec?.template);
    if (current !== buildId) {
      return silent(current, `${what} runs build ${current ?? 'unknown'}, not ${buildId}; left alone.`);
    }
    if (dryRun) {
      const message = `dry run: would ${target.action} ${what} (build ${buildId}).`;
      return result({ taken: 'none', previousBuildId, alreadyNotified: false, message });
    }

    try {
      if (target.action === 'argo-abort') {
        const abortedObj = aborted ? obj : await abort(kube, ref, what);
        aborted = true;
        // Claimed by another run meanwhile: read again, find it, post nothing.
        if (abortedObj.metadata.annotations?.[ANNOTATION.notified] === buildId) return READ_AGAIN;
        const done = { taken: 'abort' as const, previousBuildId, alreadyNotified: false };
        const stable = previousBuildId ?? 'unknown';
        const message = `aborted ${what}: traffic back on the stable ReplicaSet (build ${stable}).`;
        try {
          await patch(claim(abortedObj, abortedObj.metadata.annotations ?? {}));
        } catch (error) {
          if (isConflict(error) && !last) {
            runner.info(
              `${what} changed after the abort (409 Conflict); reading it again for the marker (attempt ${attempt + 1}).`
            );
            return READ_AGAIN;
          }
          const why = fail(error, what, 'patch').message;
          runner.warning(
            `${what} is aborted, but its rollback marker could not be written (${why}); a re-run may abort and notify again.`
          );
          return result({ ...done, message });
        }
        return result({ ...done, message }, true);
      }

      const undo = await previousRevision(kube, kind, obj, target.namespace, what);
      const restored = restoreAnnotations(kind, annotations, undo.annotations, undo.template);
      const template = { op: 'replace', path: '/spec/template', value: undo.template };
      if (undo.holder) {
        // workloadRef: the claim (annotations and markers) on the Rollout first, then the
        // template on the referenced Deployment, where `kubectl argo rollouts undo` puts it.
        await patch(claim(obj, restored));
        try {
          await patch([template], undo.holder.ref);
        } catch (error) {
          await patch([{ op: 'add', path: '/metadata/annotations', value: annotations }]).catch(() => undefined);
          throw fail(error, undo.holder.what, 'patch');
        }
      } else {
        await patch([template, ...claim(obj, restored)]);
      }
      const undone = restored[ANNOTATION.buildId] ?? previousBuildId;
      const message = `undid ${what} to revision ${undo.revision} (build ${undone ?? 'unknown'}).`;
      return result({ taken: 'undo', previousBuildId: undone, alreadyNotified: false, message }, true);
    } catch (error) {
      if (isConflict(error) || error instanceof ExpectedFailure || error instanceof ConfigurationError) throw error;
      throw fail(error, what, 'patch');
    }
  });
}

/**
 * `kubectl argo rollouts abort` (argo-rollouts pkg/kubectl-argo-rollouts/cmd/abort/abort.go):
 * merge-patch {"status":{"abort":true}} through the status subresource, and on 404 (a CRD
 * without the subresource) the same patch on the Rollout itself.
 */
async function abort(kube: Kube, ref: KubeRef, what: string): Promise<Workload> {
  const body = { status: { abort: true } };
  try {
    return (await kube.patch(ref, body, 'merge', 'status')) as Workload;
  } catch (error) {
    if (!isNotFound(error)) throw kube.fail(error, `${what} (status subresource)`, 'patch');
    runner.info(`${what} has no status subresource (404); aborting through the object, as the kubectl plugin does.`);
    return (await kube.patch(ref, body, 'merge')) as Workload;
  }
}

/**
 * The previous revision, as `kubectl rollout undo` (kubectl pkg/polymorphichelpers/rollback.go)
 * and `kubectl argo rollouts undo` (argo-rollouts pkg/kubectl-argo-rollouts/cmd/undo/undo.go)
 * find it: the ReplicaSets the workload controls, by their revision annotation; the second
 * newest; its template without the hash label. A workloadRef Rollout's template lives in the
 * referenced Deployment, which is where it goes back.
 */
async function previousRevision(kube: Kube, kind: WorkloadKind, obj: Workload, namespace: string, what: string) {
  if (kind === 'Deployment' && obj.spec?.paused) {
    // kubectl refuses the same: the controller would not act on the restored template.
    throw new ConfigurationError(
      `${what} is paused; resume it first (kubectl rollout resume), then run rollback-notify again.`
    );
  }
  const workloadRef = kind === 'Rollout' ? obj.spec?.workloadRef : undefined;
  if (workloadRef && workloadRef.kind !== 'Deployment') {
    throw new ConfigurationError(
      `${what} takes its pod template from a ${workloadRef.kind ?? 'workload'} (spec.workloadRef); ` +
        "argo-undo can restore only a Rollout's own template or a referenced Deployment's."
    );
  }
  const selector = Object.entries(obj.spec?.selector?.matchLabels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  let list: { items: Workload[] };
  try {
    list = (await kube.list({ ...KINDS.ReplicaSet, namespace }, selector)) as { items: Workload[] };
  } catch (error) {
    throw kube.fail(error, `the ReplicaSets of ${what}`, 'list');
  }
  const owned = list.items
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === obj.metadata.uid))
    .map((rs) => ({ rs, revision: Number(rs.metadata.annotations?.[REVISION[kind]] ?? 0) }))
    .sort((a, b) => b.revision - a.revision);
  if (owned.length < 2) {
    throw new ConfigurationError(
      `${what} has no previous revision to go back to (${owned.length} ReplicaSet(s) it owns).`
    );
  }
  const previous = owned[1];
  const template = withoutHash(previous.rs.spec?.template, HASH_LABEL[kind]);
  const holder = workloadRef
    ? {
        ref: { ...KINDS.Deployment, namespace, name: workloadRef.name! },
        what: `Deployment ${namespace}/${workloadRef.name} (the workloadRef of ${what})`
      }
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
export function restoreAnnotations(
  kind: WorkloadKind,
  current: Record<string, string>,
  revision: Record<string, string>,
  template: PodTemplate
): Record<string, string> {
  const out: Record<string, string> = {};
  if (kind === 'Deployment') {
    for (const key of KUBECTL_SKIP) if (current[key] !== undefined) out[key] = current[key];
    for (const [key, value] of Object.entries(revision)) if (!KUBECTL_SKIP.includes(key)) out[key] = value;
  } else {
    for (const [key, value] of Object.entries(current)) if (!DEPLOY_KEYS.includes(key)) out[key] = value;
    for (const key of DEPLOY_KEYS) if (revision[key] !== undefined) out[key] = revision[key];
  }
  const build = revision[ANNOTATION.buildId] ?? templateBuild(template);
  if (build) out[ANNOTATION.buildId] = build;
  else delete out[ANNOTATION.buildId];
  return out;
}
