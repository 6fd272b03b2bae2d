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

class TransientAnswer extends Error {}

/**
 * The digest the registry serves for `tag`: HEAD /v2/<repo>/manifests/<tag>, the
 * Docker-Content-Digest header (distribution spec). Basic or bearer auth as the registry asks;
 * a 5xx / 429 or a dropped connection is asked again, a bounded number of times.
 */
export async function registryDigest(image: ImageName, tag: string, access: RegistryAccess): Promise<string> {
  const url = `${access.scheme}://${image.registry}/v2/${image.repository}/manifests/${encodeURIComponent(tag)}`;
  const head = (authorization?: string) =>
    fetch(url, {
      method: 'HEAD',
      headers: { accept: MANIFEST_TYPES, ...(authorization ? { authorization } : {}) },
      signal: AbortSignal.timeout(access.timeoutMs)
    });
  const ask = async (): Promise<string> => {
    let response = await head(
      access.username
        ? `Basic ${Buffer.from(`${access.username}:${access.password ?? ''}`).toString('base64')}`
        : undefined
    );
    const challenge = response.headers.get('www-authenticate');
    if (response.status === 401 && challenge?.toLowerCase().startsWith('bearer')) {
      const token = await bearerToken(challenge, access);
      if (token) response = await head(`Bearer ${token}`);
    }
    const digest = response.headers.get('docker-content-digest');
    if (TRANSIENT.has(response.status))
      throw Object.assign(new TransientAnswer(`HTTP ${response.status}`), {
        retryAfter: response.headers.get('retry-after')
      });
    if (!response.ok || !digest)
      throw new Error(`HTTP ${response.status}${digest ? '' : ', no Docker-Content-Digest'}`);
    return digest;
  };
  const transient = (error: unknown) =>
    error instanceof TransientAnswer || (error instanceof TypeError && error.message === 'fetch failed');
  const retryAfterMs = (error: unknown) => Number((error as { retryAfter?: string }).retryAfter) * 1000 || undefined;
  try {
    return await withRetries(RETRY_DELAYS_MS, transient, ask, { waitFor: retryAfterMs });
  } catch (error) {
    const tries = (error as { tries?: number }).tries ?? 1;
    throw new ExpectedFailure(
      `cannot read ${image.name}:${tag} back from the registry${tries > 1 ? ` (asked ${tries} times)` : ''}: ${errorMessage((error as { cause?: unknown }).cause ?? error)}`
    );
  }
}
