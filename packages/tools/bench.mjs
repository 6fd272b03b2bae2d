// npm run bench: measurements printed as ratios against baselines taken in the same run.
// Nothing here asserts; the numbers go into the issue notes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob, runCommand, runScript } from './lib/local-runner.mjs';
import { runStory } from './lib/story.mjs';
import { startOtlpReceiver } from './lib/otlp-receiver.mjs';
import { githubEnv } from './lib/fixtures.mjs';
import {
  builtServer,
  startJaeger,
  startOtelCollector,
  startPrometheus,
  startRegistry,
  until,
  which
} from './lib/real-servers.mjs';
import { otlpLine } from './lib/telemetry-fixtures.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n, digits = 1) => n.toFixed(digits);

function table(title, header, rows) {
  console.log(`\n## ${title}\n`);
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

/** Env for a main step that succeeds: CI facts plus throwaway runner files. */
function stepEnv() {
  const dir = mkdtempSync(join(tmpdir(), 'gt-bench-'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: dir, ...githubEnv() };
  for (const kind of ['OUTPUT', 'STATE', 'ENV', 'STEP_SUMMARY']) {
    env[`GITHUB_${kind}`] = join(dir, kind);
    writeFileSync(env[`GITHUB_${kind}`], '');
  }
  return env;
}

async function coldStart() {
  const actions = readdirSync('actions');
  const rows = [];
  for (const action of actions) {
    const base = [];
    const act = [];
    // Interleave so both see the same machine state.
    for (let i = 0; i < RUNS; i++) {
      base.push((await runCommand(process.execPath, ['-e', '0'], stepEnv())).ms);
      // No inputs: trace-root runs to the end, the others load, read their inputs and stop at
      // the first required one — start-up up to the first real work, the same for all.
      const r = await runScript(join('dist', action, 'index.js'), stepEnv());
      if (r.code !== 0 && !/::error::\S+ failed: Input '[a-z-]+' is required/.test(r.stdout)) {
        throw new Error(`${action} failed unexpectedly during the benchmark:\n${r.stdout}${r.stderr}`);
      }
      act.push(r.ms);
    }
    const ratio = median(act) / median(base);
    rows.push([
      action,
      `${fmt(median(act))} ms`,
      `${fmt(median(base))} ms`,
      `${fmt(ratio, 2)}×`,
      ratio <= 2 ? 'yes' : 'no'
    ]);
  }
  table(
    `Cold start to the first input check, median of ${RUNS} (target ≤ 2× node -e 0)`,
    ['action', 'main', 'node -e 0', 'ratio', 'within target'],
    rows
  );
}

/** Bytes of every file under `dir`. */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? bytesUnder(path) : statSync(path).size;
  }
  return total;
}

/**
 * What a `uses:` downloads: the repository tarball at the ref, measured as `git archive <tree> |
 * gzip -9`. The tree is the working tree as it stands (dist/ and the Jenkins resources as built),
 * written through a throwaway index so the real one is left alone. Peers are measured the same way
 * on their default branch when a snapshot is on this machine (BENCH_PEERS, default /work/.mirror,
 * `<owner>+<name>/repo` as the fetch tool leaves them); otherwise their row says so.
 */
function distributionWeight() {
  const gzipped = (gitArgs, env = process.env) => {
    const tar = execFileSync('git', gitArgs, { env, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
    return execFileSync('gzip', ['-9'], { input: tar, maxBuffer: 1 << 30 }).length;
  };
  const index = join(mkdtempSync(join(tmpdir(), 'gt-bench-index-')), 'index');
  const env = { ...process.env, GIT_INDEX_FILE: index };
  execFileSync('git', ['read-tree', 'HEAD'], { env });
  execFileSync('git', ['add', '-A'], { env });
  const tree = execFileSync('git', ['write-tree'], { env, encoding: 'utf8' }).trim();
  const mb = (n) => `${fmt(n / 1e6, 2)} MB`;
  const ours = gzipped(['archive', tree]);
  const rows = [['goldenthread (working tree)', mb(ours), ours <= 2e6 ? 'yes' : 'no']];
  const peers = process.env.BENCH_PEERS ?? '/work/.mirror';
  for (const peer of ['actions/cache', 'docker/build-push-action', 'slackapi/slack-github-action']) {
    const gitDir = join(peers, peer.replace('/', '+'), 'repo');
    if (!statSync(gitDir, { throwIfNoEntry: false })) {
      rows.push([peer, 'not measured: no snapshot here', '']);
      continue;
    }
    const commit = execFileSync('git', ['--git-dir', gitDir, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
    try {
      rows.push([`${peer} (${commit.trim()})`, mb(gzipped(['--git-dir', gitDir, 'archive', 'HEAD'])), '']);
    } catch (error) {
      // A snapshot may leave its largest blobs out: then it cannot be archived whole here.
      const missing = /invalid object \S+ \S+ for '([^']+)'/.exec(String(error.stderr))?.[1];
      rows.push([`${peer} (${commit.trim()})`, `not measured: the snapshot lacks ${missing ?? 'some blobs'}`, '']);
    }
  }
  table(
    'What a `uses:` downloads: git archive | gzip -9 (target ≤ 2 MB)',
    ['repository', 'bytes', 'within target'],
    rows
  );

  const files = (dir) => readdirSync(dir, { recursive: true }).filter((f) => statSync(join(dir, f)).isFile()).length;
  table(
    'On disk after a build',
    ['folder', 'bytes', 'files'],
    [
      ['dist/', mb(bytesUnder('dist')), String(files('dist'))],
      [
        'dist/goldenthread/ (the shared bundle)',
        mb(bytesUnder(join('dist', 'goldenthread'))),
        String(files(join('dist', 'goldenthread')))
      ],
      [
        'jenkins-lib/resources/',
        mb(bytesUnder(join('jenkins-lib', 'resources'))),
        String(files(join('jenkins-lib', 'resources')))
      ]
    ]
  );
}

async function blackHoledCollector() {
  const rows = [];
  for (const budget of [1000, 3000]) {
    const otlp = await startOtlpReceiver({ mode: 'blackhole' });
    const job = new LocalJob(githubEnv());
    await job.step('trace-root', { 'otlp-endpoint': otlp.url, 'otlp-timeout': `${budget}ms` });
    const post = await job.post('trace-root');
    await otlp.close();
    rows.push([
      `${budget} ms`,
      `${fmt(post.ms, 0)} ms`,
      `${fmt(post.ms / budget, 2)}×`,
      post.code === 0 ? 'success' : `exit ${post.code}`
    ]);
  }
  table(
    'Black-holed collector: trace-root post wall time vs export budget',
    ['budget', 'wall time', 'ratio', 'step result'],
    rows
  );
}

/** build-and-tag around a no-op build vs the same buildah build + push run directly. */
async function buildOverhead() {
  if (!which('buildah') || !which('docker-registry')) {
    console.log('\n## build-and-tag overhead\n\nskipped: buildah and docker-registry are not installed');
    return;
  }
  const registry = await startRegistry();
  const context = mkdtempSync(join(tmpdir(), 'gt-bench-ctx-'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY a.txt /\n');
  writeFileSync(join(context, 'a.txt'), 'bench\n');
  const env = { ...process.env, STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' };
  const direct = [];
  const action = [];
  const runs = Math.max(3, Math.round(RUNS / 4));
  try {
    for (let i = 0; i < runs; i++) {
      const ref = `${registry.host}/bench/app:direct-${i}`;
      let t = process.hrtime.bigint();
      execFileSync('buildah', ['bud', '-q', '-t', ref, context], { env, stdio: 'ignore' });
      execFileSync(
        'buildah',
        ['push', '--tls-verify=false', '--digestfile', join(context, 'digest'), ref, `docker://${ref}`],
        { env, stdio: 'ignore' }
      );
      direct.push(Number(process.hrtime.bigint() - t) / 1e6);
      const job = new LocalJob(githubEnv({ STORAGE_DRIVER: 'vfs', BUILDAH_ISOLATION: 'chroot' }));
      const r = await job.step('build-and-tag', {
        image: `${registry.host}/bench/app`,
        context,
        builder: 'buildah',
        'tls-verify': 'false',
        'build-id': `action-${i}-abcdef0`
      });
      if (r.code !== 0) throw new Error(`build-and-tag failed in the benchmark:\n${r.stdout}`);
      action.push(r.ms);
    }
  } finally {
    await registry.stop();
  }
  const d = median(direct);
  const a = median(action);
  table(
    `build-and-tag overhead around a no-op build (median of ${runs})`,
    ['buildah bud + push directly', 'build-and-tag', 'overhead', 'ratio'],
    [[`${fmt(d)} ms`, `${fmt(a)} ms`, `${fmt(a - d)} ms`, `${fmt(a / d, 2)}×`]]
  );
}

/**
 * The demo's story, timed: from the bad canary's first failed request to the revert on main.
 * Baseline on the same telemetry: when Argo Rollouts' threshold rule (each look's error rate
 * over the interval > 1 %, abort after failureLimit 2 is exceeded) would have aborted, from the
 * gate's own looks in its verdict record.
 */
async function breachToRollback() {
  const runs = Number(process.env.BENCH_STORY_RUNS ?? 3);
  const rows = [];
  for (let i = 0; i < runs; i++) {
    const { bad, breachToRollbackMs, breachToLastErrorMs, real } = await runStory();
    const record = JSON.parse(readFileSync(bad.reportFile, 'utf8'));
    let failures = 0;
    let argoLook;
    record.measurements.forEach((m, k) => {
      const prev = record.measurements[k - 1] ?? { requests: 0, errors: 0 };
      const requests = (m.requests ?? 0) - (prev.requests ?? 0);
      if (
        argoLook === undefined &&
        requests > 0 &&
        ((m.errors ?? 0) - (prev.errors ?? 0)) / requests > 0.01 &&
        ++failures > 2
      )
        argoLook = m.look;
    });
    const breach = bad.canaryTraffic.firstErrorAt;
    rows.push([
      String(i + 1),
      bad.backend,
      `${fmt((bad.verdictAt - breach) / 1000)} s`,
      `${fmt((bad.rolledBackAt - bad.verdictAt) / 1000)} s`,
      `${fmt(breachToRollbackMs / 1000)} s`,
      `${fmt(breachToLastErrorMs / 1000)} s`,
      `${bad.canaryTraffic.requests} / ${bad.canaryTraffic.errors}`,
      `${record.measurements.length}`,
      argoLook === undefined ? `not within ${record.measurements.length}` : String(argoLook)
    ]);
  }
  table(
    `Breach to rollback in the demo (${runs} runs; the canary takes 20 % of 250 req/s, 5 % of its carts fail)`,
    [
      'run',
      'backend',
      'breach → fail verdict',
      'verdict → revert on main',
      'breach → revert',
      'breach → last failed request',
      'canary requests / failed',
      'gate looks',
      'Argo rule would abort at look'
    ],
    rows
  );
}

/**
 * The gate's jaeger backend beside its prometheus backend on the same traffic: N SERVER spans of
 * one build (1 % errors) sent through the real collector, which exports them to Jaeger and counts
 * them in its spanmetrics for Prometheus. One look of each, once both see all N: a fresh jaeger
 * backend reads the whole interval (N spans, paged), prometheus runs its four instant queries.
 */
async function jaegerVsPrometheus() {
  const title = 'otel-gate: time per look, jaeger vs prometheus backend on the same traffic';
  if (!builtServer('otelcol') || !builtServer('jaeger')) {
    console.log(`\n## ${title}\n\nskipped: the collector and Jaeger are not built (test/servers/build.sh)`);
    return;
  }
  // Compiled with ncc like bench-gate: the backends as the action bundles them, kept out of dist/.
  const out = mkdtempSync(join(tmpdir(), 'gt-bench-backends-'));
  const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  execFileSync(
    process.execPath,
    [ncc, 'build', join('packages', 'tools', 'bench-backends', 'main.ts'), '-o', out, '--quiet'],
    { stdio: 'inherit' }
  );
  const { jaegerBackend, prometheusBackend } = await import(join(out, 'index.js'));
  const repeats = Number(process.env.BENCH_LOOKS ?? 7);
  const jaeger = await startJaeger();
  const collector = await startOtelCollector({
    spansFile: join(mkdtempSync(join(tmpdir(), 'gt-bench-')), 'spans.jsonl'),
    jaegerOtlpUrl: jaeger.otlpUrl
  });
  const prometheus = which('prometheus') ? await startPrometheus([collector.metricsAddress]) : undefined;
  const options = {
    headers: {},
    timeoutMs: 30_000,
    buildAttribute: 'build.id',
    preset: 'spanmetrics',
    service: 'shop'
  };
  const rows = [];
  try {
    for (const n of [1000, 10_000]) {
      const buildId = `bench-${n}-${Date.now()}`;
      for (let sent = 0; sent < n; sent += 2000) {
        const count = Math.min(2000, n - sent);
        const body = otlpLine({
          buildId,
          count,
          isError: (i) => (sent + i) % 100 === 0,
          latencyMs: () => 20,
          startMs: Date.now() - 2 * count
        });
        const res = await fetch(`${collector.url}/v1/traces`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body
        });
        if (!res.ok) throw new Error(`the collector answered ${res.status}`);
      }
      const sees = (backend) =>
        until(async () => ((await backend().sample(buildId)).requests === n ? true : undefined), {
          timeoutMs: 120_000,
          what: `${n} spans`
        });
      const jaegerLook = () => jaegerBackend({ ...options, url: jaeger.url });
      const promLook = () => prometheusBackend({ ...options, url: prometheus.url });
      await sees(jaegerLook);
      if (prometheus) await sees(promLook);
      const time = async (make) => {
        const ms = [];
        for (let i = 0; i < repeats; i++) {
          const backend = make(); // fresh: the jaeger one reads the whole interval again
          const t0 = performance.now();
          await backend.sample(buildId);
          ms.push(performance.now() - t0);
        }
        return median(ms);
      };
      const j = await time(jaegerLook);
      const p = prometheus ? await time(promLook) : undefined;
      rows.push([
        String(n),
        `${fmt(j)} ms`,
        p === undefined ? 'Prometheus not installed' : `${fmt(p)} ms`,
        p === undefined ? '–' : `${fmt(j / p)}×`
      ]);
    }
  } finally {
    await prometheus?.stop();
    await collector.stop();
    await jaeger.stop();
  }
  table(
    `${title} (median of ${repeats} looks)`,
    ['spans per interval', 'jaeger', 'prometheus', 'ratio jaeger / prometheus'],
    rows
  );
}

// BENCH_ONLY=distribution,cold-start runs just those parts (comma-separated); default: all.
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const part = (name) => only.length === 0 || only.includes(name);
if (part('distribution')) distributionWeight();
if (part('cold-start')) await coldStart();
if (part('jaeger')) await jaegerVsPrometheus();
if (part('collector')) await blackHoledCollector();
if (part('build')) await buildOverhead();
if (part('rollback')) await breachToRollback();
// the failure matrix (npm run bench:failures)
if (part('failures')) await import('./bench-failures.mjs');
