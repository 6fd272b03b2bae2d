// The suite's secret scan, per case: every secret the suite passes in is looked for, after each
// case, in everything that case produced — logs, outputs, summaries, exported env, state, runner
// files (records included: they are written under RUNNER_TEMP), Slack bodies, spans, bodies the
// GitHub/OpenSearch stand-ins received, Kubernetes objects, and the commits of its git remotes.
// Each case is checked on its own, so the cases can run in any order or alone.
import { afterEach, expect } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';

/** Every secret any suite file passes in; all are looked for in every case. */
export const SECRETS = {
  otlp: 'otlpS3cretT0ken',
  github: 'ghp_suiteS3cretT0ken',
  slackToken: 'xoxb-suite-S3cret',
  slackWebhookPath: 'sEcReTwEbHoOkPaTh', // in every webhook URL the Slack stand-in hands out
  prometheus: 'promS3cretBearer',
  git: 'gitS3cretT0ken',
  registry: 'regS3cretPassw0rd',
  opensearch: 'osS3cretPassw0rd',
  kube: 'kubeS3cretBearer'
};

const sources: Array<{ where: string; read: () => string }> = [];

/** Scan what `read()` returns (read after the case, so it sees all the case did). */
export function scan(where: string, read: () => string): void {
  sources.push({ where, read });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** A job whose every run (log) and runner files (outputs, state, env, summary, records) are scanned. */
export class ScannedJob extends LocalJob {
  constructor(baseEnv: Record<string, string>) {
    super(baseEnv);
    const dir = this.dir;
    scan('runner files', () =>
      filesUnder(dir)
        .map((path) => `${path}\n${readFileSync(path, 'utf8')}`)
        .join('\n')
    );
  }

  override async run(...args: Parameters<LocalJob['run']>): ReturnType<LocalJob['run']> {
    const r = await super.run(...args);
    // GitHub's runner consumes ::add-mask:: lines; anywhere else (Jenkins) every byte is shown.
    const shown = this.env.GITHUB_ACTIONS === 'true' ? r.log : r.stdout + r.stderr;
    scan(`${String(args[0])} ${String(args[1])}: log`, () => shown);
    return r;
  }
}

export const scanSlack = (slack: { received: Array<{ body: unknown }> }) =>
  scan('Slack bodies', () => JSON.stringify(slack.received.map((m) => m.body)));

export const scanSpans = (receiver: { spans: unknown }) => scan('spans', () => JSON.stringify(receiver.spans));

/** Bodies a stand-in received (not its headers: the credentials are meant to go there). */
export const scanBodies = (where: string, requests: Array<{ body?: unknown }>) =>
  scan(where, () => JSON.stringify(requests.map((q) => q.body)));

/** Every commit (author, message, notes, patch) on every ref of a bare remote. */
export const scanRemote = (remote: string) =>
  scan(`commits in ${remote}`, () =>
    execFileSync('git', ['--git-dir', remote, 'log', '--all', '-p', '--format=%an %ae%n%B%n%N'], {
      encoding: 'utf8',
      maxBuffer: 64 << 20
    })
  );

/** Install the per-case scan in a test file. */
export function scanEachCase(): void {
  afterEach(() => {
    const taken = sources.splice(0);
    expect(taken.length).toBeGreaterThan(0); // every case runs a step through a ScannedJob
    const secrets = Object.entries(SECRETS);
    const leaks = taken.flatMap(({ where, read }) => {
      const text = read();
      return secrets.filter(([, secret]) => text.includes(secret)).map(([name]) => `${name} in ${where}`);
    });
    expect(leaks).toEqual([]);
  });
}
