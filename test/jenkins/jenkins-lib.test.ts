import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { brotliCompressSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { runCommand } from '../../packages/tools/lib/local-runner.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { git, manifestsRemote, remoteFile, remoteLog, remoteMessage } from '../../packages/tools/lib/git-fixtures.mjs';
import { available, startRegistry } from '../../packages/tools/lib/real-servers.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import {
  ARCHIVE_HEADER,
  archiveFiles,
  isSecretInput,
  runtimeFiles
} from '../../packages/tools/lib/jenkins-resources.mjs';

// The Jenkins library's vars/*.groovy under a real Groovy (Debian's 2.4, the line Jenkins embeds) with
// the harness in PipelineScript.groovy, whose sh really runs the shipped scripts. Groovy's start-up is
// the slow part, so the scenarios run in two JVMs: one with a UTF-8 default charset, one with
// -Dfile.encoding=ISO-8859-1 under LANG=C (a Java 17 controller under a POSIX locale). Every scenario
// runs with the variables Jenkins core and the Git plugin set in a build that ran `checkout scm`.

const REAL = available('groovy');
const BUILDAH = available('buildah') && available('docker-registry');
const suite = REAL ? describe : describe.skip;
const LIBRARY = resolve('jenkins-lib');
const HARNESS = resolve('test/jenkins');
const RESOURCES = join(LIBRARY, 'resources', 'goldenthread');
const ACTIONS = ['trace-root', 'build-and-tag', 'rollout-patch', 'otel-gate', 'rollback-notify'];
const VARS: Record<string, string> = {
  traceRoot: 'trace-root',
  withGoldenThread: 'trace-root',
  buildAndTag: 'build-and-tag',
  rolloutPatch: 'rollout-patch',
  otelGate: 'otel-gate',
  rollbackNotify: 'rollback-notify'
};
const SECRETS = {
  otlp: 'authorization=Bearer%20oTlPsEcReT',
  registry: { username: 'ci', password: 'rEgIsTrYsEcReT' },
  token: 'gitTokenSeCrEt'
};

interface Case {
  name: string;
  script: string;
  env?: Record<string, string | undefined>;
  workspace?: string;
  library?: string;
  credentials?: Record<string, unknown>;
  unix?: boolean;
}
interface Outcome {
  log: string;
  result?: any;
  failed?: { type: string; message: string; verdict?: string; reportFile?: string; outputs?: Record<string, string> };
}

let root: string;
let workspace: string;
let headSha: string;
let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
let slack: Awaited<ReturnType<typeof startSlackReceiver>>;
let registry: Awaited<ReturnType<typeof startRegistry>> | undefined;
let kube: Awaited<ReturnType<typeof startKubeApiServer>>;
let manifests: ReturnType<typeof manifestsRemote>;
const outcomes: Record<string, Outcome> = {};

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: shop
          image: registry.example/acme/shop:v1
`;

const GIT_PLUGIN_VARIABLES = [
  'GIT_COMMIT',
  'GIT_PREVIOUS_COMMIT',
  'GIT_PREVIOUS_SUCCESSFUL_COMMIT',
  'GIT_BRANCH',
  'GIT_LOCAL_BRANCH',
  'GIT_CHECKOUT_DIR',
  'GIT_URL',
  'GIT_URL_1',
  'GIT_URL_2',
  'GIT_AUTHOR_NAME',
  'GIT_COMMITTER_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_EMAIL'
];

/** What Jenkins core (CoreEnvironmentContributor/buildEnv.groovy) and the Git plugin (GitSCM.buildEnvironment,
 * GIT_COMMITTER_/GIT_AUTHOR_ from its global config) put in a build's environment after `checkout scm`. */
function jenkinsEnv(ws: string, build: string, overrides: Record<string, string | undefined> = {}) {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    STORAGE_DRIVER: 'vfs',
    BUILDAH_ISOLATION: 'chroot',
    BUILD_NUMBER: build,
    BUILD_ID: build,
    BUILD_DISPLAY_NAME: `#${build}`,
    JOB_NAME: 'shop/main',
    JOB_BASE_NAME: 'main',
    BUILD_TAG: `jenkins-shop-main-${build}`,
    EXECUTOR_NUMBER: '1',
    NODE_NAME: 'linux-agent-1',
    NODE_LABELS: 'linux linux-agent-1',
    WORKSPACE: ws,
    WORKSPACE_TMP: `${ws}@tmp`,
    JENKINS_HOME: '/var/jenkins_home',
    JENKINS_URL: 'https://jenkins.example/',
    BUILD_URL: `https://jenkins.example/job/shop/job/main/${build}/`,
    JOB_URL: 'https://jenkins.example/job/shop/job/main/',
    BRANCH_NAME: 'main',
    GIT_COMMIT: headSha,
    GIT_PREVIOUS_COMMIT: 'a'.repeat(40),
    GIT_PREVIOUS_SUCCESSFUL_COMMIT: 'b'.repeat(40),
    GIT_BRANCH: 'origin/main',
    GIT_LOCAL_BRANCH: 'main',
    GIT_CHECKOUT_DIR: 'shop',
    GIT_URL: 'https://git.example/acme/shop.git',
    GIT_URL_1: 'https://git.example/acme/shop.git',
    GIT_URL_2: 'https://git.example/acme/shop-config.git',
    GIT_AUTHOR_NAME: 'Jenkins Global Author',
    GIT_COMMITTER_NAME: 'Jenkins Global Committer',
    GIT_AUTHOR_EMAIL: 'author@jenkins.example',
    GIT_COMMITTER_EMAIL: 'committer@jenkins.example',
    ...overrides
  };
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

/** A fresh git workspace (the build's checkout) with one commit. */
function checkout(name: string): string {
  const ws = join(root, name);
  mkdirSync(ws, { recursive: true });
  git(ws, 'init', '-q', '-b', 'main');
  writeFileSync(join(ws, 'README'), 'shop\n');
  git(ws, 'add', 'README');
  git(ws, 'commit', '-q', '-m', 'shop');
  return ws;
}

async function runBatch(cases: Case[], jvm: { charset?: string; lang?: string } = {}) {
  const dir = mkdtempSync(join(root, 'batch-'));
  const plan = cases.map((c, i) => {
    const script = join(dir, `scenario${i}.groovy`); // a class name: no '-'
    writeFileSync(script, c.script);
    const ws = c.workspace ?? workspace;
    const env = jenkinsEnv(ws, c.env?.BUILD_NUMBER ?? '42', c.env);
    const library = c.library ?? LIBRARY;
    const credentials = c.credentials ?? {};
    return { name: c.name, script, library, workspace: ws, env, credentials, unix: c.unix ?? true };
  });
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(plan));
  const javaOpts = ['-Xshare:auto', ...(jvm.charset ? [`-Dfile.encoding=${jvm.charset}`] : [])];
  const r = await runCommand(
    'groovy',
    ['-cp', `${HARNESS}:${join(LIBRARY, 'src')}`, join(HARNESS, 'run.groovy'), join(dir, 'cases.json')],
    {
      PATH: process.env.PATH!,
      HOME: process.env.HOME!,
      JAVA_HOME: process.env.JAVA_HOME || '/usr/lib/jvm/java-17-openjdk-amd64',
      JAVA_OPTS: javaOpts.join(' '),
      LANG: jvm.lang ?? 'C.UTF-8',
      LC_ALL: jvm.lang ?? 'C.UTF-8'
    },
    { timeoutMs: 300_000 }
  );
  let current: Outcome | undefined;
  for (const line of r.stdout.split('\n')) {
    const start = /^@@case (\S+)$/.exec(line);
    const end = /^@@(result|failed) (\S+) (.*)$/.exec(line);
    if (start) outcomes[start[1]] = current = { log: '' };
    else if (end && current) {
      if (end[1] === 'result') current.result = JSON.parse(end[3]);
      else current.failed = JSON.parse(end[3]);
      current = undefined;
    } else if (current) current.log += line + '\n';
  }
  if (cases.some((c) => !outcomes[c.name])) {
    throw new Error(`groovy batch did not finish (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  }
}

function outcome(name: string): Outcome {
  const o = outcomes[name];
  if (!o) throw new Error(`no outcome for ${name}`);
  return o;
}
function succeeded(name: string) {
  const o = outcome(name);
  if (o.failed) throw new Error(`${name} failed: ${o.failed.message}\n${o.log}`);
  return o.result;
}

// Each step exports its span before its process exits, so a finished batch has delivered all of them.
const spansOf = (traceId: string) => otlp.spans.filter((s: any) => s.traceId === traceId);
const buildSpans = (build: number) =>
  otlp.spans.filter((s: any) => s.resource['cicd.pipeline.run.url.full']?.endsWith(`/${build}/`));

/** A copy of the library whose scripts archive holds `files` (path → text) in place of dist/'s. */
function libraryWith(label: string, files: Record<string, string>): string {
  const lib = join(root, `lib-${label}`);
  mkdirSync(join(lib, 'resources', 'goldenthread'), { recursive: true });
  symlinkSync(join(LIBRARY, 'vars'), join(lib, 'vars'));
  symlinkSync(join(LIBRARY, 'src'), join(lib, 'src'));
  for (const action of ACTIONS) symlinkSync(join(RESOURCES, action), join(lib, 'resources', 'goldenthread', action));
  // The archive's format (jenkins-resources.mjs archiveFiles), written here so that a test can hold a
  // path the build never makes.
  const lines = Object.keys(files)
    .sort()
    .map((file) => `${file}\t${brotliCompressSync(Buffer.from(files[file])).toString('base64')}`);
  const text = [ARCHIVE_HEADER, ...lines].join('\n') + '\n';
  writeFileSync(join(lib, 'resources', 'goldenthread', 'scripts.archive'), text);
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(lib, 'resources', 'goldenthread', 'scripts.sha256'), sha256 + '\n');
  return lib;
}

/** A copy of the library whose trace-root scripts print `marker` first (an "older release"). */
function olderLibrary(marker: string): string {
  const files: Record<string, string> = {};
  for (const file of runtimeFiles('dist')) files[file] = readFileSync(join('dist', file), 'utf8');
  files['trace-root/index.js'] = `console.log(${JSON.stringify(marker)});\n` + files['trace-root/index.js'];
  return libraryWith(marker, files);
}

const actionInputs = (action: string): Record<string, any> =>
  parse(readFileSync(join('actions', action, 'action.yml'), 'utf8')).inputs;

/** The extracted versions (and staging) in a workspace: @tmp/goldenthread/scripts/. */
function extractedVersions(ws: string): string[] {
  const dir = join(`${ws}@tmp`, 'goldenthread', 'scripts');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
const shippedHash = () => readFileSync(join(RESOURCES, 'scripts.sha256'), 'utf8').trim();

/** Byte-compare the extracted version with dist/ (the compiled actions and their shared bundle). */
function identicalToDist(ws: string): boolean {
  const dir = join(`${ws}@tmp`, 'goldenthread', 'scripts', shippedHash());
  const files = runtimeFiles('dist');
  return (
    runtimeFiles(dir).join('\n') === files.join('\n') &&
    files.every((f: string) => readFileSync(join(dir, f)).equals(readFileSync(join('dist', f))))
  );
}

beforeAll(async () => {
  if (!REAL) return;
  root = mkdtempSync(join(tmpdir(), 'gt-jenkins-'));
  workspace = checkout('ws');
  headSha = git(workspace, 'rev-parse', 'HEAD');
  otlp = await startOtlpReceiver();
  slack = await startSlackReceiver();
  if (BUILDAH) registry = await startRegistry();
  manifests = manifestsRemote({ 'prod/shop.yaml': DEPLOYMENT });
  kube = await startKubeApiServer({ token: 'kUbEtOkEn' });
  kube.put('apps', 'deployments', {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'shop', namespace: 'prod' },
    spec: { template: { spec: { containers: [{ name: 'shop', image: 'registry.example/acme/shop:v1' }] } } }
  });
  const context = join(root, 'context');
  mkdirSync(context);
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY hello.txt /\n');
  writeFileSync(join(context, 'hello.txt'), 'hello\n');
  // 33 requests a second from now on, so every gate in the batch sees traffic arrive interval by
  // interval however late its scenario starts (the gate judges by span start time, in its window).
  const traffic = (buildId: string, errorRate: number, seconds: number) => {
    const file = join(root, `traffic-${buildId}.jsonl`);
    const requests = 33 * seconds;
    const errors = Math.round(requests * errorRate);
    writeFileSync(
      file,
      buildTraffic({ buildId, requests, errors, startMs: Date.now(), spreadMs: seconds * 1000 }) + '\n'
    );
    return file;
  };
  const bad = traffic('shop-42-canary', 0.2, 60);
  const good = traffic('shop-42-parallel', 0.001, 300);
  const otlpArgs = `otlpEndpoint: '${otlp.url}'`;
  const exceededTimeout = `new TimeoutStepExecution.ExceededTimeout('7')`;
  const manifest = `mode: 'gitops', kind: 'Deployment', repository: '${manifests.url}', path: 'prod/shop.yaml'`;
  const gate = `backend: 'otlp-file', interval: '1s', count: '40', minDuration: '0s', windowStart: '${new Date(Date.now() - 1000).toISOString()}'`;
  const fresh = checkout('ws-parallel');
  const upgraded = checkout('ws-upgrade');
  // The per-action layout a workspace kept from an older library (one folder per action and hash).
  const perAction = join(`${upgraded}@tmp`, 'goldenthread', 'trace-root', 'f'.repeat(64));
  mkdirSync(perAction, { recursive: true });
  writeFileSync(join(perAction, 'index.js'), 'console.log("per-action layout")\n');
  // Staging left by an extraction interrupted two hours ago (pruned), and one in progress now (kept).
  for (const [name, ageHours] of [
    ['.staging-interrupted', 2],
    ['.staging-in-progress', 0]
  ] as const) {
    const dir = join(`${upgraded}@tmp`, 'goldenthread', 'scripts', name);
    mkdirSync(dir, { recursive: true });
    const when = new Date(Date.now() - ageHours * 3600_000);
    utimesSync(dir, when, when);
  }
  const noNode = mkdtempSync(join(root, 'bin-'));
  const oldNode = mkdtempSync(join(root, 'bin-'));
  writeFileSync(join(oldNode, 'node'), '#!/bin/sh\necho v18.19.0\n');
  chmodSync(join(oldNode, 'node'), 0o755);

  const installs = `traceRoot(); return [installs: SH_LOG.count { it.label == 'goldenthread: install the scripts' }]`;
  const cases: Case[] = [
    {
      // The README's Jenkinsfile: every step, secrets by credentials id, in a build with the Git plugin's env.
      name: 'pipeline',
      credentials: { otlp: SECRETS.otlp, registry: SECRETS.registry, git: SECRETS.token, slack: slack.webhookUrl },
      script: `
        def seen = [:]
        // The previous release, deployed by an earlier build: what the revert goes back to.
        seen.previous = rolloutPatch(${manifest}, imageRef: 'registry.example/acme/shop@sha256:${'a'.repeat(64)}',
          buildId: 'shop-41-good', gitSha: '${'a'.repeat(40)}')
        withGoldenThread(${otlpArgs}, otlpHeadersCredentialsId: 'otlp', environment: 'prod',
                         buildId: 'shop-42-canary') {
          seen.env = [GOLDENTHREAD_BUILD_ID: env.GOLDENTHREAD_BUILD_ID, TRACEPARENT: env.TRACEPARENT,
                      GIT_COMMIT: env.GIT_COMMIT]
          ${
            BUILDAH
              ? `seen.image = buildAndTag(image: '${registry?.host}/acme/shop', context: '${context}',
                                          builder: 'buildah',
                                          tlsVerify: 'false', registryCredentialsId: 'registry')`
              : `seen.image = ['image-ref': 'registry.example/acme/shop@sha256:${'c'.repeat(64)}']`
          }
          seen.deploy = rolloutPatch(${manifest},
            imageRef: seen.image['image-ref'], environment: 'prod', tokenCredentialsId: 'git')
          seen.gate = otelGate(${gate}, backendUrl: '${bad}', failOnVerdict: false)
          if (seen.gate.verdict == 'fail') {
            seen.rollback = rollbackNotify(action: 'gitops-revert', repository: '${manifests.url}',
              verdictFile: seen.gate['report-file'], slackWebhookUrlCredentialsId: 'slack', tokenCredentialsId: 'git')
          }
        }
        return seen
      `
    },
    {
      // kubeconfig from a Secret file credential: the step gets its path, the file is gone afterwards.
      name: 'kubeconfig-file',
      credentials: { kube: kube.kubeconfig },
      script: `
        return rolloutPatch(mode: 'kubernetes', kind: 'Deployment', name: 'shop', namespace: 'prod',
          imageRef: 'registry.example/acme/shop@sha256:${'d'.repeat(64)}', buildId: 'shop-42-k8s',
          gitSha: '${'e'.repeat(40)}', kubeconfigCredentialsId: 'kube')
      `
    },
    {
      name: 'traceRoot-and-post',
      credentials: { otlp: SECRETS.otlp },
      env: { BUILD_NUMBER: '43' },
      script: `
        def t = traceRoot(${otlpArgs}, otlpHeadersCredentialsId: 'otlp')
        def ended = goldenthreadStep('trace-root',
                                     [${otlpArgs}, otlpHeadersCredentialsId: 'otlp', jobStatus: 'UNSTABLE'],
                                     [entry: 'post', state: t.state])
        return [t: t, ended: ended]
      `
    },
    {
      // A build without an SCM checkout: no GIT_* at all; the sha comes from git in the workspace.
      name: 'no-git-commit',
      env: Object.fromEntries(GIT_PLUGIN_VARIABLES.map((k) => [k, undefined])),
      script: `return traceRoot()`
    },
    {
      name: 'gate-fails',
      env: { BUILD_NUMBER: '44' },
      script: `
        try {
          otelGate(${gate}, backendUrl: '${bad}', buildId: 'shop-42-canary')
          return 'no exception'
        } catch (io.goldenthread.StepFailure failure) {
          return [message: failure.message, verdict: failure.verdict, reportFile: failure.reportFile,
                  step: failure.step]
        }
      `
    },
    {
      name: 'gate-bad-input',
      env: { BUILD_NUMBER: '45' },
      script: `otelGate(${gate}, backendUrl: '${bad}', buildId: 'bad tag', failOnVerdict: false)`
    },
    {
      name: 'arguments',
      script: `
        def messages = []
        def attempt = { Closure c ->
          try { c(); messages << 'no error' } catch (hudson.AbortException e) { messages << e.message }
        }
        attempt { otelGate(backendUrl: '/x', maxErrorRte: '5%') }
        attempt { otelGate(maxErrorRate: '5%') }
        attempt { rolloutPatch(token: 'plain', tokenCredentialsId: 'git') }
        attempt { buildAndTag(image: 'r/x', registryPassword: 'p', registryCredentialsId: 'registry') }
        attempt { withGoldenThread(otlpEndpont: 'http://x') { messages << 'body ran' } }
        return [messages: messages, shellRuns: SH_LOG.size()]
      `
    },
    { name: 'windows', unix: false, script: `traceRoot()` },
    { name: 'node-missing', env: { PATH: noNode }, script: `traceRoot()` },
    { name: 'node-old', env: { PATH: `${oldNode}:${process.env.PATH}` }, script: `traceRoot()` },
    {
      name: 'nested-parallel',
      workspace: fresh,
      env: { BUILD_NUMBER: '46' },
      script: `
        def seen = Collections.synchronizedMap([:]) // the harness's branches are real threads
        withGoldenThread(${otlpArgs}) {
          seen.outer = env.TRACEPARENT
          def branch = { String name ->
            return {
              withGoldenThread {
                seen[name] = otelGate(${gate}, backendUrl: '${good}', buildId: 'shop-42-parallel').verdict
              }
            }
          }
          parallel(a: branch('a'), b: branch('b'), c: branch('c'), d: branch('d'))
          withGoldenThread { seen.inner = env.TRACEPARENT }
        }
        return seen
      `
    },
    ...(
      [
        ['aborted', 47, `new FlowInterruptedException(Result.ABORTED, new CauseOfInterruption.UserInterruption('u'))`],
        ['not-built', 48, `new FlowInterruptedException(Result.NOT_BUILT)`],
        // TimeoutStepExecution.java: new FlowInterruptedException(Result.ABORTED, new ExceededTimeout(nodeId))
        ['timed-out', 49, `new FlowInterruptedException(Result.ABORTED, ${exceededTimeout})`],
        ['failed', 50, `new hudson.AbortException('tests failed')`]
      ] as const
    ).map(([name, build, exception]) => ({
      name: `interrupt-${name}`,
      env: { BUILD_NUMBER: String(build) },
      script: `
        import hudson.model.Result
        import jenkins.model.CauseOfInterruption
        import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException
        import org.jenkinsci.plugins.workflow.steps.TimeoutStepExecution
        withGoldenThread(${otlpArgs}) { throw ${exception} }
      `
    })),
    {
      name: 'upgrade-old',
      workspace: upgraded,
      library: olderLibrary('library-v1'),
      env: { BUILD_NUMBER: '51' },
      script: `return traceRoot()`
    },
    { name: 'upgrade-new', workspace: upgraded, env: { BUILD_NUMBER: '52' }, script: installs },
    // The same library again: the extracted version is reused, nothing is installed.
    { name: 'upgrade-again', workspace: upgraded, env: { BUILD_NUMBER: '53' }, script: installs },
    {
      // An archive with an entry whose path leaves the folder: refused before anything is written.
      name: 'path-escape',
      workspace: checkout('ws-escape'),
      library: libraryWith('escape', {
        'package.json': '{"type":"module"}\n',
        'trace-root/index.js': 'console.log("ran")\n',
        'trace-root/../../../escaped.js': 'console.log("escaped")\n'
      }),
      env: { BUILD_NUMBER: '54' },
      script: `return traceRoot()`
    }
  ];
  await runBatch(cases);

  // A controller whose default charset is not UTF-8: Java 17 under LANG=C with ISO-8859-1.
  const latin = checkout('ws-latin1');
  await runBatch(
    [
      {
        name: 'charset',
        workspace: latin,
        env: { BUILD_NUMBER: '60' },
        script: `
          def value = 'caf\\u00e9 \\u65e5\\u672c \\u2713'
          def seen = [:]
          withGoldenThread(${otlpArgs}, environment: value) {
            seen.gate = otelGate(${gate}, backendUrl: '${good}', buildId: 'shop-42-parallel', service: 'shop').verdict
          }
          seen.same = value
          seen.charset = java.nio.charset.Charset.defaultCharset().name()
          return seen
        `
      }
    ],
    { charset: 'ISO-8859-1', lang: 'C' }
  );
}, 600_000);

afterAll(async () => {
  await otlp?.close();
  await slack?.close();
  await registry?.stop();
  await kube?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

suite('Jenkins shared library under Groovy 2.4', () => {
  test('the README pipeline with the Git plugin env: every step, gitops deploy and revert, one trace', async () => {
    const seen = succeeded('pipeline');
    expect(seen.env).toMatchObject({ GOLDENTHREAD_BUILD_ID: 'shop-42-canary', GIT_COMMIT: headSha });
    expect(seen.deploy).toMatchObject({ changed: 'true' });
    expect(seen.gate).toMatchObject({ verdict: 'fail' });
    expect(seen.rollback).toMatchObject({ 'action-taken': 'revert', 'previous-build-id': 'shop-41-good' });
    expect(seen.rollback.notified).toBe('slack');
    // The deploy commit, then its revert; authored as the action says, not as GIT_AUTHOR_NAME in the env says.
    const [revert, deploy] = remoteLog(manifests.remote, '%H %an %s');
    expect(deploy).toMatch(new RegExp(`^${seen.deploy.commit} goldenthread deploy shop-42-canary`));
    expect(revert).toMatch(/goldenthread/);
    expect(remoteFile(manifests.remote, 'prod/shop.yaml')).toContain(`sha256:${'a'.repeat(64)}`);
    expect(remoteMessage(manifests.remote, 'main~1')).toContain(`Goldenthread-Git-Sha: ${headSha}`);
    expect(slack.received).toHaveLength(1);
    if (BUILDAH) {
      const digest = await registry!.digest('acme/shop', 'shop-42-canary');
      expect(seen.image['image-ref']).toBe(`${registry!.host}/acme/shop@${digest}`);
    }

    const traceId = seen.env.TRACEPARENT.split('-')[1];
    const spans = spansOf(traceId);
    const rootSpan = spans.find((s: any) => s.name === 'RUN shop/main')!;
    expect(rootSpan.attributes).toMatchObject({ 'cicd.pipeline.result': 'success' });
    expect(rootSpan.resource['vcs.ref.head.revision']).toBe(headSha); // an entity attribute (semconv v1.44.0)
    const children = spans
      .filter((s: any) => s.parentSpanId === rootSpan.spanId)
      .map((s: any) => s.name)
      .sort();
    expect(children).toEqual(expect.arrayContaining(['otel-gate', 'rollback-notify']));
    expect(spans.filter((s: any) => !s.parentSpanId)).toHaveLength(1);
  });

  test('no step returns, logs or spans a secret bound by credentials id', async () => {
    const everything = JSON.stringify([outcome('pipeline'), outcome('traceRoot-and-post'), otlp.spans]);
    expect(everything).not.toContain('kUbEtOkEn');
    for (const secret of [SECRETS.otlp, SECRETS.registry.password, SECRETS.token, 'sEcReTwEbHoOkPaTh']) {
      expect(everything).not.toContain(secret);
    }
    const t = succeeded('traceRoot-and-post').t;
    const keys = ['build-id', 'env', 'git-sha', 'span-id', 'state', 'trace-id', 'traceparent'];
    expect(Object.keys(t).sort()).toEqual(keys);
    // …and the OTLP headers did reach the collector (the binding worked).
    const spans = spansOf(t['trace-id']);
    expect(spans[0].attributes['cicd.pipeline.result']).toBe('failure');
    expect(otlp.spans.length).toBeGreaterThan(0);
  });

  test('kubeconfigCredentialsId binds a Secret file credential: the deploy reaches the API, the file goes', () => {
    expect(succeeded('kubeconfig-file')).toMatchObject({ changed: 'true' });
    expect(kube.get('apps', 'deployments', 'prod', 'shop').spec.template.spec.containers[0].image).toBe(
      `registry.example/acme/shop@sha256:${'d'.repeat(64)}`
    );
    expect(readdirSync(join(`${workspace}@tmp`, 'secretFiles'))).toEqual([]);
    expect(JSON.stringify(outcome('kubeconfig-file'))).not.toContain('kUbEtOkEn');
  });

  test('without GIT_COMMIT (no checkout), the sha is `git rev-parse HEAD` of the workspace', () => {
    expect(succeeded('no-git-commit')['git-sha']).toBe(headSha);
  });

  test('a failing gate throws StepFailure with its own message, verdict and report path', () => {
    const failed = succeeded('gate-fails');
    expect(failed.step).toBe('otelGate');
    expect(failed.verdict).toBe('fail');
    expect(failed.message).toMatch(/^\[otelGate\] otel-gate failed: build shop-42-canary did not pass: error-rate/);
    expect(failed.message).toContain(`(verdict: fail, report: ${failed.reportFile})`);
    expect(JSON.parse(readFileSync(failed.reportFile, 'utf8')).verdict).toBe('fail');
    const bad = outcome('gate-bad-input').failed!;
    expect(bad.type).toBe('io.goldenthread.StepFailure');
    expect(bad.message).toMatch(/^\[otelGate\] otel-gate failed: Invalid input 'build-id'/);
    expect(bad.verdict).toBeNull();
  });

  test('unknown, misspelt, doubled and missing arguments fail with the valid names, before anything runs', () => {
    const { messages, shellRuns } = succeeded('arguments');
    expect(messages[0]).toMatch(/^\[otelGate\] unknown argument 'maxErrorRte'\. Did you mean 'maxErrorRate'\? /);
    expect(messages[0]).toContain('Valid arguments: backend, backendUrl, ');
    expect(messages[0]).toContain('failOnVerdict');
    expect(messages[0]).toContain('backendHeadersCredentialsId');
    expect(messages[1]).toBe('[otelGate] missing required argument: backendUrl (see the otelGate help page).');
    expect(messages[2]).toBe("[rolloutPatch] 'token' and 'tokenCredentialsId' both set token: give one of them.");
    expect(messages[3]).toMatch(/^\[buildAndTag\] 'registryPassword' and 'registryCredentialsId' both set/);
    expect(messages[4]).toMatch(/^\[withGoldenThread\] unknown argument 'otlpEndpont'\. Did you mean 'otlpEndpoint'\?/);
    expect(messages).toHaveLength(5);
    expect(shellRuns).toBe(0);
  });

  test('a Windows agent and an agent without node (or an old one) get an error saying what is needed', () => {
    expect(outcome('windows').failed!.message).toBe(
      '[traceRoot] goldenthread steps need a Unix agent with Node \u2265 20; this agent (linux-agent-1) is not Unix.'
    );
    const need = '[traceRoot] goldenthread steps need a Unix agent with Node ≥ 20';
    expect(outcome('node-missing').failed!.message).toContain(`${need}: there is no node on this agent's PATH`);
    expect(outcome('node-old').failed!.message).toBe(`${need}: found node v18.19.0 on this agent.`);
  });

  test('nested and parallel withGoldenThread: job spans under one root; first use extracts once, atomically', () => {
    const seen = succeeded('nested-parallel');
    expect([seen.a, seen.b, seen.c, seen.d]).toEqual(['pass', 'pass', 'pass', 'pass']);
    const [, traceId, rootId] = seen.outer.split('-');
    expect(seen.inner.split('-')[1]).toBe(traceId);
    const spans = spansOf(traceId);
    const roots = spans.filter((s: any) => s.name === 'RUN shop/main');
    expect(roots).toHaveLength(1);
    expect(roots[0].spanId).toBe(rootId);
    const jobs = spans.filter((s: any) => s.parentSpanId === rootId);
    expect(jobs).toHaveLength(5);
    expect(new Set(jobs.map((s: any) => s.spanId)).size).toBe(5);
    const gates = spans.filter((s: any) => s.name === 'otel-gate');
    expect(gates).toHaveLength(4);
    for (const gate of gates) expect(jobs.map((s: any) => s.spanId)).toContain(gate.parentSpanId);
    // Four branches raced to extract otel-gate: one complete version, no staging left behind.
    expect(extractedVersions(join(root, 'ws-parallel'))).toEqual([shippedHash()]);
    expect(identicalToDist(join(root, 'ws-parallel'))).toBe(true);
  });

  test.each([
    ['interrupt-aborted', 47, 'cancellation'],
    ['interrupt-not-built', 48, 'cancellation'],
    ['interrupt-timed-out', 49, 'timeout'],
    ['interrupt-failed', 50, 'failure']
  ])('%s (build %s): the root span ends as %s and the exception propagates', (name, build, result) => {
    const o = outcome(name);
    expect(o.failed).toBeDefined();
    expect(o.log).not.toMatch(/could not end the trace/);
    const roots = buildSpans(build).filter((s: any) => s.name === 'RUN shop/main');
    expect(roots).toHaveLength(1);
    expect(roots[0].attributes['cicd.pipeline.result']).toBe(result);
  });

  test('a library upgrade in a used workspace takes the new scripts, prunes old ones and stale staging', () => {
    const ws = join(root, 'ws-upgrade');
    expect(outcome('upgrade-old').log).toContain('library-v1');
    expect(outcome('upgrade-new').log).not.toContain('library-v1');
    expect(outcome('upgrade-new').log).not.toContain('per-action layout');
    expect(extractedVersions(ws)).toEqual(['.staging-in-progress', shippedHash()]);
    expect(existsSync(join(`${ws}@tmp`, 'goldenthread', 'trace-root'))).toBe(false);
    expect(identicalToDist(ws)).toBe(true);
    // Installed once for the new hash, then reused.
    expect(succeeded('upgrade-new')).toEqual({ installs: 1 });
    expect(succeeded('upgrade-again')).toEqual({ installs: 0 });
  });

  test('an archive entry whose path leaves the folder is refused, and nothing is written or run', () => {
    const o = outcome('path-escape');
    // The harness sends sh's stderr to the JVM's (Jenkins puts it in the build log); the step fails.
    expect(o.failed?.message).toMatch(/script returned exit code 1/);
    expect(o.log).not.toMatch(/^ran$/m);
    const ws = join(root, 'ws-escape');
    expect(existsSync(join(`${ws}@tmp`, 'goldenthread', 'escaped.js'))).toBe(false);
    expect(existsSync(join(`${ws}@tmp`, 'escaped.js'))).toBe(false);
    expect(existsSync(join(root, 'escaped.js'))).toBe(false);
    expect(extractedVersions(ws).filter((name) => !name.startsWith('.staging-'))).toEqual([]);
  });

  test('the install script, exactly as the step hands it to node: refuses a path escape, checks the hash', () => {
    const groovy = readFileSync(join(LIBRARY, 'vars', 'goldenthreadStep.groovy'), 'utf8');
    const body = /static String installScript\(\) \{\n {4}return '''\n([\s\S]*?)'''\.trim\(\)/.exec(groovy)![1];
    const script = body.replace(/\\\\/g, '\\'); // in Groovy's ''' string, \\ is one backslash
    const dir = mkdtempSync(join(root, 'install-'));
    const run = (lines: string[], sha256?: string) => {
      const archive = join(dir, '.staging-x.archive');
      const text = [ARCHIVE_HEADER, ...lines].join('\n') + '\n';
      writeFileSync(archive, text);
      const env = {
        PATH: process.env.PATH,
        GOLDENTHREAD_ARCHIVE: archive,
        GOLDENTHREAD_SHA256: sha256 ?? createHash('sha256').update(text).digest('hex'),
        GOLDENTHREAD_STAGING: join(dir, 'scripts', '.staging-x'),
        GOLDENTHREAD_TARGET: join(dir, 'scripts', 'v1')
      };
      return spawnSync(process.execPath, ['-e', script], { env, encoding: 'utf8' });
    };
    const entry = (name: string, text: string) =>
      `${name}\t${brotliCompressSync(Buffer.from(text)).toString('base64')}`;
    const escape = run([entry('package.json', '{}'), entry('../../outside.js', 'x')]);
    expect(escape.status).toBe(1);
    expect(escape.stderr).toContain('refused scripts.archive entry "../../outside.js": its path leaves the folder');
    expect(existsSync(join(dir, 'outside.js'))).toBe(false);
    expect(existsSync(join(dir, 'scripts', '.staging-x', 'package.json'))).toBe(false); // refused before writing
    const absolute = run([entry(join(dir, 'abs.js'), 'x')]);
    expect(absolute.stderr).toContain('its path leaves the folder');
    expect(existsSync(join(dir, 'abs.js'))).toBe(false);
    const tampered = run([entry('package.json', '{}')], 'f'.repeat(64));
    expect(tampered.stderr).toContain('scripts.archive has sha256');
    expect(existsSync(join(dir, 'scripts', 'v1'))).toBe(false);
    const good = run([entry('package.json', '{}'), entry('a/index.js', 'console.log(1)')]);
    expect(good.status).toBe(0);
    expect(readFileSync(join(dir, 'scripts', 'v1', 'a', 'index.js'), 'utf8')).toBe('console.log(1)');
  });

  test('a controller with a non-UTF-8 default charset: byte-identical scripts, non-ASCII values intact', async () => {
    const seen = succeeded('charset');
    expect(seen.charset).toBe('ISO-8859-1');
    expect(seen.gate).toBe('pass');
    const ws = join(root, 'ws-latin1');
    expect(identicalToDist(ws)).toBe(true);
    // The build's root span (kind SERVER) carries the environment; step spans export before it.
    const rootSpan = buildSpans(60).find((s: any) => s.kind === 'SERVER');
    expect(rootSpan?.attributes['deployment.environment.name']).toBe('café 日本 ✓');
  });
});

describe('Jenkins library sources', () => {
  test('vars and src are ASCII (Jenkins compiles them in an unspecified charset)', () => {
    for (const dir of ['vars', 'src/io/goldenthread']) {
      for (const file of readdirSync(join(LIBRARY, dir)).filter((f) => f.endsWith('.groovy'))) {
        const ascii = /^[\p{ASCII}]*$/u.test(readFileSync(join(LIBRARY, dir, file), 'utf8'));
        expect({ file, ascii }).toEqual({ file, ascii: true });
      }
    }
  });

  test.each(Object.entries(VARS))('%s.txt documents exactly the inputs of %s, with credentials ids', (name, action) => {
    const inputs = actionInputs(action);
    const help = readFileSync(join(LIBRARY, 'vars', `${name}.txt`), 'utf8');
    const documented = [...help.matchAll(/<li><code>(\w+)<\/code> \(([a-z0-9-]+)\)/g)].map((m) => m[2]);
    const expected = Object.keys(inputs).filter((k) => !(name === 'withGoldenThread' && k === 'job-status'));
    expect(documented.sort()).toEqual([...expected].sort());
    for (const [input, spec] of Object.entries(inputs)) {
      if (!expected.includes(input)) continue;
      const camel = input.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
      expect(help).toContain(`<li><code>${camel}</code> (${input})`);
      if (isSecretInput(input, spec.description)) {
        expect({ input, help: help.includes(`<code>${camel}CredentialsId</code>`) }).toEqual({ input, help: true });
      }
      if (spec.default !== undefined) {
        expect(help).toContain(`<li><code>${camel}</code> (${input}) — default <code>${spec.default}</code>`);
      }
    }
  });

  test('resources/goldenthread/scripts.archive: every runtime file of dist/, one line each; scripts.sha256 its hash', () => {
    const archive = readFileSync(join(RESOURCES, 'scripts.archive'));
    const { archive: rebuilt, sha256 } = archiveFiles('dist', runtimeFiles('dist'));
    expect(archive.equals(rebuilt)).toBe(true);
    expect(shippedHash()).toBe(sha256);
    const lines = archive.toString('utf8').split('\n').filter(Boolean);
    expect(lines[0]).toBe(ARCHIVE_HEADER);
    expect(lines.slice(1).map((line) => line.split('\t')[0])).toEqual(runtimeFiles('dist'));
  });

  test.each(ACTIONS)('resources/goldenthread/%s/inputs.txt lists the inputs of action.yml', (action) => {
    const dir = join(LIBRARY, 'resources', 'goldenthread', action);
    const names = readFileSync(join(dir, 'inputs.txt'), 'utf8').split('\n').filter(Boolean);
    expect(names.map((line) => line.split('\t')[0])).toEqual(Object.keys(actionInputs(action)));
  });
});
