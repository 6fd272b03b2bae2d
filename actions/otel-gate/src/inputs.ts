import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  buildIdInput,
  choiceInput,
  ConfigurationError,
  durationInput,
  optionalInput,
  parseHeaderList,
  secretInput,
  validateBuildId
} from '@goldenthread/core';
import { BACKEND_NAMES, type BackendName, type BackendOptions, type CustomQuery } from './backends/index.js';
import { PRESETS } from './backends/types.js';
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
    throw new ConfigurationError(`Invalid input '${name}': '${text}'. Expected a rate between 0 and 100%, such as 1% or 0.01.`);
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
    if (typeof q.name !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(q.name) || typeof q.query !== 'string' || !q.query.trim() || !bound || ('max' in q && 'min' in q)) {
      throw new ConfigurationError(`Invalid input 'queries': entry ${i + 1} needs "name" ([A-Za-z0-9_.-]), "query" and exactly one numeric "max" or "min". ${hint}`);
    }
    return { name: q.name, query: q.query, op: bound === 'max' ? '<=' : '>=', threshold: q[bound] as number };
  });
}

/** The judge's thresholds and loop settings, without the build ids. */
export type Thresholds = Omit<GateSettings, 'buildId' | 'baselineBuildId'>;

export function readBackend(): { backend: BackendName; backendOptions: BackendOptions } {
  const backend = choiceInput('backend', BACKEND_NAMES, 'otlp-file');
  const url = optionalInput('backend-url');
  if (!url) throw new ConfigurationError(`Input 'backend-url' is required: the Prometheus base URL, the otlp-file path, or Jaeger's query URL.`);
  const headers = secretInput('backend-headers');
  return {
    backend,
    backendOptions: {
      url,
      headers: headers ? parseHeaderList(headers, "input 'backend-headers'") : {},
      timeoutMs: durationInput('backend-timeout', '10s', { positive: true }),
      buildAttribute: optionalInput('build-attribute') ?? 'build.id',
      buildLabel: optionalInput('build-label'),
      preset: choiceInput('metrics-preset', PRESETS, 'spanmetrics'),
      service: optionalInput('service')
    }
  };
}

export function readThresholds(backend: BackendName): Thresholds {
  const maxP99 = optionalInput('max-p99-latency');
  const ratioText = optionalInput('max-error-ratio') ?? '2';
  const maxErrorRatio = Number(ratioText);
  if (!/^\d+(\.\d+)?$/.test(ratioText) || !(maxErrorRatio > 1)) {
    throw new ConfigurationError(`Invalid input 'max-error-ratio': '${ratioText}'. Expected a number greater than 1, such as 2.`);
  }
  const custom = parseQueries(optionalInput('queries'));
  if (custom.length > 0 && backend !== 'prometheus') {
    throw new ConfigurationError(`Input 'queries' needs backend prometheus: ${backend} has no query language.`);
  }
  return {
    maxErrorRate: parseRate(optionalInput('max-error-rate') ?? '1%', 'max-error-rate'),
    maxP99Ms: maxP99 ? durationInput('max-p99-latency', maxP99, { positive: true }) : undefined,
    minRequests: wholeNumber('min-requests', 100)!,
    maxErrorRatio,
    custom,
    intervalMs: durationInput('interval', '30s', { positive: true }),
    count: wholeNumber('count', 10, 1)!,
    failureLimit: wholeNumber('failure-limit', 0)!,
    inconclusiveLimit: wholeNumber('inconclusive-limit', undefined),
    consecutiveErrorLimit: wholeNumber('consecutive-error-limit', 4)!,
    initialDelayMs: durationInput('initial-delay', '0s')
  };
}

export function readInputs(env = process.env): GateInputs {
  const { backend, backendOptions } = readBackend();
  const buildId = buildIdInput();
  const baselineText = optionalInput('baseline-build-id');
  const baselineBuildId = baselineText ? validateBuildId(baselineText, "input 'baseline-build-id'") : undefined;
  return {
    backend,
    backendOptions,
    settings: { buildId, baselineBuildId, ...readThresholds(backend) },
    onInconclusive: choiceInput('on-inconclusive', ON_INCONCLUSIVE, 'fail'),
    githubToken: secretInput('github-token'),
    reportFile: optionalInput('report-file') ?? join(env.RUNNER_TEMP || tmpdir(), `otel-gate-${buildId}.json`)
  };
}
