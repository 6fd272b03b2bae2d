// npm run bench:failures — the failure matrix: every external dependency a step calls, failing
// in each of five ways (lib/hostile.mjs: down, silent, slow, garbage, 5xx), against the COMPILED
// step (dist/, run as a runner runs it). Small budgets (2–3 s) so the matrix runs in minutes.
// Each row: how long the step took to end, against the budget its inputs set, and how it ended.
// A row that runs past its budget or ends without a clear message is a bug (marked in `check`).
// Nothing here asserts; the table goes into the issue notes.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob } from './lib/local-runner.mjs';
import { githubEnv, SHA } from './lib/fixtures.mjs';
import { manifestsRemote } from './lib/git-fixtures.mjs';
import { available } from './lib/real-servers.mjs';
import { MODES, startHostile } from './lib/hostile.mjs';

const BUILD = 'release-17-3f78685';
const PREVIOUS = 'release-16-0a1b2c3';
const IMAGE = `registry.example/acme/shop@sha256:${'b'.repeat(64)}`;
// Credentials the bench passes in (inside URLs and as secret inputs): none may reach the log.
const SECRETS = ['benchGitS3cret', 'benchOsS3cret', 'benchSlackPathS3cret', 'benchGhS3cret', 'benchKubeS3cret'];
// Allowed on top of budget + start-up: process exit, a killed builder's clean-up, timer slack.
const SLACK_S = 1;

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

const job = (env = {}) => new LocalJob(githubEnv({ GOLDENTHREAD_BUILD_ID: BUILD, GOLDENTHREAD_GIT_SHA: SHA, ...env }));
const withCredentials = (url, user, secret) => url.replace('http://', `http://${user}:${secret}@`);
const seconds = (s) => `${s}s`;

function kubeconfig(server) {
  return [
    'apiVersion: v1',
    'kind: Config',
    `clusters:\n- name: c\n  cluster:\n    server: ${server}\n    insecure-skip-tls-verify: true`,
    `users:\n- name: ci\n  user:\n    token: ${SECRETS[4]}`,
    'contexts:\n- name: c\n  context:\n    cluster: c\n    user: ci',
    'current-context: c',
    ''
  ].join('\n');
}

function verdictFile() {
  const path = join(mkdtempSync(join(tmpdir(), 'gt-bench-fail-')), 'verdict.json');
  writeFileSync(
    path,
    JSON.stringify({
      verdict: 'fail',
      build_id: BUILD,
      trace_id: '0af7651916cd43dd8448eb211c80319c',
      span_id: 'b7ad6b7169203331',
      metrics: [{ name: 'error-rate', value: 0.05, threshold: '≤ 1.00%', samples: 2000, result: 'fail' }]
    })
  );
  return path;
}

function buildContext() {
  const context = mkdtempSync(join(tmpdir(), 'gt-bench-fail-ctx-'));
  writeFileSync(join(context, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
  writeFileSync(join(context, 'app.txt'), 'shop\n');
  return context;
}

/**
 * The dependencies: each runs its step against `dep` (a hostile server) and names the input that
 * bounds it, with the budget in seconds. With `dep` null the step runs without reaching the
 * dependency (the input that points at it left out or refused): its start-up and other work,
 * measured in the same conditions and subtracted before the budget is checked.
 */
const gitopsPatch = (dep) => ({
  mode: 'gitops',
  ...(dep ? { repository: withCredentials(`${dep.url}/acme/manifests.git`, 'x-access-token', SECRETS[0]) } : {}),
  path: 'prod/rollout.yaml',
  'image-ref': IMAGE,
  'git-timeout': seconds(3)
});
const DEPENDENCIES = [
  {
    dependency: 'git remote',
    step: 'rollout-patch (gitops)',
    bound: 'git-timeout 3s',
    budget: 3,
    run: async (dep) => [await job().step('rollout-patch', gitopsPatch(dep))]
  },
  {
    dependency: 'git remote',
    step: 'rollback-notify (gitops-revert)',
    bound: 'git-timeout 3s',
    budget: 3,
    run: async (dep) => [
      await job().step('rollback-notify', {
        action: 'gitops-revert',
        ...(dep ? { repository: withCredentials(`${dep.url}/acme/manifests.git`, 'x-access-token', SECRETS[0]) } : {}),
        'verdict-file': verdictFile(),
        'git-timeout': seconds(3)
      })
    ]
  },
  {
    dependency: 'Kubernetes API',
    step: 'rollout-patch (kubernetes)',
    bound: 'kube-timeout 3s',
    budget: 3,
    run: async (dep) => [
      await job().step('rollout-patch', {
        mode: 'kubernetes',
        name: 'shop',
        namespace: 'prod',
        'image-ref': IMAGE,
        kubeconfig: dep ? kubeconfig(dep.url) : 'clusters: [unclosed',
        'kube-timeout': seconds(3)
      })
    ]
  },
  {
    dependency: 'Kubernetes API',
    step: 'rollback-notify (argo-abort)',
    bound: 'kube-timeout 3s',
    budget: 3,
    run: async (dep) => [
      await job().step('rollback-notify', {
        action: 'argo-abort',
        name: 'shop',
        namespace: 'prod',
        kubeconfig: dep ? kubeconfig(dep.url) : 'clusters: [unclosed',
        'verdict-file': verdictFile(),
        'kube-timeout': seconds(3)
      })
    ]
  },
  {
    dependency: 'registry',
    step: 'build-and-tag (buildah)',
    bound: 'push-timeout 3s',
    budget: 3,
    needs: ['buildah'],
    run: async (dep) => [
      await job().step(
        'build-and-tag',
        {
          image: `${dep?.host ?? 'localhost'}/acme/shop`,
          context: buildContext(),
          builder: 'buildah',
          push: dep ? 'true' : 'false',
          'tls-verify': 'false',
          'push-timeout': seconds(3),
          'registry-timeout': seconds(3)
        },
        {},
        { timeoutMs: 120_000 }
      )
    ]
  },
  {
    dependency: 'Prometheus',
    step: 'otel-gate',
    // Inconclusive once the errors go beyond the limit: 3 looks of 2 s each, 1 s apart.
    bound: 'backend-timeout 2s, consecutive-error-limit 2 (3 looks), interval 1s',
    budget: 3 * 2 + 2 * 1,
    run: async (dep) => [
      await job().step('otel-gate', {
        backend: 'prometheus',
        'backend-url': dep?.url ?? 'not a URL',
        'backend-timeout': seconds(2),
        'consecutive-error-limit': '2',
        interval: seconds(1),
        count: '20',
        'min-duration': '0s'
      })
    ]
  },
  {
    dependency: 'Slack webhook',
    step: 'rollback-notify (none)',
    bound: 'slack-timeout 3s',
    budget: 3,
    run: async (dep) => [
      await job().step('rollback-notify', {
        action: 'none',
        'build-id': BUILD,
        'verdict-file': verdictFile(),
        ...(dep ? { 'slack-webhook-url': `${dep.url}/services/T000/B000/${SECRETS[2]}` } : {}),
        'slack-timeout': seconds(3)
      })
    ]
  },
  {
    dependency: 'OpenSearch',
    step: 'rollout-patch (gitops, sink)',
    bound: 'opensearch-timeout 3s',
    budget: 3,
    run: async (dep) => [
      await job({ GOLDENTHREAD_PREVIOUS_BUILD_ID: PREVIOUS }).step('rollout-patch', {
        ...gitopsPatch(null),
        repository: manifestsRemote({ 'prod/rollout.yaml': ROLLOUT }).url,
        ...(dep ? { 'opensearch-url': withCredentials(dep.url, 'elastic', SECRETS[1]) } : {}),
        'opensearch-timeout': seconds(3)
      })
    ]
  },
  {
    dependency: 'OTLP collector',
    step: 'trace-root (main + post)',
    bound: 'otlp-timeout 2s',
    budget: 2,
    run: async (dep) => {
      const j = job();
      const main = await j.step('trace-root', { ...(dep ? { 'otlp-endpoint': dep.url } : {}), 'otlp-timeout': '2s' });
      return [main, await j.post('trace-root')];
    }
  },
  {
    dependency: 'GitHub API',
    step: 'trace-root post (jobs read)',
    bound: 'per request 10s (fixed)',
    budget: 10,
    run: async (dep) => {
      const j = job(dep ? { GITHUB_API_URL: dep.url } : {});
      const main = await j.step('trace-root', dep ? { 'github-token': SECRETS[3] } : {});
      if (main.code !== 0) return [main];
      return [main, await j.post('trace-root')];
    }
  }
];

/** How a step ended: its exit code and the first ::error:: (else ::warning::) line, redacted and cut. */
function ending(runs) {
  const last = runs.at(-1);
  const stdout = runs.map((r) => r.stdout).join('\n');
  const line = /^::error::(.*)$/m.exec(stdout)?.[1] ?? /^::warning::(.*)$/m.exec(stdout)?.[1];
  const kind = /^::error::/m.test(stdout) ? '' : line ? 'warning: ' : '';
  let text = line ?? '(no error or warning line)';
  for (const secret of SECRETS) text = text.replaceAll(secret, '***');
  const code = last.signal ? `killed (${last.signal})` : `exit ${runs.find((r) => r.code !== 0)?.code ?? 0}`;
  return `${code}, ${kind}${text.replaceAll('|', '\\|').slice(0, 140)}`;
}

function check(runs, wallS, startS, budgetS) {
  const problems = [];
  const all = runs.map((r) => r.log).join('\n'); // the log a reader sees (::add-mask:: lines consumed)
  if (runs.some((r) => r.signal)) problems.push('HUNG (killed)');
  else if (wallS - startS > budgetS + SLACK_S) problems.push('OVER BUDGET');
  if (SECRETS.some((s) => all.includes(s))) problems.push('LEAKS A SECRET');
  if (/looks like a bug/.test(all)) problems.push('UNEXPECTED ERROR');
  if (!/^::(error|warning)::/m.test(all)) problems.push('NO MESSAGE');
  return problems.join(', ') || 'ok';
}

async function timed(run) {
  const started = process.hrtime.bigint();
  const runs = await run();
  return { runs, wallS: Number(process.hrtime.bigint() - started) / 1e9 };
}

const rows = [];
const only = process.env.BENCH_FAILURES_ONLY; // e.g. "Slack" to run the rows of one dependency
for (const d of DEPENDENCIES) {
  if (only && !`${d.dependency} ${d.step}`.includes(only)) continue;
  const missing = (d.needs ?? []).filter((binary) => !available(binary));
  for (const mode of MODES) {
    if (missing.length > 0) {
      rows.push([d.dependency, d.step, d.bound, mode, '–', '–', '–', '–', `skipped: ${missing.join(', ')}`, '–']);
      continue;
    }
    const baseline = await timed(() => d.run(null));
    const dep = await startHostile(mode);
    try {
      const { runs, wallS } = await timed(() => d.run(dep));
      rows.push([
        d.dependency,
        d.step,
        d.bound,
        mode,
        wallS.toFixed(1),
        baseline.wallS.toFixed(1),
        `${(wallS / d.budget).toFixed(2)}×`,
        `${((wallS - baseline.wallS) / d.budget).toFixed(2)}×`,
        ending(runs),
        check(runs, wallS, baseline.wallS, d.budget)
      ]);
    } finally {
      await dep.close();
    }
    process.stderr.write(`${rows.at(-1).join(' | ').slice(0, 200)}\n`);
  }
}

console.log('\n## Failure matrix: wall time to a clear failure against the budget\n');
const header = [
  'dependency',
  'step',
  'bounded by',
  'mode',
  'wall s',
  'start-up s',
  'wall ÷ budget',
  '(wall − start-up) ÷ budget',
  'how it ended',
  'check'
];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const bad = rows.filter((row) => row.at(-1) !== 'ok' && row.at(-1) !== '–');
console.log(`\n${rows.length} rows, ${bad.length} with a problem.`);
