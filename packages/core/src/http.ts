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
export async function getJson<T>(url: URL, options: { headers?: Record<string, string>; timeoutMs: number }): Promise<T> {
  const where = redactUrl(url.toString());
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json', ...options.headers }, signal: AbortSignal.timeout(options.timeoutMs) });
  } catch (error) {
    const reason = (error as Error)?.name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : errorMessage((error as { cause?: unknown })?.cause ?? error);
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
