import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, ExpectedFailure, runner } from '@goldenthread/core';
import { withRetries } from './retry.js';

/**
 * The builders, each asked for the digest through its own record, never its log:
 * buildah `push --digestfile`, docker buildx `--metadata-file` (containerimage.digest),
 * kaniko `--digest-file`. Plain docker writes no record: its digest is asked of the registry.
 * Every command is an argv array (no shell); secrets go through stdin.
 */

export const BUILDERS = ['auto', 'docker', 'buildah', 'kaniko'] as const;
export type BuilderName = Exclude<(typeof BUILDERS)[number], 'auto'>;

export interface BuildRequest {
  image: string;
  registry: string;
  tags: string[];
  context: string;
  file: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  push: boolean;
  tlsVerify: boolean;
  username?: string;
  password?: string;
  /** Pins timestamps so the same sources give the same digest (undefined: the builder's clock). */
  sourceDateEpoch?: number;
}

export interface BuildOutcome {
  builder: string;
  /** From the builder's own record; undefined when it keeps none (plain docker) or did not push. */
  digest?: string;
}

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(command: string, args: string[], input?: string): Promise<Exec> {
  const { getExecOutput } = await import('@actions/exec');
  const result = await getExecOutput(command, args, { ignoreReturnCode: true, silent: false, input: input === undefined ? undefined : Buffer.from(input) });
  return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** Run and fail with the builder's own last words when it fails. */
async function must(what: string, command: string, args: string[], input?: string): Promise<Exec> {
  const result = await run(command, args, input);
  if (result.code !== 0) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
    throw new ExpectedFailure(`${what} failed (${command} exited ${result.code}): ${tail}`);
  }
  return result;
}

/**
 * Pushing is content-addressed, so asking again is safe: a registry hiccup (a 5xx, a dropped
 * connection) gets two more tries before the build fails — bounded, 1 s then 3 s apart.
 * Anything else (auth, a missing repository) fails at once.
 */
const PUSH_RETRY_DELAYS_MS = [1000, 3000];
const TRANSIENT_PUSH_FAILURE = /\b(500|502|503|504|429)\b|connection (refused|reset)|unexpected EOF|i\/o timeout|TLS handshake timeout/i;

async function push(what: string, command: string, args: string[]): Promise<void> {
  await withRetries(PUSH_RETRY_DELAYS_MS, (error) => TRANSIENT_PUSH_FAILURE.test((error as Error).message), () => must(what, command, args), {
    onRetry: (error, delayMs, tryNumber) => runner.info(`${(error as Error).message}; pushing again in ${delayMs / 1000} s (try ${tryNumber} of ${PUSH_RETRY_DELAYS_MS.length + 1}).`)
  });
}

async function works(command: string, args: string[]): Promise<boolean> {
  try {
    return (await run(command, args)).code === 0;
  } catch {
    return false; // not installed
  }
}

function kanikoBinary(): string {
  return process.env.KANIKO_EXECUTOR ?? 'executor';
}

/** auto: docker when its daemon answers, then buildah, then kaniko's executor. */
export async function pickBuilder(wanted: (typeof BUILDERS)[number]): Promise<BuilderName> {
  if (wanted !== 'auto') return wanted;
  if (await works('docker', ['info', '--format', '{{.ServerVersion}}'])) return 'docker';
  if (await works('buildah', ['--version'])) return 'buildah';
  if (await works(kanikoBinary(), ['version'])) return 'kaniko';
  throw new ConfigurationError("Input 'builder' is auto, but none was found: no docker daemon answering, no buildah, no kaniko executor on PATH. Install one or set 'builder'.");
}

const flags = (name: string, values: Record<string, string>) => Object.entries(values).flatMap(([k, v]) => [name, `${k}=${v}`]);

async function buildah(req: BuildRequest): Promise<BuildOutcome> {
  const [first, ...more] = req.tags.map((t) => `${req.image}:${t}`);
  const tls = `--tls-verify=${req.tlsVerify}`;
  if (req.push && req.username) await must('buildah login', 'buildah', ['login', tls, '--username', req.username, '--password-stdin', req.registry], req.password ?? '');
  const timestamp = req.sourceDateEpoch === undefined ? [] : ['--timestamp', String(req.sourceDateEpoch)];
  await must('buildah build', 'buildah', ['bud', ...timestamp, '-f', req.file, '-t', first, ...more.flatMap((t) => ['-t', t]), ...flags('--build-arg', req.buildArgs), ...flags('--label', req.labels), req.context]);
  if (!req.push) return { builder: 'buildah' };
  const digestFile = join(mkdtempSync(join(tmpdir(), 'gt-digest-')), 'digest');
  await push('buildah push', 'buildah', ['push', tls, '--digestfile', digestFile, first, `docker://${first}`]);
  for (const ref of more) await push('buildah push', 'buildah', ['push', tls, ref, `docker://${ref}`]);
  return { builder: 'buildah', digest: readFileSync(digestFile, 'utf8').trim() };
}

async function docker(req: BuildRequest): Promise<BuildOutcome> {
  const refs = req.tags.map((t) => `${req.image}:${t}`);
  if (req.push && req.username) await must('docker login', 'docker', ['login', '--username', req.username, '--password-stdin', req.registry], req.password ?? '');
  const common = ['-f', req.file, ...refs.flatMap((r) => ['-t', r]), ...flags('--build-arg', req.buildArgs), ...flags('--label', req.labels)];
  if (await works('docker', ['buildx', 'version'])) {
    const metadataFile = join(mkdtempSync(join(tmpdir(), 'gt-meta-')), 'metadata.json');
    const epoch = req.sourceDateEpoch === undefined ? [] : ['--build-arg', `SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`];
    await must('docker buildx build', 'docker', ['buildx', 'build', ...common, ...epoch, '--metadata-file', metadataFile, ...(req.push ? ['--push'] : ['--load']), req.context]);
    const meta = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>;
    return { builder: 'docker buildx', digest: req.push ? meta['containerimage.digest'] : undefined };
  }
  await must('docker build', 'docker', ['build', ...common, req.context]);
  if (req.push) for (const ref of refs) await push('docker push', 'docker', ['push', ref]);
  return { builder: 'docker' };
}

async function kaniko(req: BuildRequest): Promise<BuildOutcome> {
  const digestFile = join(mkdtempSync(join(tmpdir(), 'gt-digest-')), 'digest');
  const destinations = req.tags.flatMap((t) => ['--destination', `${req.image}:${t}`]);
  await must('kaniko executor', kanikoBinary(), [
    '--context', req.context,
    '--dockerfile', req.file,
    ...(req.push ? destinations : ['--no-push', ...destinations]),
    '--digest-file', digestFile,
    ...flags('--build-arg', req.buildArgs),
    ...flags('--label', req.labels),
    ...(req.tlsVerify ? [] : ['--insecure', '--skip-tls-verify']),
    ...(req.sourceDateEpoch === undefined ? [] : ['--reproducible'])
  ]);
  return { builder: 'kaniko', digest: req.push ? readFileSync(digestFile, 'utf8').trim() : undefined };
}

export async function build(builder: BuilderName, req: BuildRequest): Promise<BuildOutcome> {
  runner.info(`Building ${req.image}:${req.tags[0]} with ${builder}.`);
  return { buildah, docker, kaniko }[builder](req);
}
