import { ANNOTATION, ConfigurationError, ExpectedFailure, POD_ENV, runner } from '@goldenthread/core';
import type { RollbackOutcome } from './outcome.js';
import { isConflict, KINDS, kubeApiError, openKube, type WorkloadKind } from '@goldenthread/core/kube';

const REVISION = { Rollout: 'rollout.argoproj.io/revision', Deployment: 'deployment.kubernetes.io/revision' } as const;
const HASH_LABEL = { Rollout: 'rollouts-pod-template-hash', Deployment: 'pod-template-hash' } as const;
const MAX_ATTEMPTS = 5;
const pointer = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: Array<{ name: string; image?: string; env?: Array<{ name: string; value?: string }> }> };
}
interface Workload {
  metadata: { name: string; uid?: string; resourceVersion?: string; annotations?: Record<string, string> };
  spec?: { selector?: { matchLabels?: Record<string, string> }; template?: PodTemplate };
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
}

export type KubeRollbackResult = RollbackOutcome;

const templateBuild = (t: PodTemplate | undefined) => t?.spec?.containers?.flatMap((c) => c.env ?? []).find((e) => e.name === POD_ENV.buildId)?.value;

/**
 * Roll back one workload, once per build: the marker annotation rolled-back-build-id goes on
 * the object in the same patch as the undo (for abort, right after the status change). A
 * workload already on another build is left alone.
 */
export async function rollbackWorkload(target: KubeRollbackTarget, buildId: string, dryRun: boolean): Promise<KubeRollbackResult> {
  const kind: WorkloadKind = target.action === 'deployment-undo' ? 'Deployment' : 'Rollout';
  const { api, read, jsonPatch, mergePatch } = await openKube(target.kubeconfig);
  const ref = { ...KINDS[kind], namespace: target.namespace, name: target.name };
  const what = `${kind} ${target.namespace}/${target.name}`;
  const markNotified = async () => {
    await api.patchNamespacedCustomObject({ ...ref, body: { metadata: { annotations: { [ANNOTATION.notified]: buildId } } } }, mergePatch).catch((error: unknown) => {
      runner.warning(`Could not mark ${what} as notified (${kubeApiError(error, what, 'patch').message}); a re-run may notify again.`);
    });
  };

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const obj = (await read(ref, what)) as Workload;
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
    if (dryRun) return { taken: 'none', previousBuildId, alreadyNotified, markNotified, message: `dry run: would ${target.action} ${what} (build ${buildId}).` };

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
    } catch (error) {
      if (isConflict(error) && attempt < MAX_ATTEMPTS) {
        runner.info(`${what} changed while we rolled it back (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        continue;
      }
      if (error instanceof ExpectedFailure) throw error;
      throw kubeApiError(error, what, 'patch');
    }
  }
  throw new ExpectedFailure(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}

async function previousTemplate(api: Awaited<ReturnType<typeof openKube>>['api'], kind: WorkloadKind, obj: Workload, namespace: string): Promise<{ template: PodTemplate; revision: number }> {
  const selector = Object.entries(obj.spec?.selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');
  const list = (await api.listNamespacedCustomObject({ ...KINDS.ReplicaSet, namespace, labelSelector: selector })) as { items: ReplicaSet[] };
  const owned = list.items
    .filter((rs) => rs.metadata.ownerReferences?.some((o) => o.controller && o.uid === obj.metadata.uid))
    .map((rs) => ({ rs, revision: Number(rs.metadata.annotations?.[REVISION[kind]] ?? 0) }))
    .sort((a, b) => b.revision - a.revision);
  if (owned.length < 2) throw new ConfigurationError(`${kind} ${namespace}/${obj.metadata.name} has no previous revision to go back to (${owned.length} ReplicaSet(s) it owns).`);
  const template = structuredClone(owned[1].rs.spec?.template ?? {});
  if (template.metadata?.labels) delete template.metadata.labels[HASH_LABEL[kind]];
  return { template, revision: owned[1].revision };
}
