import { afterAll, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { withStepSpan, deriveTraceId, deriveRootSpanId } from '@goldenthread/core';
import { startOtlpReceiver } from '../../packages/tools/lib/otlp-receiver.mjs';
import { githubEnv } from '../../packages/tools/lib/fixtures.mjs';

// The span every later goldenthread step wraps itself in, exported for real through the
// OTel exporter to a loopback receiver.

let otlp: Awaited<ReturnType<typeof startOtlpReceiver>>;
const saved = { ...process.env };

beforeAll(async () => {
  otlp = await startOtlpReceiver();
});
afterAll(async () => {
  await otlp.close();
});
beforeEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved, githubEnv(), {
    'INPUT_OTLP-ENDPOINT': otlp.url,
    GOLDENTHREAD_BUILD_ID: 'release-17-3f78685'
  });
  delete process.env.TRACEPARENT;
  otlp.spans.length = 0;
});

describe('withStepSpan', () => {
  test('a step is an INTERNAL child of TRACEPARENT with task attributes', async () => {
    process.env.TRACEPARENT = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
    const value = await withStepSpan('build-and-tag', 'build', async (span) => {
      span.attributes['container.image.name'] = 'registry/acme/shop';
      expect(span.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
      return 42;
    });
    expect(value).toBe(42);
    const [span] = await otlp.waitForSpans(1);
    expect(span).toMatchObject({
      name: 'build-and-tag',
      kind: 'INTERNAL',
      traceId: '0af7651916cd43dd8448eb211c80319c',
      parentSpanId: 'b7ad6b7169203331',
      status: { code: 1 }
    });
    expect(span.attributes).toMatchObject({
      'cicd.pipeline.task.name': 'build-and-tag',
      'cicd.pipeline.task.type': 'build',
      'cicd.pipeline.task.run.result': 'success',
      'build.id': 'release-17-3f78685',
      'container.image.name': 'registry/acme/shop'
    });
  });

  test('a failing step rethrows and its span is ERROR with the message', async () => {
    await expect(
      withStepSpan('rollout-patch', 'deploy', async () => {
        throw new TypeError('Rollout shop not found');
      })
    ).rejects.toThrow('Rollout shop not found');
    const [span] = await otlp.waitForSpans(1);
    expect(span.status).toEqual({ code: 2, message: 'Rollout shop not found' });
    expect(span.attributes['error.type']).toBe('TypeError');
    expect(span.attributes['cicd.pipeline.task.run.result']).toBe('failure');
  });

  test('without TRACEPARENT the step joins the run trace derived from the CI facts', async () => {
    await withStepSpan('otel-gate', 'test', async () => undefined);
    const [span] = await otlp.waitForSpans(1);
    const key = { repository: 'acme/shop', runId: '4242', runAttempt: '1' };
    expect(span.traceId).toBe(deriveTraceId(key));
    expect(span.parentSpanId).toBe(deriveRootSpanId(key));
  });
});
