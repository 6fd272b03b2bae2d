import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  booleanInput,
  buildIdInput,
  choiceInput,
  ConfigurationError,
  defaultRecordPath,
  durationInput,
  maskSecret,
  optionalInput,
  requiredInput,
  secretInput
} from '@goldenthread/core';
import { openSearchUrlInput } from '@goldenthread/core/opensearch';
import { BUILDERS } from './builders.js';
import { parseExtraTags, parseImageName, parseKeyValues, type ImageName } from './image-name.js';
import type { RegistryAccess } from './registry.js';

/**
 * Every input of build-and-tag, read and validated before anything runs (no builder started, no
 * registry asked, no file written): a bad one fails the step naming the input and what was expected.
 */

export const MODES = ['build', 'record'] as const;
export type Mode = (typeof MODES)[number];

export interface BuildSecret {
  id: string;
  /** `secrets`: the value, written to a 0600 file just before the build. */
  value?: string;
  /** `secret-files`: the user's own file, handed on by path. */
  path?: string;
}

export interface BuildSettings {
  context: string;
  file: string;
  builderChoice: (typeof BUILDERS)[number];
  push: boolean;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  platforms: string[];
  target?: string;
  secrets: BuildSecret[];
  cacheFrom?: string;
  cacheTo?: string;
  timeouts: { buildMs: number; pushMs: number; registryMs: number };
}

export interface RecordSettings {
  digest: string;
  /** Tags that must serve `digest`: the metadata's own for this repository, plus `extra-tags`. */
  tags: string[];
}

export interface Inputs {
  mode: Mode;
  image: ImageName;
  buildId: string;
  /** Build mode: the tags pushed, the build id first. */
  tags: string[];
  tlsVerify: boolean;
  registry: RegistryAccess;
  metadataFile: string;
  opensearchUrl?: string;
  opensearchTimeoutMs: number;
  build?: BuildSettings;
  record?: RecordSettings;
}

const REMOTE_CONTEXT = /^[a-z][a-z0-9+.-]*:\/\//i;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
/** OS/ARCH[/VARIANT] as containerd's platforms package spells them (linux/amd64, linux/arm/v7). */
const PLATFORM = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** A Dockerfile stage name (`FROM … AS name`). */
const STAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;
/** A build secret id, as `RUN --mount=type=secret,id=…` names it. */
const SECRET_ID = /^[A-Za-z0-9_.-]{1,128}$/;
/** Secret files up to this size are masked in the log too (a certificate bundle is not). */
const MASKED_FILE_BYTES = 64 * 1024;

/** Inputs that only a build reads: refused in record mode rather than silently ignored. */
const BUILD_ONLY = [
  'file',
  'build-args',
  'labels',
  'platforms',
  'target',
  'secrets',
  'secret-files',
  'cache-from',
  'cache-to'
];
const RECORD_ONLY = ['digest', 'metadata'];

function workspace(env = process.env): string {
  return env.GITHUB_WORKSPACE || env.WORKSPACE || process.cwd();
}

/**
 * `context` and `file` as the builders get them: a local context is resolved against the
 * workspace to an absolute path (so nothing a user writes can read as a builder option) and must
 * be a directory; a remote context (git://, https://…) is handed on as given.
 */
function contextInputs(): { context: string; file: string } {
  const given = optionalInput('context') ?? '.';
  const fileGiven = optionalInput('file');
  if (REMOTE_CONTEXT.test(given)) return { context: given, file: fileGiven ?? 'Dockerfile' };
  const context = resolve(workspace(), given);
  if (!statSync(context, { throwIfNoEntry: false })?.isDirectory()) {
    throw new ConfigurationError(
      `Invalid input 'context': '${given}' is not a directory (looked for ${context}). Expected the build context directory.`
    );
  }
  const file = fileGiven === undefined ? join(context, 'Dockerfile') : resolve(workspace(), fileGiven);
  if (!statSync(file, { throwIfNoEntry: false })?.isFile()) {
    throw new ConfigurationError(
      `Invalid input 'file': '${fileGiven ?? join(given, 'Dockerfile')}' is not a file (looked for ${file}). Expected the Dockerfile.`
    );
  }
  return { context, file };
}

export function parsePlatforms(text: string | undefined): string[] {
  const platforms = (text ?? '')
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const bad = platforms.find((p) => !PLATFORM.test(p));
  if (bad !== undefined)
    throw new ConfigurationError(
      `Invalid input 'platforms': '${bad}'. Expected OS/ARCH[/VARIANT] entries separated by commas, such as linux/amd64,linux/arm64.`
    );
  return [...new Set(platforms)];
}

/** `id=value` (secrets) or `id=path` (secret-files) lines; an id appears once across both. */
function secretLines(input: 'secrets' | 'secret-files', text: string | undefined): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  for (const line of (text ?? '').split('\n')) {
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    const id = eq > 0 ? line.slice(0, eq).trim() : '';
    const value = eq > 0 ? line.slice(eq + 1).trim() : '';
    // The line may hold the secret itself: only the id (or nothing) is ever echoed.
    if (!SECRET_ID.test(id) || value === '')
      throw new ConfigurationError(
        `Invalid input '${input}': a line ${SECRET_ID.test(id) ? `for id '${id}' has no ${input === 'secrets' ? 'value' : 'path'}` : 'has no valid id'}. Expected one ${input === 'secrets' ? 'id=value' : 'id=path'} per line, id of [A-Za-z0-9_.-].`
      );
    lines.push([id, value]);
  }
  return lines;
}

export function readSecrets(): BuildSecret[] {
  const values = secretLines('secrets', secretInput('secrets'));
  for (const [, value] of values) maskSecret(value);
  const files = secretLines('secret-files', optionalInput('secret-files')).map(([id, given]): BuildSecret => {
    const path = resolve(workspace(), given);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat?.isFile())
      throw new ConfigurationError(
        `Invalid input 'secret-files': the file for id '${id}' (${given}) does not exist. Expected id=path of a readable file.`
      );
    // A small file (a token, an .npmrc) is masked like a `secrets` value, should a tool print it.
    if (stat.size <= MASKED_FILE_BYTES) maskSecret(readFileSync(path, 'utf8'));
    return { id, path };
  });
  const all = [...values.map(([id, value]): BuildSecret => ({ id, value })), ...files];
  const twice = all.find((s, i) => all.findIndex((t) => t.id === s.id) !== i);
  if (twice)
    throw new ConfigurationError(
      `Invalid input 'secrets'/'secret-files': id '${twice.id}' is given twice. Expected each id once.`
    );
  return all;
}

function readBuild(): BuildSettings {
  const target = optionalInput('target');
  if (target !== undefined && !STAGE.test(target))
    throw new ConfigurationError(
      `Invalid input 'target': '${target}'. Expected a Dockerfile stage name ([A-Za-z0-9_.-]).`
    );
  const cacheFrom = optionalInput('cache-from');
  const cacheTo = optionalInput('cache-to');
  const builderChoice = choiceInput('builder', BUILDERS, 'auto');
  return {
    builderChoice,
    push: booleanInput('push', true),
    buildArgs: parseKeyValues(optionalInput('build-args'), 'build-args'),
    labels: parseKeyValues(optionalInput('labels'), 'labels'),
    platforms: parsePlatforms(optionalInput('platforms')),
    target,
    secrets: readSecrets(),
    cacheFrom: cacheFrom === undefined ? undefined : parseImageName(cacheFrom, 'cache-from').name,
    cacheTo: cacheTo === undefined ? undefined : parseImageName(cacheTo, 'cache-to').name,
    timeouts: {
      buildMs: durationInput('build-timeout', '30m', { positive: true }),
      pushMs: durationInput('push-timeout', '10m', { positive: true }),
      registryMs: durationInput('registry-timeout', '30s', { positive: true })
    },
    // Last: the file system is looked at once every plain input is known good.
    ...contextInputs()
  };
}

/** `name[:tag][@digest]` → repository and tag (a port's colon is before the last `/`). */
function splitReference(ref: string): { name: string; tag?: string } {
  const noDigest = ref.split('@')[0];
  const colon = noDigest.lastIndexOf(':');
  return colon > noDigest.lastIndexOf('/')
    ? { name: noDigest.slice(0, colon), tag: noDigest.slice(colon + 1) }
    : { name: noDigest };
}

/**
 * docker/build-push-action's `metadata` output: buildx's --metadata-file JSON as the action
 * read it (its src/main.ts sets `metadata` to JSON.stringify of docker/actions-toolkit
 * src/buildx/build.ts `resolveMetadata()`, whose `resolveDigest()` reads `containerimage.digest`).
 * buildx also writes `containerimage.descriptor` ({mediaType, digest, size}) and `image.name`,
 * the pushed names comma separated (`ghcr.io/acme/shop:sha-1,ghcr.io/acme/shop:latest`).
 */
export function parseBuildMetadata(text: string): { digest: string; names: Array<{ name: string; tag?: string }> } {
  const hint = "Expected docker/build-push-action's metadata output (a JSON object with containerimage.digest).";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`Invalid input 'metadata': not JSON. ${hint}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigurationError(`Invalid input 'metadata': not a JSON object. ${hint}`);
  const meta = parsed as Record<string, unknown>;
  const descriptor = meta['containerimage.descriptor'] as { digest?: unknown } | undefined;
  const digest = meta['containerimage.digest'] ?? descriptor?.digest;
  if (typeof digest !== 'string' || !DIGEST.test(digest))
    throw new ConfigurationError(
      `Invalid input 'metadata': no sha256 containerimage.digest in it (was the image pushed?). ${hint}`
    );
  if (descriptor?.digest !== undefined && descriptor.digest !== digest)
    throw new ConfigurationError(
      `Invalid input 'metadata': containerimage.digest ${digest} and containerimage.descriptor's ${JSON.stringify(descriptor.digest)} differ.`
    );
  const names = typeof meta['image.name'] === 'string' ? meta['image.name'] : '';
  return {
    digest,
    names: names
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean)
      .map(splitReference)
  };
}

/** Record mode: image + digest, or the metadata, or both agreeing. */
function readRecord(): { image: ImageName; record: RecordSettings } {
  const digestGiven = optionalInput('digest');
  if (digestGiven !== undefined && !DIGEST.test(digestGiven))
    throw new ConfigurationError(
      `Invalid input 'digest': '${digestGiven}'. Expected sha256: and 64 lower-case hex digits.`
    );
  const metadataText = optionalInput('metadata');
  const meta = metadataText === undefined ? undefined : parseBuildMetadata(metadataText);
  if (!digestGiven && !meta)
    throw new ConfigurationError(
      "Mode 'record' needs input 'digest' (sha256:…) or 'metadata' (docker/build-push-action's metadata output)."
    );
  if (digestGiven && meta && digestGiven !== meta.digest)
    throw new ConfigurationError(
      `Inputs 'digest' (${digestGiven}) and 'metadata' (containerimage.digest ${meta.digest}) name different images.`
    );
  const imageGiven = optionalInput('image');
  const repositories = [...new Set(meta?.names.map((n) => n.name) ?? [])];
  if (imageGiven === undefined && repositories.length !== 1)
    throw new ConfigurationError(
      `Input 'image' is required${repositories.length > 1 ? `: the metadata names several repositories (${repositories.join(', ')}); say which one` : ': the repository the image was pushed to'}.`
    );
  const image = parseImageName(imageGiven ?? repositories[0]);
  if (meta && repositories.length > 0 && !repositories.includes(image.name))
    throw new ConfigurationError(
      `Inputs 'image' (${image.name}) and 'metadata' (image.name: ${repositories.join(', ')}) name different repositories.`
    );
  const metadataTags = meta?.names.filter((n) => n.name === image.name && n.tag).map((n) => n.tag!) ?? [];
  const tags = [...new Set([...metadataTags, ...parseExtraTags(optionalInput('extra-tags'))])];
  return { image, record: { digest: (digestGiven ?? meta?.digest)!, tags } };
}

function refuseOtherMode(mode: Mode): void {
  const foreign = (mode === 'record' ? BUILD_ONLY : RECORD_ONLY).filter((name) => optionalInput(name) !== undefined);
  if (foreign.length > 0)
    throw new ConfigurationError(
      `Input${foreign.length > 1 ? 's' : ''} ${foreign.map((n) => `'${n}'`).join(', ')} ${foreign.length > 1 ? 'are' : 'is'} for mode ${mode === 'record' ? "build; mode 'record' records an image built elsewhere" : "record; mode 'build' takes its digest from the builder"}.`
    );
}

export function readInputs(): Inputs {
  const mode = choiceInput('mode', MODES, 'build');
  refuseOtherMode(mode);
  const buildId = buildIdInput();
  const tlsVerify = booleanInput('tls-verify', true);
  const registry: RegistryAccess = {
    scheme: tlsVerify ? 'https' : 'http',
    username: optionalInput('registry-username'),
    password: secretInput('registry-password'),
    timeoutMs: durationInput('registry-timeout', '30s', { positive: true })
  };
  const recorded = mode === 'record' ? readRecord() : undefined;
  const image =
    recorded?.image ?? parseImageName(requiredInput('image', 'the repository to push to, e.g. ghcr.io/acme/shop.'));
  return {
    mode,
    image,
    buildId,
    tags: [buildId, ...parseExtraTags(optionalInput('extra-tags')).filter((t) => t !== buildId)],
    tlsVerify,
    registry,
    metadataFile: optionalInput('metadata-file') ?? defaultRecordPath('ci-build', buildId),
    // Checked here, before anything is built or pushed: the sink must not fail the step afterwards.
    opensearchUrl: openSearchUrlInput(),
    opensearchTimeoutMs: durationInput('opensearch-timeout', '10s', { positive: true }),
    build: mode === 'build' ? readBuild() : undefined,
    record: recorded?.record
  };
}
