import {
  ConfigurationError,
  durationInput,
  errorMessage,
  optionalInput,
  requiredInput,
  runner,
  secretInput
} from '@goldenthread/core';

/**
 * Slack delivery: an incoming webhook (POST JSON to its URL; Slack answers 200 with the text `ok`,
 * docs.slack.dev/messaging/sending-messages-using-incoming-webhooks) or chat.postMessage with a bot
 * token (answers `{"ok":true,"channel":…,"ts":…}`, docs.slack.dev/reference/methods/chat.postMessage).
 * Block Kit for people, `text` as the plain fallback for notifications and clients without blocks.
 *
 * Retried, all within one overall budget: HTTP 429 after Retry-After, 5xx and a connection that
 * failed or timed out with backoff. Never retried: any other answer — a 4xx, an `ok:false`, and a
 * 200 we cannot read (it may well have been posted: asking again could post twice). A failure is
 * returned, never thrown, so it can never undo or hide a rollback.
 */

export type SlackDestination = (
  { kind: 'webhook'; url: string } | { kind: 'api'; token: string; channel: string; apiUrl: string }
) & {
  /** Post as a reply in this thread (the `ts` of its first message). */
  threadTs?: string;
  /** Overall budget of the delivery, every attempt and wait included. */
  budgetMs?: number;
};

export interface SlackMessage {
  text: string;
  blocks: unknown[];
}

export interface SlackResult {
  ok: boolean;
  attempts: number;
  error?: string;
  /** chat.postMessage only: where the message is, to thread follow-ups under it. */
  ts?: string;
  channel?: string;
}

export interface SlackLimits {
  maxAttempts: number;
  /** Longest single wait we accept from Retry-After or backoff. */
  maxWaitMs: number;
  /** One request's budget. */
  timeoutMs: number;
  /** Every attempt and wait together. */
  budgetMs: number;
}

export const DEFAULT_LIMITS: SlackLimits = { maxAttempts: 4, maxWaitMs: 30_000, timeoutMs: 10_000, budgetMs: 60_000 };

/** The Slack inputs, checked before anything happens; undefined when no Slack is configured. */
export function slackInputs(): SlackDestination | undefined {
  const threadTs = optionalInput('slack-thread-ts');
  if (threadTs !== undefined && !/^\d{1,12}\.\d{1,9}$/.test(threadTs)) {
    throw new ConfigurationError(
      `Invalid input 'slack-thread-ts': '${threadTs.slice(0, 40)}'. Expected a Slack message ts such as 1712345678.123456 (the slack-ts output of an earlier post).`
    );
  }
  const budgetMs = durationInput('slack-timeout', '60s', { positive: true });
  const url = secretInput('slack-webhook-url');
  if (url) return { kind: 'webhook', url: webhookUrl(url), threadTs, budgetMs };
  const token = secretInput('slack-token');
  if (!token) return undefined;
  const channel = requiredInput(
    'slack-channel',
    'the channel to post to with slack-token (e.g. #deploys or C0123456).'
  );
  const apiUrl = optionalInput('slack-api-url') ?? 'https://slack.com/api';
  if (!URL.canParse(apiUrl) || !/^https?:$/.test(new URL(apiUrl).protocol)) {
    throw new ConfigurationError(
      `Invalid input 'slack-api-url': '${apiUrl.slice(0, 80)}'. Expected an http(s) URL such as https://slack.com/api.`
    );
  }
  return { kind: 'api', token, channel, apiUrl, threadTs, budgetMs };
}

/** A webhook URL that fetch can use; the value itself (a secret) is never echoed. */
export function webhookUrl(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname) {
    throw new ConfigurationError(
      "Invalid input 'slack-webhook-url': not a usable URL. Expected the https:// URL of a Slack incoming webhook (https://hooks.slack.com/services/…)."
    );
  }
  return url.toString();
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An answer from outside, shown in one bounded line. */
const quote = (text: string) => JSON.stringify(text.replace(/\s+/g, ' ').trim().slice(0, 100));

function request(destination: SlackDestination, message: SlackMessage, timeoutMs: number): Promise<Response> {
  const init = { method: 'POST', signal: AbortSignal.timeout(timeoutMs) };
  const thread = destination.threadTs ? { thread_ts: destination.threadTs } : {};
  if (destination.kind === 'webhook') {
    return fetch(destination.url, {
      ...init,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message, ...thread })
    });
  }
  return fetch(`${destination.apiUrl.replace(/\/+$/, '')}/chat.postMessage`, {
    ...init,
    headers: { 'content-type': 'application/json; charset=utf-8', authorization: `Bearer ${destination.token}` },
    body: JSON.stringify({ channel: destination.channel, ...message, ...thread })
  });
}

/** What a 2xx says: delivered (with where, for the API), refused, or unreadable — never retried. */
function answerOf(destination: SlackDestination, status: number, body: string, attempt: number): SlackResult {
  if (destination.kind === 'webhook') {
    if (body.trim() === 'ok') return { ok: true, attempts: attempt };
    return {
      ok: false,
      attempts: attempt,
      error: `HTTP ${status} with ${quote(body)} instead of "ok"; not retried (it may have been posted)`
    };
  }
  let answer: { ok?: unknown; error?: unknown; ts?: unknown; channel?: unknown };
  try {
    answer = JSON.parse(body) as typeof answer;
  } catch {
    return {
      ok: false,
      attempts: attempt,
      error: `chat.postMessage answered HTTP ${status} with ${quote(body)}, not JSON; not retried (it may have been posted)`
    };
  }
  if (answer?.ok !== true)
    return {
      ok: false,
      attempts: attempt,
      error: `chat.postMessage: ${typeof answer?.error === 'string' ? answer.error.slice(0, 100) : 'not ok'}`
    };
  const ts = typeof answer.ts === 'string' ? answer.ts : undefined;
  return { ok: true, attempts: attempt, ts, channel: typeof answer.channel === 'string' ? answer.channel : undefined };
}

export async function postToSlack(
  destination: SlackDestination,
  message: SlackMessage,
  limits: SlackLimits = DEFAULT_LIMITS
): Promise<SlackResult> {
  const budgetMs = destination.budgetMs ?? limits.budgetMs;
  const end = Date.now() + budgetMs;
  let lastError = '';
  for (let attempt = 1; attempt <= limits.maxAttempts; attempt++) {
    let delayMs: number;
    const timeoutMs = Math.max(1, Math.min(limits.timeoutMs, end - Date.now()));
    try {
      const response = await request(destination, message, timeoutMs);
      const body = await response.text();
      if (response.status === 429) {
        const retryAfter = Number(response.headers.get('retry-after'));
        delayMs = (Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 1) * 1000;
        lastError = `HTTP 429 (rate limited, Retry-After ${response.headers.get('retry-after')?.slice(0, 20) ?? '–'})`;
      } else if (response.status >= 500) {
        delayMs = 1000 * 2 ** (attempt - 1);
        lastError = `HTTP ${response.status}`;
      } else if (!response.ok) {
        // 4xx other than 429: the message or the credentials are wrong; retrying will not help.
        return { ok: false, attempts: attempt, error: `HTTP ${response.status} ${quote(body)}` };
      } else {
        return answerOf(destination, response.status, body, attempt);
      }
    } catch (error) {
      lastError =
        (error as Error)?.name === 'TimeoutError'
          ? `no answer within ${timeoutMs} ms`
          : errorMessage((error as { cause?: unknown })?.cause ?? error);
      delayMs = 1000 * 2 ** (attempt - 1);
    }
    if (attempt === limits.maxAttempts) break;
    if (delayMs > limits.maxWaitMs) {
      return {
        ok: false,
        attempts: attempt,
        error: `${lastError}; asked to wait ${delayMs} ms, more than the ${limits.maxWaitMs} ms we allow`
      };
    }
    if (Date.now() + delayMs >= end) {
      return {
        ok: false,
        attempts: attempt,
        error: `${lastError}; no time left in slack-timeout (${budgetMs} ms) to try again`
      };
    }
    runner.info(
      `Slack: ${lastError}; trying again in ${delayMs} ms (attempt ${attempt + 1} of ${limits.maxAttempts}).`
    );
    await wait(delayMs);
  }
  return { ok: false, attempts: limits.maxAttempts, error: `${lastError} after ${limits.maxAttempts} attempts` };
}
