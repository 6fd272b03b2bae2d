// The main job, on embedded defaults and no accounts: runs the compiled actions as a runner
// would, exports their spans to a loopback OTLP receiver, and prints each run's trace.
// Two runs: a good commit that the gate passes and a bad one it fails. Stages join as their
// issues land: trace-root → build-and-tag (buildah + a local registry when installed) →
// rollout-patch (GitOps repo on disk) → otel-gate → rollback-notify (GitOps revert + a Slack
// message to a loopback receiver).
import { createHash } from 'node:crypto';
import { mkdtempSync, appendFileSync, writeFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalJob } from './lib/local-runner.mjs';
import { startOtlpReceiver } from './lib/otlp-receiver.mjs';
import { githubEnv } from './lib/fixtures.mjs';
import { renderTraceTree } from './lib/trace-tree.mjs';
import { buildTraffic } from './lib/telemetry-fixtures.mjs';
import { manifestsRemote, remoteFile } from './lib/git-fixtures.mjs';
import { startSlackReceiver } from './lib/slack-receiver.mjs';
import { startRegistry, which } from './lib/real-servers.mjs';

const say = (line = '') => process.stdout.write(`${line}\n`);

function check(stage, result, { allowFailure = false } = {}) {
  if (result.code !== 0 && !allowFailure) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${stage} exited with ${result.code}`);
  }
  return result;
}

const STABLE = 'release-15-0c0ffee';

const MANIFEST = `# The shop service, as the platform team keeps it.
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: shop
spec:
  replicas: 5
  strategy:
    canary:
      steps:
        - setWeight: 20
        - pause: {} # otel-gate decides
  template:
    spec:
      containers:
        - name: shop
          image: registry.example/acme/shop@sha256:${'0'.repeat(64)}
          env:
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: service.name=shop
`;

/** The resource attributes a pod started from the deployed manifest would see. */
function deployedResourceAttributes(remote) {
  const rollout = parseAllDocuments(remoteFile(remote, 'prod/rollout.yaml'))[0].toJS();
  const env = rollout.spec.template.spec.containers[0].env.find((e) => e.name === 'OTEL_RESOURCE_ATTRIBUTES').value;
  return Object.fromEntries(env.split(',').map((pair) => pair.split('=').map(decodeURIComponent)));
}

/**
 * One pipeline run for one commit. `errorsPerThousand` is the fault the canary carries:
 * its spans (with build.id from OTEL_RESOURCE_ATTRIBUTES) land in the collector's file.
 */
/** The sample service's build context: a tiny image whose content differs per commit. */
function sampleContext(sha) {
  const dir = mkdtempSync(join(tmpdir(), 'goldenthread-demo-ctx-'));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY app.txt /\n');
  writeFileSync(join(dir, 'app.txt'), `shop built from ${sha}\n`);
  return dir;
}

async function pipelineRun({ title, sha, runNumber, errorsPerThousand, otlp, tracesFile, manifests, slack, registry }) {
  say(`\n━━ ${title} ━━`);
  const job = new LocalJob(githubEnv({ GITHUB_RUN_ID: `${Date.now()}${runNumber}`, GITHUB_RUN_NUMBER: String(runNumber), GITHUB_SHA: sha }));

  say('▶ trace-root: start the run trace, mint the build id');
  const start = check('trace-root', await job.step('trace-root', { 'otlp-endpoint': otlp.url, environment: 'demo' }));
  const buildId = start.outputs['build-id'];
  say(`  build ${buildId} · trace ${start.outputs['trace-id']}`);

  let imageRef;
  if (registry) {
    say(`▶ build-and-tag: build with buildah, push to ${registry.host}, digest from buildah's --digestfile`);
    const built = check('build-and-tag', await job.step('build-and-tag', { image: `${registry.host}/acme/shop`, context: sampleContext(sha), builder: 'buildah', 'tls-verify': 'false' }));
    imageRef = built.outputs['image-ref'];
    say(`  ${imageRef}`);
  } else {
    say('▶ build-and-tag: skipped: no builder (apt-get install buildah docker-registry to build for real); using a stand-in digest');
    imageRef = `registry.example/acme/shop@sha256:${createHash('sha256').update(buildId).digest('hex')}`;
  }
  say(`▶ rollout-patch: pin the canary to the image digest in the GitOps repo, inject build.id`);
  const deployed = check('rollout-patch', await job.step('rollout-patch', {
    mode: 'gitops',
    repository: manifests.url,
    path: 'prod/rollout.yaml',
    'image-ref': imageRef,
    environment: 'prod'
  }));
  say(`  commit ${deployed.outputs.commit?.slice(0, 7)} · previous build ${deployed.outputs['previous-build-id'] ?? '–'}`);

  const resource = deployedResourceAttributes(manifests.remote);
  say(`▶ canary serves traffic with OTEL_RESOURCE_ATTRIBUTES from the manifest (build.id=${resource['build.id']}); ${errorsPerThousand / 10}% of its requests fail`);
  appendFileSync(tracesFile, buildTraffic({ buildId: resource['build.id'], requests: 2000, errors: (2000 * errorsPerThousand) / 1000, seed: runNumber }) + '\n');

  say('▶ otel-gate: judge the canary from spans tagged with its build id');
  const gate = check('otel-gate', await job.step('otel-gate', {
    backend: 'otlp-file',
    'backend-url': tracesFile,
    'baseline-build-id': STABLE,
    'max-error-rate': '1%',
    'max-p99-latency': '500ms',
    interval: '1s',
    count: '5'
  }), { allowFailure: true });
  say(`  verdict: ${gate.outputs.verdict}`);
  say(gate.summary.replace(/^/gm, '  '));

  let rollback;
  if (gate.outputs.verdict !== 'pass') {
    say('▶ rollback-notify: revert the deploy commit, tell Slack');
    rollback = check('rollback-notify', await job.step('rollback-notify', {
      action: 'gitops-revert',
      repository: manifests.url,
      'verdict-file': gate.outputs['report-file'],
      'slack-webhook-url': slack.webhookUrl,
      service: 'shop',
      environment: 'prod',
      author: 'Mallory Example <mallory@example.com>',
      'trace-url-template': 'https://grafana.example/explore?traceId={trace_id}'
    }));
    say(`  action ${rollback.outputs['action-taken']} · now serving ${rollback.outputs['previous-build-id']} · notified ${rollback.outputs.notified || 'nobody'}`);
    const message = slack.received.at(-1)?.body;
    if (message) say(`  Slack (plain-text fallback of the Block Kit message):\n    ${message.text}`);
  }

  check('trace-root post', await job.post('trace-root'));
  return { job, buildId, sha, traceId: start.outputs['trace-id'], verdict: gate.outputs.verdict, rollback };
}

async function main() {
  const otlp = await startOtlpReceiver();
  const tracesFile = join(mkdtempSync(join(tmpdir(), 'goldenthread-demo-')), 'traces.jsonl');
  // The stable build has been serving for a while.
  writeFileSync(tracesFile, buildTraffic({ buildId: STABLE, requests: 20000, errors: 30, seed: 99 }) + '\n');
  const manifests = manifestsRemote({ 'prod/rollout.yaml': MANIFEST });
  const slack = await startSlackReceiver();
  const registry = which('buildah') && which('docker-registry') ? await startRegistry() : undefined;
  // buildah as root without cgroups: chroot isolation and vfs storage (../shared/TEST-STACK.md).
  Object.assign(process.env, { STORAGE_DRIVER: process.env.STORAGE_DRIVER ?? 'vfs', BUILDAH_ISOLATION: process.env.BUILDAH_ISOLATION ?? 'chroot' });
  say(`▶ OTLP receiver on ${otlp.url} (stands in for an OpenTelemetry Collector); spans file ${tracesFile}`);
  say(`▶ GitOps manifests repo ${manifests.remote}`);
  try {
    const good = await pipelineRun({ title: 'run 1: a good commit', sha: '3f786850e387550fdab836ed7e6dc881de23001b', runNumber: 17, errorsPerThousand: 1, otlp, tracesFile, manifests, slack, registry });
    const badStarted = Date.now();
    const bad = await pipelineRun({ title: 'run 2: the bad commit', sha: 'badc0de5e387550fdab836ed7e6dc881de230099', runNumber: 18, errorsPerThousand: 50, otlp, tracesFile, manifests, slack, registry });
    const healedSeconds = ((Date.now() - badStarted) / 1000).toFixed(1);

    const ci = otlp.spans.filter((s) => s.traceId === good.traceId || s.traceId === bad.traceId);
    for (const run of [good, bad]) {
      say(`\n${renderTraceTree(ci.filter((s) => s.traceId === run.traceId))}`);
    }
    if (good.verdict !== 'pass' || bad.verdict !== 'fail') throw new Error('the gate did not tell the good build from the bad one');
    if (bad.rollback?.outputs['action-taken'] !== 'revert') throw new Error('the bad build was not rolled back');
    say(`\n✔ good build ${good.buildId} promoted; bad build ${bad.buildId} rolled back in ${healedSeconds} s (from trace start), commit ${bad.sha.slice(0, 7)} by Mallory Example, now serving ${bad.rollback.outputs['previous-build-id']}`);
  } finally {
    await otlp.close();
    await slack.close();
    await registry?.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${error.message}\n`);
  process.exit(1);
});
