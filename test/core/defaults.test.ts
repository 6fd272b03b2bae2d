import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_GIT_TIMEOUT } from '../../packages/core/src/git.js';

// action.yml is where an input's default lives. The code's fallbacks (which Jenkins and plain
// shells rely on: only GitHub's runner fills defaults in) and the README tables must say the
// same, and the code must read no input action.yml does not declare (a typo reads nothing).

const ROOT = join(import.meta.dirname, '..', '..');
const ACTIONS = readdirSync(join(ROOT, 'actions'));
/** Named constants used as fallbacks, resolved to their values. */
const CONSTANTS: Record<string, string> = { DEFAULT_GIT_TIMEOUT };
/** Inputs of `otel-gate serve`, the Argo web-provider mode: configured from its own env, not action.yml. */
const SERVE_ONLY = /^serve-/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Fallback {
  input: string;
  value?: string;
  file: string;
}

/** Every input the code reads, with its literal fallback where it has one. */
function codeInputs(action: string): Fallback[] {
  const found: Fallback[] = [];
  const files = sources(join(ROOT, 'actions', action, 'src'));
  // Input names kept as constants (`Input.RootSpan: 'root-span'`) are read as the names they hold.
  const constants = files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const names = /export const Input = \{([^}]*)\}/.exec(constants)?.[1] ?? '';
  const inputConstants = Object.fromEntries([...names.matchAll(/(\w+): '([a-z0-9-]+)'/g)].map((m) => [m[1], m[2]]));
  for (const file of files) {
    const text = readFileSync(file, 'utf8').replace(/\bInput\.(\w+)/g, (whole, key: string) =>
      key in inputConstants ? `'${inputConstants[key]}'` : whole
    );
    const patterns: Array<[RegExp, (m: RegExpExecArray) => string | undefined]> = [
      [/optionalInput\('([a-z0-9-]+)'\)(?: \?\? '([^']*)')?/g, (m) => m[2]],
      [/(?:required|secret)Input\('([a-z0-9-]+)'/g, () => undefined],
      [/choiceInput\('([a-z0-9-]+)', \w+, '([^']*)'\)/g, (m) => m[2]],
      [/durationInput\('([a-z0-9-]+)', (?:'([^']*)'|([A-Z_]+))/g, (m) => m[2] ?? CONSTANTS[m[3]]],
      [/booleanInput\('([a-z0-9-]+)', (true|false)\)/g, (m) => m[2]]
    ];
    for (const [pattern, value] of patterns) {
      for (const m of text.matchAll(pattern)) found.push({ input: m[1], value: value(m), file });
    }
  }
  return found;
}

function declared(action: string): Record<string, { default?: string }> {
  return parse(readFileSync(join(ROOT, 'actions', action, 'action.yml'), 'utf8')).inputs ?? {};
}

describe('input defaults live in action.yml; code and docs agree', () => {
  test.each(ACTIONS)(
    '%s: every input the code reads is declared, and every literal fallback equals its default',
    (action) => {
      const inputs = declared(action);
      const read = codeInputs(action);
      expect(read.length).toBeGreaterThan(3);
      const undeclared = read.filter((r) => !(r.input in inputs) && !SERVE_ONLY.test(r.input)).map((r) => r.input);
      expect(undeclared).toEqual([]);
      const drift = read
        .filter((r) => r.value !== undefined && r.input in inputs)
        .filter((r) => String(inputs[r.input].default ?? '') !== r.value)
        .map((r) => `${r.input}: code '${r.value}' vs action.yml '${inputs[r.input].default ?? ''}'`);
      expect(drift).toEqual([]);
    }
  );

  test('the README tables of inputs show the action.yml defaults', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z0-9-]+)` \| `?([^|`]*?)`? \| /gm)];
    expect(rows.length).toBeGreaterThan(5);
    const all = Object.assign({}, ...ACTIONS.map(declared)) as Record<string, { default?: string }>;
    const drift = rows
      .filter(([, name, shown]) => name in all && shown !== '—' && shown !== 'minted' && !shown.includes(' '))
      .filter(([, name, shown]) => String(all[name].default ?? '') !== shown)
      .map(([, name, shown]) => `${name}: README '${shown}' vs action.yml '${all[name].default ?? ''}'`);
    expect(drift).toEqual([]);
  });
});
