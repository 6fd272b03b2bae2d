/** What the message says; every field is shown as given, escaped for Slack mrkdwn. */
export interface RollbackFacts {
  service: string;
  environment?: string;
  buildId: string;
  gitSha?: string;
  commitUrl?: string;
  author?: string;
  action: string;
  target: string;
  previousBuildId?: string;
  failing: Array<{ name: string; value: string; threshold: string; samples?: number | null }>;
  verdict?: string;
  /** The gate's own reason, e.g. shared-degradation for a hold. */
  reason?: string;
  traceUrl?: string;
  runUrl?: string;
  dryRun: boolean;
  /** Set when the rollback itself failed: the bad build is still serving. */
  rollbackError?: string;
}

/** Slack's mrkdwn control characters (api.slack.com "Formatting text"): & < > are escaped. */
export const escapeMrkdwn = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Block Kit's limits (docs.slack.dev/reference/block-kit/blocks/section-block: section text 1-3000,
 * fields ≤ 10 of ≤ 2000 each; …/header-block: plain_text ≤ 150); the fallback `text` we keep to
 * 3000 as well (Slack shows up to 4000 and truncates past 40000). Slack refuses the whole message
 * (invalid_blocks) when one is exceeded, so every text is cut to fit — the "FAILED" message above
 * all must get through.
 */
export const LIMITS = {
  sectionText: 3000,
  field: 2000,
  fields: 10,
  header: 150,
  contextText: 3000,
  fallback: 3000
} as const;

const ELLIPSIS = '…';
const ESCAPE = /^&(?:amp|lt|gt);/;

/** Where the token starting at `i` ends: an escape, a link `<…>`, a surrogate pair, or one unit. */
function tokenEnd(text: string, i: number, mrkdwn: boolean): number {
  if (mrkdwn && text[i] === '&') return i + (ESCAPE.exec(text.slice(i, i + 5))?.[0].length ?? 1);
  if (mrkdwn && text[i] === '<') {
    const close = text.indexOf('>', i);
    return close < 0 ? text.length : close + 1;
  }
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}

/**
 * `text` cut to at most `max` UTF-16 code units (what Slack counts), ending in '…' when cut. The
 * cut falls between tokens only: never inside a surrogate pair, and for mrkdwn never inside an
 * escape (`&amp;`) or a link (`<url|label>`, whose URL may hold a raw `&`), which would show as
 * garbage or break the message.
 */
export function truncate(text: string, max: number, { mrkdwn = true } = {}): string {
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length;
  let cut = 0;
  for (let end = tokenEnd(text, 0, mrkdwn); end <= room; end = tokenEnd(text, end, mrkdwn)) {
    cut = end;
    if (end >= text.length) break;
  }
  return text.slice(0, cut) + ELLIPSIS;
}

const link = (url: string | undefined, label: string) =>
  url ? `<${url.replace(/[<>|]/g, encodeURIComponent)}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);

function headline(f: RollbackFacts): string {
  const where = f.environment ? `${f.service} (${f.environment})` : f.service;
  if (f.rollbackError) return `${where}: rollback of build ${f.buildId} FAILED, it is still serving`;
  if (f.verdict === 'hold' || f.verdict === 'inconclusive') {
    return `${where}: build ${f.buildId} held by its gate (${f.verdict}), not rolled back`;
  }
  if (f.dryRun) return `${where}: would roll back build ${f.buildId} (dry run)`;
  // "none (…)" too: a run that rolled nothing back never headlines "rolled back".
  return /^none\b/.test(f.action)
    ? `${where}: build ${f.buildId} failed its gate`
    : `${where} rolled back: build ${f.buildId}`;
}

function failingLine(f: RollbackFacts): string {
  if (f.failing.length === 0)
    return f.verdict ? `verdict ${f.verdict}${f.reason ? `: ${f.reason}` : ''}` : 'no verdict file';
  return f.failing
    .map((m) => `${m.name} ${m.value} (threshold ${m.threshold}${m.samples ? `, ${m.samples} samples` : ''})`)
    .join('; ');
}

/** A gate that passed: one short note (in the thread when given), with the trace and run links. */
export function passMessage(f: RollbackFacts): { text: string; blocks: unknown[] } {
  const where = f.environment ? `${f.service} (${f.environment})` : f.service;
  const head = `${where}: build ${f.buildId} passed its gate`;
  const links = [
    f.traceUrl ? link(f.traceUrl, 'trace') : undefined,
    f.runUrl ? link(f.runUrl, 'pipeline run') : undefined
  ].filter(Boolean);
  const line = `${escapeMrkdwn(head)}${f.reason ? ` (${escapeMrkdwn(f.reason)})` : ''}.${links.length > 0 ? ` ${links.join(' · ')}` : ''}`;
  return {
    text: truncate(escapeMrkdwn(`${head}.`), LIMITS.fallback),
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: truncate(line, LIMITS.sectionText) } }]
  };
}

/** Block Kit layout: header, the facts as fields, the evidence, links in a context block. */
export function rollbackMessage(f: RollbackFacts): { text: string; blocks: unknown[] } {
  const short = f.gitSha?.slice(0, 7);
  const fields = [
    ['Build', `\`${escapeMrkdwn(f.buildId)}\``],
    ['Commit', short ? link(f.commitUrl, short) : '–'],
    ['Author', escapeMrkdwn(f.author ?? 'unknown')],
    [
      'Action',
      escapeMrkdwn(
        f.rollbackError ? `${f.action} failed: ${f.rollbackError}` : f.dryRun ? `${f.action} (dry run)` : f.action
      )
    ],
    ['Target', escapeMrkdwn(f.target)],
    ['Now serving', f.previousBuildId ? `\`${escapeMrkdwn(f.previousBuildId)}\`` : 'unknown']
  ]
    .slice(0, LIMITS.fields)
    .map(([label, value]) => ({ type: 'mrkdwn', text: truncate(`*${label}*\n${value}`, LIMITS.field) }));
  const links = [
    f.traceUrl ? link(f.traceUrl, 'trace') : undefined,
    f.runUrl ? link(f.runUrl, 'pipeline run') : undefined
  ].filter(Boolean);
  const text = `${headline(f)}. Commit ${short ?? 'unknown'} by ${f.author ?? 'unknown'}. ${failingLine(f)}. Action: ${f.action}${f.rollbackError ? ` failed: ${f.rollbackError}` : f.dryRun ? ' (dry run)' : ''}; now serving ${f.previousBuildId ?? 'unknown'}.${f.traceUrl ? ` Trace: ${f.traceUrl}` : ''}`;
  return {
    // The fallback feeds notifications and is parsed as mrkdwn too: escaped like the fields.
    text: truncate(escapeMrkdwn(text), LIMITS.fallback),
    blocks: [
      {
        type: 'header',
        text: { type: 'plain_text', text: truncate(headline(f), LIMITS.header, { mrkdwn: false }), emoji: true }
      },
      { type: 'section', fields },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: truncate(`*Why*: ${escapeMrkdwn(failingLine(f))}`, LIMITS.sectionText) }
      },
      ...(links.length > 0
        ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(links.join(' · '), LIMITS.contextText) }] }]
        : [])
    ]
  };
}
