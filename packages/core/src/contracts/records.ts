import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { ConfigurationError } from '../errors.js';
import { redact } from '../redact.js';
import { VERDICTS, type RecordKind, type Verdict } from './record-files.js';

export * from './record-files.js';

/**
 * The four records one step leaves for the next (docs/design.md, "Records"): each has one
 * schema here, one writer (writeRecord) and one reader that validates (readRecord). A reader
 * meets files from other runs and other versions, so it checks before anything acts on them.
 * Steps load this module on use (`@goldenthread/core/records`): building the schemas costs
 * start-up time no step needs before its inputs are checked. Names without zod: record-files.ts.
 */

z.config(en());

const buildId = z.string().check(z.regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/));
const isoTime = z.string();
const count = z.number().check(z.minimum(0));

export const CiBuildRecordSchema = z.object({
  build_id: buildId,
  job_name: z.string(),
  build_number: z.string(),
  branch: z.string(),
  image_name: z.string(),
  image_tag: z.string(),
  image_digest: z.nullable(z.string()),
  commits: z.array(z.object({ commit_id: z.string(), author: z.string(), email: z.string(), message: z.string() })),
  authors: z.array(z.string()),
  build_status: z.enum(['success', 'failure']),
  timestamp: isoTime,
  trace_id: z.string(),
  run_url: z.optional(z.string()),
  builder: z.optional(z.string()),
  error: z.optional(z.string())
});
export type CiBuildRecord = z.infer<typeof CiBuildRecordSchema>;

export const DeploymentRecordSchema = z.object({
  build_id: buildId,
  image_digest: z.string(),
  image_ref: z.string(),
  namespace: z.optional(z.string()),
  kind: z.string(),
  name: z.optional(z.string()),
  strategy: z.optional(z.string()),
  replicas: z.optional(z.number()),
  environment: z.optional(z.string()),
  mode: z.enum(['kubernetes', 'gitops']),
  revision: z.optional(z.string()),
  commit: z.optional(z.string()),
  changed: z.boolean(),
  previous_image: z.optional(z.string()),
  previous_build_id: z.optional(z.string()),
  /** With github-deployment: the GitHub deployment this deploy created (rollback-notify marks it). */
  github_deployment_id: z.optional(z.int().check(z.positive())),
  timestamp: isoTime,
  trace_id: z.string()
});
export type DeploymentRecord = z.infer<typeof DeploymentRecordSchema>;

/**
 * The `payload` rollout-patch gives each GitHub deployment it creates, and the one way
 * rollback-notify finds a build's deployment again (the API keeps it as given, as an object or
 * a JSON string: api.github.com.yaml, repos/create-deployment).
 */
export const GithubDeploymentPayloadSchema = z.object({
  build_id: buildId,
  trace_id: z.string(),
  image_ref: z.string()
});
export type GithubDeploymentPayload = z.infer<typeof GithubDeploymentPayloadSchema>;

export const VerdictMetricSchema = z.object({
  name: z.string(),
  query: z.optional(z.string()),
  value: z.nullable(z.number()),
  baseline_value: z.optional(z.nullable(z.number())),
  threshold: z.string(),
  samples: z.nullable(count),
  result: z.string(),
  detail: z.optional(z.string())
});
export type VerdictMetric = z.infer<typeof VerdictMetricSchema>;

/**
 * The gate's verdict. Required are the fields a reader acts on (verdict, build, failing metrics);
 * the rest are optional so a record from an older gate still rolls back a failed build.
 */
export const VerdictRecordSchema = z.object({
  verdict: z.enum(VERDICTS),
  /** Whether the gate let the pipeline go on (inconclusive and hold follow on-inconclusive). */
  gate_passed: z.optional(z.boolean()),
  reason: z.optional(z.string()),
  build_id: buildId,
  baseline_build_id: z.optional(buildId),
  backend: z.optional(z.string()),
  window: z.optional(z.object({ start: isoTime, end: z.optional(isoTime) })),
  /** The span filter in force (server spans, probes excluded, …), in words. */
  selection: z.optional(z.string()),
  metrics: z.array(VerdictMetricSchema),
  measurements: z.optional(z.array(z.unknown())),
  started_at: z.optional(isoTime),
  finished_at: z.optional(isoTime),
  trace_id: z.optional(z.string()),
  /** The gate's own span, so the rollback span can link to it. */
  span_id: z.optional(z.string()),
  /** From the observed traffic, how long a decision needs (as of the last look; absent before any traffic). */
  decision_estimate: z.optional(
    z.object({
      text: z.string(),
      seconds: z.number().check(z.minimum(0)),
      requests_per_second: z.number().check(z.minimum(0)),
      max_duration_seconds: z.number().check(z.minimum(0)),
      // With a baseline: the smallest canary/stable error-rate ratio the comparison can rule out
      // (at β) within max-duration at the observed traffic — its minimum detectable effect.
      detectable_ratio: z.optional(z.number().check(z.minimum(1)))
    })
  )
});
export type VerdictRecord = z.infer<typeof VerdictRecordSchema>;

/**
 * What otel-gate `serve` answers Argo Rollouts: a verdict record, or while its analysis window
 * is still open the same shape with `verdict: 'pending'` (not decided yet; Argo's conditions
 * `result == "pass"` / `result == "fail"` make it an Inconclusive measurement). `pending` is an
 * HTTP answer only: no record file carries it — writeRecord validates against
 * VerdictRecordSchema, whose VERDICTS have no `pending`, and the action's analysis always ends
 * decided (inconclusive when its looks run out).
 */
export const PENDING_VERDICT = 'pending';
export type VerdictAnswer = Omit<VerdictRecord, 'verdict'> & { verdict: Verdict | typeof PENDING_VERDICT };

export const RollbackRecordSchema = z.object({
  build_id: buildId,
  /** What this run did: abort, undo, revert — or none (nothing to do, or already done). */
  action: z.string(),
  target: z.string(),
  previous_build_id: z.optional(z.string()),
  reason: z.optional(
    z.object({
      verdict: z.optional(z.enum(VERDICTS)),
      failing: z.array(
        z.object({ name: z.string(), value: z.string(), threshold: z.string(), samples: z.nullable(count) })
      )
    })
  ),
  notified: z.array(z.string()),
  notify_error: z.optional(z.string()),
  idempotency_key: z.string(),
  dry_run: z.boolean(),
  timestamp: isoTime,
  trace_id: z.string()
});
export type RollbackRecord = z.infer<typeof RollbackRecordSchema>;

const SCHEMAS = {
  'ci-build': CiBuildRecordSchema,
  deployment: DeploymentRecordSchema,
  verdict: VerdictRecordSchema,
  rollback: RollbackRecordSchema
} satisfies Record<RecordKind, unknown>;
type RecordOf<K extends RecordKind> = z.infer<(typeof SCHEMAS)[K]>;

/** Serialise a record with every secret redacted: records outlive the job and travel. */
export function recordJson<K extends RecordKind>(kind: K, record: RecordOf<K>): string {
  return redact(JSON.stringify(SCHEMAS[kind].parse(record), null, 2)) + '\n';
}

export function writeRecord<K extends RecordKind>(kind: K, path: string, record: RecordOf<K>): void {
  const text = recordJson(kind, record);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/** Validate a parsed record; the error names the input it came through and what was wrong. */
export function parseRecord<K extends RecordKind>(kind: K, data: unknown, input: string): RecordOf<K> {
  const result = SCHEMAS[kind].safeParse(data);
  if (result.success) return result.data as RecordOf<K>;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
    .join('; ');
  throw new ConfigurationError(`Input '${input}' is not a valid ${kind} record (${problems}).`);
}

export function readRecord<K extends RecordKind>(kind: K, path: string, input: string): RecordOf<K> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigurationError(`Input '${input}': '${path}' cannot be read. Pass the ${kind} record file.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`Input '${input}': '${path}' is not JSON. Pass the ${kind} record file.`);
  }
  return parseRecord(kind, data, input);
}
