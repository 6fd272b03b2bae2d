export const ACTION = 'otel-gate';
export const STATUS_CONTEXT = 'goldenthread/otel-gate';

export const Output = {
  Verdict: 'verdict',
  Reason: 'reason',
  ErrorRate: 'error-rate',
  P99Latency: 'p99-latency',
  Requests: 'requests',
  ReportFile: 'report-file'
} as const;

export const ON_INCONCLUSIVE = ['fail', 'pass'] as const;
export type OnInconclusive = (typeof ON_INCONCLUSIVE)[number];
