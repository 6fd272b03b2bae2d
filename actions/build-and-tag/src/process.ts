import { spawn } from 'node:child_process';
import { neutraliseCommands, redact, TimeoutFailure } from '@goldenthread/core';

/**
 * Running a builder (buildah, docker, kaniko's executor) with a time bound. A registry that
 * accepts the connection and never answers leaves `buildah push` waiting forever, so every run
 * has a deadline: at it, the whole process group (the tool and anything it started) gets SIGTERM,
 * then SIGKILL after a short grace, and the step fails naming the input to raise.
 */

export interface Budget {
  /** Time left for this run, in ms. */
  ms: number;
  /** The whole budget, as the input set it (for the message). */
  totalMs: number;
  /** The input(s) that set it, for the message: 'push-timeout', or 'build-timeout + push-timeout'. */
  input: string;
}

export interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

/** A run stopped at its deadline: never retried (there is no time left to retry in). */
export class DeadlineExceeded extends TimeoutFailure {
  constructor(what: string, budget: Budget) {
    super(
      `${what} did not finish within ${budget.input} (${formatMs(budget.totalMs)}) and was stopped; raise '${budget.input}' if it is only slow.`
    );
    this.name = 'DeadlineExceeded';
  }
}

const KILL_GRACE_MS = 2000;

export function formatMs(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** Tool output is text from outside (a registry's error body): redacted, and unable to start a workflow command. */
const safe = (text: string) => neutraliseCommands(redact(text));

/** Echo a stream line by line (made safe), keeping all of it for the caller. */
function echo(sink: NodeJS.WriteStream) {
  let pending = '';
  let all = '';
  return {
    push(chunk: Buffer) {
      const text = chunk.toString('utf8');
      all += text;
      pending += text;
      const cut = pending.lastIndexOf('\n');
      if (cut >= 0) {
        sink.write(safe(pending.slice(0, cut + 1)));
        pending = pending.slice(cut + 1);
      }
    },
    end() {
      if (pending) sink.write(safe(pending) + '\n');
      pending = '';
      return all;
    }
  };
}

/**
 * Run `command args` (argv, no shell) in a process group of its own, `input` on stdin, output
 * echoed to the log. Resolves with the exit code; rejects with DeadlineExceeded when `budget`
 * runs out, and with the spawn error when the command does not exist.
 */
export function runBounded(
  what: string,
  command: string,
  args: string[],
  budget: Budget,
  options: { input?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<Exec> {
  if (budget.ms <= 0) return Promise.reject(new DeadlineExceeded(what, budget));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      env: options.env ?? process.env
    });
    const out = echo(process.stdout);
    const err = echo(process.stdout);
    let timedOut = false;
    let killer: NodeJS.Timeout | undefined;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // the group is gone already
      }
    };
    const deadline = setTimeout(() => {
      timedOut = true;
      signalGroup('SIGTERM');
      killer = setTimeout(() => signalGroup('SIGKILL'), KILL_GRACE_MS);
    }, budget.ms);
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.stdin.on('error', () => undefined); // a tool that exits without reading stdin
    child.stdin.end(options.input ?? '');
    child.on('error', (error) => {
      clearTimeout(deadline);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(deadline);
      // The tool is done; anything it left behind in its group goes with it.
      if (timedOut) {
        clearTimeout(killer);
        signalGroup('SIGKILL');
        return reject(new DeadlineExceeded(what, budget));
      }
      resolve({ code: code ?? 128, stdout: out.end(), stderr: err.end() });
    });
  });
}

/** A deadline shared by several runs (every tag's push and their retries): what is left of it. */
export function deadline(totalMs: number, input: string): () => Budget {
  const end = Date.now() + totalMs;
  return () => ({ ms: Math.max(0, end - Date.now()), totalMs, input });
}
