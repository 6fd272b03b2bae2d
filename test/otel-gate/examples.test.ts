import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { parseDuration } from '../../packages/core/src/duration.js';

// The Argo Rollouts examples must ask the serve endpoint what it actually answers, and the
// README must show exactly the template test/argo/analysis-conformance.test.ts runs.

const text = (path: string) => readFileSync(path, 'utf8');
const docs = (path: string) => parseAllDocuments(text(path)).map((d) => d.toJS());

test('AnalysisTemplate calls /v1/verdict with the parameters serve reads, the token it checks, the field it returns', () => {
  const [template] = docs('actions/otel-gate/examples/analysis-template.yaml');
  expect(template.kind).toBe('AnalysisTemplate');
  const metric = template.spec.metrics[0];
  const url = new URL(metric.provider.web.url.replace(/\{\{args\.([a-z-]+)\}\}/g, 'x'));
  expect(url.pathname).toBe('/v1/verdict');
  expect([...url.searchParams.keys()]).toEqual(['build_id', 'baseline_build_id']);
  expect(metric.provider.web.jsonPath).toBe('{$.verdict}');
  expect(metric.provider.web.headers).toEqual([{ key: 'Authorization', value: 'Bearer {{args.gate-token}}' }]);
  expect(template.spec.args.find((a: { name: string }) => a.name === 'gate-token').valueFrom.secretKeyRef).toEqual({
    name: 'otel-gate-token',
    key: 'token'
  });
  // serve answers within 25 s (its verdict deadline); Argo must wait longer than that.
  expect(metric.provider.web.timeoutSeconds).toBeGreaterThan(25);
  // Only `pass` succeeds, only `fail` fails; pending, inconclusive and hold are neither (Inconclusive).
  expect(metric.successCondition).toBe('result == "pass"');
  expect(metric.failureCondition).toBe('result == "fail"');
  // Without a pass, count is never reached with inconclusive ≤ inconclusiveLimit.
  expect(metric.inconclusiveLimit).toBeLessThan(metric.count);
  expect(metric).toMatchObject({ failureLimit: 0, consecutiveSuccessLimit: 2, consecutiveErrorLimit: 4 });
});

test("the template's count and inconclusiveLimit fit the gate's min-duration and max-duration at its interval", () => {
  const [template] = docs('actions/otel-gate/examples/analysis-template.yaml');
  const metric = template.spec.metrics[0];
  const gate = docs('actions/otel-gate/examples/rollout.yaml')[1];
  const env = Object.fromEntries(
    gate.spec.template.spec.containers[0].env.map((e: { name: string; value?: string }) => [e.name, e.value])
  );
  const interval = parseDuration(metric.interval, 'interval');
  const minDuration = parseDuration(env['INPUT_MIN-DURATION'], 'min-duration');
  const maxDuration = parseDuration(env['INPUT_MAX-DURATION'], 'max-duration');
  // Argo measures at once, then every interval (or later): the k-th answer comes at ≥ (k − 1) × interval.
  // The window opens at the first answer; a pass needs min-duration of it, so every earlier answer is pending.
  const pending = Math.ceil(minDuration / interval);
  expect(pending).toBe(5);
  // Those pending answers (Inconclusive measurements, a total over the run) must not end the run,
  // and a first pass must still be followed by the consecutive one.
  expect(metric.inconclusiveLimit).toBeGreaterThanOrEqual(pending);
  expect(metric.count).toBeGreaterThanOrEqual(pending + metric.consecutiveSuccessLimit);
  // The answer is final by the answer at ≥ max-duration of window; a pass there needs one more answer.
  const lastLook = Math.ceil(maxDuration / interval) + 1;
  expect(metric.count).toBeGreaterThanOrEqual(lastLook + 1);
  // count answers without a pass are more than inconclusiveLimit: Inconclusive, never Successful.
  expect(metric.inconclusiveLimit).toBe(metric.count - 1);
});

test('the Rollout passes the build id the template expects; the gate pod listens beyond loopback with a token file', () => {
  const [rollout, gate] = docs('actions/otel-gate/examples/rollout.yaml');
  const analysis = rollout.spec.strategy.canary.steps.find((s: { analysis?: unknown }) => s.analysis).analysis;
  expect(analysis.templates[0].templateName).toBe('goldenthread-gate');
  expect(analysis.args[0].name).toBe('build-id');
  const pod = gate.spec.template.spec;
  const env = Object.fromEntries(pod.containers[0].env.map((e: { name: string; value?: string }) => [e.name, e.value]));
  expect(env).toMatchObject({
    'INPUT_SERVE-ADDRESS': '0.0.0.0',
    'INPUT_SERVE-TOKEN-FILE': '/var/run/otel-gate/token',
    INPUT_BACKEND: 'prometheus'
  });
  // Sessions live in the process: one pod, replaced (not rolled) so no two split one analysis.
  expect(gate.spec.replicas).toBe(1);
  expect(gate.spec.strategy.type).toBe('Recreate');
  expect(pod.volumes[0].secret.secretName).toBe('otel-gate-token');
  expect(pod.securityContext.runAsNonRoot).toBe(true);
});

test("the README's Argo section shows exactly the shipped AnalysisTemplate", () => {
  const readme = text('README.md');
  const template = text('actions/otel-gate/examples/analysis-template.yaml');
  const body = template.slice(template.indexOf('apiVersion:'));
  expect(readme).toContain('```yaml\n' + body + '```');
});

test('the image runs as a non-root user, with a HEALTHCHECK on /healthz', () => {
  const dockerfile = text('actions/otel-gate/Dockerfile');
  expect(dockerfile).toMatch(/^USER 1000:1000$/m);
  expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/healthz/m);
});
