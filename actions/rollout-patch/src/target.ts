import type { EnvVar } from '@goldenthread/core/kube';
import {
  ATTR_BUILD_ID,
  ATTR_SERVICE_VERSION,
  ATTR_VCS_REF_HEAD_REVISION,
  ConfigurationError,
  POD_ENV
} from '@goldenthread/core';
import { mergeResourceAttributes } from './resource-attributes.js';

/** What one deploy pins and injects, whichever way it reaches the cluster. */
export interface DeployTarget {
  imageRef: string;
  /** The repository part of imageRef (no tag, no digest). */
  imageRepo: string;
  digest: string;
  buildId: string;
  gitSha: string;
  /** The deploy span's context, so pods can link back to it. */
  traceparent: string;
  traceId: string;
}

export type { EnvVar };

/** `registry/repo[:tag]@sha256:<64 hex>`; a tag alone is refused: pins are by digest. */
export function parseImageRef(ref: string): { repo: string; digest: string } {
  const match =
    /^([a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::[\w][\w.-]{0,127})?@(sha256:[0-9a-f]{64})$/.exec(
      ref
    );
  if (!match) {
    throw new ConfigurationError(
      `Invalid input 'image-ref': '${ref}'. Expected an image pinned by digest, registry/repository@sha256:<64 hex> (build-and-tag's image-ref output).`
    );
  }
  return { repo: match[1], digest: match[2] };
}

export function validateSha(sha: string): string {
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
    throw new ConfigurationError(
      `Invalid input 'git-sha': '${sha}'. Expected a full commit sha (40 or 64 lower-case hex).`
    );
  }
  return sha;
}

/** The env the container must have after the deploy (docs/design.md §3). */
export function desiredEnv(existing: EnvVar[] | undefined, target: DeployTarget, containerName: string): EnvVar[] {
  const current = existing?.find((e) => e.name === POD_ENV.resourceAttributes);
  if (current?.valueFrom !== undefined) {
    throw new ConfigurationError(
      `Container '${containerName}' sets OTEL_RESOURCE_ATTRIBUTES with valueFrom; goldenthread cannot merge build.id into it. Set it as a literal value.`
    );
  }
  return [
    {
      name: POD_ENV.resourceAttributes,
      value: mergeResourceAttributes(current?.value, {
        [ATTR_BUILD_ID]: target.buildId,
        [ATTR_VCS_REF_HEAD_REVISION]: target.gitSha,
        [ATTR_SERVICE_VERSION]: target.buildId
      })
    },
    { name: POD_ENV.buildId, value: target.buildId },
    { name: POD_ENV.gitSha, value: target.gitSha },
    { name: POD_ENV.traceparent, value: target.traceparent }
  ];
}

/** A deploy changes nothing when image and every injected value but TRACEPARENT already match. */
export function alreadyDeployed(
  image: string | undefined,
  env: EnvVar[] | undefined,
  wanted: EnvVar[],
  imageRef: string
): boolean {
  if (image !== imageRef) return false;
  return wanted
    .filter((w) => w.name !== POD_ENV.traceparent)
    .every((w) => env?.some((e) => e.name === w.name && e.value === w.value && e.valueFrom === undefined));
}
