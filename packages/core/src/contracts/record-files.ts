import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What every step knows about the records without loading their schemas (records.ts, zod):
 * their kinds, the verdict and rollback vocabularies, where a record goes unless told, and how a
 * metric value reads. The core index exports these; the schemas load on use.
 */

export const RECORD_KINDS = ['ci-build', 'deployment', 'verdict', 'rollback'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** pass / fail / inconclusive / hold. Only `fail` may trigger a rollback. */
export const VERDICTS = ['pass', 'fail', 'inconclusive', 'hold'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const ROLLBACK_ACTIONS = ['abort', 'undo', 'revert', 'none'] as const;

/** Where a step writes its record unless told: the runner's per-job temp dir (Jenkins sets it too). */
export function runnerTemp(env = process.env): string {
  return env.RUNNER_TEMP || tmpdir();
}

export function defaultRecordPath(kind: RecordKind, buildIdValue: string, env = process.env): string {
  const prefix = { 'ci-build': 'build', deployment: 'rollout-patch', verdict: 'otel-gate', rollback: 'rollback' }[kind];
  return join(runnerTemp(env), `${prefix}-${buildIdValue}.json`);
}

/** A metric value as people read it, the same in the gate's summary and in Slack. */
export function formatMetricValue(name: string, value: number | null | undefined): string {
  if (value === undefined || value === null) return '–';
  if (name.startsWith('error-rate-vs')) return `${value.toFixed(2)}×`;
  if (name === 'error-rate') return `${(value * 100).toFixed(2)}%`;
  if (name.includes('latency')) return `${Math.round(value)} ms`;
  return String(Number(value.toPrecision(6)));
}
