// The main job, on embedded defaults and no accounts: "the bad commit returns". Two pipeline
// runs of the compiled actions against loopback parts (lib/story.mjs): a good commit the gate
// promotes, a bad one it rolls back. Prints progress, both traces as trees with the runtime
// spans that link to each deploy, the verdict tables, the Slack message and a summary line.
// Real Prometheus / registry / buildah are used when installed, the real OpenTelemetry Collector and
// Jaeger when built by test/servers/build.sh (--real: insist on all of them).
import { runStory, detectRealParts, BAD_AUTHOR } from './lib/story.mjs';
import { renderTraceTree } from './lib/trace-tree.mjs';

const say = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms) => (ms / 1000).toFixed(1);

/** Runtime spans (the pods') that link to a span of this trace, grouped by build. */
function runtimeLinks(spans, traceId) {
  const byBuild = {};
  for (const span of spans) {
    if (span.kind !== 'SERVER' || !span.links.some((l) => l.traceId === traceId)) continue;
    const b = (byBuild[span.resource['build.id']] ??= { spans: 0, errors: 0, linkedSpanId: span.links[0].spanId });
    b.spans++;
    if (span.status.code === 2) b.errors++;
  }
  return byBuild;
}

async function main() {
  const real = detectRealParts();
  if (process.argv.includes('--real') && !(real.prometheus && real.builder && real.collector && real.jaeger)) {
    throw new Error(
      '--real needs prometheus, buildah and docker-registry installed (apt-get install -y prometheus buildah ' +
        'docker-registry) and the OpenTelemetry Collector and Jaeger built (test/servers/build.sh, needs Go)'
    );
  }
  // --kubernetes: deliver into a Rollout on the Kubernetes API stand-in and abort it, instead of GitOps.
  const delivery = process.argv.includes('--kubernetes') ? 'kubernetes' : 'gitops';
  const story = await runStory({ log: say, real, delivery });
  const { good, bad } = story;

  for (const run of [good, bad]) {
    say(`\n━━ ${run.title}: the trace ━━`);
    // From the trace store when there is one (Jaeger's query API), else from the collector's file.
    const ci = run.jaegerSpans ?? story.spans.filter((s) => s.traceId === run.traceId);
    const source = story.real.collector ? 'real collector' : 'collector stand-in';
    say(run.traceUrl ? `read back from Jaeger: ${run.traceUrl}` : `read back from the ${source}'s output (no Jaeger)`);
    say(renderTraceTree(ci));
    for (const [buildId, l] of Object.entries(runtimeLinks(story.spans, run.traceId))) {
      const target = ci.find((s) => s.spanId === l.linkedSpanId)?.name ?? l.linkedSpanId;
      say(`   ⇠ ${l.spans} runtime spans of build ${buildId} link to "${target}" (${l.errors} errors)`);
    }
    say(`\nverdict for ${run.buildId}:`);
    say(run.gateSummary.trim().replace(/^/gm, '  '));
  }
  const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  if (bad.slack) say(`\nSlack (the Block Kit message's fallback text):\n  ${unescape(bad.slack.text)}`);

  if (good.verdict !== 'pass' || bad.verdict !== 'fail')
    throw new Error(`the gate did not tell the builds apart (good: ${good.verdict}, bad: ${bad.verdict})`);
  if (bad.rollback?.action !== (delivery === 'kubernetes' ? 'abort' : 'revert'))
    throw new Error('the bad build was not rolled back');
  say(
    `\nbreach → ${delivery === 'kubernetes' ? 'Rollout aborted' : 'revert on main'}: ${seconds(story.breachToRollbackMs)} s; breach → the canary's last failed request: ${seconds(story.breachToLastErrorMs)} s; the bad canary served ${bad.canaryTraffic.requests} requests, ${bad.canaryTraffic.errors} failed`
  );
  if (bad.traceUrl) {
    say(`the traces in Jaeger's UI (it stops with the demo): good ${good.traceUrl} · bad ${bad.traceUrl}`);
  }
  say(
    `✔ good build ${good.buildId} promoted; bad build ${bad.buildId} rolled back in ${seconds(story.breachToRollbackMs)} s, commit ${bad.sha.slice(0, 7)} by ${BAD_AUTHOR.replace(/ <.*/, '')}`
  );
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${error.stack}\n`);
  process.exit(1);
});
