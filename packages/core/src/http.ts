import { ConfigurationError, errorMessage } from './errors.js';
import { maskSecret } from './runner-io.js';
import { redactUrl, untrusted } from './redact.js';

/**
 * `key=value,key2=value2` (commas or newlines), values percent-decoded: the
 * OTEL_EXPORTER_OTLP_HEADERS format, used for every `*-headers` input. Values are
 * treated as secrets (masked), and an error never echoes the text.
 */
export function parseHeaderList(text: string, source: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of text.split(/[,\n]/)) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(key)) {
      throw new ConfigurationError(
        `Invalid ${source}: expected comma-separated key=value pairs (e.g. authorization=Bearer%20abc).`
      );
    }
    let value = pair.slice(eq + 1).trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      // Keep the raw value: not every token is percent-encoded.
    }
    maskSecret(value);
    headers[key] = value;
  }
  return headers;
}

/** An HTTP answer we could not use; `status` is 0 when there was no answer at all. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/**
 * GET a JSON document within `timeoutMs`. Uses Node's built-in fetch (undici inside
 * Node itself, so it adds nothing to the bundles). Errors name the redacted URL and the
 * status, never the headers.
 */
export async function getJson<T>(
  url: URL,
  options: { headers?: Record<string, string>; timeoutMs: number }
): Promise<T> {
  const where = redactUrl(url.toString());
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json', ...options.headers },
      signal: AbortSignal.timeout(options.timeoutMs)
    });
  } catch (error) {
    const reason =
      (error as Error)?.name === 'TimeoutError'
        ? `no answer within ${options.timeoutMs} ms`
        : errorMessage((error as { cause?: unknown })?.cause ?? error);
    throw new HttpError(`GET ${where}: ${reason}`, 0);
  }
  const text = await response.text();
  if (!response.ok) {
    throw new HttpError(`GET ${where}: HTTP ${response.status} ${untrusted(text, 200)}`.trim(), response.status);
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new HttpError(`GET ${where}: answer is not JSON`, response.status);
  }
}

/**
 * Forward proxies, as curl, git and Go read them: HTTPS_PROXY for https URLs, HTTP_PROXY for
 * http ones (lower case first), NO_PROXY a list of hosts (`host`, `.domain`, `*.domain`,
 * `host:port`, `*`) reached directly. The same rule undici's EnvHttpProxyAgent applies
 * (undici lib/dispatcher/env-http-proxy-agent.js, #shouldProxy), for clients that take a proxy
 * URL rather than a dispatcher (the OpenSearch client).
 */
export function proxyForUrl(target: string, env = process.env): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return undefined;
  }
  const proxy =
    url.protocol === 'https:'
      ? (env.https_proxy ?? env.HTTPS_PROXY ?? env.http_proxy ?? env.HTTP_PROXY)
      : url.protocol === 'http:'
        ? (env.http_proxy ?? env.HTTP_PROXY)
        : undefined;
  if (!proxy) return undefined;
  const host = url.host.replace(/:\d*$/, '').toLowerCase();
  const port = Number(url.port) || (url.protocol === 'https:' ? 443 : 80);
  const noProxy = env.no_proxy ?? env.NO_PROXY ?? '';
  if (noProxy.trim() === '*') return undefined;
  for (const entry of noProxy.split(/[,\s]/).filter(Boolean)) {
    const parsed = /^(.+):(\d+)$/.exec(entry);
    const name = (parsed ? parsed[1] : entry).replace(/^\*?\./, '').toLowerCase();
    if (parsed && Number(parsed[2]) !== port) continue;
    if (host === name || host.endsWith(`.${name}`)) return undefined;
  }
  return proxy;
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/**
 * Route every `fetch` of this process through the proxy the environment names (NO_PROXY honoured):
 * undici 7's EnvHttpProxyAgent as the global dispatcher, which Node's built-in fetch reads
 * (undici lib/global.js sets Symbol.for('undici.globalDispatcher.1') for it). Loaded only when a
 * proxy is set, so a step without one starts no faster or slower than before.
 */
export async function useProxyFromEnvironment(env = process.env): Promise<void> {
  if (!PROXY_VARIABLES.some((name) => env[name])) return;
  const { EnvHttpProxyAgent, setGlobalDispatcher } = await import('undici');
  try {
    setGlobalDispatcher(new EnvHttpProxyAgent());
  } catch (error) {
    throw new ConfigurationError(
      `The proxy in HTTPS_PROXY / HTTP_PROXY is not usable (${errorMessage(error)}). Expected a URL such as http://proxy.example:3128.`
    );
  }
}
