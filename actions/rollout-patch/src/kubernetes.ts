import { ANNOTATION, ConfigurationError, ExpectedFailure, POD_ENV, runner } from '@goldenthread/core';
import { isConflict, KINDS, kubeApiError, openKube, type WorkloadKind } from '@goldenthread/core/kube';
import { deployPatch } from './json-patch.js';
import { alreadyDeployed, desiredEnv, type DeployTarget, type EnvVar } from './target.js';

export type Kind = WorkloadKind;

export interface KubeTarget {
  kind: Kind;
  name: string;
  namespace: string;
  container?: string;
  /** Kubeconfig file content or path; default: KUBECONFIG, ~/.kube/config, or in-cluster. */
  kubeconfig?: string;
}

export interface Workload {
  metadata: { name: string; namespace?: string; resourceVersion?: string; generation?: number; annotations?: Record<string, string> };
  spec?: {
    replicas?: number;
    strategy?: Record<string, unknown>;
    template?: { spec?: { containers?: Array<{ name: string; image?: string; env?: EnvVar[] }> } };
  };
}

export interface DeployResult {
  changed: boolean;
  revision?: string;
  previousImage?: string;
  previousBuildId?: string;
  object: Workload;
}

const MAX_ATTEMPTS = 5;

/** The container to pin: the named one, else the first; a clear error when it is not there. */
export function pickContainer(obj: Workload, wanted: string | undefined, what: string): number {
  const containers = obj.spec?.template?.spec?.containers ?? [];
  if (containers.length === 0) throw new ConfigurationError(`${what} has no containers in spec.template.spec.containers.`);
  if (!wanted) return 0;
  const index = containers.findIndex((c) => c.name === wanted);
  if (index < 0) {
    throw new ConfigurationError(`Invalid input 'container': ${what} has no container '${wanted}'. Its containers: ${containers.map((c) => c.name).join(', ')}.`);
  }
  return index;
}

/**
 * Read the object, work out the one patch, send it; on 409 read again and recompute, up to
 * five times.
 */
export async function deployToKubernetes(target: KubeTarget, deploy: DeployTarget, annotations: Record<string, string>): Promise<DeployResult> {
  const { api, read, jsonPatch } = await openKube(target.kubeconfig);
  const ref = { ...KINDS[target.kind], namespace: target.namespace, name: target.name };
  const what = `${target.kind} ${target.namespace}/${target.name}`;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const obj = (await read(ref, what)) as Workload;
    const index = pickContainer(obj, target.container, what);
    const container = obj.spec!.template!.spec!.containers![index];
    const env = desiredEnv(container.env, deploy, container.name);
    const previousImage = container.image;
    const deployedBuild = obj.metadata.annotations?.[ANNOTATION.buildId] ?? container.env?.find((e) => e.name === POD_ENV.buildId)?.value;

    if (alreadyDeployed(container.image, container.env, env, deploy.imageRef)) {
      runner.info(`${what} already runs ${deploy.imageRef} with build ${deploy.buildId}; nothing to patch.`);
      return { changed: false, revision: obj.metadata.resourceVersion, previousImage: obj.metadata.annotations?.[ANNOTATION.previousImage], previousBuildId: obj.metadata.annotations?.[ANNOTATION.previousBuildId], object: obj };
    }
    const ours = { ...annotations, ...(deployedBuild ? { [ANNOTATION.previousBuildId]: deployedBuild } : {}), ...(previousImage ? { [ANNOTATION.previousImage]: previousImage } : {}) };
    const patch = deployPatch(obj, index, deploy.imageRef, env, ours);
    try {
      const patched = (await api.patchNamespacedCustomObject({ ...ref, body: patch }, jsonPatch)) as Workload;
      return { changed: true, revision: patched.metadata?.resourceVersion, previousImage, previousBuildId: deployedBuild, object: patched };
    } catch (error) {
      if (isConflict(error) && attempt < MAX_ATTEMPTS) {
        runner.info(`${what} changed while we patched it (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        continue;
      }
      throw kubeApiError(error, what, 'patch');
    }
  }
  throw new ExpectedFailure(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}
