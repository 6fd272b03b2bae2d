import { existsSync } from 'node:fs';
import { ConfigurationError, ExpectedFailure, errorMessage, runner } from '@goldenthread/core';
import { deployPatch } from './json-patch.js';
import { alreadyDeployed, ANNOTATION, desiredEnv, type DeployTarget, type EnvVar } from './target.js';

/** Both kinds are reached through the generic object path /apis/{group}/{version}/namespaces/{ns}/{plural}/{name}. */
export const KINDS = {
  Rollout: { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' },
  Deployment: { group: 'apps', version: 'v1', plural: 'deployments' }
} as const;
export type Kind = keyof typeof KINDS;

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

function apiError(error: unknown, what: string, verb: string): Error {
  const code = (error as { code?: number }).code;
  const body = (error as { body?: unknown }).body;
  const message = typeof body === 'string' ? safeMessage(body) : (body as { message?: string })?.message;
  if (code === 404) return new ConfigurationError(`${what} not found. Check inputs 'kind', 'name' and 'namespace'.`);
  if (code === 403) return new ExpectedFailure(`forbidden to ${verb} ${what}: ${message ?? 'HTTP 403'}. The credentials need get and patch on it.`);
  if (code === 401) return new ExpectedFailure(`unauthorized for ${what}: check the kubeconfig's credentials.`);
  return new ExpectedFailure(`${verb} ${what} failed: ${code ? `HTTP ${code} ` : ''}${message ?? errorMessage(error)}`);
}

function safeMessage(body: string): string | undefined {
  try {
    return (JSON.parse(body) as { message?: string }).message;
  } catch {
    return undefined;
  }
}

/**
 * Read the object, work out the one patch, send it; on 409 read again and recompute, up to
 * five times. The client library is loaded only here: only kubernetes mode pays for it.
 */
export async function deployToKubernetes(target: KubeTarget, deploy: DeployTarget, annotations: Record<string, string>): Promise<DeployResult> {
  const k8s = await import('@kubernetes/client-node');
  const config = new k8s.KubeConfig();
  if (!target.kubeconfig) config.loadFromDefault();
  else if (!target.kubeconfig.includes('\n') && existsSync(target.kubeconfig)) config.loadFromFile(target.kubeconfig);
  else config.loadFromString(target.kubeconfig);
  const api = config.makeApiClient(k8s.CustomObjectsApi);
  const ref = { ...KINDS[target.kind], namespace: target.namespace, name: target.name };
  const what = `${target.kind} ${target.namespace}/${target.name}`;

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    let obj: Workload;
    try {
      obj = (await api.getNamespacedCustomObject(ref)) as Workload;
    } catch (error) {
      throw apiError(error, what, 'get');
    }
    const index = pickContainer(obj, target.container, what);
    const container = obj.spec!.template!.spec!.containers![index];
    const env = desiredEnv(container.env, deploy, container.name);
    const previousImage = container.image;
    const deployedBuild = obj.metadata.annotations?.[ANNOTATION.buildId] ?? container.env?.find((e) => e.name === 'GOLDENTHREAD_BUILD_ID')?.value;

    if (alreadyDeployed(container.image, container.env, env, deploy.imageRef)) {
      runner.info(`${what} already runs ${deploy.imageRef} with build ${deploy.buildId}; nothing to patch.`);
      return { changed: false, revision: obj.metadata.resourceVersion, previousImage: obj.metadata.annotations?.[ANNOTATION.previousImage], previousBuildId: obj.metadata.annotations?.[ANNOTATION.previousBuildId], object: obj };
    }
    const ours = { ...annotations, ...(deployedBuild ? { [ANNOTATION.previousBuildId]: deployedBuild } : {}), ...(previousImage ? { [ANNOTATION.previousImage]: previousImage } : {}) };
    const patch = deployPatch(obj, index, deploy.imageRef, env, ours);
    try {
      const patched = (await api.patchNamespacedCustomObject({ ...ref, body: patch }, k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch))) as Workload;
      return { changed: true, revision: patched.metadata?.resourceVersion, previousImage, previousBuildId: deployedBuild, object: patched };
    } catch (error) {
      if ((error as { code?: number }).code === 409 && attempt < MAX_ATTEMPTS) {
        runner.info(`${what} changed while we patched it (409 Conflict); reading it again (attempt ${attempt + 1} of ${MAX_ATTEMPTS}).`);
        continue;
      }
      throw apiError(error, what, 'patch');
    }
  }
  throw new ExpectedFailure(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}
