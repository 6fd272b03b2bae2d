import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathInside } from '@goldenthread/core/git';
import { isMap, isScalar, isSeq, parseAllDocuments, parseDocument, type Document, YAMLMap, YAMLSeq } from 'yaml';
import { deployPatch, pointerToken, type PatchOp } from './json-patch.js';
import { ANNOTATION, ConfigurationError, POD_ENV } from '@goldenthread/core';
import type { Workload } from '@goldenthread/core/kube';
import { alreadyDeployed, desiredEnv, type DeployTarget, type EnvVar } from './target.js';

/**
 * Edits to a manifests repo's YAML that keep everything else as it was: comments, blank
 * lines, key order, quoting. The yaml library edits the parsed document in place and prints
 * it back with the source's own style (no line folding).
 */

const PRINT = { lineWidth: 0, minContentWidth: 0 } as const;

export interface EditResult {
  text: string;
  changed: boolean;
  previousImage?: string;
  previousBuildId?: string;
  /** The workload's strategy and replicas, for the deployment record. */
  strategy?: string;
  replicas?: number;
}

const WORKLOAD_KINDS = ['Rollout', 'Deployment'];

/** A plain manifest (one or more documents): pin the container image, merge env, annotate. */
export function editManifest(
  text: string,
  deploy: DeployTarget,
  select: { kind: string; name?: string; container?: string },
  annotations: Record<string, string>,
  where: string
): EditResult {
  const docs = parseAllDocuments(text);
  for (const doc of docs)
    if (doc.errors.length > 0) throw new ConfigurationError(`${where} is not valid YAML: ${doc.errors[0].message}`);
  const matches = docs.filter((d) => {
    const kind = d.get('kind');
    const name = d.getIn(['metadata', 'name']);
    return kind === select.kind && (select.name === undefined || name === select.name);
  });
  if (matches.length !== 1) {
    const found = docs
      .filter((d) => WORKLOAD_KINDS.includes(String(d.get('kind'))))
      .map((d) => `${String(d.get('kind'))} ${String(d.getIn(['metadata', 'name']))}`);
    throw new ConfigurationError(
      `${where} has ${matches.length === 0 ? 'no' : 'more than one'} ${select.kind}${select.name ? ` named '${select.name}'` : ''}. Found: ${found.join(', ') || 'none'}. Set inputs 'kind' and 'name'.`
    );
  }
  const doc = matches[0];
  const containersPath = ['spec', 'template', 'spec', 'containers'];
  const containers = doc.getIn(containersPath);
  if (!isSeq(containers) || containers.items.length === 0)
    throw new ConfigurationError(`${where}: ${select.kind} has no spec.template.spec.containers.`);
  const names = containers.items.map((c) => String((c as YAMLMap).get('name')));
  const index = select.container ? names.indexOf(select.container) : 0;
  if (index < 0)
    throw new ConfigurationError(
      `Invalid input 'container': ${where} has no container '${select.container}'. Its containers: ${names.join(', ')}.`
    );
  const containerPath = [...containersPath, index];
  const container = (doc.getIn(containerPath) as YAMLMap).toJSON() as { name: string; image?: string; env?: EnvVar[] };
  const env = desiredEnv(container.env, deploy, container.name);
  const previousBuildId =
    (doc.getIn(['metadata', 'annotations', ANNOTATION.buildId]) as string | undefined) ??
    container.env?.find((e) => e.name === POD_ENV.buildId)?.value;
  const info = { strategy: strategyOf(doc), replicas: doc.getIn(['spec', 'replicas']) as number | undefined };
  if (alreadyDeployed(container.image, container.env, env, deploy.imageRef)) {
    return {
      text,
      changed: false,
      previousImage: doc.getIn(['metadata', 'annotations', ANNOTATION.previousImage]) as string | undefined,
      previousBuildId: doc.getIn(['metadata', 'annotations', ANNOTATION.previousBuildId]) as string | undefined,
      ...info
    };
  }
  doc.setIn([...containerPath, 'image'], deploy.imageRef);
  setEnv(doc, [...containerPath, 'env'], env);
  const previous = {
    ...(previousBuildId ? { [ANNOTATION.previousBuildId]: previousBuildId } : {}),
    ...(container.image ? { [ANNOTATION.previousImage]: container.image } : {})
  };
  for (const [key, value] of Object.entries({ ...annotations, ...previous }))
    doc.setIn(['metadata', 'annotations', key], value);
  return { text: printAll(text, docs), changed: true, previousImage: container.image, previousBuildId, ...info };
}

function strategyOf(doc: Document): string | undefined {
  const strategy = doc.getIn(['spec', 'strategy']);
  if (!isMap(strategy)) return undefined;
  const type = strategy.get('type');
  // Otherwise the strategy's first key (`canary:`, `blueGreen:`), a Scalar node in a parsed document.
  const first = strategy.items[0]?.key;
  return typeof type === 'string' ? type : isScalar(first) ? String(first.value) : '';
}

/** Update env entries by name in place (keeping their position and comments), append new ones. */
function setEnv(doc: Document, path: Array<string | number>, env: EnvVar[]): void {
  const seq = doc.getIn(path);
  if (!isSeq(seq)) {
    doc.setIn(path, doc.createNode(env));
    return;
  }
  for (const variable of env) {
    const item = seq.items.find((i) => isMap(i) && i.get('name') === variable.name) as YAMLMap | undefined;
    if (item) {
      item.delete('valueFrom');
      item.set('value', variable.value);
    } else {
      seq.add(doc.createNode(variable));
    }
  }
}

/** Documents printed back with their separators; a single document keeps its own form. */
function printAll(source: string, docs: Document[]): string {
  const body = docs.map((d, i) => {
    const printed = d.toString(PRINT);
    return i === 0 && !source.trimStart().startsWith('---')
      ? printed
      : `---\n${printed}`.replace(/^---\n---\n/, '---\n');
  });
  return body.join('');
}

export function isKustomization(text: string): boolean {
  const doc = parseDocument(text);
  const kind = doc.get('kind');
  return kind === 'Kustomization' || (kind === undefined && (doc.has('resources') || doc.has('images')));
}

/**
 * A manifest document of the kind asked for, with a name (the patch targets it by name) that
 * matches when one is asked for. Only kind and name are checked: the rest of the document is
 * read through Workload's optional fields.
 */
function isNamedWorkload(value: unknown, select: { kind: string; name?: string }): value is Workload {
  if (typeof value !== 'object' || value === null || !('kind' in value) || value.kind !== select.kind) return false;
  const metadata = 'metadata' in value ? value.metadata : undefined;
  const name = typeof metadata === 'object' && metadata !== null && 'name' in metadata ? metadata.name : undefined;
  return typeof name === 'string' && (select.name === undefined || name === select.name);
}

/** Find the workload in the kustomization's local `resources:` files (remote bases cannot be read). */
function baseWorkload(
  kustomization: Document,
  file: string,
  repoRoot: string,
  select: { kind: string; name?: string }
): { obj: Workload; where: string } {
  const dir = dirname(file);
  const resources = (kustomization.get('resources') as YAMLSeq | undefined)?.toJSON() ?? [];
  for (const resource of resources as string[]) {
    // A resource must stay inside the repository, symlinks resolved: never read the runner's files.
    const path = pathInside(repoRoot, join(dir, resource), `'resources:' entry of ${file}`);
    const candidates = existsSync(join(path, 'kustomization.yaml'))
      ? []
      : existsSync(path) && path.endsWith('.yaml')
        ? [path]
        : existsSync(path) && path.endsWith('.yml')
          ? [path]
          : [];
    for (const candidate of candidates) {
      for (const doc of parseAllDocuments(readFileSync(candidate, 'utf8'))) {
        const obj: unknown = doc.toJS();
        if (isNamedWorkload(obj, select)) return { obj, where: candidate };
      }
    }
  }
  throw new ConfigurationError(
    `kustomize mode reads the base ${select.kind}${select.name ? ` '${select.name}'` : ''} to merge its env, but found it in none of the local files under 'resources:' of ${file}. Point 'path' at the plain manifest instead, or list the workload's file in resources.`
  );
}

const ENV_MARKER = POD_ENV.buildId;

/** A workload's strategy: its `type` (a Deployment's), else its first key (a Rollout's `canary:`, `blueGreen:`). */
function strategyName(strategy: Record<string, unknown> | undefined): string | undefined {
  if (!strategy) return undefined;
  return typeof strategy.type === 'string' ? strategy.type : Object.keys(strategy)[0];
}

/**
 * Our patch as compared for "unchanged": the trace context (TRACEPARENT, trace-id) and the
 * previous build differ on every deploy and do not count.
 */
function stableOps(patch: string | undefined): string | undefined {
  if (!patch) return undefined;
  const volatile = [ANNOTATION.traceId, ANNOTATION.previousBuildId];
  try {
    const ops = JSON.parse(patch) as PatchOp[];
    return JSON.stringify(
      ops
        .filter((op) => !volatile.some((key) => op.path.endsWith(`/${pointerToken(key)}`)))
        .map((op) => {
          if ((op.value as EnvVar)?.name === 'TRACEPARENT') return { ...op, value: { name: 'TRACEPARENT' } };
          if (op.path === '/metadata/annotations') {
            const kept = Object.fromEntries(
              Object.entries(op.value as Record<string, string>).filter(([k]) => !(volatile as string[]).includes(k))
            );
            return { ...op, value: kept };
          }
          return op;
        })
    );
  } catch {
    return undefined;
  }
}

/**
 * kustomization.yaml: pin the image by digest with kustomize's `images:` transformer, and
 * inject env and annotations with a JSON 6902 patch in `patches:` that goldenthread owns
 * (recognised by its target and its GOLDENTHREAD_BUILD_ID op). The patch is computed from
 * the base workload each time, so re-deploys replace it rather than stack up.
 */
export function editKustomization(
  text: string,
  file: string,
  repoRoot: string,
  deploy: DeployTarget,
  select: { kind: string; name?: string; container?: string },
  annotations: Record<string, string>
): EditResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new ConfigurationError(`${file} is not valid YAML: ${doc.errors[0].message}`);
  const { obj, where } = baseWorkload(doc, file, repoRoot, select);
  const containers: Array<{ name: string; env?: EnvVar[] }> = obj.spec?.template?.spec?.containers ?? [];
  const index = select.container ? containers.findIndex((c) => c.name === select.container) : 0;
  if (index < 0 || !containers[index]) {
    throw new ConfigurationError(
      `Invalid input 'container': ${where} has no container '${select.container}'. Its containers: ${containers.map((c) => c.name).join(', ')}.`
    );
  }
  const env = desiredEnv(containers[index].env, deploy, containers[index].name);
  const name = obj.metadata.name;

  // images: the entry naming our repository (as name or newName), else a new one.
  let images = doc.get('images') as YAMLSeq | undefined;
  if (!isSeq(images)) {
    doc.set('images', doc.createNode([]));
    images = doc.get('images') as YAMLSeq;
  }
  let entry = images.items.find(
    (i) =>
      isMap(i) && (i.get('newName') === deploy.imageRepo || (i.get('name') === deploy.imageRepo && !i.has('newName')))
  ) as YAMLMap | undefined;
  const previousDigest = entry?.get('digest') as string | undefined;
  const previousImage = previousDigest ? `${deploy.imageRepo}@${previousDigest}` : undefined;
  if (!entry) {
    images.add(doc.createNode({ name: deploy.imageRepo }));
    entry = images.items[images.items.length - 1] as YAMLMap;
  }

  // patches: ours is the one targeting this workload that sets GOLDENTHREAD_BUILD_ID.
  let patches = doc.get('patches') as YAMLSeq | undefined;
  const isOurs = (p: unknown): p is YAMLMap => {
    if (!isMap(p)) return false;
    const patch = p.get('patch');
    const target = p.get('target');
    return typeof patch === 'string' && patch.includes(ENV_MARKER) && isMap(target) && target.get('name') === name;
  };
  const ownPatch = isSeq(patches) ? patches.items.find(isOurs) : undefined;
  const oldPatch = ownPatch?.get('patch') as string | undefined;
  const previousBuildId = oldPatch
    ? (JSON.parse(oldPatch) as Array<{ value?: EnvVar }>).find((op) => op.value?.name === ENV_MARKER)?.value?.value
    : undefined;

  const ops = deployPatch(obj, index, deploy.imageRef, env, {
    ...annotations,
    ...(previousBuildId ? { [ANNOTATION.previousBuildId]: previousBuildId } : {})
  }).filter((op) => !op.path.endsWith('/image'));
  const newPatch = JSON.stringify(ops, null, 2);
  const info = {
    strategy: strategyName(obj.spec?.strategy),
    replicas: obj.spec?.replicas
  };
  if (previousDigest === deploy.digest && stableOps(oldPatch) === stableOps(newPatch)) {
    return { text, changed: false, previousImage, previousBuildId, ...info };
  }
  entry.set('digest', deploy.digest);
  entry.delete('newTag');
  if (ownPatch) {
    ownPatch.set('patch', newPatch);
  } else {
    if (!isSeq(patches)) {
      doc.set('patches', doc.createNode([]));
      patches = doc.get('patches') as YAMLSeq;
    }
    patches.add(doc.createNode({ target: { kind: select.kind, name }, patch: newPatch }));
  }
  return { text: doc.toString(PRINT), changed: true, previousImage, previousBuildId, ...info };
}
