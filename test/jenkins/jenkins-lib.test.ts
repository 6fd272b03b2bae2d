import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCommand } from '../../packages/tools/lib/local-runner.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { buildTraffic } from '../../packages/tools/lib/telemetry-fixtures.mjs';
import { available } from '../../packages/tools/lib/real-servers.mjs';

// The Jenkins library's vars/*.groovy under a real Groovy (Debian's 2.4, the line Jenkins
// embeds) with a harness whose sh really runs the command: the shipped compiled scripts run,
// their outputs come back as the step's Map, spans reach a loopback OTLP receiver.

const suite = available('groovy') ? describe : describe.skip;
const SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
let workspace: string;

beforeEach(async () => {
  otlp = await startOtlpReceiver();
  workspace = mkdtempSync(join(tmpdir(), 'gt-jenkins-ws-'));
});
afterEach(async () => {
  await otlp.close();
});

async function pipeline(script: string, env: Record<string, string> = {}) {
  const file = join(workspace, 'Jenkinsfile.groovy');
  writeFileSync(file, script);
  const result = await runCommand('groovy', ['-cp', resolve('test/jenkins'), resolve('test/jenkins/run.groovy'), file], {
    PATH: process.env.PATH!,
    JAVA_HOME: process.env.JAVA_HOME || '/usr/lib/jvm/java-17-openjdk-amd64',
    GT_LIBRARY: resolve('jenkins-lib'),
    WORKSPACE: workspace,
    JENKINS_URL: 'https://jenkins.example/',
    JOB_NAME: 'shop/main',
    BUILD_NUMBER: '42',
    BUILD_ID: '42',
    BUILD_URL: 'https://jenkins.example/job/shop/job/main/42/',
    GIT_COMMIT: SHA,
    GIT_URL: 'https://git.example/acme/shop.git',
    BRANCH_NAME: 'main',
    ...env
  });
  const json = /^RESULT (.*)$/m.exec(result.stdout)?.[1];
  return { ...result, value: json ? JSON.parse(json) : undefined };
}

suite('Jenkins shared library', () => {
  test('withGoldenThread: env for the body, steps return outputs as a Map, root span SUCCESS', async () => {
    const traces = join(workspace, 'traces.jsonl');
    writeFileSync(traces, buildTraffic({ buildId: 'shop-main-42-3f78685', requests: 2000, errors: 2 }) + '\n');
    const r = await pipeline(`
      def seen = [:]
      withGoldenThread(otlpEndpoint: '${otlp.url}', environment: 'prod') {
        seen.buildId = env.GOLDENTHREAD_BUILD_ID ?: sh(script: 'test -n "$GOLDENTHREAD_BUILD_ID"', returnStatus: true)
        def gate = otelGate(backend: 'otlp-file', backendUrl: '${traces}', interval: '10ms', count: '2')
        seen.verdict = gate.verdict
        seen.requests = gate.requests
        seen.shellSees = sh(script: 'test "$GOLDENTHREAD_BUILD_ID" = shop-main-42-3f78685 && test -n "$TRACEPARENT" && test "$BUILD_ID" = 42 && test "$GIT_COMMIT" = ${SHA}', returnStatus: true)
      }
      return seen
    `);
    expect(r.stdout).not.toMatch(/PIPELINE FAILED/);
    expect(r.value).toMatchObject({ verdict: 'pass', requests: '2000', shellSees: 0 });
    const spans = await otlp.waitForSpans(2);
    const root = spans.find((s: { kind: string }) => s.kind === 'SERVER')!;
    const gate = spans.find((s: { name: string }) => s.name === 'otel-gate')!;
    expect(root).toMatchObject({ name: 'RUN shop/main', status: { code: 1 } });
    expect(root.attributes).toMatchObject({ 'cicd.pipeline.result': 'success', 'goldenthread.outcome.source': 'input', 'cicd.pipeline.run.url.full': 'https://jenkins.example/job/shop/job/main/42/', 'deployment.environment.name': 'prod' });
    expect(gate.parentSpanId).toBe(root.spanId);
  });

  test('a throwing body still ends the root span, as FAILURE, and the error propagates', async () => {
    const r = await pipeline(`
      withGoldenThread(otlpEndpoint: '${otlp.url}') {
        error 'tests failed'
      }
    `);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/PIPELINE FAILED: tests failed/);
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['cicd.pipeline.result']).toBe('failure');
    expect(root.status.code).toBe(2);
  });

  test('an existing TRACEPARENT (the OpenTelemetry plugin) is joined', async () => {
    const r = await pipeline(`return traceRoot(otlpEndpoint: '${otlp.url}')['trace-id']`, { TRACEPARENT: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' });
    expect(r.value).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  test('argument values with quotes, $(…), backticks, ; and newlines reach the script verbatim and run nothing', async () => {
    const canary = join(workspace, 'pwned');
    const evil = `it's "quoted" $(touch ${canary}) \`touch ${canary}\`; touch ${canary}\nsecond line`;
    writeFileSync(join(workspace, 'evil.txt'), evil);
    const r = await pipeline(`
      def value = new File('${join(workspace, 'evil.txt')}').text
      withGoldenThread(otlpEndpoint: '${otlp.url}', environment: value) { }
      return value
    `);
    expect(r.value).toBe(evil);
    const [root] = await otlp.waitForSpans(1);
    expect(root.attributes['deployment.environment.name']).toBe(evil);
    expect(existsSync(canary)).toBe(false);
  });

  test('a failing step surfaces its own message as error "[step] …"', async () => {
    const r = await pipeline(`otelGate(backend: 'otlp-file', backendUrl: '/nope', buildId: 'bad tag')`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::otel-gate failed: Invalid input 'build-id'/);
    expect(r.stdout).toMatch(/PIPELINE FAILED: \[otelGate\] otel-gate exited with 1/);
  });
});
