import { createHash } from 'node:crypto';
import { ExpectedFailure, errorMessage } from '@goldenthread/core';
import type { ImageName } from './image-name.js';
import { withRetries } from './retry.js';

const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ');

export interface RegistryAccess {
  /** http for a registry without TLS (tls-verify: false), else https. */
  scheme: 'http' | 'https';
  username?: string;
  password?: string;
  timeoutMs: number;
}

/** Bearer token from the realm a 401 names (distribution token auth), with basic credentials if any. */
async function bearerToken(challenge: string, access: RegistryAccess): Promise<string | undefined> {
  const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  if (!params.realm) return undefined;
  const url = new URL(params.realm);
  if (params.service) url.searchParams.set('service', params.service);
  if (params.scope) url.searchParams.set('scope', params.scope);
  const headers: Record<string, string> = {};
  if (access.username)
    headers.authorization = `Basic ${Buffer.from(`${access.username}:${access.password ?? ''}`).toString('base64')}`;
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(access.timeoutMs) });
  if (!response.ok) return undefined;
  const body = (await response.json()) as { token?: string; access_token?: string };
  return body.token ?? body.access_token;
}

/** Answers worth asking again: the registry or a proxy in front of it was briefly unwell. */
const TRANSIENT = new Set([429, 500, 502, 503, 504]);
/** Bounded: three asks, about 1.5 s of waiting at most (Retry-After is capped to that). */
const RETRY_DELAYS_MS = [500, 1000];
/** A manifest or an image config is a few KiB; a body past this is not one. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

class TransientAnswer extends Error {}

interface Answer {
  status: number;
  headers: Headers;
  body?: Buffer;
}

/**
 * One registry API request (distribution spec: /v2/<repo>/manifests/<ref>, /v2/<repo>/blobs/<digest>):
 * basic or bearer auth as the registry asks; each attempt bounded by `timeoutMs` (body included);
 * a 5xx / 429 or a dropped connection asked again, a bounded number of times.
 */
async function request(
  image: ImageName,
  path: string,
  access: RegistryAccess,
  { method, what }: { method: 'GET' | 'HEAD'; what: string }
): Promise<Answer> {
  const url = `${access.scheme}://${image.registry}/v2/${image.repository}/${path}`;
  const send = (authorization?: string) =>
    fetch(url, {
      method,
      headers: { accept: MANIFEST_TYPES, ...(authorization ? { authorization } : {}) },
      signal: AbortSignal.timeout(access.timeoutMs)
    });
  const ask = async (): Promise<Answer> => {
    let response = await send(
      access.username
        ? `Basic ${Buffer.from(`${access.username}:${access.password ?? ''}`).toString('base64')}`
        : undefined
    );
    const challenge = response.headers.get('www-authenticate');
    if (response.status === 401 && challenge?.toLowerCase().startsWith('bearer')) {
      await response.body?.cancel();
      const token = await bearerToken(challenge, access);
      if (token) response = await send(`Bearer ${token}`);
    }
    if (TRANSIENT.has(response.status)) {
      await response.body?.cancel();
      throw Object.assign(new TransientAnswer(`HTTP ${response.status}`), {
        retryAfter: response.headers.get('retry-after')
      });
    }
    if (method === 'HEAD' || !response.ok) {
      await response.body?.cancel();
      return { status: response.status, headers: response.headers };
    }
    if (Number(response.headers.get('content-length') ?? 0) > MAX_BODY_BYTES)
      throw new Error(`the answer is larger than ${MAX_BODY_BYTES} bytes`);
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > MAX_BODY_BYTES) throw new Error(`the answer is larger than ${MAX_BODY_BYTES} bytes`);
    return { status: response.status, headers: response.headers, body };
  };
  const transient = (error: unknown) =>
    error instanceof TransientAnswer || (error instanceof TypeError && error.message === 'fetch failed');
  const retryAfterMs = (error: unknown) => Number((error as { retryAfter?: string }).retryAfter) * 1000 || undefined;
  try {
    return await withRetries(RETRY_DELAYS_MS, transient, ask, { waitFor: retryAfterMs });
  } catch (error) {
    const tries = (error as { tries?: number }).tries ?? 1;
    throw new ExpectedFailure(
      `cannot read ${what} from the registry${tries > 1 ? ` (asked ${tries} times)` : ''}: ${errorMessage((error as { cause?: unknown }).cause ?? error)}`
    );
  }
}

/**
 * The digest the registry serves for `tag` (HEAD, the Docker-Content-Digest header), or
 * undefined when the registry has no such tag (404).
 */
export async function tagDigest(image: ImageName, tag: string, access: RegistryAccess): Promise<string | undefined> {
  const what = `${image.name}:${tag}`;
  const answer = await request(image, `manifests/${encodeURIComponent(tag)}`, access, { method: 'HEAD', what });
  if (answer.status === 404) return undefined;
  const digest = answer.headers.get('docker-content-digest');
  if (answer.status < 200 || answer.status >= 300 || !digest)
    throw new ExpectedFailure(
      `cannot read ${what} back from the registry: HTTP ${answer.status}${digest ? '' : ', no Docker-Content-Digest'}`
    );
  return digest;
}

/** The digest the registry serves for `tag`; a missing tag fails. */
export async function registryDigest(image: ImageName, tag: string, access: RegistryAccess): Promise<string> {
  const digest = await tagDigest(image, tag, access);
  if (digest === undefined)
    throw new ExpectedFailure(`cannot read ${image.name}:${tag} back from the registry: HTTP 404 (no such tag)`);
  return digest;
}

const sha256 = (body: Buffer) => `sha256:${createHash('sha256').update(body).digest('hex')}`;

/**
 * Content by digest, checked: the registry's bytes must hash to the digest asked for
 * (image-spec descriptor.md: a digest is the hash of the bytes), so a registry or a proxy in
 * between cannot hand over something else.
 */
async function byDigest(
  image: ImageName,
  kind: 'manifests' | 'blobs',
  digest: string,
  access: RegistryAccess
): Promise<{ body: Buffer; mediaType?: string }> {
  const what = `${image.name}@${digest}`;
  const answer = await request(image, `${kind}/${digest}`, access, { method: 'GET', what });
  if (answer.status === 404)
    throw new ExpectedFailure(`the registry has no ${kind === 'manifests' ? 'image' : 'blob'} ${what} (HTTP 404).`);
  if (!answer.body) throw new ExpectedFailure(`cannot read ${what} from the registry: HTTP ${answer.status}`);
  const actual = sha256(answer.body);
  if (actual !== digest)
    throw new ExpectedFailure(`the registry answered ${what} with content whose sha256 is ${actual}.`);
  return { body: answer.body, mediaType: answer.headers.get('content-type')?.split(';')[0].trim() };
}

export const readManifest = (image: ImageName, digest: string, access: RegistryAccess) =>
  byDigest(image, 'manifests', digest, access);
export const readBlob = (image: ImageName, digest: string, access: RegistryAccess) =>
  byDigest(image, 'blobs', digest, access);
