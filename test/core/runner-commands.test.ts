import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import { forgetSecrets, registerSecret, runner } from '@goldenthread/core';
import { parseFileCommands } from '../../packages/tools/lib/local-runner.mjs';

// runner-commands.ts speaks the runner protocol without loading @actions/core (cold start).
// @actions/core is the oracle: both must write what the runner reads identically.

const VALUES = [
  'plain',
  'multi\nline\nvalue',
  'percent % colon : comma , cr \r x',
  '  padded  ',
  '',
  'ünïcödé ✓',
  '::warning::injected'
];
type Impl = Pick<
  typeof runner,
  'setOutput' | 'exportVariable' | 'saveState' | 'warning' | 'error' | 'setSecret' | 'info'
>;

let dir: string;
let stdout: string;
const saved = { ...process.env };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gt-cmd-'));
  stdout = '';
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...saved };
  process.exitCode = undefined;
});

function runWith(impl: Impl, label: string): { files: Record<string, Record<string, string>>; out: string } {
  const files: Record<string, string> = {};
  for (const kind of ['OUTPUT', 'ENV', 'STATE']) {
    files[kind] = join(dir, `${label}-${kind}`);
    writeFileSync(files[kind], '');
    process.env[`GITHUB_${kind}`] = files[kind];
  }
  stdout = '';
  VALUES.forEach((value, i) => {
    impl.setOutput(`out${i}`, value);
    impl.exportVariable(`ENV_${i}`, value);
    impl.saveState(`state${i}`, value);
    impl.warning(value);
    impl.error(value);
    impl.info(value);
    if (value) impl.setSecret(value);
  });
  const parsed = Object.fromEntries(
    Object.entries(files).map(([k, f]) => [k, parseFileCommands(readFileSync(f, 'utf8'))])
  );
  return { files: parsed as Record<string, Record<string, string>>, out: stdout };
}

describe('runner protocol matches @actions/core', () => {
  test('file commands and workflow commands are identical', () => {
    const ours = runWith(runner, 'ours');
    const theirs = runWith(actionsCore, 'theirs');
    expect(ours.files).toEqual(theirs.files);
    // One deliberate difference: a plain log line cannot start a workflow command (redact.ts).
    const neutralised = theirs.out.replace('\n::warning::injected\n', '\n:\u200b:warning::injected\n');
    expect(neutralised).not.toBe(theirs.out);
    expect(ours.out).toBe(neutralised);
    expect(ours.files.OUTPUT.out1).toBe('multi\nline\nvalue');
    expect(process.env.ENV_1).toBe('multi\nline\nvalue');
  });

  test('inputs and state read the same variables', () => {
    process.env['INPUT_OTLP-ENDPOINT'] = '  http://x:4318  ';
    process.env['INPUT_SERVICE_NAME'] = 'svc';
    process.env.STATE_started = '123';
    expect(runner.getInput('otlp-endpoint')).toBe(actionsCore.getInput('otlp-endpoint'));
    expect(runner.getInput('service name')).toBe(actionsCore.getInput('service name'));
    expect(runner.getInput('missing')).toBe('');
    // Behind a POSIX shell (Jenkins' sh) only the underscore form survives.
    process.env.INPUT_BACKEND_URL = 'http://prometheus:9090';
    expect(runner.getInput('backend-url')).toBe('http://prometheus:9090');
    expect(runner.getState('started')).toBe(actionsCore.getState('started'));
  });

  test('log lines from outside text cannot start a workflow command, and registered secrets never print', () => {
    registerSecret('s3cr3t-token-value');
    runner.info(
      'backend said:\n  ::add-mask::x\n::stop-commands::tok\nsee ##[error]here with s3cr3t-token-value and https://u:pw@h/x'
    );
    runner.warning('token s3cr3t-token-value');
    forgetSecrets();
    const lines = stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l))).toEqual(['::warning::token ***']);
    expect(stdout).not.toContain('##[');
    expect(stdout).not.toContain('s3cr3t');
    expect(stdout).toContain('https://***@h/x');
  });

  test('setFailed sets exit code 1 and prints an error command', () => {
    runner.setFailed('boom\nsecond line');
    expect(process.exitCode).toBe(1);
    expect(stdout).toBe('::error::boom%0Asecond line\n');
  });

  test('without GITHUB_OUTPUT the legacy command is printed, escaped', () => {
    delete process.env.GITHUB_OUTPUT;
    runner.setOutput('a', 'x,y:z');
    expect(stdout).toBe('::set-output name=a::x,y:z\n');
  });
});
