import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, ExpectedFailure, runner } from '@goldenthread/core';
import { deadline, DeadlineExceeded, runBounded, type Budget, type Exec } from './process.js';
import { withRetries } from './retry.js';

/**
 * The builders, each asked for the digest through its own record, never its log:
 * buildah `push --digestfile`, docker buildx `--metadata-file` (containerimage.digest),
 * kaniko `--digest-file`. Plain docker writes no record: its digest is asked of the registry.
 * Every command is an argv array (no shell), every run has a deadline (process.ts), secrets go
 * through stdin (buildah/docker login) or a docker config file (kaniko), never argv.
 *
 * Argv is unambiguous: options with a value are written `--name=value`, and positionals follow
 * `--`. buildah, docker and docker buildx parse their command lines with cobra/spf13-pflag, where
 * `--` ends the options (pflag flag.go, `parseArgs`: "--" terminates flags); kaniko's executor
 * is cobra too but takes the context as `--context=`, never positionally.
 */

export const BUILDERS = ['auto', 'docker', 'buildah', 'kaniko'] as const;
export type BuilderName = Exclude<(typeof BUILDERS)[number], 'auto'>;

export interface BuildRequest {
  image: string;
  registry: string;
  tags: string[];
  /** An absolute directory, or a remote context URL (scheme://…). */
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
  timeouts: { buildMs: number; pushMs: number; registryMs: number };
}

export interface BuildOutcome {
  builder: string;
  /** From the builder's own record; undefined when it keeps none (plain docker) or did not push. */
  digest?: string;
}

const once = (totalMs: number, input: string): Budget => ({ ms: totalMs, totalMs, input });

/** Run and fail with the builder's own last words when it fails. */
async function must(
  what: string,
  command: string,
  args: string[],
  budget: Budget,
  options: { input?: string; env?: NodeJS.ProcessEnv } = {}
): Promise<Exec> {
  const result = await runBounded(what, command, args, budget, options);
  if (result.code !== 0) {
    const tail = (result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ');
    throw new ExpectedFailure(`${what} failed (${command} exited ${result.code}): ${tail}`);
  }
  return result;
}

/**
 * Pushing is content-addressed, so asking again is safe: a registry hiccup (a 5xx, a dropped
 * connection) gets two more tries before the build fails — bounded, 1 s then 3 s apart, and all
 * within push-timeout. Anything else (auth, a missing repository, the deadline) fails at once.
 */
const PUSH_RETRY_DELAYS_MS = [1000, 3000];
const TRANSIENT_PUSH_FAILURE =
  /\b(500|502|503|504|429)\b|connection (refused|reset)|unexpected EOF|i\/o timeout|TLS handshake timeout/i;

async function push(what: string, command: string, args: string[], budget: () => Budget): Promise<void> {
  const transient = (error: unknown) =>
    !(error instanceof DeadlineExceeded) &&
    TRANSIENT_PUSH_FAILURE.test((error as Error).message) &&
    budget().ms > Math.max(...PUSH_RETRY_DELAYS_MS);
  await withRetries(PUSH_RETRY_DELAYS_MS, transient, () => must(what, command, args, budget()), {
    onRetry: (error, delayMs, tryNumber) =>
      runner.info(
        `${(error as Error).message}; pushing again in ${delayMs / 1000} s (try ${tryNumber} of ${PUSH_RETRY_DELAYS_MS.length + 1}).`
      )
  });
}

/** A daemon that accepts and never answers must not hang the pick either. */
const PROBE_MS = 15_000;

async function works(command: string, args: string[]): Promise<boolean> {
  try {
    return (await runBounded(`${command} ${args[0]}`, command, args, once(PROBE_MS, 'the builder probe'))).code === 0;
  } catch {
    return false; // not installed, or not answering
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
  throw new ConfigurationError(
    "Input 'builder' is auto, but none was found: no docker daemon answering, no buildah, no kaniko executor on PATH. Install one or set 'builder'."
  );
}

const flags = (name: string, values: Record<string, string>) =>
  Object.entries(values).map(([k, v]) => `${name}=${k}=${v}`);

async function buildah(req: BuildRequest): Promise<BuildOutcome> {
  const [first, ...more] = req.tags.map((t) => `${req.image}:${t}`);
  const tls = `--tls-verify=${req.tlsVerify}`;
  if (req.push && req.username) {
    const login = ['login', tls, `--username=${req.username}`, '--password-stdin', '--', req.registry];
    await must('buildah login', 'buildah', login, once(req.timeouts.registryMs, 'registry-timeout'), {
      input: req.password ?? ''
    });
  }
  const timestamp = req.sourceDateEpoch === undefined ? [] : [`--timestamp=${req.sourceDateEpoch}`];
  const tags = [first, ...more].map((t) => `--tag=${t}`);
  const bud = [
    'bud',
    ...timestamp,
    `--file=${req.file}`,
    ...tags,
    ...flags('--build-arg', req.buildArgs),
    ...flags('--label', req.labels),
    '--',
    req.context
  ];
  await must('buildah build', 'buildah', bud, once(req.timeouts.buildMs, 'build-timeout'));
  if (!req.push) return { builder: 'buildah' };
  const digestFile = join(mkdtempSync(join(tmpdir(), 'gt-digest-')), 'digest');
  const budget = deadline(req.timeouts.pushMs, 'push-timeout');
  await push(
    'buildah push',
    'buildah',
    ['push', tls, `--digestfile=${digestFile}`, '--', first, `docker://${first}`],
    budget
  );
  for (const ref of more) await push('buildah push', 'buildah', ['push', tls, '--', ref, `docker://${ref}`], budget);
  return { builder: 'buildah', digest: readFileSync(digestFile, 'utf8').trim() };
}

async function docker(req: BuildRequest): Promise<BuildOutcome> {
  const refs = req.tags.map((t) => `${req.image}:${t}`);
  if (req.push && req.username) {
    const login = ['login', `--username=${req.username}`, '--password-stdin', '--', req.registry];
    await must('docker login', 'docker', login, once(req.timeouts.registryMs, 'registry-timeout'), {
      input: req.password ?? ''
    });
  }
  const common = [
    `--file=${req.file}`,
    ...refs.map((r) => `--tag=${r}`),
    ...flags('--build-arg', req.buildArgs),
    ...flags('--label', req.labels)
  ];
  if (await works('docker', ['buildx', 'version'])) {
    const metadataFile = join(mkdtempSync(join(tmpdir(), 'gt-meta-')), 'metadata.json');
    const epoch = req.sourceDateEpoch === undefined ? [] : [`--build-arg=SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`];
    const args = [
      'buildx',
      'build',
      ...common,
      ...epoch,
      `--metadata-file=${metadataFile}`,
      req.push ? '--push' : '--load',
      '--',
      req.context
    ];
    // buildx builds and pushes in one run: both budgets, and the message names both.
    const budget = req.push
      ? once(req.timeouts.buildMs + req.timeouts.pushMs, 'build-timeout + push-timeout')
      : once(req.timeouts.buildMs, 'build-timeout');
    await must('docker buildx build', 'docker', args, budget);
    const meta = JSON.parse(readFileSync(metadataFile, 'utf8')) as Record<string, string>;
    return { builder: 'docker buildx', digest: req.push ? meta['containerimage.digest'] : undefined };
  }
  await must(
    'docker build',
    'docker',
    ['build', ...common, '--', req.context],
    once(req.timeouts.buildMs, 'build-timeout')
  );
  const budget = deadline(req.timeouts.pushMs, 'push-timeout');
  if (req.push) for (const ref of refs) await push('docker push', 'docker', ['push', '--', ref], budget);
  return { builder: 'docker' };
}

/**
 * kaniko reads registry credentials from $DOCKER_CONFIG/config.json (its image sets
 * DOCKER_CONFIG=/kaniko/.docker; go-containerregistry's default keychain reads it). The login
 * goes into a private copy of that file — the user's own entries (credHelpers) kept — never argv.
 */
function kanikoDockerConfig(req: BuildRequest): { dir: string; env: NodeJS.ProcessEnv } | undefined {
  if (!req.push || !req.username) return undefined;
  const existing = join(process.env.DOCKER_CONFIG ?? '/kaniko/.docker', 'config.json');
  let config: { auths?: Record<string, unknown> } = {};
  try {
    if (existsSync(existing)) config = JSON.parse(readFileSync(existing, 'utf8'));
  } catch {
    config = {};
  }
  const auth = Buffer.from(`${req.username}:${req.password ?? ''}`).toString('base64');
  const host = req.registry === 'registry-1.docker.io' ? 'https://index.docker.io/v1/' : req.registry;
  config.auths = { ...config.auths, [host]: { auth } };
  const dir = mkdtempSync(join(tmpdir(), 'gt-kaniko-auth-'));
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config), { mode: 0o600 });
  return { dir, env: { ...process.env, DOCKER_CONFIG: dir } };
}

async function kaniko(req: BuildRequest): Promise<BuildOutcome> {
  const digestFile = join(mkdtempSync(join(tmpdir(), 'gt-digest-')), 'digest');
  const destinations = req.tags.map((t) => `--destination=${req.image}:${t}`);
  const auth = kanikoDockerConfig(req);
  try {
    // The executor builds and pushes in one run: both budgets, and the message names both.
    const budget = req.push
      ? once(req.timeouts.buildMs + req.timeouts.pushMs, 'build-timeout + push-timeout')
      : once(req.timeouts.buildMs, 'build-timeout');
    await must(
      'kaniko executor',
      kanikoBinary(),
      [
        `--context=${req.context}`,
        `--dockerfile=${req.file}`,
        ...(req.push ? destinations : ['--no-push', ...destinations]),
        `--digest-file=${digestFile}`,
        ...flags('--build-arg', req.buildArgs),
        ...flags('--label', req.labels),
        ...(req.tlsVerify ? [] : ['--insecure', '--skip-tls-verify']),
        ...(req.sourceDateEpoch === undefined ? [] : ['--reproducible'])
      ],
      budget,
      { env: auth?.env }
    );
  } finally {
    if (auth) rmSync(auth.dir, { recursive: true, force: true });
  }
  return { builder: 'kaniko', digest: req.push ? readFileSync(digestFile, 'utf8').trim() : undefined };
}

export async function build(builder: BuilderName, req: BuildRequest): Promise<BuildOutcome> {
  runner.info(`Building ${req.image}:${req.tags[0]} with ${builder}.`);
  return { buildah, docker, kaniko }[builder](req);
}
