import { existsSync } from 'node:fs';
import { ConfigurationError, ExpectedFailure, errorMessage } from './errors.js';

/**
 * Kubernetes access shared by rollout-patch and rollback-notify: the maintained client
 * (@kubernetes/client-node), loaded only when an action actually talks to a cluster, and the
 * generic object path /apis/{group}/{version}/namespaces/{ns}/{plural}/{name} for every kind
 * we touch, so all of them come back as plain JSON. Every request carries its own deadline
 * (input `kube-timeout`): a cluster that accepts the connection and never answers ends the
 * step with an error instead of hanging it.
 */
export const KINDS = {
  Rollout: { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' },
  Deployment: { group: 'apps', version: 'v1', plural: 'deployments' },
  ReplicaSet: { group: 'apps', version: 'v1', plural: 'replicasets' }
} as const;
export type WorkloadKind = 'Rollout' | 'Deployment';
export const WORKLOAD_KINDS: WorkloadKind[] = ['Rollout', 'Deployment'];
export const DEFAULT_KUBE_TIMEOUT = '30s';

/** A failed JSON-patch `test` op or stale resourceVersion: someone else wrote first. */
export function isConflict(error: unknown): boolean {
  return (error as { code?: number }).code === 409;
}

export function isNotFound(error: unknown): boolean {
  return (error as { code?: number }).code === 404;
}

function isTimeout(error: unknown): boolean {
  const e = error as { name?: string; type?: string; cause?: { name?: string } };
  // node-fetch (inside the client) rejects an aborted request with an AbortError of type 'aborted'.
  return (
    e?.name === 'AbortError' || e?.type === 'aborted' || e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError'
  );
}

/**
 * Kubeconfig file content or path; default: KUBECONFIG, ~/.kube/config, or in-cluster.
 * `timeoutMs` bounds each request, from sending it to the last byte of the answer.
 */
export async function openKube(kubeconfig: string | undefined, timeoutMs: number) {
  const k8s = await import('@kubernetes/client-node');
  const config = new k8s.KubeConfig();
  let api;
  try {
    if (!kubeconfig) config.loadFromDefault();
    else if (!kubeconfig.includes('\n') && existsSync(kubeconfig)) config.loadFromFile(kubeconfig);
    else config.loadFromString(kubeconfig);
    api = config.makeApiClient(k8s.CustomObjectsApi);
  } catch (error) {
    const source = kubeconfig
      ? "input 'kubeconfig'"
      : 'the default kubeconfig (KUBECONFIG, ~/.kube/config or in-cluster)';
    throw new ConfigurationError(
      `Invalid ${source}: ${errorMessage(error).split('\n')[0]}. Expected a kubeconfig (YAML, or a path to one) with a current context.`
    );
  }
  // The client's call-time middleware: a fresh deadline per request (the AbortSignal reaches
  // node-fetch). The object-parameter API hands middleware to its Observable layer, which only
  // calls toPromise() on what pre/post return (client-node dist/gen/rxjsStub.js).
  const observed = <T>(value: T) => ({ toPromise: () => Promise.resolve(value) });
  const deadline = {
    middleware: [
      {
        pre: <T extends { setSignal(signal: AbortSignal): void }>(context: T) => {
          context.setSignal(AbortSignal.timeout(timeoutMs));
          return observed(context);
        },
        post: <T>(response: T) => observed(response)
      }
    ],
    middlewareMergeStrategy: 'append' as const
  };
  const fail = (error: unknown, what: string, verb: string) => kubeApiError(error, what, verb, timeoutMs);
  return {
    api,
    /** Options for a GET or LIST: the deadline. */
    plain: deadline as unknown as Parameters<typeof k8s.setHeaderOptions>[2],
    jsonPatch: k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.JsonPatch, deadline as never),
    mergePatch: k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch, deadline as never),
    /** GET one object; a failure becomes a message that says what to fix. */
    async read(ref: Parameters<typeof api.getNamespacedCustomObject>[0], what: string): Promise<unknown> {
      try {
        return await api.getNamespacedCustomObject(ref, deadline as never);
      } catch (error) {
        throw fail(error, what, 'get');
      }
    },
    /** An API error as a message that says what to fix (a timeout names the input). */
    fail
  };
}

/** An API error as a message that says what to fix. */
export function kubeApiError(error: unknown, what: string, verb: string, timeoutMs?: number): Error {
  if (isTimeout(error)) {
    const within = `within ${timeoutMs ?? '?'} ms`;
    return new ExpectedFailure(
      `no answer from the Kubernetes API ${within} to ${verb} ${what} (input 'kube-timeout').`
    );
  }
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
  if (code === 403)
    return new ExpectedFailure(
      `forbidden to ${verb} ${what}: ${message ?? 'HTTP 403'}. The credentials need get and patch on it.`
    );
  if (code === 401) return new ExpectedFailure(`unauthorized for ${what}: check the kubeconfig's credentials.`);
  return new ExpectedFailure(`${verb} ${what} failed: ${code ? `HTTP ${code} ` : ''}${message ?? errorMessage(error)}`);
}
