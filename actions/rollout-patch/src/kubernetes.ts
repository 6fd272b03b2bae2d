import { ANNOTATION, ConfigurationError, POD_ENV, runner } from '@goldenthread/core';
import {
  isConflict,
  KINDS,
  openKube,
  retryOnConflict,
  type EnvVar,
  type Workload,
  type WorkloadKind
} from '@goldenthread/core/kube';
import { deployPatch, pointerToken, type PatchOp } from './json-patch.js';
import { alreadyDeployed, desiredEnv, type DeployTarget } from './target.js';

export type Kind = WorkloadKind;

export interface KubeTarget {
  kind: Kind;
  name: string;
  namespace: string;
  container?: string;
  /** Kubeconfig file content or path; default: KUBECONFIG, ~/.kube/config, or in-cluster. */
  kubeconfig?: string;
  /** Deadline of each API request (input kube-timeout). */
  timeoutMs: number;
}

export type { Workload };

export interface DeployResult {
  changed: boolean;
  revision?: string;
  previousImage?: string;
  previousBuildId?: string;
  object: Workload;
}

/** The container to pin: the named one, else the first; a clear error when it is not there. */
export function pickContainer(obj: Workload, wanted: string | undefined, what: string): number {
  const containers = obj.spec?.template?.spec?.containers ?? [];
  if (containers.length === 0)
    throw new ConfigurationError(`${what} has no containers in spec.template.spec.containers.`);
  if (!wanted) return 0;
  const index = containers.findIndex((c) => c.name === wanted);
  if (index < 0) {
    throw new ConfigurationError(
      `Invalid input 'container': ${what} has no container '${wanted}'. Its containers: ${containers.map((c) => c.name).join(', ')}.`
    );
  }
  return index;
}

/**
 * The build and image serving now. After `argo-abort` the spec still names the aborted build
 * (rolled-back-build-id equals build-id) while the stable ReplicaSet serves the previous one;
 * after an undo the annotations were restored with the template, so they name what serves.
 */
export function serving(
  annotations: Record<string, string> | undefined,
  container: { image?: string; env?: EnvVar[] }
): { build?: string; image?: string } {
  const fromEnv = container.env?.find((e) => e.name === POD_ENV.buildId)?.value;
  const build = annotations?.[ANNOTATION.buildId] ?? fromEnv;
  if (build && annotations?.[ANNOTATION.rolledBack] === build) {
    return { build: annotations[ANNOTATION.previousBuildId], image: annotations[ANNOTATION.previousImage] };
  }
  return { build, image: container.image };
}

/** Set annotations one by one (others kept), after the resourceVersion precondition. */
function annotate(obj: Workload, annotations: Record<string, string>): PatchOp[] {
  const ops: PatchOp[] = [{ op: 'replace', path: '/metadata/resourceVersion', value: obj.metadata.resourceVersion }];
  if (!obj.metadata.annotations) return [...ops, { op: 'add', path: '/metadata/annotations', value: annotations }];
  const path = (key: string) => `/metadata/annotations/${pointerToken(key)}`;
  return [...ops, ...Object.entries(annotations).map(([k, v]) => ({ op: 'add' as const, path: path(k), value: v }))];
}

/**
 * Read the object, work out the one patch, send it; on 409 read again and recompute
 * (retryOnConflict). A Rollout with spec.workloadRef takes its pod template from the referenced
 * Deployment (argo-rollouts docs/migrating.md, "Reference Deployment From Rollout"): the image
 * and env go there, the annotations on the Rollout — two patches, template first, so the
 * Rollout's annotations never name a build its template does not run.
 */
export async function deployToKubernetes(
  target: KubeTarget,
  deploy: DeployTarget,
  annotations: Record<string, string>
): Promise<DeployResult> {
  const { read, patch, fail } = await openKube(target.kubeconfig, target.timeoutMs);
  const ref = { ...KINDS[target.kind], namespace: target.namespace, name: target.name };
  const what = `${target.kind} ${target.namespace}/${target.name}`;

  // What served before our first attempt: a retry after our own template patch must not see it.
  let before: ReturnType<typeof serving> | undefined;
  return retryOnConflict(what, 'patched it', async () => {
    const obj = await read(ref, what);
    const workloadRef = target.kind === 'Rollout' ? obj.spec?.workloadRef : undefined;
    if (workloadRef && workloadRef.kind !== 'Deployment') {
      throw new ConfigurationError(
        `${what} takes its pod template from a ${workloadRef.kind ?? 'workload'} (spec.workloadRef); ` +
          "rollout-patch can pin only a Rollout's own template or a referenced Deployment's."
      );
    }
    const holderRef = workloadRef ? { ...KINDS.Deployment, namespace: target.namespace, name: workloadRef.name! } : ref;
    const holderWhat = workloadRef
      ? `Deployment ${target.namespace}/${workloadRef.name} (the workloadRef of ${what})`
      : what;
    const holder = workloadRef ? await read(holderRef, holderWhat) : obj;
    const index = pickContainer(holder, target.container, holderWhat);
    const container = holder.spec!.template!.spec!.containers![index];
    const env = desiredEnv(container.env, deploy, container.name);
    const templateDone = alreadyDeployed(container.image, container.env, env, deploy.imageRef);
    const current = obj.metadata.annotations ?? {};
    const now = (before ??= serving(obj.metadata.annotations, container));

    if (templateDone && current[ANNOTATION.buildId] === deploy.buildId) {
      runner.info(`${what} already runs ${deploy.imageRef} with build ${deploy.buildId}; nothing to patch.`);
      return {
        changed: false,
        revision: obj.metadata.resourceVersion,
        previousImage: current[ANNOTATION.previousImage],
        previousBuildId: current[ANNOTATION.previousBuildId],
        object: obj
      };
    }
    const ours = {
      ...annotations,
      ...(now.build ? { [ANNOTATION.previousBuildId]: now.build } : {}),
      ...(now.image ? { [ANNOTATION.previousImage]: now.image } : {})
    };
    const changed = (patched: Workload): DeployResult => ({
      changed: true,
      revision: patched.metadata?.resourceVersion,
      previousImage: now.image,
      previousBuildId: now.build,
      object: patched
    });
    try {
      if (!workloadRef) {
        return changed((await patch(ref, deployPatch(obj, index, deploy.imageRef, env, ours), 'json')) as Workload);
      }
      if (!templateDone) await patch(holderRef, deployPatch(holder, index, deploy.imageRef, env, {}), 'json');
      return changed((await patch(ref, annotate(obj, ours), 'json')) as Workload);
    } catch (error) {
      if (isConflict(error)) throw error;
      throw fail(error, what, 'patch');
    }
  });
}
