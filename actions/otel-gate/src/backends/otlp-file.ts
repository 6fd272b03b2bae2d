import { fileURLToPath } from 'node:url';
import { ConfigurationError } from '@goldenthread/core';
import type { Backend, BackendOptions, BuildSample } from './types.js';

/**
 * The OpenTelemetry Collector file exporter's format: one OTLP/JSON
 * ExportTraceServiceRequest per line. The file is read afresh at every look, so a file the
 * collector keeps appending to is judged on everything written so far; a last line still
 * being written (no newline yet) waits for the next look.
 *
 * Rotation (the exporter's default, `rotation.max_megabytes` 100): the exporter writes through
 * timberjack, which renames the full file to `<name>-<2006-01-02T15-04-05.000>-<reason><ext>`
 * beside it and starts a new one (fileexporter@v0.161.0 factory.go newFileWriter;
 * github.com/DeRuina/timberjack@v1.4.7 timberjack.go backupName). Those backups are read too,
 * oldest first. The exporter writes a line and its newline as two writes (file_writer.go
 * exportMessageAsLine), so a rotation can fall between them: a backup's last line is complete
 * even without its newline, and the new file then starts with an empty line.
 */

interface KeyValue {
  key: string;
  value?: { stringValue?: string; intValue?: string | number; doubleValue?: number };
}
interface OtlpSpan {
  kind?: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes?: KeyValue[];
  status?: { code?: number };
}
interface TraceRequest {
  resourceSpans?: Array<{ resource?: { attributes?: KeyValue[] }; scopeSpans?: Array<{ spans?: OtlpSpan[] }> }>;
}

const SPAN_KIND_SERVER = 2;
const STATUS_CODE_ERROR = 2;

function attribute(list: KeyValue[] | undefined, key: string): string | number | undefined {
  const value = list?.find((kv) => kv.key === key)?.value;
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.doubleValue;
}

/** Nearest-rank quantile of an ascending array. */
export function quantile(sorted: number[], q: number): number | undefined {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

export interface SpanStats {
  requests: number;
  errors: number;
  durationsMs: number[];
}

/** Server spans of each build id in one file's text. */
export function scanFile(text: string, buildAttribute: string, service?: string): Map<string, SpanStats> {
  const stats = new Map<string, SpanStats>();
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  complete.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let request: TraceRequest;
    try {
      request = JSON.parse(line);
    } catch {
      throw new Error(`otlp-file: line ${index + 1} is not OTLP/JSON`);
    }
    for (const rs of request.resourceSpans ?? []) {
      const resourceBuild = attribute(rs.resource?.attributes, buildAttribute);
      if (service !== undefined && attribute(rs.resource?.attributes, 'service.name') !== service) continue;
      for (const ss of rs.scopeSpans ?? []) {
        for (const span of ss.spans ?? []) {
          if (span.kind !== SPAN_KIND_SERVER) continue;
          const build = attribute(span.attributes, buildAttribute) ?? resourceBuild;
          if (build === undefined) continue;
          const key = String(build);
          const entry = stats.get(key) ?? { requests: 0, errors: 0, durationsMs: [] };
          const httpStatus = Number(attribute(span.attributes, 'http.response.status_code') ?? attribute(span.attributes, 'http.status_code') ?? 0);
          entry.requests++;
          if (span.status?.code === STATUS_CODE_ERROR || httpStatus >= 500) entry.errors++;
          entry.durationsMs.push(Number(BigInt(span.endTimeUnixNano) - BigInt(span.startTimeUnixNano)) / 1e6);
          stats.set(key, entry);
        }
      }
    }
  });
  return stats;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rotated backups of `path`, oldest first (the timestamp sorts as text). */
async function backupsOf(path: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const { basename, dirname, extname, join } = await import('node:path');
  const ext = extname(path);
  const prefix = basename(path, ext);
  const stamp = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}';
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-${stamp}-[A-Za-z0-9_]+${escapeRegExp(ext)}$`);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  return names.filter((name) => pattern.test(name)).sort().map((name) => join(dirname(path), name));
}

/**
 * Everything the exporter wrote to `path`: its rotated backups (each ending in a newline), then
 * the live file. Read again when a rotation happened meanwhile (the backup list changed).
 */
export async function readExporterOutput(path: string): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  for (let attempt = 1; ; attempt++) {
    const before = await backupsOf(path);
    try {
      const backups = await Promise.all(before.map((file) => readFile(file, 'utf8')));
      const live = await readFile(path, 'utf8');
      const after = await backupsOf(path);
      if (after.join('\n') === before.join('\n') || attempt === 3) {
        return backups.map((text) => (text === '' || text.endsWith('\n') ? text : text + '\n')).join('') + live;
      }
    } catch (error) {
      // A backup removed by max_backups between listing and reading: list again.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 3 || !before.length) throw error;
    }
  }
}

export function otlpFileBackend(options: BackendOptions): Backend {
  const path = options.url.startsWith('file:') ? fileURLToPath(options.url) : options.url;
  if (!path) throw new ConfigurationError("Input 'backend-url' is required for backend otlp-file: the path of the collector's file-exporter output.");
  const selection = `SERVER spans with ${options.buildAttribute}=<build>${options.service ? ` and service.name=${options.service}` : ''} in ${path}`;

  return {
    name: 'otlp-file',
    describe: () => ({ requests: selection, errors: `${selection}, status ERROR or HTTP ≥ 500`, latency: `p99 of their durations` }),
    async sample(buildId): Promise<BuildSample> {
      let text: string;
      try {
        // fs is loaded on the first look: every step would pay for it at start-up otherwise.
        text = await readExporterOutput(path);
      } catch (error) {
        throw new Error(`otlp-file: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? error})`);
      }
      const entry = scanFile(text, options.buildAttribute, options.service).get(buildId);
      if (!entry) return { requests: 0, errors: 0, latencySamples: 0 };
      const sorted = entry.durationsMs.sort((a, b) => a - b);
      return { requests: entry.requests, errors: entry.errors, p99Ms: quantile(sorted, 0.99), latencySamples: sorted.length };
    },
    async custom(query) {
      throw new ConfigurationError(`Custom query '${query.name}' needs a query backend (prometheus); otlp-file has no query language.`);
    }
  };
}
