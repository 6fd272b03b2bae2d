import { nodeCrypto } from './builtins.js';
import * as core from './runner-commands.js';
import type { Attributes } from '@opentelemetry/api';
import { ciContext } from './ci-context.js';
import { errorMessage, TimeoutFailure } from './errors.js';
import { ENV } from './contracts/names.js';
import { deriveRootSpanId, deriveTraceId, randomSpanId } from './ids.js';
import { parseTraceparent, formatTraceparent, type SpanContextIds } from './traceparent.js';
import {
  ATTR_BUILD_ID,
  ATTR_CICD_PIPELINE_TASK_NAME,
  ATTR_CICD_PIPELINE_TASK_RUN_ID,
  ATTR_CICD_PIPELINE_TASK_RUN_RESULT,
  ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL,
  ATTR_CICD_PIPELINE_TASK_TYPE,
  ATTR_ERROR_TYPE,
  type PipelineResult
} from './semconv.js';
import { exportSpans, SPAN_KIND, STATUS_CODE, telemetryConfig, type TelemetryConfig } from './telemetry.js';

/** A goldenthread step's own span: a child of the run's trace (docs/design.md §4). */
export interface StepSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  /** This span's context as a W3C header, e.g. for pods to link to. */
  traceparent: string;
  attributes: Attributes;
  /** Spans this one follows from (e.g. the rollback links the gate's span). */
  links: Array<{ traceId: string; spanId: string }>;
}

/** TRACEPARENT from the env carrier when valid; an invalid one is ignored with a warning. */
export function inheritedTraceparent(env = process.env): SpanContextIds | undefined {
  const text = env[ENV.traceparent];
  if (!text) return undefined;
  const parsed = parseTraceparent(text);
  if (parsed.ok) return parsed.value;
  core.warning(`Ignoring invalid inherited ${ENV.traceparent} (${parsed.reason}).`);
  return undefined;
}

/**
 * The parent a step joins: TRACEPARENT when valid, else the run's deterministic root, else
 * (no CI facts at all, e.g. a plain shell) nothing: the step starts a trace of its own.
 */
export function stepParent(env = process.env): { traceId: string; spanId?: string } {
  const inherited = inheritedTraceparent(env);
  if (inherited) return inherited;
  try {
    const ctx = ciContext(env);
    return { traceId: deriveTraceId(ctx), spanId: deriveRootSpanId(ctx) };
  } catch {
    return { traceId: nodeCrypto().randomBytes(16).toString('hex') };
  }
}

/**
 * The task result of a step that threw: `timeout` when its time bound ran out (a TimeoutFailure,
 * or an AbortSignal.timeout that reached the step unwrapped), else `failure`.
 */
export function taskResultOf(failure: unknown): PipelineResult {
  if (failure instanceof TimeoutFailure || (failure as Error | undefined)?.name === 'TimeoutError') return 'timeout';
  return 'failure';
}

/** The page of this run where a step's work can be seen (semconv requires one on task spans). */
function runPage(env = process.env): string | undefined {
  try {
    return ciContext(env).runUrl;
  } catch {
    return undefined;
  }
}

/**
 * Run `body` inside a step span (kind INTERNAL, named after the step) and export it when
 * the body ends, ok or not. The body may add attributes; a thrown error marks the span
 * ERROR with its message and is rethrown unchanged.
 */
export async function withStepSpan<T>(
  step: string,
  taskType: 'build' | 'deploy' | 'test',
  body: (span: StepSpan) => Promise<T>,
  config: TelemetryConfig = telemetryConfig()
): Promise<T> {
  const parent = stepParent();
  const spanId = randomSpanId();
  const page = runPage();
  const span: StepSpan = {
    traceId: parent.traceId,
    spanId,
    parentSpanId: parent.spanId,
    traceparent: formatTraceparent({ traceId: parent.traceId, spanId, flags: 1 }),
    links: [],
    attributes: {
      [ATTR_CICD_PIPELINE_TASK_NAME]: step,
      [ATTR_CICD_PIPELINE_TASK_TYPE]: taskType,
      // Unique within the run, as semconv asks of a task run id: a step may run twice in a job
      // (two environments), and matrix legs share their job's name, so the span id it is.
      [ATTR_CICD_PIPELINE_TASK_RUN_ID]: spanId,
      ...(page ? { [ATTR_CICD_PIPELINE_TASK_RUN_URL_FULL]: page } : {}),
      ...(process.env[ENV.buildId] ? { [ATTR_BUILD_ID]: process.env[ENV.buildId] } : {})
    }
  };
  const startTimeMs = Date.now();
  let failure: unknown;
  try {
    return await body(span);
  } catch (error) {
    failure = error;
    throw error;
  } finally {
    const failed = failure !== undefined;
    span.attributes[ATTR_CICD_PIPELINE_TASK_RUN_RESULT] = failed ? taskResultOf(failure) : 'success';
    if (failed) span.attributes[ATTR_ERROR_TYPE] = failure instanceof Error ? failure.name : 'Error';
    await exportSpans(config, [
      {
        name: step,
        kind: SPAN_KIND.INTERNAL,
        traceId: span.traceId,
        spanId: span.spanId,
        parentSpanId: span.parentSpanId,
        startTimeMs,
        endTimeMs: Date.now(),
        attributes: span.attributes,
        links: span.links.map((l) => ({
          context: { traceId: l.traceId, spanId: l.spanId, traceFlags: 1, isRemote: true }
        })),
        status: failed ? { code: STATUS_CODE.ERROR, message: errorMessage(failure) } : { code: STATUS_CODE.OK }
      }
    ]);
  }
}
