import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, ExpectedFailure, runner } from '@goldenthread/core';
import { deadline, DeadlineExceeded, runBounded, type Budget, type Exec } from './process.js';
import { withRetries } from './retry.js';
import type { SecretSource } from './secrets.js';

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
/** What actually builds: `docker` is split into buildx (BuildKit) and the classic builder. */
export type BuilderKind = 'buildah' | 'docker buildx' | 'docker' | 'kaniko';

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
  /** OS/ARCH[/VARIANT]; empty: the builder's own platform. */
  platforms: string[];
  target?: string;
  secrets: SecretSource[];
  /** Cache repositories (no tag). */
  cacheFrom?: string;
  cacheTo?: string;
  timeouts: { buildMs: number; pushMs: number; registryMs: number };
}

/** The build features a request asks for, as refuseUnsupported checks them. */
export interface BuildFeatures {
  push: boolean;
  platforms: string[];
  target?: string;
  /** `value` from `secrets`, `path` from `secret-files`. */
  secrets: Array<{ value?: string; path?: string }>;
  cacheFrom?: string;
  cacheTo?: string;
}

const secretsInput = (want: BuildFeatures) =>
  want.secrets.some((s) => s.value !== undefined) ? 'secrets' : 'secret-files';

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

/** auto: docker when its daemon answers (buildx when present), then buildah, then kaniko's executor. */
export async function pickBuilder(wanted: (typeof BUILDERS)[number]): Promise<BuilderKind> {
  const docker = async () => ((await works('docker', ['buildx', 'version'])) ? 'docker buildx' : 'docker');
  if (wanted === 'docker') return docker();
  if (wanted !== 'auto') return wanted;
  if (await works('docker', ['info', '--format', '{{.ServerVersion}}'])) return docker();
  if (await works('buildah', ['--version'])) return 'buildah';
  if (await works(kanikoBinary(), ['version'])) return 'kaniko';
  throw new ConfigurationError(
    "Input 'builder' is auto, but none was found: no docker daemon answering, no buildah, no kaniko executor on PATH. Install one or set 'builder'."
  );
}

/**
 * What each builder cannot do, refused before anything runs, naming the input:
 * - classic `docker build` (no buildx): no platforms, build secrets or cache import/export —
 *   those are BuildKit's (docker docs, "docker buildx build");
 * - docker buildx: several platforms only when pushing (the docker driver's `--load` takes one);
 * - kaniko: one platform (`--custom-platform`), no build secrets (its executor has no such flag),
 *   one cache repository for reading and writing (`--cache-repo`; GoogleContainerTools/kaniko
 *   cmd/executor/cmd/root.go);
 * - buildah does all of it (buildah-build.1: --platform, --manifest, --secret, --layers,
 *   --cache-from, --cache-to, --target).
 */
export function refuseUnsupported(kind: BuilderKind, want: BuildFeatures): void {
  const refuse = (input: string, why: string) => {
    throw new ConfigurationError(`Input '${input}' cannot be used with ${kind}: ${why}`);
  };
  if (kind === 'docker') {
    const buildkit = 'it needs BuildKit (install docker buildx, or use buildah).';
    if (want.platforms.length > 0) refuse('platforms', buildkit);
    if (want.secrets.length > 0) refuse(secretsInput(want), buildkit);
    if (want.cacheFrom) refuse('cache-from', buildkit);
    if (want.cacheTo) refuse('cache-to', buildkit);
  }
  if (kind === 'docker buildx' && want.platforms.length > 1 && !want.push)
    refuse('platforms', 'several platforms can only be pushed (push: true); --load takes one platform.');
  if (kind === 'kaniko') {
    if (want.platforms.length > 1)
      refuse('platforms', 'kaniko builds one platform per run (--custom-platform); use buildah or docker buildx.');
    if (want.secrets.length > 0)
      refuse(
        secretsInput(want),
        'kaniko has no build secrets; use buildah or docker buildx, or a build arg that is no secret.'
      );
    if (want.cacheFrom && want.cacheTo && want.cacheFrom !== want.cacheTo)
      refuse(
        'cache-from',
        `kaniko reads and writes one cache repository (--cache-repo); make cache-from equal cache-to.`
      );
  }
}

const flags = (name: string, values: Record<string, string>) =>
  Object.entries(values).map(([k, v]) => `${name}=${k}=${v}`);

/** `--secret=id=…,src=…` (buildah-build.1 and docker buildx build share the form): a path, never the value. */
const secretFlags = (secrets: SecretSource[]) => secrets.map((s) => `--secret=id=${s.id},src=${s.src}`);
const targetFlag = (target?: string) => (target ? [`--target=${target}`] : []);

async function buildah(req: BuildRequest): Promise<BuildOutcome> {
  const refs = req.tags.map((t) => `${req.image}:${t}`);
  const tls = `--tls-verify=${req.tlsVerify}`;
  if (req.push && req.username) {
    const login = ['login', tls, `--username=${req.username}`, '--password-stdin', '--', req.registry];
    await must('buildah login', 'buildah', login, once(req.timeouts.registryMs, 'registry-timeout'), {
      input: req.password ?? ''
    });
  }
  // Several platforms build into a manifest list of their own (a fresh name, so a re-run never
  // adds to an old list), pushed with --all: the digest is the index's.
  const list = req.platforms.length > 1 ? `localhost/goldenthread-${randomUUID().slice(0, 12)}` : undefined;
  const timestamp = req.sourceDateEpoch === undefined ? [] : [`--timestamp=${req.sourceDateEpoch}`];
  const cache = req.cacheFrom || req.cacheTo ? ['--layers'] : [];
  if (req.cacheFrom) cache.push(`--cache-from=${req.cacheFrom}`);
  if (req.cacheTo) cache.push(`--cache-to=${req.cacheTo}`);
  const bud = [
    'bud',
    tls, // base images and the cache repositories are read (and the cache written) at the registry too
    ...timestamp,
    `--file=${req.file}`,
    ...(list ? [`--manifest=${list}`] : refs.map((r) => `--tag=${r}`)),
    ...(req.platforms.length > 0 ? [`--platform=${req.platforms.join(',')}`] : []),
    ...targetFlag(req.target),
    ...secretFlags(req.secrets),
    ...cache,
    ...flags('--build-arg', req.buildArgs),
    ...flags('--label', req.labels),
    '--',
    req.context
  ];
  try {
    await must('buildah build', 'buildah', bud, once(req.timeouts.buildMs, 'build-timeout'));
    if (!req.push) return { builder: 'buildah' };
    const digestFile = join(mkdtempSync(join(tmpdir(), 'gt-digest-')), 'digest');
    const budget = deadline(req.timeouts.pushMs, 'push-timeout');
    const [first, ...more] = refs;
    const pushArgs = (ref: string, digest: string[]) =>
      list
        ? ['manifest', 'push', '--all', tls, ...digest, '--', list, `docker://${ref}`]
        : ['push', tls, ...digest, '--', first, `docker://${ref}`];
    await push('buildah push', 'buildah', pushArgs(first, [`--digestfile=${digestFile}`]), budget);
    for (const ref of more) await push('buildah push', 'buildah', pushArgs(ref, []), budget);
    return { builder: 'buildah', digest: readFileSync(digestFile, 'utf8').trim() };
  } finally {
    if (list)
      await runBounded('buildah manifest rm', 'buildah', ['manifest', 'rm', list], once(PROBE_MS, 'cleanup')).catch(
        () => undefined
      );
  }
}

async function dockerLogin(req: BuildRequest): Promise<void> {
  if (!req.push || !req.username) return;
  const login = ['login', `--username=${req.username}`, '--password-stdin', '--', req.registry];
  await must('docker login', 'docker', login, once(req.timeouts.registryMs, 'registry-timeout'), {
    input: req.password ?? ''
  });
}

const dockerCommon = (req: BuildRequest) => [
  `--file=${req.file}`,
  ...req.tags.map((t) => `--tag=${req.image}:${t}`),
  ...targetFlag(req.target),
  ...flags('--build-arg', req.buildArgs),
  ...flags('--label', req.labels)
];

/** docker buildx build (docs/reference/buildx_build.md): records its digest in --metadata-file. */
async function dockerBuildx(req: BuildRequest): Promise<BuildOutcome> {
  await dockerLogin(req);
  const metadataFile = join(mkdtempSync(join(tmpdir(), 'gt-meta-')), 'metadata.json');
  const epoch = req.sourceDateEpoch === undefined ? [] : [`--build-arg=SOURCE_DATE_EPOCH=${req.sourceDateEpoch}`];
  // Registry cache as buildx spells it (docs/guides/cache/registry.md); mode=max keeps every stage.
  const cache = [
    ...(req.cacheFrom ? [`--cache-from=type=registry,ref=${req.cacheFrom}`] : []),
    ...(req.cacheTo ? [`--cache-to=type=registry,ref=${req.cacheTo},mode=max`] : [])
  ];
  const args = [
    'buildx',
    'build',
    ...dockerCommon(req),
    ...(req.platforms.length > 0 ? [`--platform=${req.platforms.join(',')}`] : []),
    ...secretFlags(req.secrets),
    ...cache,
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

/** The classic builder keeps no digest record: the registry is asked. */
async function docker(req: BuildRequest): Promise<BuildOutcome> {
  await dockerLogin(req);
  await must(
    'docker build',
    'docker',
    ['build', ...dockerCommon(req), '--', req.context],
    once(req.timeouts.buildMs, 'build-timeout')
  );
  const budget = deadline(req.timeouts.pushMs, 'push-timeout');
  if (req.push)
    for (const t of req.tags) await push('docker push', 'docker', ['push', '--', `${req.image}:${t}`], budget);
  return { builder: 'docker' };
}

/**
 * kaniko reads registry credentials from $DOCKER_CONFIG/config.json (its image sets
 * DOCKER_CONFIG=/kaniko/.docker; go-containerregistry's default keychain reads $DOCKER_CONFIG, else
 * ~/.docker). The login goes into a private copy of the config kaniko would have read — the
 * user's own entries (credHelpers, other registries from docker/login-action) kept — never argv.
 */
function kanikoDockerConfig(req: BuildRequest): { dir: string; env: NodeJS.ProcessEnv } | undefined {
  if (!req.push || !req.username) return undefined;
  const candidates = [process.env.DOCKER_CONFIG, '/kaniko/.docker', join(homedir(), '.docker')];
  const existing = candidates.map((d) => d && join(d, 'config.json')).find((f) => f && existsSync(f));
  let config: { auths?: Record<string, unknown> } = {};
  try {
    if (existing) config = JSON.parse(readFileSync(existing, 'utf8')) as typeof config;
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

/**
 * kaniko's cache is one repository it reads and writes (`--cache=true --cache-repo=`); with only
 * cache-from it reads and does not push (`--no-push-cache`).
 */
function kanikoCache(req: BuildRequest): string[] {
  const repo = req.cacheTo ?? req.cacheFrom;
  if (!repo) return [];
  return ['--cache=true', `--cache-repo=${repo}`, ...(req.cacheTo ? [] : ['--no-push-cache'])];
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
        ...(req.platforms.length === 1 ? [`--custom-platform=${req.platforms[0]}`] : []),
        ...targetFlag(req.target),
        ...kanikoCache(req),
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

export async function build(builder: BuilderKind, req: BuildRequest): Promise<BuildOutcome> {
  const platforms = req.platforms.length > 0 ? ` for ${req.platforms.join(', ')}` : '';
  runner.info(`Building ${req.image}:${req.tags[0]}${platforms} with ${builder}.`);
  return { buildah, 'docker buildx': dockerBuildx, docker, kaniko }[builder](req);
}
