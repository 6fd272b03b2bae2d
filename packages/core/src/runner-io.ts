import * as core from './runner-commands.js';
import { ConfigurationError } from './errors.js';
import { parseDuration } from './duration.js';
import { validateBuildId } from './build-id.js';
import { registerSecret } from './redact.js';
import { ENV } from './contracts/names.js';

/**
 * Runner IO for GitHub, Jenkins and plain shells alike (docs/design.md §5): inputs come from
 * `INPUT_<NAME>` env, outputs/state/env/summary go to the files named by GITHUB_OUTPUT,
 * GITHUB_STATE, GITHUB_ENV, GITHUB_STEP_SUMMARY (runner-commands.ts speaks that protocol);
 * this module adds typed getters whose errors name the input and what was expected.
 */

export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name);
  return value === '' ? undefined : value;
}

export function requiredInput(name: string, hint = ''): string {
  const value = optionalInput(name);
  if (value === undefined) {
    throw new ConfigurationError(`Input '${name}' is required${hint ? `: ${hint}` : '.'}`);
  }
  return value;
}

/**
 * Register a secret: with the one redaction rule (every sink, every runner), and with GitHub's
 * log masker. Only GitHub's runner consumes `::add-mask::`; anywhere else (Jenkins, a shell)
 * that line would print the secret itself, so there it is never written.
 */
export function maskSecret(value: string): void {
  if (value === '') return;
  registerSecret(value);
  if (process.env.GITHUB_ACTIONS !== 'true') return;
  core.setSecret(value);
  // A multi-line secret (a kubeconfig) is masked only as a whole; mask each `key: value`
  // value too, so a token printed on its own is caught.
  if (value.includes('\n')) {
    for (const line of value.split('\n')) {
      const part = line.slice(line.indexOf(':') + 1).trim();
      if (part.length >= 8) core.setSecret(part);
    }
  }
}

/** A secret input: masked in all later log output before anything else sees it. */
export function secretInput(name: string): string | undefined {
  const value = optionalInput(name);
  if (value !== undefined) maskSecret(value);
  return value;
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ConfigurationError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}

/** A duration input in ms; `positive` refuses 0 where zero would mean "never wait" or "no time". */
export function durationInput(name: string, fallback: string, { positive = false } = {}): number {
  const value = optionalInput(name) ?? fallback;
  const ms = parseDuration(value, `input '${name}'`);
  if (positive && ms <= 0)
    throw new ConfigurationError(`Invalid input '${name}': '${value}'. Expected a duration above zero, e.g. 30s.`);
  return ms;
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = optionalInput(name) ?? fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new ConfigurationError(`Invalid input '${name}': '${value}'. Expected one of: ${choices.join(', ')}.`);
  }
  return value as T;
}

export function setOutputs(outputs: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value !== undefined) core.setOutput(name, value);
  }
}

/** Hand variables to every later step of the job (GITHUB_ENV; Jenkins reads the file back). */
export function exportEnv(vars: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(vars)) {
    if (value !== undefined) core.exportVariable(name, value);
  }
}

/** State is written for the post step; the runner hands it back as STATE_<name>. */
export function saveState(values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) core.saveState(name, value);
}

export function getState(name: string): string | undefined {
  const value = core.getState(name);
  return value === '' ? undefined : value;
}

export { appendStepSummary as appendSummary } from './runner-commands.js';

/**
 * The build a step works on: input `build-id`, else `fallback` (e.g. from a verdict file), else
 * GOLDENTHREAD_BUILD_ID from trace-root; validated as an image tag.
 */
export function buildIdInput(fallback?: string): string {
  const text = optionalInput('build-id') ?? fallback ?? process.env[ENV.buildId];
  if (!text)
    throw new ConfigurationError(
      `Input 'build-id' is required: pass it, or run trace-root first (it exports ${ENV.buildId}).`
    );
  return validateBuildId(text, "input 'build-id'");
}
