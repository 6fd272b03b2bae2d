// A test oracle for Argo Rollouts' analysis of one `web` metric, reproduced (not copied) from
// argoproj/argo-rollouts at 9f8d111 (read with git show):
// - metricproviders/webmetric/webmetric.go (Provider.Run, parseResponse): a non-2xx status,
//   a transport error or a jsonPath that finds nothing is an Error measurement; otherwise the
//   value goes through utils/evaluate/evaluate.go (EvaluateResult): failureCondition true →
//   Failed; successCondition true → Successful; neither → Inconclusive.
// - analysis/analysis.go (runMeasurements): Successful/Failed/Inconclusive add to Count and
//   reset ConsecutiveError; Error adds to Error and ConsecutiveError and does not count; only
//   Successful grows ConsecutiveSuccess. generateMetricTasks: the next measurement waits
//   `interval`, or DefaultErrorRetryInterval (10 s) after an Error, and none once Count ≥ count.
// - analysis/analysis.go (assessMetricStatus, assessMetricFailureInconclusiveOrError), in order:
//   Failed > failureLimit (if ≥ 0) → Failed; Inconclusive > inconclusiveLimit → Inconclusive;
//   ConsecutiveError > consecutiveErrorLimit (default 4, utils/defaults) → Error (the later
//   check wins); then ConsecutiveSuccess ≥ consecutiveSuccessLimit (> 0) → Successful; then
//   Count ≥ count → Inconclusive when both failureLimit and consecutiveSuccessLimit apply,
//   Failed when only consecutiveSuccessLimit does, else Successful.
// - rollout/analysis.go: an Inconclusive run pauses the Rollout (PauseReasonInconclusiveAnalysis);
//   Failed or Error aborts it; Successful lets it go on to the next step.

export type Phase = 'Successful' | 'Failed' | 'Inconclusive' | 'Error';

export interface WebMetric {
  interval: string;
  count?: number;
  successCondition?: string;
  failureCondition?: string;
  failureLimit?: number;
  inconclusiveLimit?: number;
  consecutiveErrorLimit?: number;
  consecutiveSuccessLimit?: number;
  jsonPath?: string;
}

/** What the web provider got: an HTTP status and body, or no answer at all. */
export type Answer = { status: number; body: string } | { transportError: string };

export const DEFAULT_CONSECUTIVE_ERROR_LIMIT = 4; // utils/defaults/defaults.go
export const ERROR_RETRY_INTERVAL_S = 10; // analysis/analysis.go DefaultErrorRetryInterval

/** The expr forms our templates use: `result == "x"` / `result != "x"`; anything else is refused. */
function condition(expression: string, result: unknown): boolean {
  const m = /^\s*result\s*(==|!=)\s*"([^"]*)"\s*$/.exec(expression);
  if (!m) throw new Error(`oracle: unsupported condition ${expression}`);
  return m[1] === '==' ? result === m[2] : result !== m[2];
}

/** `{$.a.b}` only: a dotted path from the root, as the kubectl-style JSONPath finds it. */
function jsonPath(path: string, data: unknown): { found: boolean; value?: unknown } {
  const m = /^\{\$((?:\.[A-Za-z_][A-Za-z0-9_-]*)*)\}$/.exec(path);
  if (!m) throw new Error(`oracle: unsupported jsonPath ${path}`);
  let value = data;
  for (const key of m[1].split('.').slice(1)) {
    if (value === null || typeof value !== 'object' || !(key in value)) return { found: false };
    value = (value as Record<string, unknown>)[key];
  }
  return { found: true, value };
}

/** webmetric.go Run + parseResponse + evaluate.EvaluateResult: one measurement's phase. */
export function measurementPhase(metric: WebMetric, answer: Answer): Phase {
  if ('transportError' in answer) return 'Error';
  if (answer.status < 200 || answer.status >= 300) return 'Error';
  let data: unknown;
  let value: unknown;
  try {
    data = JSON.parse(answer.body);
  } catch {
    data = undefined;
  }
  if (data === undefined)
    value = answer.body; // not JSON: the raw body is the result
  else {
    const found = jsonPath(metric.jsonPath ?? '{$}', data);
    if (!found.found) return 'Error'; // "Could not find JSONPath in body"
    value = found.value;
  }
  const success = metric.successCondition ? condition(metric.successCondition, value) : false;
  let fail = metric.failureCondition ? condition(metric.failureCondition, value) : false;
  if (!metric.successCondition && !metric.failureCondition) return 'Successful';
  if (metric.successCondition && !metric.failureCondition) fail = !success;
  if (!metric.successCondition && metric.failureCondition) return fail ? 'Failed' : 'Successful';
  if (fail) return 'Failed';
  return success ? 'Successful' : 'Inconclusive';
}

export interface MetricResult {
  count: number;
  successful: number;
  failed: number;
  inconclusive: number;
  error: number;
  consecutiveError: number;
  consecutiveSuccess: number;
  measurements: Phase[];
}

export const emptyResult = (): MetricResult => ({
  count: 0,
  successful: 0,
  failed: 0,
  inconclusive: 0,
  error: 0,
  consecutiveError: 0,
  consecutiveSuccess: 0,
  measurements: []
});

/** analysis.go runMeasurements: fold one completed measurement into the counters. */
export function record(result: MetricResult, phase: Phase): void {
  result.measurements.push(phase);
  if (phase === 'Error') {
    result.error++;
    result.consecutiveError++;
    result.consecutiveSuccess = 0;
    return;
  }
  result.count++;
  result.consecutiveError = 0;
  if (phase === 'Successful') {
    result.successful++;
    result.consecutiveSuccess++;
  } else {
    result.consecutiveSuccess = 0;
    if (phase === 'Failed') result.failed++;
    else result.inconclusive++;
  }
}

/** analysis.go assessMetricStatus (not terminating): a final phase, or undefined while Running. */
export function assess(metric: WebMetric, result: MetricResult): { phase?: Phase; why: string } {
  if (result.measurements.length === 0) return { why: 'pending' };
  const failureLimit = metric.failureLimit ?? 0;
  let phase: Phase | undefined;
  let why = '';
  if (failureLimit >= 0 && result.failed > failureLimit)
    [phase, why] = ['Failed', `failed (${result.failed}) > failureLimit (${failureLimit})`];
  const inconclusiveLimit = metric.inconclusiveLimit ?? 0;
  if (result.inconclusive > inconclusiveLimit)
    [phase, why] = ['Inconclusive', `inconclusive (${result.inconclusive}) > inconclusiveLimit (${inconclusiveLimit})`];
  const errorLimit = metric.consecutiveErrorLimit ?? DEFAULT_CONSECUTIVE_ERROR_LIMIT;
  if (result.consecutiveError > errorLimit)
    [phase, why] = ['Error', `consecutiveErrors (${result.consecutiveError}) > consecutiveErrorLimit (${errorLimit})`];
  if (phase) return { phase, why };
  const successLimit = metric.consecutiveSuccessLimit ?? 0;
  if (successLimit > 0 && result.consecutiveSuccess >= successLimit)
    return { phase: 'Successful', why: `consecutiveSuccessLimit (${successLimit}) reached` };
  if (metric.count !== undefined && result.count >= metric.count) {
    const failureApplicable = failureLimit >= 0;
    const successApplicable = successLimit > 0;
    if (failureApplicable && successApplicable)
      return { phase: 'Inconclusive', why: `count (${metric.count}) reached, consecutiveSuccessLimit not` };
    if (successApplicable)
      return { phase: 'Failed', why: `count (${metric.count}) reached, consecutiveSuccessLimit not` };
    return { phase: 'Successful', why: `count (${metric.count}) reached` };
  }
  return { why: 'running' };
}

/** rollout/analysis.go: what the Rollout does with a finished AnalysisRun. */
export function rolloutReaction(phase: Phase): 'promote (next step)' | 'pause' | 'abort' {
  if (phase === 'Successful') return 'promote (next step)';
  if (phase === 'Inconclusive') return 'pause';
  return 'abort';
}

export interface Run {
  phase: Phase;
  why: string;
  /** The JSON-path value of every answer (or the HTTP status when there was none), in order. */
  answers: string[];
  result: MetricResult;
  /** Simulated seconds from the first measurement to the end. */
  seconds: number;
}

const seconds = (interval: string) => {
  const m = /^(\d+)(s|m)$/.exec(interval);
  if (!m) throw new Error(`oracle: unsupported interval ${interval}`);
  return Number(m[1]) * (m[2] === 'm' ? 60 : 1);
};

/**
 * Run one metric to its end: measure, fold, assess, wait (interval, or 10 s after an Error),
 * as the controller's reconcile loop does. `measure(i)` performs the i-th request. `maxMeasurements`
 * bounds a metric without `count` (Argo would run it until the step ends).
 */
export async function runMetric(
  metric: WebMetric,
  measure: (i: number) => Promise<Answer>,
  maxMeasurements = 100
): Promise<Run> {
  const result = emptyResult();
  const answers: string[] = [];
  let clock = 0;
  for (let i = 0; i < maxMeasurements; i++) {
    const answer = await measure(i);
    const phase = measurementPhase(metric, answer);
    record(result, phase);
    answers.push(describe(metric, answer));
    const verdict = assess(metric, result);
    if (verdict.phase) return { phase: verdict.phase, why: verdict.why, answers, result, seconds: clock };
    clock += phase === 'Error' ? ERROR_RETRY_INTERVAL_S : seconds(metric.interval);
  }
  throw new Error(`oracle: still running after ${maxMeasurements} measurements`);
}

function describe(metric: WebMetric, answer: Answer): string {
  if ('transportError' in answer) return 'no answer';
  if (answer.status < 200 || answer.status >= 300) return String(answer.status);
  try {
    const found = jsonPath(metric.jsonPath ?? '{$}', JSON.parse(answer.body));
    return found.found ? String(found.value) : 'no value';
  } catch {
    return answer.body.slice(0, 20);
  }
}
