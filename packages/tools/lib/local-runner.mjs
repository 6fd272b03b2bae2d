// Runs a compiled action the way a runner does: inputs as INPUT_<NAME> env, outputs, state,
// env and summary through the files GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV /
// GITHUB_STEP_SUMMARY name, state handed to the post step as STATE_<name>, and env
// exported by one step visible to every later one. Used by the tests and the demo.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** Parse a runner file command file: `name<<DELIM\nvalue\nDELIM` blocks or `name=value` lines. */
export function parseFileCommands(text) {
  const values = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const body = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) body.push(lines[i]);
      values[name] = body.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return values;
}

function readCommands(path) {
  return parseFileCommands(readFileSync(path, 'utf8'));
}

/** Builder settings a job inherits from the machine (buildah's storage driver and isolation). */
function passThrough() {
  return Object.fromEntries(
    ['STORAGE_DRIVER', 'BUILDAH_ISOLATION'].filter((k) => process.env[k]).map((k) => [k, process.env[k]])
  );
}

/** Run one node script with env; resolves with exit code, stdout, stderr and wall time. */
export function runScript(script, env, options = {}) {
  return runCommand(process.execPath, [script], env, options);
}

/**
 * Run a command (argv, no shell) with env; resolves with exit code, stdout, stderr and wall time.
 * `onStdout` sees the output so far as it arrives (to act when a step reaches a point).
 */
export function runCommand(command, args, env, { timeoutMs = 60_000, onStdout } = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      onStdout?.(stdout);
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolvePromise({ code: signal ? 128 : code, signal, stdout, stderr, ms });
    });
  });
}

/**
 * A job: a base env (CI facts) plus a temp dir standing in for RUNNER_TEMP. `step()` runs
 * an action's main (and remembers its state for `post()`), applying GITHUB_ENV exports to
 * the job env as the runner does.
 */
export class LocalJob {
  constructor(baseEnv) {
    this.baseEnv = baseEnv;
    this.dir = mkdtempSync(join(tmpdir(), 'goldenthread-job-'));
    this.env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: this.dir, ...passThrough(), ...baseEnv };
    this.states = {};
    this.count = 0;
  }

  async run(action, entry, inputs = {}, extraEnv = {}, options = {}) {
    const n = this.count++;
    const files = {};
    for (const kind of ['output', 'state', 'env', 'summary']) {
      files[kind] = join(this.dir, `${n}-${kind}`);
      writeFileSync(files[kind], '');
    }
    const env = {
      ...this.env,
      ...extraEnv,
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_ENV: files.env,
      GITHUB_STEP_SUMMARY: files.summary
    };
    for (const [name, value] of Object.entries(inputs)) {
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    }
    const script = join(ROOT, 'dist', action, entry === 'post' ? 'post/index.js' : 'index.js');
    const result = await runScript(script, env, options);
    const exported = readCommands(files.env);
    Object.assign(this.env, exported);
    return {
      ...result,
      // What a reader of the log sees: the runner consumes ::add-mask:: lines itself.
      log: (result.stdout + result.stderr)
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
      outputs: readCommands(files.output),
      state: readCommands(files.state),
      exported,
      summary: readFileSync(files.summary, 'utf8')
    };
  }

  /** @param {{ onStdout?: (soFar: string) => void, timeoutMs?: number }} [options] */
  async step(action, inputs = {}, extraEnv = {}, options = {}) {
    const result = await this.run(action, 'main', inputs, extraEnv, options);
    this.states[action] = { inputs, state: result.state };
    return result;
  }

  async post(action, extraEnv = {}) {
    const { inputs, state } = this.states[action] ?? { inputs: {}, state: {} };
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    return this.run(action, 'post', inputs, { ...stateEnv, ...extraEnv });
  }
}
