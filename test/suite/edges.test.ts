// Reliability and security at the edges: the builders, the registry, Slack, OpenSearch and a
// forward proxy, each met as a flaky network or an attacker would, through the compiled actions
// (dist/) run as a runner runs them. Real buildah, docker-registry and tinyproxy; loopback
// stand-ins for Slack and OpenSearch (they cannot run here), and raw TCP servers for the
// dependencies that accept a connection and then never answer or answer garbage.
// Every test stands alone (order-independent); secret-scan.ts scans all it produced for every secret.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { available, freePort, startRegistry, until, which } from '../../packages/tools/lib/real-servers.mjs';
import { blockKitProblems, startSlackReceiver } from '../../packages/tools/lib/slack-receiver.mjs';
import { startKubeApiServer } from '../../packages/tools/lib/kube-apiserver.mjs';
import { startOpenSearchStandIn } from '../../packages/tools/lib/opensearch-standin.mjs';
import { manifestsRemote as newRemote, remoteLog } from '../../packages/tools/lib/git-fixtures.mjs';
import { scanBodies, scanEachCase, ScannedJob, scanRemote, scanSlack, SECRETS } from './secret-scan.js';
import { createServer as createHttpServer } from 'node:http';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';

type Run = Awaited<ReturnType<LocalJob['step']>>;

const BUILD = 'release-17-3f78685';
scanEachCase();
const opened: Array<{ close: () => Promise<unknown> }> = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
});

const job = (env: Record<string, string> = {}) =>
  new ScannedJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, GOLDENTHREAD_GIT_SHA: SHA, ...env }));
/** The message a step failed with (the runner's ::error:: line). */
const failure = (r: Run) => /::error::(.*)/.exec(r.stdout)?.[1] ?? '';

/** A bare git remote whose commits the case's secret scan reads. */
function manifestsRemote(files: Record<string, string>) {
  const r = newRemote(files);
  scanRemote(r.remote);
  return r;
}

/**
 * A TCP server for the ways a dependency misbehaves below HTTP: 'blackhole' accepts and never
 * answers; 'garbage' answers every connection with bytes that are not HTTP, then closes.
 */
async function rawServer(mode: 'blackhole' | 'garbage') {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    if (mode === 'garbage') socket.end('\x00\x01garbage \xff not http\r\n\r\n');
    else socket.resume();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const handle = {
    host: `127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}`,
    connections: () => sockets.size,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(r);
      })
  };
  opened.push(handle);
  return handle;
}

/** A TCP relay to `target` that holds every chunk from the upstream for `delayMs`: a slow link. */
async function slowRelay(target: string, delayMs: number) {
  const [host, port] = target.split(':');
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), host);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => undefined);
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream);
    upstream.on('data', (chunk) => setTimeout(() => client.write(chunk), delayMs));
    upstream.on('end', () => setTimeout(() => client.end(), delayMs));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const handle = {
    host: `127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy();
        server.close(r);
      })
  };
  opened.push(handle);
  return handle;
}

function buildContext(): string {
  const context = mkdtempSync(join(tmpdir(), 'gt-edges-ctx-'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
  writeFileSync(join(context, 'app.txt'), 'shop\n');
  return context;
}

/** Builder processes still running with `needle` in their command line. */
function leftovers(needle: string): string[] {
  const ps = spawnSync('ps', ['-eo', 'args='], { encoding: 'utf8' });
  return ps.stdout.split('\n').filter((line) => line.includes(needle) && /buildah|docker|executor/.test(line));
}

const REAL_BUILDER = available('buildah') && available('docker-registry');
const realOnly = (real: boolean) => (real ? test : test.skip);
const BUILDAH = { builder: 'buildah', 'tls-verify': 'false' };

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('registry: never answers, slow, garbage — build-and-tag is bounded', () => {
  realOnly(REAL_BUILDER)(
    'registry accepts and never answers → buildah push stopped at push-timeout (3 s), the error names it, no builder left running',
    async () => {
      const hole = await rawServer('blackhole');
      const r = await job().step(
        'build-and-tag',
        { image: `${hole.host}/acme/shop`, context: buildContext(), ...BUILDAH, 'push-timeout': '3s' },
        {},
        { timeoutMs: 90_000 }
      );
      expect(r.signal).toBeNull();
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(
        /buildah push did not finish within push-timeout \(3 s\) and was stopped; raise 'push-timeout'/
      );
      expect(r.log).toMatch(/Successfully tagged/); // the build itself was fine; only the push hung
      expect(hole.connections()).toBe(0); // the killed push dropped its connections
      expect(leftovers(hole.host)).toEqual([]);
      expect(r.outputs.digest).toBeUndefined();
      // The budget is the input, plus the build and start-up: far below the runner's 90 s kill.
      expect(r.ms).toBeLessThan(3_000 + 25_000);
    }
  );

  realOnly(REAL_BUILDER)(
    'registry never answers the login → stopped at registry-timeout (2 s), naming it; nothing built, password never printed',
    async () => {
      const hole = await rawServer('blackhole');
      const r = await job().step(
        'build-and-tag',
        {
          image: `${hole.host}/acme/shop`,
          context: buildContext(),
          ...BUILDAH,
          'registry-timeout': '2s',
          'registry-username': 'ci',
          'registry-password': SECRETS.registry
        },
        {},
        { timeoutMs: 90_000 }
      );
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/buildah login did not finish within registry-timeout \(2 s\)/);
      expect(r.log).not.toMatch(/STEP 1/);
      expect(leftovers(hole.host)).toEqual([]);
      expect(r.ms).toBeLessThan(2_000 + 10_000);
    }
  );

  realOnly(REAL_BUILDER)(
    'registry answers garbage (not HTTP) → a clear buildah push failure, at once, no digest',
    async () => {
      const junk = await rawServer('garbage');
      const r = await job().step(
        'build-and-tag',
        { image: `${junk.host}/acme/shop`, context: buildContext(), ...BUILDAH, 'push-timeout': '60s' },
        {},
        { timeoutMs: 90_000 }
      );
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/buildah push failed \(buildah exited \d+\)/);
      expect(r.outputs.digest).toBeUndefined();
      expect(r.ms).toBeLessThan(30_000); // no 60 s wait: garbage is an answer
    }
  );

  realOnly(REAL_BUILDER)(
    'a slow link to a real registry: 150 ms per chunk → within push-timeout 2m it succeeds; within 1 s it stops, naming push-timeout',
    async () => {
      const registry = await startRegistry();
      opened.push({ close: () => registry.stop() });
      const relay = await slowRelay(registry.host, 150);
      const context = buildContext();
      const tight = await job().step(
        'build-and-tag',
        { image: `${relay.host}/acme/shop`, context, ...BUILDAH, 'push-timeout': '1s' },
        {},
        { timeoutMs: 90_000 }
      );
      expect(failure(tight)).toMatch(/buildah push did not finish within push-timeout \(1 s\)/);
      const roomy = await job().step(
        'build-and-tag',
        { image: `${relay.host}/acme/shop`, context, ...BUILDAH, 'push-timeout': '2m' },
        {},
        { timeoutMs: 150_000 }
      );
      expect(failure(roomy)).toBe('');
      expect(roomy.outputs.digest).toBe(await registry.digest('acme/shop', BUILD));
    }
  );
});

// ─────────────────────────────────────────────────────────────────────────────────────────
describe('builder argv: an input is never an option', () => {
  realOnly(REAL_BUILDER)(
    "context '--iidfile=<path>' (a directory of that name in the workspace) → built from that directory; no iidfile written",
    async () => {
      const workspace = mkdtempSync(join(tmpdir(), 'gt-edges-ws-'));
      const target = join(mkdtempSync(join(tmpdir(), 'gt-edges-iid-')), 'iid');
      const hostile = `--iidfile=${target}`;
      mkdirSync(join(workspace, hostile), { recursive: true });
      writeFileSync(join(workspace, hostile, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
      writeFileSync(join(workspace, hostile, 'app.txt'), 'shop\n');
      const r = await job({ GITHUB_WORKSPACE: workspace }).step(
        'build-and-tag',
        { image: 'localhost/acme/shop', context: hostile, builder: 'buildah', push: 'false' },
        {},
        { timeoutMs: 90_000 }
      );
      expect(failure(r)).toBe('');
      expect(r.code).toBe(0);
      expect(r.log).toMatch(/COPY app.txt/);
      expect(existsSync(target)).toBe(false);
    }
  );

  test.each([
    [
      'context',
      { context: '--iidfile=/tmp/gt-edges-never' },
      /Invalid input 'context': '--iidfile=\/tmp\/gt-edges-never' is not a directory/
    ],
    ['file', { context: '.', file: '--help' }, /Invalid input 'file': '--help' is not a file/]
  ])('%s that is not there → fails naming the input before any builder runs', async (_name, inputs, message) => {
    const workspace = mkdtempSync(join(tmpdir(), 'gt-edges-ws-'));
    const r = await job({ GITHUB_WORKSPACE: workspace }).step('build-and-tag', {
      image: 'localhost/acme/shop',
      builder: 'buildah',
      push: 'false',
      ...inputs
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(message);
    expect(r.log).not.toMatch(/Building /);
    expect(existsSync('/tmp/gt-edges-never')).toBe(false);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
const BAD = 'release-18-badc0de';
const GOOD = 'release-17-3f78685';

async function slackReceiver(script?: Array<string | number | { status: number; retryAfter: number }>) {
  const s = await startSlackReceiver({ script, token: SECRETS.slackToken });
  opened.push(s);
  scanSlack(s);
  return s;
}

/** A Rollout serving the bad build, on the Kubernetes API stand-in. */
async function kubeWithBadRollout() {
  const api = await startKubeApiServer({ token: SECRETS.kube });
  opened.push(api);
  scanBodies('Kubernetes API request bodies', api.requests);
  api.put('argoproj.io', 'rollouts', {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Rollout',
    metadata: {
      name: 'shop',
      namespace: 'prod',
      annotations: { 'goldenthread.dev/build-id': BAD, 'goldenthread.dev/previous-build-id': GOOD }
    },
    spec: {
      replicas: 4,
      strategy: { canary: { steps: [{ setWeight: 20 }] } },
      template: {
        spec: { containers: [{ name: 'shop', image: `registry.example/acme/shop@sha256:${'a'.repeat(64)}` }] }
      }
    },
    status: { phase: 'Paused' }
  });
  return api;
}
const patches = (api: { requests: Array<{ method: string }> }) => api.requests.filter((q) => q.method === 'PATCH');
const notifyOnly = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
  job(env).step('rollback-notify', { action: 'none', 'build-id': BAD, ...inputs });

/** What these tests read of a Block Kit message: section text and fields, context elements. */
interface SlackBody {
  text: string;
  blocks: Array<{ text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<{ text: string }> }>;
}

/** Every text Slack received, checked the way a careless cut would break it. */
function brokenTexts(body: SlackBody): string[] {
  const texts = [
    body.text,
    ...body.blocks.flatMap((b) => [
      b.text?.text,
      ...(b.fields ?? []).map((f) => f.text),
      ...(b.elements ?? []).map((e) => e.text)
    ])
  ].filter((t): t is string => Boolean(t));
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  const halfEscape = /&(?!amp;|lt;|gt;)/;
  return texts.filter((t) => lone.test(t) || halfEscape.test(t) || /<[^>]*$/.test(t));
}

describe('Slack: bad URL, unreadable answers, limits, threads, never answers', () => {
  test.each([
    ['no scheme', `hooks.slack.com/services/T0/B0/${SECRETS.slackWebhookPath}`],
    ['a broken host', `https://hooks slack.com/services/T0/B0/${SECRETS.slackWebhookPath}`],
    ['a port out of range', `https://hooks.slack.com:99999/services/T0/B0/${SECRETS.slackWebhookPath}`]
  ])(
    'unparsable slack-webhook-url (%s) → fails naming the input before the rollback; nothing patched, nothing retried, URL never echoed',
    async (_what, url) => {
      const api = await kubeWithBadRollout();
      const r = await job().step('rollback-notify', {
        action: 'argo-abort',
        name: 'shop',
        namespace: 'prod',
        kubeconfig: api.kubeconfig,
        'build-id': BAD,
        'slack-webhook-url': url
      });
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/Invalid input 'slack-webhook-url': not a usable URL/);
      expect(patches(api)).toEqual([]);
      expect(r.log).not.toMatch(/trying again/);
    }
  );

  test('webhook answers 200 with an HTML page (not "ok") → posted once, never again; notify-error says why; the step succeeds', async () => {
    const slack = await slackReceiver(['garbage', 'ok']);
    const r = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl });
    expect(r.code).toBe(0);
    expect(slack.received).toHaveLength(1);
    expect(r.outputs['notify-error']).toMatch(
      /HTTP 200 with "<html><body>Access denied by policy<\/body><\/html>" instead of "ok"; not retried/
    );
    expect(r.stdout).not.toMatch(/^::(?!warning|add-mask)/m); // the quoted body started no command
  });

  test('chat.postMessage answers 200 that is not JSON → posted once, never again', async () => {
    const slack = await slackReceiver(['garbage', 'ok']);
    const r = await notifyOnly({
      'slack-token': SECRETS.slackToken,
      'slack-channel': '#deploys',
      'slack-api-url': slack.apiUrl
    });
    expect(slack.received).toHaveLength(1);
    expect(r.outputs['notify-error']).toMatch(/chat.postMessage answered HTTP 200 with .*, not JSON; not retried/);
  });

  test('bot token: slack-ts and slack-channel outputs; a follow-up with slack-thread-ts replies in that thread', async () => {
    const slack = await slackReceiver();
    const inputs = { 'slack-token': SECRETS.slackToken, 'slack-channel': '#deploys', 'slack-api-url': slack.apiUrl };
    const first = await notifyOnly(inputs);
    expect(first.outputs['slack-ts']).toMatch(/^\d+\.\d+$/);
    expect(first.outputs['slack-channel']).toBe('C0GOLDEN01');
    const reply = await notifyOnly({ ...inputs, 'slack-thread-ts': first.outputs['slack-ts'] });
    expect(reply.outputs.notified).toBe('slack');
    expect(slack.received.map((m) => (m.body as { thread_ts?: string }).thread_ts)).toEqual([
      undefined,
      first.outputs['slack-ts']
    ]);
    const bad = await notifyOnly({ ...inputs, 'slack-thread-ts': 'yesterday' });
    expect(failure(bad)).toMatch(/Invalid input 'slack-thread-ts': 'yesterday'/);
    expect(slack.received).toHaveLength(2);
  });

  test('the rollback fails with a 7 000-character error full of & and emoji → the "FAILED" message still reaches Slack, within Block Kit limits', async () => {
    const slack = await slackReceiver();
    const repository = '/nonexistent/' + 'a-&-path-😀/'.repeat(600);
    const r = await job({ GOLDENTHREAD_GIT_SHA: 'a'.repeat(40) }).step('rollback-notify', {
      action: 'gitops-revert',
      'build-id': BAD,
      repository,
      'slack-webhook-url': slack.webhookUrl
    });
    expect(r.code).toBe(1); // the rollback failed, and says so
    expect(slack.received).toHaveLength(1);
    const body = slack.received[0].body as SlackBody;
    expect(slack.received[0].answered).toBe('ok');
    expect(blockKitProblems(body)).toEqual([]);
    expect(body.blocks[0].text?.text).toMatch(/FAILED/);
    expect(body.text.length).toBeLessThanOrEqual(3000);
    expect(brokenTexts(body)).toEqual([]);
  });

  // Where the cut lands: on each of the 8 code units of "&amp;😀" and the one before, for an escape and an emoji.
  test.each([0, 1, 2, 3, 4, 5, 6, 7])(
    'field cut at offset %i before an "&amp;" and a surrogate pair → no half escape, no lone surrogate, every field ≤ 2000',
    async (offset) => {
      const slack = await slackReceiver();
      // "*Author*\n" is 9 code units: pad so the 2000-unit cut falls `offset` units into "&amp;😀".
      const author = 'x'.repeat(2000 - 9 - 1 - offset) + '&😀&😀' + 'y'.repeat(50);
      const verdict = join(mkdtempSync(join(tmpdir(), 'gt-edges-')), 'verdict.json');
      const metric = { name: `m${'&<😀'.repeat(900)}`, value: 1, threshold: '≤ 1', samples: 5, result: 'fail' };
      writeFileSync(verdict, JSON.stringify({ verdict: 'fail', build_id: BAD, metrics: [metric] }));
      const r = await notifyOnly({
        'slack-webhook-url': slack.webhookUrl,
        author,
        service: '😀'.repeat(100),
        'verdict-file': verdict
      });
      expect(r.outputs.notified).toBe('slack');
      const body = slack.received[0].body as SlackBody;
      expect(blockKitProblems(body)).toEqual([]);
      expect(brokenTexts(body)).toEqual([]);
      expect(body.blocks[1].fields?.[2].text).toMatch(/^\*Author\*\nx+(&amp;(😀(&amp;)?)?)?…$/u);
    }
  );

  test('Slack accepts and never answers → slack-timeout (3 s) bounds the whole delivery; the step succeeds, notify-error says why', async () => {
    const hole = await rawServer('blackhole');
    const r = await notifyOnly({
      'slack-webhook-url': `${hole.url}/services/T0/B0/${SECRETS.slackWebhookPath}`,
      'slack-timeout': '3s'
    });
    expect(r.code).toBe(0);
    expect(r.outputs['notify-error']).toMatch(/no answer within \d+ ms/);
    expect(r.ms).toBeLessThan(3_000 + 5_000);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
const ROLLOUT = `apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: shop
spec:
  template:
    spec:
      containers:
        - name: shop
          image: registry.example/acme/shop@sha256:${'a'.repeat(64)}
`;
const deployInputs = (url: string, extra: Record<string, string> = {}) => ({
  mode: 'gitops',
  repository: url,
  path: 'prod/rollout.yaml',
  'image-ref': `registry.example/acme/shop@sha256:${'b'.repeat(64)}`,
  ...extra
});

/** An HTTP server that answers every request with `status` (OpenSearch unwell), counting them. */
async function answering(status: number) {
  const requests: string[] = [];
  const server = createHttpServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    res.writeHead(status, { 'content-type': 'application/json' }).end('{"error":"unavailable"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const handle = {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests,
    close: () => new Promise((r) => server.close(r))
  };
  opened.push(handle);
  return handle;
}

describe('OpenSearch: checked before, best effort after, one timeout', () => {
  test.each([
    ['not a URL', `elastic:${SECRETS.opensearch}@search.example:9200`],
    ['not http(s)', `ftp://elastic:${SECRETS.opensearch}@search.example/`]
  ])(
    'rollout-patch with opensearch-url %s → fails naming the input; no deploy commit; the password never echoed',
    async (_what, url) => {
      const manifests = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
      const before = remoteLog(manifests.remote);
      const r = await job().step('rollout-patch', deployInputs(manifests.url, { 'opensearch-url': url }));
      expect(r.code).toBe(1);
      expect(failure(r)).toMatch(/Invalid input 'opensearch-url': not an http\(s\) URL/);
      expect(remoteLog(manifests.remote)).toEqual(before);
    }
  );

  test('build-and-tag with an unparsable opensearch-url → fails naming it before any builder runs', async () => {
    const r = await job().step('build-and-tag', {
      image: 'localhost/acme/shop',
      context: buildContext(),
      builder: 'buildah',
      push: 'false',
      'opensearch-url': 'http://[::1'
    });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/Invalid input 'opensearch-url'/);
    expect(r.log).not.toMatch(/Building /);
  });

  test.each([
    ['accepts and never answers', 'blackhole'],
    ['answers garbage (not HTTP)', 'garbage'],
    ['answers 503', 503]
  ] as const)(
    'OpenSearch %s → the deploy commit stands, the step succeeds with a warning, within one opensearch-timeout (6 s, never two), asked once',
    async (_what, mode) => {
      const sink = typeof mode === 'number' ? await answering(mode) : await rawServer(mode);
      const manifests = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
      const url = sink.url.replace('http://', `http://elastic:${SECRETS.opensearch}@`);
      const r = await job().step(
        'rollout-patch',
        deployInputs(manifests.url, { 'opensearch-url': url, 'opensearch-timeout': '6s' })
      );
      expect(failure(r)).toBe('');
      expect(r.code).toBe(0);
      expect(r.outputs.changed).toBe('true');
      expect(remoteLog(manifests.remote)).toHaveLength(2);
      expect(r.stdout).toMatch(/::warning::Could not index the deployment record into deployment-metadata/);
      if (mode === 503) expect(r.stdout).toMatch(/::warning::Could not index .*\(HTTP 503/); // not a bare "Response Error"
      // One budget, not two: start-up and the git work are well under a second or two here.
      expect(r.ms).toBeLessThan(2 * 6_000);
      if ('requests' in sink) expect(sink.requests).toHaveLength(1);
    }
  );

  test('OpenSearch up → indexed once (control: the sink works when it can)', async () => {
    const search = await startOpenSearchStandIn();
    scanBodies('OpenSearch documents', search.indexed);
    opened.push(search);
    const manifests = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
    const r = await job().step('rollout-patch', deployInputs(manifests.url, { 'opensearch-url': search.url }));
    expect(r.code).toBe(0);
    expect(search.indexed.filter((q: { method: string }) => q.method === 'PUT')).toHaveLength(1);
    expect(r.stdout).not.toMatch(/::warning::Could not index/);
  });
});

// ─────────────────────────────────────────────────────────────────────────────────────────
/**
 * A real forward proxy (Debian's tinyproxy) on loopback, logging every request it relays as
 * `CONNECT host:port`: undici's ProxyAgent and the OpenSearch client's hpagent both tunnel, for
 * http targets too.
 */
async function startTinyproxy() {
  const dir = mkdtempSync(join(tmpdir(), 'gt-edges-proxy-'));
  const port = await freePort();
  const log = join(dir, 'tinyproxy.log');
  writeFileSync(
    join(dir, 'tinyproxy.conf'),
    [
      `Port ${port}`,
      'Listen 127.0.0.1',
      'Timeout 30',
      'MaxClients 20',
      'LogLevel Connect',
      `LogFile "${log}"`,
      `PidFile "${join(dir, 'pid')}"`,
      ''
    ].join('\n')
  );
  const child = spawn(which('tinyproxy')!, ['-d', '-c', join(dir, 'tinyproxy.conf')], { stdio: 'ignore' });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  };
  opened.push({ close: stop });
  await until(
    () =>
      new Promise<true | undefined>((resolve) => {
        const probe = connect(port, '127.0.0.1', () => (probe.end(), resolve(true)));
        probe.on('error', () => resolve(undefined));
      }),
    { what: 'tinyproxy listening' }
  );
  return {
    url: `http://127.0.0.1:${port}`,
    /** Log lines naming `hostPort`: the requests the proxy relayed there. */
    relayed: (hostPort: string) =>
      (existsSync(log) ? readFileSync(log, 'utf8') : '')
        .split('\n')
        .filter((l) => /Request \(file descriptor/.test(l) && l.includes(hostPort))
  };
}

const REAL_PROXY = available('tinyproxy');
describe('proxy: every outbound HTTP call honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY (real tinyproxy)', () => {
  realOnly(REAL_PROXY)(
    'Slack through HTTP_PROXY → relayed by the proxy and delivered; with NO_PROXY naming the host → straight there',
    async () => {
      const proxy = await startTinyproxy();
      const slack = await slackReceiver();
      const host = new URL(slack.webhookUrl).host;
      const proxied = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl }, { HTTP_PROXY: proxy.url });
      expect(proxied.outputs.notified).toBe('slack');
      expect(proxy.relayed(host)).toEqual([expect.stringMatching(`CONNECT ${host}`)]);
      const direct = await notifyOnly(
        { 'slack-webhook-url': slack.webhookUrl },
        { HTTP_PROXY: proxy.url, NO_PROXY: 'localhost,127.0.0.1' }
      );
      expect(direct.outputs.notified).toBe('slack');
      expect(slack.received).toHaveLength(2);
      expect(proxy.relayed(host)).toHaveLength(1); // the second went around the proxy
    }
  );

  realOnly(REAL_PROXY)(
    'chat.postMessage through https_proxy/http_proxy (lower case) → relayed; NO_PROXY with host:port → direct',
    async () => {
      const proxy = await startTinyproxy();
      const slack = await slackReceiver();
      const host = new URL(slack.apiUrl).host;
      const inputs = { 'slack-token': SECRETS.slackToken, 'slack-channel': '#deploys', 'slack-api-url': slack.apiUrl };
      expect((await notifyOnly(inputs, { http_proxy: proxy.url })).outputs.notified).toBe('slack');
      expect(proxy.relayed(host)).toHaveLength(1);
      expect((await notifyOnly(inputs, { http_proxy: proxy.url, no_proxy: host })).outputs.notified).toBe('slack');
      expect(proxy.relayed(host)).toHaveLength(1);
    }
  );

  realOnly(REAL_PROXY)(
    'OpenSearch client through HTTP_PROXY → the index request is relayed; NO_PROXY → direct',
    async () => {
      const proxy = await startTinyproxy();
      const search = await startOpenSearchStandIn();
      scanBodies('OpenSearch documents', search.indexed);
      scanBodies('OpenSearch documents', search.indexed);
      opened.push(search);
      const host = new URL(search.url).host;
      const deployOnce = async (env: Record<string, string>) => {
        const manifests = manifestsRemote({ 'prod/rollout.yaml': ROLLOUT });
        const r = await job().step('rollout-patch', deployInputs(manifests.url, { 'opensearch-url': search.url }), env);
        expect(failure(r)).toBe('');
        expect(r.stdout).not.toMatch(/::warning::Could not index/);
      };
      await deployOnce({ HTTP_PROXY: proxy.url });
      expect(proxy.relayed(host)).toEqual([expect.stringMatching(`CONNECT ${host}`)]);
      await deployOnce({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      expect(proxy.relayed(host)).toHaveLength(1);
      expect(search.indexed.filter((q: { method: string }) => q.method === 'PUT')).toHaveLength(2);
    }
  );

  realOnly(REAL_PROXY && REAL_BUILDER)(
    "build-and-tag's registry read-back through HTTP_PROXY → relayed (buildah itself, a Go program, never proxies loopback)",
    async () => {
      const proxy = await startTinyproxy();
      const registry = await startRegistry();
      opened.push({ close: () => registry.stop() });
      const r = await job().step(
        'build-and-tag',
        { image: `${registry.host}/acme/shop`, context: buildContext(), ...BUILDAH },
        { HTTP_PROXY: proxy.url },
        { timeoutMs: 90_000 }
      );
      expect(failure(r)).toBe('');
      expect(r.outputs.digest).toBe(await registry.digest('acme/shop', BUILD));
      expect(proxy.relayed(registry.host)).toEqual([expect.stringMatching(`CONNECT ${registry.host}`)]);
    }
  );

  realOnly(REAL_PROXY)(
    "trace-root's span export (http/protobuf) through HTTP_PROXY → relayed and received; NO_PROXY → direct",
    async () => {
      const proxy = await startTinyproxy();
      const otlp = await startOtlpReceiver();
      opened.push({ close: () => otlp.close() });
      const host = new URL(otlp.url).host;
      const exportOnce = async (env: Record<string, string>) => {
        const run = new ScannedJob(githubEnv({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf', ...env }));
        expect((await run.step('trace-root', { 'otlp-endpoint': otlp.url })).code).toBe(0);
        expect((await run.post('trace-root')).code).toBe(0);
      };
      await exportOnce({ HTTP_PROXY: proxy.url });
      expect(otlp.requests.map((q: { headers: Record<string, string> }) => q.headers['content-type'])).toEqual([
        'application/x-protobuf'
      ]);
      expect(proxy.relayed(host)).toEqual([expect.stringMatching(`CONNECT ${host}`)]);
      await exportOnce({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' });
      expect(otlp.requests).toHaveLength(2);
      expect(proxy.relayed(host)).toHaveLength(1);
    }
  );

  test('HTTPS_PROXY that is not a URL → the step fails at once naming it, before any side effect', async () => {
    const slack = await slackReceiver();
    const r = await notifyOnly({ 'slack-webhook-url': slack.webhookUrl }, { HTTPS_PROXY: 'proxy example:3128' });
    expect(r.code).toBe(1);
    expect(failure(r)).toMatch(/The proxy in HTTPS_PROXY \/ HTTP_PROXY is not usable/);
    expect(slack.received).toHaveLength(0);
  });
});
