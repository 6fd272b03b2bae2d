/**
 * The one redaction rule (docs/design.md, "Safety rules"). Every sink — log lines, `::error::`
 * messages, outputs, summaries, span attributes, Slack and PR texts, records, thrown errors —
 * passes its text through `redact` first. GitHub's `::add-mask::` covers only GitHub's own log;
 * spans, Slack, records and Jenkins' console see whatever we hand them, so we hide secrets here.
 */

export const REDACTED = '***';

const secrets = new Set<string>();
let ordered: string[] = [];

/** Shorter strings would hide ordinary words; tokens, passwords and webhook URLs are longer. */
const MIN_SECRET_LENGTH = 4;

/**
 * Remember a secret (an input marked secret, a header value, a password). Its URL-encoded and
 * Base64 forms are remembered too, since tools print those; a multi-line secret (a kubeconfig)
 * also line by line, so a token printed on its own is caught.
 */
export function registerSecret(value: string | undefined): void {
  if (!value || value.trim().length < MIN_SECRET_LENGTH) return;
  const forms = [value, value.trim(), encodeURIComponent(value), Buffer.from(value).toString('base64')];
  if (value.includes('\n')) {
    for (const line of value.split('\n')) {
      const part = line.slice(line.indexOf(':') + 1).trim();
      if (part.length >= 8) forms.push(part);
    }
  }
  for (const form of forms) if (form.length >= MIN_SECRET_LENGTH) secrets.add(form);
  ordered = [...secrets].sort((a, b) => b.length - a.length);
}

/** For tests: forget every registered secret. */
export function forgetSecrets(): void {
  secrets.clear();
  ordered = [];
}

/** `scheme://user:password@` or `scheme://token@` → `scheme://***@`. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>|]+@/gi;
/** An Authorization value echoed in an error body. */
const AUTH_VALUE = /\b(Bearer|Basic|token)(\s+)[A-Za-z0-9._~+/=-]{8,}/g;
/** Slack webhook and signed query parameters carry their secret in the URL itself. */
const SECRET_URL_PARTS =
  /(hooks\.slack\.com\/services\/)[^\s"'<>]+|([?&](?:token|access_token|sig|signature|X-Amz-Signature|api_key|apikey)=)[^\s&#"'<>]+/gi;

export function redact(text: string): string {
  let out = text;
  for (const secret of ordered) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  return out
    .replace(URL_CREDENTIALS, `$1${REDACTED}@`)
    .replace(AUTH_VALUE, `$1$2${REDACTED}`)
    .replace(
      SECRET_URL_PARTS,
      (_m, slack: string | undefined, param: string | undefined) => `${slack ?? param}${REDACTED}`
    );
}

/** A URL as it may be shown: no credentials, no query, no fragment. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return redact(`${u.protocol}//${u.host}${u.pathname}`);
  } catch {
    return '<invalid url>';
  }
}

/**
 * Text from outside (a backend's error body, a tool's stderr, an input echoed back), made safe
 * to print: redacted, bounded, and unable to start a workflow command. GitHub's runner reads a
 * line as a command when, trimmed, it starts with `::`, or when it holds `##[` anywhere
 * (actions/runner src/Runner.Common/ActionCommand.cs, TryParseV2 and TryParse), so both are
 * broken with a zero-width space.
 */
export function untrusted(text: string, maxLength = 1000): string {
  let out = redact(text);
  if (out.length > maxLength) out = `${out.slice(0, maxLength)}… (${out.length - maxLength} more characters)`;
  return neutraliseCommands(out);
}

const ZWSP = '\u200b';

export function neutraliseCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replace(/##\[/g, `#${ZWSP}#[`))
    .join('\n');
}
