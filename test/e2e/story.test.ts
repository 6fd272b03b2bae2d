// End to end: "the bad commit returns", the story the demo tells, checked rather than printed.
// Real Prometheus, docker-registry, buildah and git repositories when installed, the real
// OpenTelemetry Collector and Jaeger when built by test/servers/build.sh (.ci/run insists on all
// of them). Told twice: delivered through a GitOps repo (rolled back by a revert), and into a
// Rollout on the Kubernetes API stand-in (rolled back by argo-abort). Without the built collector
// the story uses the stand-in (tools/lib/collector.mjs); the pods are sample-service processes.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { available, built } from '../../packages/tools/lib/real-servers.mjs';
import { runStory, BAD_AUTHOR } from '../../packages/tools/lib/story.mjs';

const collector = built('otelcol');
const real = {
  prometheus: available('prometheus'),
  builder: available('buildah') && available('docker-registry'),
  collector,
  jaeger: collector && built('jaeger')
};
if (!real.jaeger) {
  console.warn('test/e2e: the real collector and Jaeger are not both built (test/servers/build.sh); no Jaeger');
}

// Spans as the collector decoded them.
interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: string;
  status: { code: number };
  links: Array<{ traceId: string; spanId: string }>;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

let story: Awaited<ReturnType<typeof runStory>>;
let spans: Span[];

beforeAll(async () => {
  story = await runStory({ real });
  spans = story.spans as Span[];
}, 180_000);

describe('the bad commit returns (GitOps delivery)', () => {
  test('the gate promotes the good build and fails the bad one, judged by the real backend when installed', () => {
    expect(story.real).toEqual(real);
    expect(story.good.verdict).toBe('pass');
    expect(story.bad.verdict).toBe('fail');
    expect(story.bad.backend).toBe(real.prometheus ? 'prometheus' : real.jaeger ? 'jaeger' : 'otlp-file');
    expect(story.good.canaryTraffic!.errors).toBe(0);
    expect(story.bad.canaryTraffic!.errors).toBeGreaterThan(0);
  });

  test('each image is pinned by the digest the registry serves', () => {
    if (!real.builder) return expect(story.good.image).toMatch(/^registry\.example\//);
    for (const run of [story.good, story.bad]) {
      expect(run.image).toMatch(/^127\.0\.0\.1:\d+\/acme\/shop@sha256:[0-9a-f]{64}$/);
      expect(run.image!.split('@')[1]).toBe(run.registryDigest);
    }
    expect(story.good.image).not.toBe(story.bad.image);
  });

  test('the GitOps repo ends on a revert of the bad deploy, so main serves the good build again', () => {
    expect(story.bad.rollback).toMatchObject({
      action: 'revert',
      previousBuildId: story.good.buildId,
      notified: 'slack'
    });
    expect(story.bad.restoredImage).toBe(story.good.image);
    const [head, deployBad, deployGood] = story.manifestsLog;
    expect(head).toMatch(/Revert/);
    expect(deployBad.split(' ')[0]).toBe(story.bad.deployCommit);
    expect(deployGood.split(' ')[0]).toBe(story.good.deployCommit);
  });

  test('one trace runs from trace-root through build, deploy, gate and rollback', () => {
    const trace = spans.filter((s) => s.traceId === story.bad.traceId);
    const root = trace.find((s) => !s.parentSpanId);
    expect(root?.attributes['cicd.pipeline.result']).toBe('failure');
    for (const step of ['build-and-tag', 'rollout-patch', 'otel-gate', 'rollback-notify']) {
      const span = trace.find((s) => s.name === step);
      expect(span?.parentSpanId).toBe(root?.spanId);
      expect(span?.attributes['build.id']).toBe(story.bad.buildId);
    }
    expect(trace.find((s) => s.name === 'otel-gate')?.status.code).toBe(2);
    // The good run's trace has no rollback.
    expect(spans.some((s) => s.traceId === story.good.traceId && s.name === 'rollback-notify')).toBe(false);
  });

  test('runtime spans carry the build id from OTEL_RESOURCE_ATTRIBUTES and link to the deploy span', () => {
    const deploy = spans.find((s) => s.traceId === story.bad.traceId && s.name === 'rollout-patch')!;
    expect(story.bad.canaryEnv!.TRACEPARENT).toBe(`00-${deploy.traceId}-${deploy.spanId}-01`);
    const runtime = spans.filter((s) => s.kind === 'SERVER' && s.resource['build.id'] === story.bad.buildId);
    expect(runtime.length).toBe(story.bad.canaryTraffic!.requests);
    expect(runtime.every((s) => s.links.some((l) => l.spanId === deploy.spanId && l.traceId === deploy.traceId))).toBe(
      true
    );
    expect(runtime.filter((s) => s.status.code === 2)).toHaveLength(story.bad.canaryTraffic!.errors);
    expect(runtime[0].resource['vcs.ref.head.revision']).toBe(story.bad.sha);
  });

  test('Slack hears once, with the build, the commit, its author and the trace', () => {
    expect(story.slackMessages).toHaveLength(1);
    const { text } = story.slackMessages[0];
    // The fallback text is mrkdwn-escaped (& < >), as Slack expects.
    const author = BAD_AUTHOR.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    for (const fact of [story.bad.buildId, story.bad.sha.slice(0, 7), author, story.bad.traceId, story.good.buildId])
      expect(text).toContain(fact);
  });

  const withJaeger = real.jaeger ? test : test.skip;
  withJaeger('Jaeger holds each run’s trace as the collector exported it; Slack links to it in Jaeger’s UI', () => {
    for (const run of [story.good, story.bad]) {
      const exported = spans.filter((s) => s.traceId === run.traceId);
      const stored = run.jaegerSpans as Span[];
      expect(stored.map((s) => s.spanId).sort()).toEqual(exported.map((s) => s.spanId).sort());
      const root = stored.find((s) => !s.parentSpanId)!;
      const parented = (s: Span) => s.parentSpanId === root.spanId || stored.some((p) => p.spanId === s.parentSpanId);
      expect(stored.filter((s) => s !== root).every(parented)).toBe(true);
      expect(run.traceUrl).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/trace/${run.traceId}$`));
    }
    expect(JSON.stringify(story.slackMessages[0])).toContain(story.bad.traceUrl);
  });

  test('the breach is timed from the canary’s first failed request to the rollback', () => {
    expect(story.breachToRollbackMs).toBeGreaterThan(0);
    expect(story.breachToLastErrorMs).toBeGreaterThanOrEqual(0);
    expect(story.breachToLastErrorMs).toBeLessThanOrEqual(story.breachToRollbackMs! + 1000);
  });
});

describe('the bad commit returns (Kubernetes delivery, API stand-in)', () => {
  let kubeStory: Awaited<ReturnType<typeof runStory>>;
  beforeAll(async () => {
    kubeStory = await runStory({ real, delivery: 'kubernetes' });
  }, 180_000);

  test('the good build is patched in and passes; the bad one fails and the Rollout is aborted through the status subresource, once', () => {
    expect([kubeStory.good.verdict, kubeStory.bad.verdict]).toEqual(['pass', 'fail']);
    expect(kubeStory.bad.rollback).toMatchObject({
      action: 'abort',
      previousBuildId: kubeStory.good.buildId,
      notified: 'slack'
    });
    expect(kubeStory.bad.rolloutStatus).toMatchObject({ abort: true });
    const writes = kubeStory.kubeRequests
      .filter((q: { method: string }) => q.method === 'PATCH')
      .map((q: { url: string }) => q.url.replace(/.*\/rollouts\//, ''));
    // rollout-patch twice (good, bad), the abort, and the notified-marker annotation.
    expect(writes.filter((u: string) => u === 'shop/status')).toHaveLength(1);
    expect(kubeStory.slackMessages).toHaveLength(1);
  });

  test('the canary pod got build.id and the deploy span’s TRACEPARENT from the patched Rollout', () => {
    const spans = kubeStory.spans as Span[];
    const deploy = spans.find((s) => s.traceId === kubeStory.bad.traceId && s.name === 'rollout-patch')!;
    expect(kubeStory.bad.canaryEnv!.TRACEPARENT).toBe(`00-${deploy.traceId}-${deploy.spanId}-01`);
    const runtime = spans.filter((s) => s.kind === 'SERVER' && s.resource['build.id'] === kubeStory.bad.buildId);
    expect(runtime.length).toBe(kubeStory.bad.canaryTraffic!.requests);
    expect(runtime.every((s) => s.links.some((l) => l.spanId === deploy.spanId))).toBe(true);
    const rollback = spans.find((s) => s.traceId === kubeStory.bad.traceId && s.name === 'rollback-notify');
    expect(rollback?.attributes['goldenthread.rollback.action']).toBe('abort');
  });
});
