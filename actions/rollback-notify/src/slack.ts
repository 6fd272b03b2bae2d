import { errorMessage, runner } from '@goldenthread/core';

/**
 * Slack delivery: an incoming webhook (POST JSON to its URL) or chat.postMessage with a bot
 * token. Block Kit for people, `text` as the plain fallback for notifications and clients
 * without blocks. HTTP 429 is retried after Retry-After, 5xx with backoff, both bounded; a
 * failure is returned, never thrown, so it can never undo or hide a rollback.
 */

export type SlackDestination = { kind: 'webhook'; url: string } | { kind: 'api'; token: string; channel: string; apiUrl: string };

export interface SlackMessage {
  text: string;
  blocks: unknown[];
}

export interface SlackResult {
  ok: boolean;
  attempts: number;
  error?: string;
}

export interface SlackLimits {
  maxAttempts: number;
  /** Longest single wait we accept from Retry-After or backoff. */
  maxWaitMs: number;
  timeoutMs: number;
}

export const DEFAULT_LIMITS: SlackLimits = { maxAttempts: 4, maxWaitMs: 30_000, timeoutMs: 10_000 };

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function request(destination: SlackDestination, message: SlackMessage, timeoutMs: number): Promise<Response> {
  const init = { method: 'POST', signal: AbortSignal.timeout(timeoutMs) };
  if (destination.kind === 'webhook') {
    return fetch(destination.url, { ...init, headers: { 'content-type': 'application/json' }, body: JSON.stringify(message) });
  }
  return fetch(`${destination.apiUrl.replace(/\/+$/, '')}/chat.postMessage`, {
    ...init,
    headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${destination.token}` },
    body: JSON.stringify({ channel: destination.channel, ...message })
  });
}

export async function postToSlack(destination: SlackDestination, message: SlackMessage, limits: SlackLimits = DEFAULT_LIMITS): Promise<SlackResult> {
  let lastError = '';
  for (let attempt = 1; attempt <= limits.maxAttempts; attempt++) {
    let delayMs = 0;
    try {
      const response = await request(destination, message, limits.timeoutMs);
      const body = await response.text();
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get('retry-after'));
        delayMs = (Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 1) * 1000;
        lastError = `HTTP 429 (rate limited, Retry-After ${response.headers.get('retry-after') ?? '–'})`;
      } else if (response.status >= 500) {
        delayMs = 1000 * 2 ** (attempt - 1);
        lastError = `HTTP ${response.status}`;
      } else if (!response.ok) {
        // 4xx other than 429: the message or the credentials are wrong; retrying will not help.
        return { ok: false, attempts: attempt, error: `HTTP ${response.status} ${body.slice(0, 100)}`.trim() };
      } else if (destination.kind === 'api') {
        const answer = JSON.parse(body) as { ok: boolean; error?: string };
        if (!answer.ok) return { ok: false, attempts: attempt, error: `chat.postMessage: ${answer.error ?? 'not ok'}` };
        return { ok: true, attempts: attempt };
      } else {
        return { ok: true, attempts: attempt };
      }
    } catch (error) {
      lastError = (error as Error)?.name === 'TimeoutError' ? `no answer within ${limits.timeoutMs} ms` : errorMessage((error as { cause?: unknown })?.cause ?? error);
      delayMs = 1000 * 2 ** (attempt - 1);
    }
    if (attempt === limits.maxAttempts) break;
    if (delayMs > limits.maxWaitMs) {
      return { ok: false, attempts: attempt, error: `${lastError}; asked to wait ${delayMs} ms, more than the ${limits.maxWaitMs} ms we allow` };
    }
    runner.info(`Slack: ${lastError}; trying again in ${delayMs} ms (attempt ${attempt + 1} of ${limits.maxAttempts}).`);
    await wait(delayMs);
  }
  return { ok: false, attempts: limits.maxAttempts, error: `${lastError} after ${limits.maxAttempts} attempts` };
}
