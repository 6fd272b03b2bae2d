import type { EnvVar, Workload } from '@goldenthread/core/kube';

/** RFC 6902 operations, as sent with Content-Type application/json-patch+json. */
export type PatchOp = { op: 'add' | 'replace' | 'test'; path: string; value: unknown };

/** RFC 6901: `~` → `~0`, `/` → `~1` inside one reference token. */
export const pointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** A workload from the API or from a manifest file (which may lack metadata). */
type PatchTarget = { metadata?: Partial<Workload['metadata']>; spec?: Workload['spec'] };

/**
 * One patch for the whole deploy, so nothing is half-applied: the image, every env var and
 * every annotation, preceded by the resourceVersion we read — the API server treats that as a
 * precondition and answers 409 Conflict when someone changed the object meanwhile.
 */
export function deployPatch(
  obj: PatchTarget,
  index: number,
  imageRef: string,
  env: EnvVar[],
  annotations: Record<string, string>
): PatchOp[] {
  const ops: PatchOp[] = [];
  if (obj.metadata?.resourceVersion)
    ops.push({ op: 'replace', path: '/metadata/resourceVersion', value: obj.metadata.resourceVersion });
  const base = `/spec/template/spec/containers/${index}`;
  const current = obj.spec?.template?.spec?.containers?.[index]?.env;
  ops.push({ op: 'replace', path: `${base}/image`, value: imageRef });
  if (!current) {
    ops.push({ op: 'add', path: `${base}/env`, value: env });
  } else {
    for (const variable of env) {
      const at = current.findIndex((e) => e.name === variable.name);
      ops.push(
        at >= 0
          ? { op: 'replace', path: `${base}/env/${at}`, value: variable }
          : { op: 'add', path: `${base}/env/-`, value: variable }
      );
    }
  }
  if (!obj.metadata?.annotations) {
    ops.push({ op: 'add', path: '/metadata/annotations', value: annotations });
  } else {
    for (const [key, value] of Object.entries(annotations))
      ops.push({ op: 'add', path: `/metadata/annotations/${pointerToken(key)}`, value });
  }
  return ops;
}
