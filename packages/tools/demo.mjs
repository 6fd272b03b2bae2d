// The main job, on embedded defaults and no accounts: runs the compiled actions as a
// runner would, exports their spans to a loopback OTLP receiver, and prints the one trace.
// Stages land here as their issues do; for now: trace-root (start, a job's work, end).
import { LocalJob } from './lib/local-runner.mjs';
import { startOtlpReceiver } from './lib/otlp-receiver.mjs';
import { githubEnv } from './lib/fixtures.mjs';
import { renderTraceTree } from './lib/trace-tree.mjs';

const say = (line) => process.stdout.write(`${line}\n`);

function mustSucceed(stage, result) {
  if (result.code !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${stage} exited with ${result.code}`);
  }
}

async function main() {
  const otlp = await startOtlpReceiver();
  say(`▶ OTLP receiver listening on ${otlp.url} (stands in for an OpenTelemetry Collector)`);
  const job = new LocalJob(githubEnv({ GITHUB_RUN_ID: String(Date.now()) }));
  try {
    say('▶ trace-root: start the run trace and mint the build id');
    const start = await job.step('trace-root', { 'otlp-endpoint': otlp.url, environment: 'demo' });
    mustSucceed('trace-root', start);
    const { outputs } = start;
    say(`  trace-id    ${outputs['trace-id']}`);
    say(`  build-id    ${outputs['build-id']}`);
    say(`  traceparent ${outputs.traceparent}  (exported to later steps as TRACEPARENT)`);

    say('▶ a second job of the same run (another runner, no outputs passed) joins the trace');
    const other = new LocalJob({ ...job.baseEnv, GITHUB_JOB: 'test', RUNNER_NAME: 'runner-2' });
    const joined = await other.step('trace-root', { 'otlp-endpoint': otlp.url, 'root-span': 'job' });
    mustSucceed('trace-root (job test)', joined);
    say(`  same trace: ${joined.outputs['trace-id'] === outputs['trace-id'] ? 'yes' : 'NO'}`);
    mustSucceed('trace-root post (job test)', await other.post('trace-root'));

    say('▶ trace-root (post): end the root span with the job outcome');
    const end = await job.post('trace-root');
    mustSucceed('trace-root post', end);

    const spans = await otlp.waitForSpans(2);
    say('\n' + renderTraceTree(spans));
    say(`\n✔ demo done: ${spans.length} span(s) in trace ${outputs['trace-id']}, build ${outputs['build-id']}`);
  } finally {
    await otlp.close();
  }
}

main().catch((error) => {
  process.stderr.write(`demo failed: ${error.message}\n`);
  process.exit(1);
});
