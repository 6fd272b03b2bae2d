import { ConfigurationError } from '@goldenthread/core';

/** An image repository as the distribution spec names it: registry host + path, no tag or digest. */
export interface ImageName {
  /** As given (what builders are told), e.g. 127.0.0.1:5000/acme/shop. */
  name: string;
  /** Registry host for the HTTP API (docker.io → registry-1.docker.io). */
  registry: string;
  /** Repository path inside the registry, e.g. acme/shop (library/x on Docker Hub). */
  repository: string;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export function parseImageName(text: string, input = 'image'): ImageName {
  const fail = () =>
    new ConfigurationError(
      `Invalid input '${input}': '${text}'. Expected a repository without tag or digest, such as ghcr.io/acme/shop or registry.example:5000/team/app (lower case).`
    );
  if (text.includes('@') || /:[^/]*$/.test(text.split('/').slice(1).join('/') || '')) throw fail();
  const parts = text.split('/');
  const hasRegistry = parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost');
  const host = hasRegistry ? parts[0] : 'docker.io';
  const path = hasRegistry ? parts.slice(1) : parts;
  if (!/^[a-zA-Z0-9.-]+(:[0-9]+)?$/.test(host) || path.length === 0 || !path.every((p) => PATH_COMPONENT.test(p)))
    throw fail();
  const repository = host === 'docker.io' && path.length === 1 ? `library/${path[0]}` : path.join('/');
  return { name: text, registry: host === 'docker.io' ? 'registry-1.docker.io' : host, repository };
}

/** Tags: the OCI grammar; `latest` only when asked for by name. */
export function parseExtraTags(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[,\n]/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((tag) => {
      if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag)) {
        throw new ConfigurationError(
          `Invalid input 'extra-tags': '${tag}'. Expected image tags ([A-Za-z0-9_.-], up to 128 characters), separated by commas.`
        );
      }
      return tag;
    });
}

/** `KEY=value` lines (build-args, labels); a key is never empty and never holds `=`. */
export function parseKeyValues(text: string | undefined, input: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of (text ?? '').split('\n')) {
    if (line.trim() === '') continue;
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9_.\-/]+$/.test(key)) {
      throw new ConfigurationError(
        `Invalid input '${input}': '${line.trim().slice(0, 40)}'. Expected one KEY=value per line.`
      );
    }
    out[key] = line.slice(eq + 1).trim();
  }
  return out;
}
