import { ConfigurationError, ExpectedFailure, errorMessage, TimeoutFailure } from './errors.js';
import * as runner from './runner-commands.js';
import type { KubeRef } from './kube-rest.js';

/**
 * Kubernetes access shared by rollout-patch and rollback-notify: a small REST layer
 * (kube-rest.ts, loaded only when an action actually talks to a cluster) on the generic object
 * path /apis/{group}/{version}/namespaces/{ns}/{plural}/{name} for every kind we touch, so all of
 * them come back as plain JSON. Every request carries its own deadline (input `kube-timeout`): a
 * cluster that accepts the connection and never answers ends the step with an error instead of
 * hanging it.
 */
export const KINDS = {
  Rollout: { group: 'argoproj.io', version: 'v1alpha1', plural: 'rollouts' },
  Deployment: { group: 'apps', version: 'v1', plural: 'deployments' },
  ReplicaSet: { group: 'apps', version: 'v1', plural: 'replicasets' }
} as const;
export type WorkloadKind = 'Rollout' | 'Deployment';
export const WORKLOAD_KINDS: WorkloadKind[] = ['Rollout', 'Deployment'];
export const DEFAULT_KUBE_TIMEOUT = '30s';
export type { KubeRef };

/** A container's env entry (core/v1 EnvVar): a literal value or a reference. */
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: unknown;
}
export interface Container {
  name: string;
  image?: string;
  env?: EnvVar[];
}
/** core/v1 PodTemplateSpec, the parts goldenthread reads and writes. */
export interface PodTemplate {
  metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec?: { containers?: Container[] };
}
/** A Deployment, a Rollout or a ReplicaSet, the parts goldenthread reads and writes. */
export interface Workload {
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    generation?: number;
    annotations?: Record<string, string>;
    ownerReferences?: Array<{ uid: string; controller?: boolean }>;
  };
  spec?: {
    replicas?: number;
    paused?: boolean;
    strategy?: Record<string, unknown>;
    selector?: { matchLabels?: Record<string, string> };
    /** Argo Rollouts: the Deployment that holds this Rollout's pod template. */
    workloadRef?: { apiVersion?: string; kind?: string; name?: string };
    template?: PodTemplate;
  };
}

/** A failed JSON-patch `test` op or stale resourceVersion: someone else wrote first. */
export function isConflict(error: unknown): boolean {
  return (error as { code?: number }).code === 409;
}

export function isNotFound(error: unknown): boolean {
  return (error as { code?: number }).code === 404;
}

function isTimeout(error: unknown): boolean {
  const e = error as { name?: string; cause?: { name?: string } };
  return e?.name === 'TimeoutError' || e?.cause?.name === 'TimeoutError';
}

/**
 * Kubeconfig file content or path; default: KUBECONFIG, ~/.kube/config, or in-cluster.
 * `timeoutMs` bounds each request, from sending it to the last byte of the answer.
 */
export async function openKube(kubeconfig: string | undefined, timeoutMs: number) {
  const { connectKube } = await import('./kube-rest.js');
  const rest = await connectKube(kubeconfig, timeoutMs);
  const fail = (error: unknown, what: string, verb: string) => kubeApiError(error, what, verb, timeoutMs);
  return {
    ...rest,
    /** GET one object; a failure becomes a message that says what to fix. */
    read: async (ref: KubeRef, what: string): Promise<Workload> => {
      try {
        return (await rest.get(ref)) as Workload;
      } catch (error) {
        throw fail(error, what, 'get');
      }
    },
    /** An API error as a message that says what to fix (a timeout names the input). */
    fail
  };
}
export type Kube = Awaited<ReturnType<typeof openKube>>;

export const MAX_ATTEMPTS = 5;
/** Returned by an attempt that found the object changed: read it again (no message). */
export const READ_AGAIN = Symbol('read again');

/**
 * Optimistic concurrency (api-conventions.md, "Concurrency Control and Consistency"): each
 * attempt reads the object, decides, and writes with the resourceVersion it read as a
 * precondition; a 409 Conflict from an attempt means someone wrote first, so the next attempt
 * reads again and decides again — up to MAX_ATTEMPTS, then an error. Other errors end it.
 */
export async function retryOnConflict<T>(
  what: string,
  doing: string,
  attempt: (n: number, last: boolean) => Promise<T | typeof READ_AGAIN>
): Promise<T> {
  for (let n = 1; n <= MAX_ATTEMPTS; n++) {
    try {
      const result = await attempt(n, n === MAX_ATTEMPTS);
      if (result !== READ_AGAIN) return result;
    } catch (error) {
      if (!isConflict(error)) throw error;
      if (n === MAX_ATTEMPTS) break;
      runner.info(
        `${what} changed while we ${doing} (409 Conflict); reading it again (attempt ${n + 1} of ${MAX_ATTEMPTS}).`
      );
    }
  }
  throw new ExpectedFailure(`${what} kept changing: still 409 Conflict after ${MAX_ATTEMPTS} attempts.`);
}

/** An API error as a message that says what to fix. */
export function kubeApiError(error: unknown, what: string, verb: string, timeoutMs?: number): Error {
  if (isTimeout(error)) {
    const within = `within ${timeoutMs ?? '?'} ms`;
    return new TimeoutFailure(`no answer from the Kubernetes API ${within} to ${verb} ${what} (input 'kube-timeout').`);
  }
  // A numeric code is the HTTP status (KubeStatusError); a string one is a socket error's (ECONNREFUSED).
  const status = (error as { code?: unknown }).code;
  const code = typeof status === 'number' ? status : undefined;
  const body = (error as { body?: unknown }).body;
  let message = (body as { message?: string } | undefined)?.message;
  if (typeof body === 'string') {
    try {
      message = (JSON.parse(body) as { message?: string }).message;
    } catch {
      message = undefined;
    }
    // Not a metav1.Status (a proxy's page or JSON, say): its first line says more than the status alone.
    message ??= body.trim().split('\n')[0].slice(0, 200) || undefined;
  }
  if (code === 404) return new ConfigurationError(`${what} not found. Check inputs 'kind', 'name' and 'namespace'.`);
  if (code === 403)
    return new ExpectedFailure(
      `forbidden to ${verb} ${what}: ${message ?? 'HTTP 403'}. The credentials need get and patch on it.`
    );
  if (code === 401) return new ExpectedFailure(`unauthorized for ${what}: check the kubeconfig's credentials.`);
  if (code) return new ExpectedFailure(`${verb} ${what} failed: HTTP ${code}${message ? `: ${message}` : ''}`);
  return new ExpectedFailure(`${verb} ${what} failed: ${message ?? errorMessage(error)}`);
}
