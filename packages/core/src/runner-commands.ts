import { nodeCrypto } from './builtins.js';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { neutraliseCommands, redact } from './redact.js';

/**
 * The runner protocol itself: workflow commands on stdout (`::warning::…`) and file
 * commands appended to GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_STEP_SUMMARY
 * (docs.github.com "Workflow commands for GitHub Actions").
 *
 * Why not @actions/core at run time: importing it loads @actions/http-client and undici
 * for OIDC, which alone costs about 2× an empty `node` start on every step (measured in
 * `npm run bench`). test/core/runner-commands.test.ts checks this module byte-for-byte
 * against @actions/core so the two cannot drift.
 */

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(command: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ' ' + props : ''}::${escapeData(message)}${EOL}`);
}

/** Append `key<<DELIM … DELIM` to the file GITHUB_<kind> names; false when there is none. */
function appendKeyValue(kind: 'OUTPUT' | 'ENV' | 'STATE', key: string, value: string): boolean {
  const path = process.env[`GITHUB_${kind}`];
  if (!path) return false;
  const delimiter = `ghadelimiter_${nodeCrypto().randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Refusing to write ${key}: its name or value contains the file-command delimiter.`);
  }
  appendFileSync(path, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
  return true;
}

/**
 * INPUT_<NAME> as the runner sets it (`otlp-endpoint` → INPUT_OTLP-ENDPOINT). POSIX shells drop
 * variables whose names hold `-`, so where a shell stands between (Jenkins' sh step) the
 * library passes INPUT_OTLP_ENDPOINT instead; either is read.
 */
export function getInput(name: string): string {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  return (process.env[key] ?? process.env[key.replace(/-/g, '_')] ?? '').trim();
}

export function setOutput(name: string, value: string): void {
  value = redact(value);
  if (!appendKeyValue('OUTPUT', name, value)) issueCommand('set-output', value, { name });
}

/** Sets the variable for this process too, so later code in the same step sees it. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  if (!appendKeyValue('ENV', name, value)) issueCommand('set-env', value, { name });
}

export function saveState(name: string, value: string): void {
  if (!appendKeyValue('STATE', name, value)) issueCommand('save-state', value, { name });
}

/** STATE_<name>, or with `-` as `_` where a shell stood between (see getInput). */
export function getState(name: string): string {
  return process.env[`STATE_${name}`] ?? process.env[`STATE_${name.replace(/-/g, '_')}`] ?? '';
}

export function setSecret(value: string): void {
  issueCommand('add-mask', value);
}

/**
 * Every log line passes the one redaction rule (redact.ts); a plain line also cannot start a
 * workflow command, whatever text from outside it carries. (Inside `::warning::` and
 * `::error::` the message is escaped, so it cannot start a line of its own.)
 */
export function info(message: string): void {
  process.stdout.write(neutraliseCommands(redact(message)) + EOL);
}

export function debug(message: string): void {
  issueCommand('debug', redact(message));
}

export function warning(message: string): void {
  issueCommand('warning', redact(message));
}

export function error(message: string): void {
  issueCommand('error', redact(message));
}

export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

/** Append markdown to the job summary when the runner provides one. */
export function appendStepSummary(markdown: string): void {
  const path = process.env.GITHUB_STEP_SUMMARY;
  markdown = redact(markdown);
  if (path) appendFileSync(path, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
}
