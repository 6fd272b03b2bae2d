// "The bad commit returns", as one function the demo prints, the end-to-end test checks and
// the benchmark times. Everything runs on loopback:
//   compiled actions run as a runner runs them (LocalJob) → the real OpenTelemetry Collector when
//   built (test/servers/build.sh), else a stand-in (OTLP in; file exporter + spanmetrics out) →
//   real Jaeger behind the real collector, when built: the trace store the story's trees and trace
//   links come from → real Prometheus scraping the spanmetrics, when installed → real buildah
//   pushing to a real registry, when installed → delivery into a GitOps repo on disk (revert on
//   failure) or into a Rollout on the Kubernetes API stand-in (argo-abort on failure), watched by
//   a tiny "Argo" that starts sample-service pods with the Rollout's env → a load generator
//   splitting traffic stable/canary as the Rollout's setWeight step says.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { GOOD, BAD } from '../sample-service/app.mjs';
import { startCollector } from './collector.mjs';
import { readJaegerTrace, readSpansFile } from './spans.mjs';
import { githubEnv } from './fixtures.mjs';
import { manifestsRemote, remoteFile, remoteLog } from './git-fixtures.mjs';
import { startLoad } from './load.mjs';
import { LocalJob } from './local-runner.mjs';
import { startPod } from './pods.mjs';
import {
  builtServer,
  startJaeger,
  startOtelCollector,
  startPrometheus,
  startRegistry,
  which
} from './real-servers.mjs';
import { startSlackReceiver } from './slack-receiver.mjs';
import { startKubeApiServer } from './kube-apiserver.mjs';

export const STABLE_BUILD = 'release-15-0c0ffee';
export const BAD_AUTHOR = 'Mallory Example <mallory@example.com>';
const CANARY_WEIGHT = 20; // the Rollout's first setWeight step
const STANDIN_IMAGE = (seed) => `registry.example/acme/shop@sha256:${createHash('sha256').update(seed).digest('hex')}`;

const manifest = (image) => `# The shop service, as the platform team keeps it.
apiVersion: argoproj.io/v1alpha1
kind: Rollout
metadata:
  name: shop
spec:
  replicas: 5
  strategy:
    canary:
      steps:
        - setWeight: ${CANARY_WEIGHT}
        - pause: {} # otel-gate decides
  template:
    spec:
      containers:
        - name: shop
          image: ${image}
          env:
            - name: OTEL_SERVICE_NAME
              value: shop
            - name: OTEL_RESOURCE_ATTRIBUTES
              value: service.name=shop,build.id=${STABLE_BUILD}
`;

/**
 * What one pipeline run did, for the demo to print and the tests to check.
 * @typedef {object} PipelineRun
 * @property {string} title
 * @property {string} sha
 * @property {string} [buildId]
 * @property {string} [traceId]
 * @property {number} [startedAt]
 * @property {string} [image] image@digest the run deployed
 * @property {string} [registryDigest] what the registry serves for the run's tag (real builder only)
 * @property {string} [deployCommit]
 * @property {string} [baseline] the build the canary was compared with
 * @property {Record<string, string>} [canaryEnv] the canary pod's env, from the manifest
 * @property {string} [canaryPod]
 * @property {string} [verdict]
 * @property {string} [gateSummary]
 * @property {string} [gateLog]
 * @property {string} [reportFile]
 * @property {string} [backend]
 * @property {number} [verdictAt] when the gate step ended
 * @property {number} [rolledBackAt] when the revert was on main / the Rollout aborted (rollback-notify ended)
 * @property {any} [rolloutStatus] the Rollout's status after the rollback
 * @property {{ action: string, previousBuildId: string, notified: string }} [rollback]
 * @property {string} [restoredImage] the image the Rollout's spec names after the rollback
 * @property {any} [slack] the Slack message body
 * @property {string} [traceUrl] the run's trace in Jaeger's UI (real Jaeger only)
 * @property {object[]} [jaegerSpans] the run's trace as Jaeger's query API returns it (real Jaeger only)
 * @property {{ requests: number, errors: number, firstErrorAt?: number, lastErrorAt?: number }} [canaryTraffic]
 */

/** Which real servers are installed (or built); the story uses each one that is. */
export function detectRealParts() {
  return {
    prometheus: Boolean(which('prometheus')),
    builder: Boolean(which('buildah') && which('docker-registry')),
    collector: Boolean(builtServer('otelcol')),
    // Jaeger hears the runs through the real collector's OTLP exporter.
    jaeger: Boolean(builtServer('otelcol') && builtServer('jaeger'))
  };
}

/** The Rollout's first container: its image and literal env, as a pod would get them. */
function containerOf(rollout) {
  const container = rollout.spec.template.spec.containers[0];
  const env = Object.fromEntries(container.env.filter((e) => 'value' in e).map((e) => [e.name, String(e.value)]));
  return { image: container.image, env };
}

/** One commit's build context: the image holds the app code the pods then run. */
function appContext(sha, code) {
  const dir = mkdtempSync(join(tmpdir(), `goldenthread-shop-${sha.slice(0, 7)}-`));
  writeFileSync(join(dir, 'Dockerfile'), 'FROM scratch\nCOPY checkout.mjs /app/\n');
  writeFileSync(join(dir, 'checkout.mjs'), code);
  return dir;
}

function check(stage, result, { allowFailure = false } = {}) {
  if (result.code !== 0 && !allowFailure) throw new Error(`${stage} exited with ${result.code}:\n${result.log}`);
  return result;
}

/**
 * @typedef {{ prometheus: boolean, builder: boolean, collector?: boolean, jaeger?: boolean }} RealParts
 * @param {{ log?: (line: string) => void, real?: RealParts, delivery?: 'gitops' | 'kubernetes' }} [options]
 */
export async function runStory({ log = () => {}, real = detectRealParts(), delivery = 'gitops' } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'goldenthread-story-'));
  const cleanups = [];
  try {
    let jaeger;
    if (real.jaeger) {
      jaeger = await startJaeger();
      cleanups.push(() => jaeger.stop());
      log(
        `Jaeger ${jaeger.url} (pid ${jaeger.pid}, in-memory storage): the trace store; ` +
          'trees and trace links come from its query API'
      );
    } else {
      log('Jaeger: skipped (not built: test/servers/build.sh, needs Go); trees come from what the collector received');
    }
    let collector;
    if (real.collector) {
      const spansFile = join(work, 'spans.jsonl');
      const otelcol = await startOtelCollector({ spansFile, jaegerOtlpUrl: jaeger?.otlpUrl });
      collector = { ...otelcol, close: otelcol.stop };
      log(
        `OpenTelemetry Collector ${collector.url} (pid ${collector.pid}): OTLP/HTTP in; ` +
          `file exporter ${collector.spansFile}; spanmetrics on ${collector.metricsAddress}` +
          (jaeger ? '; OTLP to Jaeger' : '')
      );
    } else {
      collector = await startCollector({ spansFile: join(work, 'spans.jsonl') });
      log(
        `collector stand-in on ${collector.url} (the real OpenTelemetry Collector is not built: ` +
          `test/servers/build.sh, needs Go); file exporter ${collector.spansFile}; ` +
          `spanmetrics on ${collector.metricsAddress}`
      );
    }
    cleanups.push(() => collector.close());

    let prometheus;
    if (real.prometheus) {
      prometheus = await startPrometheus([collector.metricsAddress]);
      cleanups.push(() => prometheus.stop());
      log(
        `Prometheus ${prometheus.url} (pid ${prometheus.pid}) scrapes the spanmetrics every second; the gate asks it`
      );
    } else {
      log('Prometheus: skipped (not installed; apt-get install prometheus); the gate reads the collector file instead');
    }
    let registry;
    if (real.builder) {
      registry = await startRegistry();
      cleanups.push(() => registry.stop());
      // buildah as root without cgroups: chroot isolation and vfs storage (TEST-STACK.md).
      process.env.STORAGE_DRIVER ??= 'vfs';
      process.env.BUILDAH_ISOLATION ??= 'chroot';
      log(`registry ${registry.host} (pid ${registry.pid}); images built by buildah`);
    } else {
      log('builder: skipped (apt-get install buildah docker-registry to build for real); images get stand-in digests');
    }
    const slack = await startSlackReceiver();
    cleanups.push(() => slack.close());

    // The cluster: the stable build already serves all traffic.
    const stableImage = STANDIN_IMAGE(STABLE_BUILD);
    const appDirs = new Map([[stableImage, appContext('0c0ffee', GOOD)]]);
    // Where the Rollout lives: a GitOps repo on disk, or the Kubernetes API (stand-in).
    let manifests;
    let kube;
    if (delivery === 'gitops') {
      manifests = manifestsRemote({ 'prod/rollout.yaml': manifest(stableImage) });
      log(`GitOps manifests repo ${manifests.remote}`);
    } else {
      kube = await startKubeApiServer();
      cleanups.push(() => kube.close());
      const rollout = parseAllDocuments(manifest(stableImage))[0].toJS();
      rollout.metadata = {
        name: 'shop',
        namespace: 'prod',
        annotations: { 'goldenthread.dev/build-id': STABLE_BUILD }
      };
      kube.put('argoproj.io', 'rollouts', rollout);
      log(`Kubernetes API stand-in ${kube.url} with Rollout prod/shop`);
    }
    const currentRollout = () =>
      kube
        ? kube.get('argoproj.io', 'rollouts', 'prod', 'shop')
        : parseAllDocuments(remoteFile(manifests.remote, 'prod/rollout.yaml'))[0].toJS();
    const target = kube
      ? {
          deploy: { mode: 'kubernetes', name: 'shop', namespace: 'prod', kubeconfig: kube.kubeconfig },
          rollback: { action: 'argo-abort', name: 'shop', namespace: 'prod', kubeconfig: kube.kubeconfig }
        }
      : {
          deploy: { mode: 'gitops', repository: manifests.url, path: 'prod/rollout.yaml' },
          rollback: { action: 'gitops-revert', repository: manifests.url }
        };
    const clusterEnv = { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '200' };
    const pods = [];
    cleanups.push(() => Promise.all(pods.map((p) => p.stop())));
    /** "Argo": start a pod from what the Rollout says now. */
    const podFromRollout = async (name) => {
      const { image, env } = containerOf(currentRollout());
      const appDir = appDirs.get(image);
      if (!appDir) throw new Error(`no image ${image} in the registry`);
      const pod = await startPod({ name, appDir, env: { ...env, ...clusterEnv } });
      pods.push(pod);
      return { ...pod, image };
    };
    let stable = await podFromRollout(`shop-${STABLE_BUILD}`);
    const load = startLoad({ ratePerSecond: 250 });
    cleanups.push(() => load.stop());
    load.route([{ name: stable.name, url: stable.url, weight: 100 }]);
    log(
      `stable pod ${stable.name} (pid ${stable.pid}, build ${stable.env.GOLDENTHREAD_BUILD_ID ?? STABLE_BUILD}) takes 250 req/s`
    );

    /** @returns {Promise<PipelineRun>} */
    const pipelineRun = async ({ title, sha, runNumber, code }) => {
      log('');
      log(`━━ ${title} ━━`);
      const job = new LocalJob(
        githubEnv({ GITHUB_RUN_ID: `${Date.now()}${runNumber}`, GITHUB_RUN_NUMBER: String(runNumber), GITHUB_SHA: sha })
      );
      /** @type {PipelineRun} */
      const run = { title, sha };

      log('▶ trace-root: start the run trace, mint the build id');
      const start = check(
        'trace-root',
        await job.step('trace-root', { 'otlp-endpoint': collector.url, environment: 'prod' })
      );
      Object.assign(run, {
        buildId: start.outputs['build-id'],
        traceId: start.outputs['trace-id'],
        startedAt: Date.now()
      });
      log(`  build ${run.buildId} · trace ${run.traceId}`);

      const context = appContext(sha, code);
      if (registry) {
        log(
          `▶ build-and-tag: buildah builds the commit, pushes to ${registry.host}, digest from buildah's --digestfile`
        );
        const built = check(
          'build-and-tag',
          await job.step('build-and-tag', {
            image: `${registry.host}/acme/shop`,
            context,
            builder: 'buildah',
            'tls-verify': 'false'
          })
        );
        run.image = built.outputs['image-ref'];
        run.registryDigest = await registry.digest('acme/shop', built.outputs.tag);
      } else {
        log('▶ build-and-tag: skipped (no builder); stand-in digest');
        run.image = STANDIN_IMAGE(run.buildId);
      }
      appDirs.set(run.image, context);
      log(`  ${run.image}`);

      log(
        `▶ rollout-patch: pin the canary to the digest ${kube ? 'in the Rollout (one JSON patch)' : 'in the GitOps repo'}, inject build.id + TRACEPARENT`
      );
      const deployed = check(
        'rollout-patch',
        await job.step('rollout-patch', { ...target.deploy, 'image-ref': run.image, environment: 'prod' })
      );
      run.deployCommit = deployed.outputs.commit;
      run.baseline = deployed.outputs['previous-build-id'] || STABLE_BUILD;
      log(
        `  ${kube ? `resourceVersion ${deployed.outputs.revision}` : `commit ${run.deployCommit?.slice(0, 7)}`} · replaces build ${run.baseline}`
      );

      const canary = await podFromRollout(`shop-${run.buildId}`);
      Object.assign(run, { canaryEnv: canary.env, canaryPod: canary.name });
      load.route([
        { name: stable.name, url: stable.url, weight: 100 - CANARY_WEIGHT },
        { name: canary.name, url: canary.url, weight: CANARY_WEIGHT }
      ]);
      log(
        `▶ Argo (stand-in) synced: canary pod (pid ${canary.pid}) with OTEL_RESOURCE_ATTRIBUTES=${canary.env.OTEL_RESOURCE_ATTRIBUTES}; setWeight ${CANARY_WEIGHT}`
      );

      const backend = prometheus
        ? { backend: 'prometheus', 'backend-url': prometheus.url, service: 'shop' }
        : jaeger
          ? { backend: 'jaeger', 'backend-url': jaeger.url, service: 'shop' }
          : { backend: 'otlp-file', 'backend-url': collector.spansFile, service: 'shop' };
      log(`▶ otel-gate: judge spans tagged build.id=${run.buildId} (${backend.backend}) against ${run.baseline}`);
      const gate = check(
        'otel-gate',
        await job.step(
          'otel-gate',
          {
            ...backend,
            'baseline-build-id': run.baseline,
            'max-error-rate': '1%',
            'max-p99-latency': '500ms',
            interval: '1s',
            count: '60'
          },
          {},
          { timeoutMs: 120_000 }
        ),
        { allowFailure: true }
      );
      Object.assign(run, {
        verdictAt: Date.now(),
        verdict: gate.outputs.verdict,
        gateSummary: gate.summary,
        gateLog: gate.log,
        reportFile: gate.outputs['report-file'],
        backend: backend.backend
      });
      log(`  verdict: ${run.verdict} after ${gate.outputs.requests} canary requests`);

      if (run.verdict === 'pass') {
        load.route([{ name: canary.name, url: canary.url, weight: 100 }]);
        await stable.stop();
        stable = canary;
        log('▶ promoted: the canary takes all traffic');
      } else {
        log(`▶ rollback-notify: ${kube ? 'abort the Rollout' : 'revert the deploy commit'}, tell Slack`);
        const rollback = check(
          'rollback-notify',
          await job.step('rollback-notify', {
            ...target.rollback,
            'verdict-file': run.reportFile,
            'slack-webhook-url': slack.webhookUrl,
            service: 'shop',
            environment: 'prod',
            author: BAD_AUTHOR,
            'trace-url-template': jaeger
              ? `${jaeger.url}/trace/{trace_id}`
              : 'https://grafana.example/explore?traceId={trace_id}'
          })
        );
        run.rolledBackAt = Date.now();
        run.rollback = {
          action: rollback.outputs['action-taken'],
          previousBuildId: rollback.outputs['previous-build-id'],
          notified: rollback.outputs.notified
        };
        // "Argo" acts on it: an aborted Rollout sends all traffic back to stable; a reverted
        // manifest points at the stable image again. Either way the canary goes.
        const rollout = currentRollout();
        run.rolloutStatus = rollout.status;
        run.restoredImage = containerOf(rollout).image;
        if (kube ? rollout.status?.abort !== true : run.restoredImage !== stable.image)
          throw new Error(`the rollback left the Rollout serving ${run.restoredImage}`);
        load.route([{ name: stable.name, url: stable.url, weight: 100 }]);
        await canary.stop();
        run.slack = slack.received.at(-1)?.body;
        log(
          `  ${run.rollback.action} · serving ${run.rollback.previousBuildId} again · notified ${run.rollback.notified || 'nobody'}`
        );
      }
      run.canaryTraffic = load.stats[canary.name] ?? { requests: 0, errors: 0 };
      check('trace-root post', await job.post('trace-root'));
      return run;
    };

    const good = await pipelineRun({
      title: 'run 1: a good commit',
      sha: '3f786850e387550fdab836ed7e6dc881de23001b',
      runNumber: 17,
      code: GOOD
    });
    const bad = await pipelineRun({
      title: 'run 2: the bad commit',
      sha: 'badc0de5e387550fdab836ed7e6dc881de230099',
      runNumber: 18,
      code: BAD
    });
    await load.stop();
    await Promise.all(pods.map((p) => p.stop())); // flush the last runtime spans
    // The real collector drains its exporters (file, Jaeger) on SIGTERM; then its file is complete.
    if (real.collector) await collector.close();
    const spans = real.collector ? await readSpansFile(collector.spansFile) : collector.spans;
    if (jaeger) {
      for (const run of [good, bad]) {
        run.traceUrl = `${jaeger.url}/trace/${run.traceId}`;
        run.jaegerSpans = await readJaegerTrace(jaeger.url, run.traceId);
      }
    }
    const { firstErrorAt, lastErrorAt } = bad.canaryTraffic;
    return {
      good,
      bad,
      spans,
      slackMessages: slack.received.map((r) => r.body),
      manifestsLog: manifests ? remoteLog(manifests.remote, '%H %an %s') : [],
      kubeRequests: kube?.requests ?? [],
      // The breach starts with the canary's first failed answer; it ends for users with its last.
      breachToRollbackMs: firstErrorAt === undefined ? undefined : bad.rolledBackAt - firstErrorAt,
      breachToLastErrorMs: firstErrorAt === undefined ? undefined : lastErrorAt - firstErrorAt,
      real: {
        prometheus: Boolean(prometheus),
        builder: Boolean(registry),
        collector: Boolean(real.collector),
        jaeger: Boolean(jaeger)
      }
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  }
}
