import {
  ENV,
  buildIdInput,
  choiceInput,
  ConfigurationError,
  defaultRecordPath,
  durationInput,
  optionalInput,
  parseHeaderList,
  secretInput,
  validateBuildId
} from '@goldenthread/core';
import {
  BACKEND_NAMES,
  type BackendName,
  type BackendOptions,
  type CustomQuery,
  type SpanSelection
} from './backends/index.js';
import { validateLabelName } from './backends/promql.js';
import { DEFAULT_EXCLUDED } from './backends/selection.js';
import { PRESETS, SPAN_KINDS, type SpanKindName } from './backends/types.js';
import { ON_INCONCLUSIVE, type OnInconclusive } from './constants.js';
import type { GateSettings } from './judge.js';

export interface GateInputs {
  backend: BackendName;
  backendOptions: BackendOptions;
  settings: GateSettings;
  onInconclusive: OnInconclusive;
  githubToken?: string;
  reportFile: string;
}

/** `1%`, `0.5 %` or a fraction such as `0.01`; strictly between 0 and 1. */
export function parseRate(text: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(value > 0 && value < 1)) {
    throw new ConfigurationError(
      `Invalid input '${name}': '${text}'. Expected a rate between 0 and 100%, such as 1% or 0.01.`
    );
  }
  return value;
}

function wholeNumber(name: string, fallback: number | undefined, min = 0): number | undefined {
  const text = optionalInput(name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new ConfigurationError(`Invalid input '${name}': '${text}'. Expected a whole number ≥ ${min}.`);
  }
  return Number(text);
}

/** A tolerance such as `20%` or `0.2`: ≥ 0. */
export function parsePercent(text: string, name: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text);
  const value = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(value >= 0 && value <= 10)) {
    throw new ConfigurationError(`Invalid input '${name}': '${text}'. Expected a percentage such as 20% or 0.2.`);
  }
  return value;
}

/** `now`, or an RFC 3339 time not in the future (e.g. when the rollout step began). */
export function parseWindowStart(
  text: string | undefined,
  now = new Date(),
  what = "input 'window-start'"
): Date | undefined {
  if (text === undefined || text.trim().toLowerCase() === 'now') return undefined;
  const rfc3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
  const at = new Date(text.trim());
  if (!rfc3339.test(text.trim()) || Number.isNaN(at.getTime())) {
    throw new ConfigurationError(
      `Invalid ${what}: '${text}'. Expected now, or an RFC 3339 time such as 2026-11-26T17:00:00Z.`
    );
  }
  if (at.getTime() > now.getTime() + 60_000) {
    throw new ConfigurationError(
      `Invalid ${what}: '${text}' is in the future. Expected now, or when the rollout step began.`
    );
  }
  return at;
}

/** `span-kinds` and `exclude-spans`: which spans count as requests. */
export function readSelection(): SpanSelection {
  const kindsText = optionalInput('span-kinds') ?? 'server';
  const kinds = kindsText
    .split(',')
    .map((k) => k.trim().toLowerCase())
    .filter(Boolean);
  const bad = kinds.find((k) => !(SPAN_KINDS as readonly string[]).includes(k));
  if (kinds.length === 0 || bad !== undefined) {
    throw new ConfigurationError(
      `Invalid input 'span-kinds': '${kindsText}'. Expected a comma-separated list of: ${SPAN_KINDS.join(', ')}.`
    );
  }
  const excludeText = optionalInput('exclude-spans');
  const exclude =
    excludeText === undefined
      ? DEFAULT_EXCLUDED
      : excludeText.trim() === 'none'
        ? []
        : excludeText
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
  return { kinds: [...new Set(kinds)] as SpanKindName[], exclude };
}

/** `queries`: a JSON array of {name, query, max} or {name, query, min}. */
export function parseQueries(text: string | undefined): CustomQuery[] {
  if (!text) return [];
  const hint = `Expected a JSON array such as [{"name":"saturation","query":"max(cpu{build_id=\\"{{build_id}}\\"})","max":0.8}].`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`Invalid input 'queries': not JSON. ${hint}`);
  }
  if (!Array.isArray(parsed)) throw new ConfigurationError(`Invalid input 'queries': not an array. ${hint}`);
  return parsed.map((item, i) => {
    const q = item as Record<string, unknown>;
    const bound = typeof q.max === 'number' ? 'max' : typeof q.min === 'number' ? 'min' : undefined;
    if (
      typeof q.name !== 'string' ||
      !/^[A-Za-z0-9_.-]{1,64}$/.test(q.name) ||
      typeof q.query !== 'string' ||
      !q.query.trim() ||
      !bound ||
      ('max' in q && 'min' in q)
    ) {
      throw new ConfigurationError(
        `Invalid input 'queries': entry ${i + 1} needs "name" ([A-Za-z0-9_.-]), "query" and exactly one numeric "max" or "min". ${hint}`
      );
    }
    return { name: q.name, query: q.query, op: bound === 'max' ? '<=' : '>=', threshold: q[bound] as number };
  });
}

/** The judge's thresholds and loop settings, without the build ids. */
export type Thresholds = Omit<GateSettings, 'buildId' | 'baselineBuildId'>;

export function readBackend(): { backend: BackendName; backendOptions: BackendOptions } {
  const backend = choiceInput('backend', BACKEND_NAMES, 'otlp-file');
  const url = optionalInput('backend-url');
  if (!url)
    throw new ConfigurationError(
      `Input 'backend-url' is required: the Prometheus base URL, the otlp-file path, or Jaeger's query URL.`
    );
  const headers = secretInput('backend-headers');
  const buildLabel = optionalInput('build-label');
  if (buildLabel !== undefined) validateLabelName(buildLabel, 'build-label');
  return {
    backend,
    backendOptions: {
      url,
      headers: headers ? parseHeaderList(headers, "input 'backend-headers'") : {},
      timeoutMs: durationInput('backend-timeout', '10s', { positive: true }),
      buildAttribute: optionalInput('build-attribute') ?? 'build.id',
      buildLabel,
      preset: choiceInput('metrics-preset', PRESETS, 'spanmetrics'),
      service: optionalInput('service'),
      selection: readSelection()
    }
  };
}

export function readThresholds(backend: BackendName): Thresholds {
  const maxP99 = optionalInput('max-p99-latency');
  const ratioText = optionalInput('max-error-ratio') ?? '2';
  const maxErrorRatio = Number(ratioText);
  if (!/^\d+(\.\d+)?$/.test(ratioText) || !(maxErrorRatio > 1)) {
    throw new ConfigurationError(
      `Invalid input 'max-error-ratio': '${ratioText}'. Expected a number greater than 1, such as 2.`
    );
  }
  const custom = parseQueries(optionalInput('queries'));
  if (custom.length > 0 && backend !== 'prometheus') {
    throw new ConfigurationError(`Input 'queries' needs backend prometheus: ${backend} has no query language.`);
  }
  const intervalMs = durationInput('interval', '30s', { positive: true });
  // Never 1: the gate never passes on its first look.
  const count = wholeNumber('count', undefined, 2);
  const maxDurationMs =
    count !== undefined ? (count - 1) * intervalMs : durationInput('max-duration', '30m', { positive: true });
  // With an explicit count (Argo's way) the window cannot exceed it: min-duration then defaults
  // to half of it, at most 5 min.
  const minDurationMs = durationInput(
    'min-duration',
    `${Math.min(300_000, count !== undefined ? Math.floor(maxDurationMs / 2) : 300_000)}ms`
  );
  if (maxDurationMs < minDurationMs) {
    const what = count !== undefined ? `count × interval (${maxDurationMs} ms)` : `max-duration (${maxDurationMs} ms)`;
    throw new ConfigurationError(
      `Invalid input 'min-duration': ${minDurationMs} ms is longer than ${what}. Expected min-duration ≤ the time the looks span.`
    );
  }
  return {
    maxErrorRate: parseRate(optionalInput('max-error-rate') ?? '1%', 'max-error-rate'),
    maxP99Ms: maxP99 ? durationInput('max-p99-latency', maxP99, { positive: true }) : undefined,
    minRequests: wholeNumber('min-requests', 100)!,
    maxErrorRatio,
    custom,
    intervalMs,
    count,
    minDurationMs,
    maxDurationMs,
    windowStart: parseWindowStart(optionalInput('window-start')),
    latencyTolerance: parsePercent(optionalInput('latency-tolerance') ?? '20%', 'latency-tolerance'),
    failureLimit: wholeNumber('failure-limit', 0)!,
    inconclusiveLimit: wholeNumber('inconclusive-limit', undefined),
    consecutiveErrorLimit: wholeNumber('consecutive-error-limit', 4)!,
    initialDelayMs: durationInput('initial-delay', '0s')
  };
}

export function readInputs(env = process.env): GateInputs {
  const { backend, backendOptions } = readBackend();
  const buildId = buildIdInput();
  // The stable build: the input, or the previous build rollout-patch recorded (its output
  // previous-build-id, handed on as GOLDENTHREAD_PREVIOUS_BUILD_ID).
  const baselineText = optionalInput('baseline-build-id') ?? (env[ENV.previousBuildId] || undefined);
  const baselineBuildId = baselineText ? validateBuildId(baselineText, "input 'baseline-build-id'") : undefined;
  const thresholds = readThresholds(backend);
  if (baselineBuildId === buildId) {
    throw new ConfigurationError(
      `Invalid input 'baseline-build-id': '${baselineBuildId}' is the build being judged. Expected the stable build.`
    );
  }
  return {
    backend,
    backendOptions,
    settings: { buildId, baselineBuildId, ...thresholds },
    onInconclusive: choiceInput('on-inconclusive', ON_INCONCLUSIVE, 'fail'),
    githubToken: secretInput('github-token'),
    reportFile: optionalInput('report-file') ?? defaultRecordPath('verdict', buildId, env)
  };
}
