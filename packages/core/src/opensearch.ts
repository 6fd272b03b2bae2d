import { ConfigurationError } from './errors.js';
import { proxyForUrl } from './http.js';
import { secretInput } from './runner-io.js';

/**
 * The records' OpenSearch / Elasticsearch sink (docs/design.md §3): one document per record with the
 * official client, loaded only when a URL is configured. The document id is stable per record,
 * so a re-run overwrites rather than duplicates.
 *
 * Best effort, in two halves: the URL is checked when the inputs are read (`openSearchUrlInput`,
 * before the step's first side effect), and `indexRecord`, called after it, never throws and
 * never holds the step longer than its one `timeoutMs` — no retry that could double it.
 */

/** `opensearch-url` (a secret: credentials may sit in it), checked; undefined when not set. */
export function openSearchUrlInput(name = 'opensearch-url'): string | undefined {
  const text = secretInput(name);
  if (!text) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol) || !url.hostname) {
    // Never echo the value: it may carry a password.
    throw new ConfigurationError(
      `Invalid input '${name}': not an http(s) URL. Expected e.g. https://user:password@search.example:9200.`
    );
  }
  return text;
}

export async function indexRecord(
  url: string,
  index: string,
  id: string,
  record: object,
  timeoutMs: number
): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  let abort: (() => void) | undefined;
  let close: (() => Promise<unknown>) | undefined;
  const attempt = (async () => {
    const { Client } = await import('@opensearch-project/opensearch');
    const proxy = proxyForUrl(url);
    const client = new Client({ node: url, requestTimeout: timeoutMs, maxRetries: 0, ...(proxy ? { proxy } : {}) });
    close = () => client.close();
    const request = client.index({ index, id, body: record, refresh: false });
    abort = (request as { abort?: () => void }).abort?.bind(request);
    await request;
    return undefined;
  })();
  const expired = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([attempt, expired]);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The client's ResponseError to a non-OpenSearch error answer says only "Response Error"
    // (@opensearch-project/opensearch lib/errors.js): name the HTTP status it got.
    const status = (error as { meta?: { statusCode?: unknown } }).meta?.statusCode;
    return typeof status === 'number' ? `HTTP ${status}: ${message}` : message;
  } finally {
    clearTimeout(timer);
    abort?.();
    close?.().catch(() => undefined);
  }
}
