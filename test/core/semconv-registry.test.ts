import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as semconv from '@goldenthread/core';
import { ExpectedFailure, TimeoutFailure, telemetryConfig, withStepSpan } from '@goldenthread/core';
import { LocalJob } from '../../packages/tools/lib/local-runner.mjs';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { githubEnv, SHA } from '../../packages/tools/lib/fixtures.mjs';
import { ATTRIBUTES, GROUPS, SEMCONV_SOURCE, type RegistryAttribute } from './semconv-registry-v1.44.0.js';

// Every attribute the compiled trace-root and the step spans emit, checked against the registry
// of the pinned semantic-conventions version (the extract in semconv-registry-v1.44.0.ts names
// its source files and commit): the name exists and is not deprecated, the value has the
// registry's type, an enum value is a member, every span carries what its span group requires,
// and every entity present on the resource carries its required attributes.

/** goldenthread's own names (docs/design.md §4): not in the registry, and never in its namespaces. */
const OURS = (name: string) => name === 'build.id' || name.startsWith('goldenthread.');

/** Entities whose attributes belong on the resource (semconv entities.yaml), never on a span. */
const RESOURCE_ONLY = [
  'entity.cicd.pipeline',
  'entity.cicd.pipeline.run',
  'entity.cicd.worker',
  'entity.vcs.repository'
];

interface DecodedSpan {
  name: string;
  kind: string;
  attributes: Record<string, unknown>;
  resource: Record<string, unknown>;
}

function typeProblem(name: string, value: unknown, spec: RegistryAttribute): string | undefined {
  const isString = typeof value === 'string';
  const stringArray = Array.isArray(value) && value.every((v) => typeof v === 'string');
  if (spec.type === 'string' && !isString) return `${name}: expected a string, got ${JSON.stringify(value)}`;
  if (spec.type === 'string[]' && !stringArray) return `${name}: expected a string array, got ${JSON.stringify(value)}`;
  if (spec.type === 'int' && !Number.isInteger(value)) return `${name}: expected an int, got ${JSON.stringify(value)}`;
  if (spec.type === 'boolean' && typeof value !== 'boolean') return `${name}: expected a boolean`;
  if (spec.type === 'enum') {
    if (!isString) return `${name}: expected an enum string, got ${JSON.stringify(value)}`;
    if (!spec.customValues && !spec.members!.includes(value))
      return `${name}: '${value}' is not one of ${spec.members!.join(', ')}`;
  }
  return undefined;
}

function attributeProblems(where: string, attributes: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (OURS(name)) continue;
    const spec = ATTRIBUTES[name];
    if (!spec) problems.push(`${where} ${name}: not in the semconv ${SEMCONV_SOURCE.tag} registry`);
    else if (spec.deprecated) problems.push(`${where} ${name}: deprecated in ${SEMCONV_SOURCE.tag}`);
    else {
      const problem = typeProblem(name, value, spec);
      if (problem) problems.push(`${where} ${problem}`);
    }
  }
  return problems;
}

/** Everything wrong with one exported span, as sentences; empty when it conforms. */
function conformanceProblems(span: DecodedSpan): string[] {
  const where = `span '${span.name}'`;
  const problems = [
    ...attributeProblems(`${where} attribute`, span.attributes),
    ...attributeProblems(`${where} resource`, span.resource)
  ];
  const spanGroups = GROUPS.filter((g) => g.type === 'span').filter((g) =>
    g.spanKind === 'server'
      ? span.kind === 'SERVER' && 'cicd.pipeline.result' in span.attributes
      : span.kind === 'INTERNAL' && 'cicd.pipeline.task.name' in span.attributes
  );
  if (span.kind === 'SERVER' && spanGroups.length === 0)
    problems.push(`${where}: a SERVER CI span without cicd.pipeline.result`);
  if (span.kind === 'INTERNAL' && spanGroups.length === 0)
    problems.push(`${where}: a task span without cicd.pipeline.task.name`);
  for (const group of spanGroups) {
    for (const name of group.required)
      if (!(name in span.attributes)) problems.push(`${where}: ${group.id} requires ${name}`);
    const result = span.attributes['cicd.pipeline.result'] ?? span.attributes['cicd.pipeline.task.run.result'];
    for (const { ref } of group.conditionallyRequired)
      if ((result === 'failure' || result === 'error') && !(ref in span.attributes))
        problems.push(`${where}: ${group.id} requires ${ref} when the result is ${String(result)}`);
  }
  for (const group of GROUPS.filter((g) => g.type === 'entity')) {
    const present = group.attributes.filter((name) => name in span.resource);
    if (present.length === 0) continue;
    for (const name of group.required)
      if (!(name in span.resource)) problems.push(`${where} resource: ${group.id} has ${present[0]} but not ${name}`);
  }
  for (const group of GROUPS.filter((g) => RESOURCE_ONLY.includes(g.id)))
    for (const name of group.attributes)
      if (name in span.attributes) problems.push(`${where}: ${name} is an attribute of ${group.id}, for the resource`);
  return problems;
}

const seen = new Set<string>();
function check(spans: DecodedSpan[]): void {
  for (const span of spans) {
    for (const name of [...Object.keys(span.attributes), ...Object.keys(span.resource)]) seen.add(name);
    expect(conformanceProblems(span)).toEqual([]);
  }
}

let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
beforeAll(async () => {
  otlp = await startOtlpReceiver();
});
afterAll(async () => {
  await otlp.close();
  // What was checked, for the record (the report quotes it).
  console.log(
    `semconv ${SEMCONV_SOURCE.tag}: ${seen.size} distinct attribute names checked: ${[...seen].sort().join(', ')}`
  );
});

async function traceRootSpans(env: Record<string, string>, inputs: Record<string, string> = {}) {
  const before = otlp.spans.length;
  const job = new LocalJob(env);
  const main = await job.step('trace-root', { 'otlp-endpoint': otlp.url, ...inputs });
  expect(main.stdout).not.toMatch(/::error/);
  const post = await job.post('trace-root');
  expect(post.code).toBe(0);
  const spans = (await otlp.waitForSpans(before + 1)).slice(before) as DecodedSpan[];
  return spans;
}

describe('the spans conform to the pinned semantic conventions', () => {
  test('the compiled trace-root: the run root on GitHub, the job span on Jenkins (ssh GIT_URL), a timed-out job', async () => {
    const [root] = await traceRootSpans(githubEnv({ GITHUB_REF_TYPE: 'branch' }), { environment: 'staging' });
    check([root]);
    expect(root.resource).toMatchObject({
      'cicd.pipeline.name': 'Release',
      'cicd.pipeline.run.id': '4242',
      'cicd.worker.id': 'runner-1',
      'vcs.repository.url.full': 'https://github.example/acme/shop',
      'vcs.ref.type': 'branch'
    });

    const jenkins = {
      JENKINS_URL: 'https://ci.example/',
      JOB_NAME: 'shop/main',
      BUILD_NUMBER: '8',
      BUILD_URL: 'https://ci.example/job/shop/job/main/8/',
      BRANCH_NAME: 'main',
      NODE_NAME: 'linux-2',
      STAGE_NAME: 'Deploy',
      GIT_COMMIT: SHA,
      GIT_URL: 'git@git.example:acme/shop.git'
    };
    const [task] = await traceRootSpans(jenkins, { 'root-span': 'job', 'job-status': 'FAILURE' });
    check([task]);
    expect(task.attributes).toMatchObject({
      'cicd.pipeline.task.name': 'Deploy',
      'cicd.pipeline.task.run.result': 'failure',
      'cicd.pipeline.task.run.url.full': 'https://ci.example/job/shop/job/main/8/'
    });
    expect(task.resource).toMatchObject({
      'vcs.repository.url.full': 'https://git.example/acme/shop',
      'cicd.worker.url.full': 'https://ci.example/computer/linux-2/'
    });

    const [timedOut] = await traceRootSpans(githubEnv(), { 'job-status': 'timed_out' });
    check([timedOut]);
    expect(timedOut.attributes['cicd.pipeline.result']).toBe('timeout');
  });

  test('step spans: success, a failure, and a time bound that ran out', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, githubEnv({ GITHUB_REF_TYPE: 'branch' }), {
      GOLDENTHREAD_BUILD_ID: 'release-17-3f78685'
    });
    delete process.env.TRACEPARENT;
    try {
      const config = { ...telemetryConfig(), endpoint: `${otlp.url}/v1/traces` };
      const before = otlp.spans.length;
      await withStepSpan(
        'build-and-tag',
        'build',
        async (span) => {
          span.attributes[semconv.ATTR_OCI_MANIFEST_DIGEST] = `sha256:${'a'.repeat(64)}`;
          span.attributes[semconv.ATTR_CONTAINER_IMAGE_REPO_DIGESTS] = [`registry/shop@sha256:${'a'.repeat(64)}`];
        },
        config
      );
      await expect(
        withStepSpan('otel-gate', 'test', () => Promise.reject(new ExpectedFailure('gate failed')), config)
      ).rejects.toThrow('gate failed');
      await expect(
        withStepSpan('rollout-patch', 'deploy', () => Promise.reject(new TimeoutFailure('no answer')), config)
      ).rejects.toThrow('no answer');
      const spans = (await otlp.waitForSpans(before + 3)).slice(before) as DecodedSpan[];
      check(spans);
      expect(spans.map((s) => s.attributes['cicd.pipeline.task.run.result'])).toEqual([
        'success',
        'failure',
        'timeout'
      ]);
      expect(spans[2].attributes['error.type']).toBe('TimeoutFailure');
    } finally {
      for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });

  test('every attribute name the core declares is in the registry (or ours), and the result values are its enum', () => {
    const declared = Object.entries(semconv)
      .filter(([key]) => key.startsWith('ATTR_'))
      .map(([, name]) => name as string);
    const unknown = declared.filter((name) => !OURS(name) && (!ATTRIBUTES[name] || ATTRIBUTES[name].deprecated));
    expect(unknown).toEqual([]);
    expect([...semconv.PIPELINE_RESULTS]).toEqual(ATTRIBUTES['cicd.pipeline.result'].members);
    expect([...semconv.PIPELINE_RESULTS]).toEqual(ATTRIBUTES['cicd.pipeline.task.run.result'].members);
    expect(declared.length).toBeGreaterThan(30);
  });

  test('the checker rejects a wrong attribute, a wrong type, a value outside the enum, a missing requirement', () => {
    const good: DecodedSpan = {
      name: 'deploy',
      kind: 'INTERNAL',
      attributes: {
        'cicd.pipeline.task.name': 'deploy',
        'cicd.pipeline.task.run.id': 'abc',
        'cicd.pipeline.task.run.url.full': 'https://ci.example/1',
        'cicd.pipeline.task.run.result': 'success'
      },
      resource: { 'service.name': 'shop', 'cicd.pipeline.name': 'Release', 'cicd.pipeline.run.id': '1' }
    };
    expect(conformanceProblems(good)).toEqual([]);
    const bad = (attributes: Record<string, unknown>, resource: Record<string, unknown> = {}) =>
      conformanceProblems({
        ...good,
        attributes: { ...good.attributes, ...attributes },
        resource: { ...good.resource, ...resource }
      });
    expect(bad({ 'cicd.pipeline.task.status': 'ok' })).toEqual([
      "span 'deploy' attribute cicd.pipeline.task.status: not in the semconv v1.44.0 registry"
    ]);
    expect(bad({ 'cicd.pipeline.task.run.id': 42 })).toEqual([
      "span 'deploy' attribute cicd.pipeline.task.run.id: expected a string, got 42"
    ]);
    expect(bad({ 'cicd.pipeline.task.run.result': 'timed_out' })[0]).toMatch(
      /'timed_out' is not one of success, failure, error, timeout/
    );
    expect(bad({ 'cicd.pipeline.task.run.result': 'failure' })).toEqual([
      "span 'deploy': span.cicd.pipeline.task.internal requires error.type when the result is failure"
    ]);
    expect(bad({ 'cicd.pipeline.run.id': '1' })).toEqual([
      "span 'deploy': cicd.pipeline.run.id is an attribute of entity.cicd.pipeline.run, for the resource"
    ]);
    expect(bad({}, { 'cicd.worker.name': 'linux-2' })).toEqual([
      "span 'deploy' resource: entity.cicd.worker has cicd.worker.name but not cicd.worker.id"
    ]);
    const withoutUrl = { ...good.attributes };
    delete withoutUrl['cicd.pipeline.task.run.url.full'];
    expect(conformanceProblems({ ...good, attributes: withoutUrl })).toEqual([
      "span 'deploy': span.cicd.pipeline.task.internal requires cicd.pipeline.task.run.url.full"
    ]);
  });
});
