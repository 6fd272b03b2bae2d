import { ExpectedFailure, IMAGE_LABEL, runner } from '@goldenthread/core';
import type { ImageName } from './image-name.js';
import { readBlob, readManifest, tagDigest, type RegistryAccess } from './registry.js';

/**
 * Record mode: an image built elsewhere (docker/build-push-action, a script) is checked at the
 * registry before goldenthread vouches for it — the manifest fetched by digest and hashed, each
 * platform's config read for its labels, every tag named made to serve that digest.
 */

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
]);

interface Descriptor {
  mediaType?: string;
  digest: string;
  platform?: { os?: string; architecture?: string; variant?: string };
  annotations?: Record<string, string>;
}

interface Manifest {
  mediaType?: string;
  config?: Descriptor;
  manifests?: Descriptor[];
}

export interface PlatformImage {
  /** os/arch[/variant], or `image` for a single-platform manifest. */
  platform: string;
  digest: string;
  labels: Record<string, string>;
}

/**
 * buildx pushes its provenance/SBOM attestations as extra index entries, platform unknown/unknown,
 * marked with the annotation `vnd.docker.reference.type: attestation-manifest` (moby/buildkit
 * docs/attestations/attestation-storage.md; util/attestation/types.go). They are no image to run, and carry no labels.
 */
const isAttestation = (d: Descriptor) => d.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest';

const platformName = (d: Descriptor) =>
  [d.platform?.os, d.platform?.architecture, d.platform?.variant].filter(Boolean).join('/') || d.digest;

function parse(body: Buffer, what: string): Manifest {
  try {
    return JSON.parse(body.toString('utf8')) as Manifest;
  } catch {
    throw new ExpectedFailure(`${what} is not a JSON manifest.`);
  }
}

async function configLabels(image: ImageName, manifest: Manifest, what: string, access: RegistryAccess) {
  if (!manifest.config?.digest) throw new ExpectedFailure(`${what} is not an image manifest (no config).`);
  const { body } = await readBlob(image, manifest.config.digest, access);
  const config = parse(body, `the config of ${what}`) as { config?: { Labels?: Record<string, string> | null } };
  return config.config?.Labels ?? {};
}

/** The image (or each platform of an index) as the registry serves it, with its labels. */
export async function inspectImage(image: ImageName, digest: string, access: RegistryAccess): Promise<PlatformImage[]> {
  const top = await readManifest(image, digest, access);
  const manifest = parse(top.body, `${image.name}@${digest}`);
  const mediaType = manifest.mediaType ?? top.mediaType ?? '';
  if (!INDEX_TYPES.has(mediaType) && !manifest.manifests) {
    return [
      { platform: 'image', digest, labels: await configLabels(image, manifest, `${image.name}@${digest}`, access) }
    ];
  }
  const images = (manifest.manifests ?? []).filter((d) => !isAttestation(d));
  if (images.length === 0) throw new ExpectedFailure(`${image.name}@${digest} is an index without any image in it.`);
  const platforms: PlatformImage[] = [];
  for (const entry of images) {
    const what = `${image.name}@${entry.digest} (${platformName(entry)})`;
    const child = parse((await readManifest(image, entry.digest, access)).body, what);
    platforms.push({
      platform: platformName(entry),
      digest: entry.digest,
      labels: await configLabels(image, child, what, access)
    });
  }
  return platforms;
}

/**
 * The golden thread's own labels: another build's id fails (this is not the build it claims
 * to be); a missing one warns, naming the labels to add to the build.
 */
export function checkLabels(platforms: PlatformImage[], buildId: string, sha: string): void {
  for (const { platform, labels } of platforms) {
    const where = platforms.length > 1 ? ` (${platform})` : '';
    const found = labels[IMAGE_LABEL.buildId];
    if (found !== undefined && found !== buildId)
      throw new ExpectedFailure(
        `the image${where} is labelled ${IMAGE_LABEL.buildId}=${found}, another build than ${buildId}: it is not this build's image.`
      );
    const revision = labels[IMAGE_LABEL.revision];
    if (revision !== undefined && revision !== sha)
      runner.warning(
        `the image${where} is labelled ${IMAGE_LABEL.revision}=${revision}, not this run's commit ${sha}.`
      );
  }
  const missing = [IMAGE_LABEL.buildId, IMAGE_LABEL.traceId, IMAGE_LABEL.revision].filter((label) =>
    platforms.some((p) => p.labels[label] === undefined)
  );
  if (missing.length > 0)
    runner.warning(
      `the image has no ${missing.join(', ')} label${missing.length > 1 ? 's' : ''}: add ${missing.length > 1 ? 'them' : 'it'} to the build (docker/build-push-action 'labels') so the image itself names its build.`
    );
}

/** Every tag named must serve the digest being recorded. */
export async function checkTags(image: ImageName, tags: string[], digest: string, access: RegistryAccess) {
  for (const tag of tags) {
    const served = await tagDigest(image, tag, access);
    if (served === undefined) throw new ExpectedFailure(`${image.name}:${tag} does not exist at the registry.`);
    if (served !== digest) throw new ExpectedFailure(`${image.name}:${tag} serves ${served}, not ${digest}.`);
  }
}
