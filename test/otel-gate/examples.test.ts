import { expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

// The Argo Rollouts examples must ask the serve endpoint what it actually answers.

const docs = (path: string) => parseAllDocuments(readFileSync(path, 'utf8')).map((d) => d.toJS());

test('AnalysisTemplate calls /v1/verdict with the parameters serve reads and the field it returns', () => {
  const [template] = docs('actions/otel-gate/examples/analysis-template.yaml');
  expect(template.kind).toBe('AnalysisTemplate');
  const metric = template.spec.metrics[0];
  const url = new URL(metric.provider.web.url.replace(/\{\{args\.([a-z-]+)\}\}/g, 'x'));
  expect(url.pathname).toBe('/v1/verdict');
  expect([...url.searchParams.keys()]).toEqual(['build_id', 'baseline_build_id']);
  expect(metric.provider.web.jsonPath).toBe('{$.verdict}');
  expect(metric.successCondition).toBe('result == "pass"');
  expect(metric.failureCondition).toBe('result == "fail"');
});

test('the Rollout passes the build id the template expects', () => {
  const [rollout, gate] = docs('actions/otel-gate/examples/rollout.yaml');
  const analysis = rollout.spec.strategy.canary.steps.find((s: any) => s.analysis).analysis;
  expect(analysis.templates[0].templateName).toBe('goldenthread-gate');
  expect(analysis.args[0].name).toBe('build-id');
  expect(gate.spec.template.spec.containers[0].env.map((e: any) => e.name)).toContain('INPUT_BACKEND-URL');
});
