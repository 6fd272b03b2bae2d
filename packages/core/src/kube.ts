import { existsSync } from 'node:fs';
import { ConfigurationError, ExpectedFailure, errorMessage } from './errors.js';

/**
 * Kubernetes access shared by rollout-patch and rollback-notify: the maintained client
 * (@kubernetes/client-node), loaded only when an action actually talks to a cluster, and the
 * generic object path /apis/{group}/{version}/namespaces/{ns}/{plural}/{name} for every kind
 * we touch, so all of them come back as plain JSON.
 */
export const KINDS = {
  Rollout: { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' },
  Deployment: { group: 'apps', version: 'v1', plural: 'deployments' },
  ReplicaSet: { group: 'apps', version: 'v1', plural: 'replicasets' }
} as const;
export type WorkloadKind = 'Rollout' | 'Deployment';
export const WORKLOAD_KINDS: WorkloadKind[] = ['Rollout', 'Deployment'];

/** Kubeconfig file content or path; default: KUBECONFIG, ~/.kube/config, or in-cluster. */
export async function openKube(kubeconfig: string | undefined) {
  const k8s = await import('@kubernetes/client-node');
  const config = new k8s.KubeConfig();
  let api;
  try {
    if (!kubeconfig) config.loadFromDefault();
    else if (!kubeconfig.includes('\n') && existsSync(kubeconfig)) config.loadFromFile(kubeconfig);
    else config.loadFromString(kubeconfig);
    api = config.makeApiClient(k8s.CustomObjectsApi);
  } catch (error) {
    const source = kubeconfig ? "input 'kubeconfig'" : 'the default kubeconfig (KUBECONFIG, ~/.kube/config or in-cluster)';
    throw new ConfigurationError(`Invalid ${source}: ${errorMessage(error).split('\n')[0]}. Expected a kubeconfig (YAML, or a path to one) with a current context.`);
  }
  return {
    api,
    /** GET one object; a failure becomes a message that says what to fix. */
    async read(ref: Parameters<typeof api.getNamespacedCustomObject>[0], what: string): Promise<unknown> {
      try {
        return await api.getNamespacedCustomObject(ref);
      } catch (error) {
        throw kubeApiError(error, what, 'get');
      }
    },
    jsonPatch: k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch),
    mergePatch: k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch)
  };
}

export function isConflict(error: unknown): boolean {
  return (error as { code?: number }).code === 409;
}

/** An API error as a message that says what to fix. */
export function kubeApiError(error: unknown, what: string, verb: string): Error {
  const code = (error as { code?: number }).code;
  const body = (error as { body?: unknown }).body;
  let message = (body as { message?: string } | undefined)?.message;
  if (typeof body === 'string') {
    try {
      message = (JSON.parse(body) as { message?: string }).message;
    } catch {
      message = undefined;
    }
  }
  if (code === 404) return new ConfigurationError(`${what} not found. Check inputs 'kind', 'name' and 'namespace'.`);
  if (code === 403) return new ExpectedFailure(`forbidden to ${verb} ${what}: ${message ?? 'HTTP 403'}. The credentials need get and patch on it.`);
  if (code === 401) return new ExpectedFailure(`unauthorized for ${what}: check the kubeconfig's credentials.`);
  return new ExpectedFailure(`${verb} ${what} failed: ${code ? `HTTP ${code} ` : ''}${message ?? errorMessage(error)}`);
}
