import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigurationError, errorMessage } from '@goldenthread/core';
import { histogramOf } from './counters.js';
import { describeSelection, isError, isSelected, KIND_NUMBER } from './selection.js';
import type { Backend, BackendOptions, SpanKindName, SpanSelection, Snapshot } from './types.js';

/**
 * The OpenTelemetry Collector file exporter's format: one OTLP/JSON ExportTraceServiceRequest
 * per line. The file is read afresh at every look and only spans that started in the window
 * (at or after its start, not after now) count, so the snapshot is "everything in the window
 * written so far". A last
 * line still being written (no newline yet) waits for the next look; a malformed line is
 * skipped with a counted warning; a file mostly unreadable is a backend error.
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
  name?: string;
  kind?: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes?: KeyValue[];
  status?: { code?: number };
}
interface TraceRequest {
  resourceSpans?: Array<{ resource?: { attributes?: KeyValue[] }; scopeSpans?: Array<{ spans?: OtlpSpan[] }> }>;
}

const STATUS_CODE_ERROR = 2;
const KIND_NAME = new Map(Object.entries(KIND_NUMBER).map(([name, n]) => [n, name as SpanKindName]));

function attribute(list: KeyValue[] | undefined, key: string): string | number | undefined {
  const value = list?.find((kv) => kv.key === key)?.value;
  if (!value) return undefined;
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.doubleValue;
}

const numberOrUndefined = (v: string | number | undefined) =>
  v === undefined || !Number.isFinite(Number(v)) ? undefined : Number(v);

export interface SpanStats {
  requests: number;
  errors: number;
  durationsMs: number[];
}

export interface ScanResult {
  builds: Map<string, SpanStats>;
  lines: number;
  malformed: number;
  firstMalformed?: number;
}

export interface ScanOptions {
  buildAttribute: string;
  service?: string;
  selection: SpanSelection;
  /** Only spans that started at or after this time (ms since the epoch). */
  sinceMs?: number;
  /** …and not after this one (a span dated later has not happened yet). */
  untilMs?: number;
}

/** Selected spans of each build in one file's text; malformed complete lines are counted, not fatal. */
export function scanFile(text: string, options: ScanOptions): ScanResult {
  const result: ScanResult = { builds: new Map(), lines: 0, malformed: 0 };
  const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
  const sinceNs = BigInt(Math.floor(options.sinceMs ?? 0)) * 1_000_000n;
  const untilNs = options.untilMs === undefined ? undefined : BigInt(Math.floor(options.untilMs)) * 1_000_000n;
  complete.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    result.lines++;
    let request: TraceRequest;
    try {
      const parsed: unknown = JSON.parse(line);
      if (typeof parsed !== 'object' || parsed === null) throw new Error('not an object');
      request = parsed; // every field is optional and read defensively below (`?? []`, BigInt in a try)
    } catch {
      result.malformed++;
      result.firstMalformed ??= index + 1;
      return;
    }
    for (const rs of request.resourceSpans ?? []) {
      const resourceBuild = attribute(rs.resource?.attributes, options.buildAttribute);
      if (options.service !== undefined && attribute(rs.resource?.attributes, 'service.name') !== options.service)
        continue;
      for (const ss of rs.scopeSpans ?? []) {
        for (const span of ss.spans ?? []) countSpan(result, span, resourceBuild, options, sinceNs, untilNs);
      }
    }
  });
  return result;
}

function countSpan(
  result: ScanResult,
  span: OtlpSpan,
  resourceBuild: string | number | undefined,
  options: ScanOptions,
  sinceNs: bigint,
  untilNs?: bigint
): void {
  let start: bigint;
  let end: bigint;
  try {
    start = BigInt(span.startTimeUnixNano);
    end = BigInt(span.endTimeUnixNano);
  } catch {
    return; // a span without valid times cannot be placed in the window
  }
  if (start < sinceNs || (untilNs !== undefined && start > untilNs)) return;
  const kind = KIND_NAME.get(span.kind ?? 0);
  const route = attribute(span.attributes, 'http.route');
  const facts = { kind, name: span.name, route: route === undefined ? undefined : String(route) };
  if (!isSelected(options.selection, facts)) return;
  const build = attribute(span.attributes, options.buildAttribute) ?? resourceBuild;
  if (build === undefined) return;
  const key = String(build);
  const entry = result.builds.get(key) ?? { requests: 0, errors: 0, durationsMs: [] };
  const error = isError({
    ...facts,
    statusError: span.status?.code === STATUS_CODE_ERROR,
    httpStatus: numberOrUndefined(
      attribute(span.attributes, 'http.response.status_code') ?? attribute(span.attributes, 'http.status_code')
    ),
    grpcStatus: numberOrUndefined(attribute(span.attributes, 'rpc.grpc.status_code'))
  });
  entry.requests++;
  if (error) entry.errors++;
  entry.durationsMs.push(end > start ? Number(end - start) / 1e6 : 0);
  result.builds.set(key, entry);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The rotated backups of `path`, oldest first (the timestamp sorts as text). */
async function backupsOf(path: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  const ext = extname(path);
  const prefix = basename(path, ext);
  const stamp = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}\\.\\d{3}';
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-${stamp}-[A-Za-z0-9_]+${escapeRegExp(ext)}$`);
  const names = await readdir(dirname(path)).catch(() => [] as string[]);
  return names
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dirname(path), name));
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

/** More than this share of malformed lines and the file is not the file exporter's output. */
export const MAX_MALFORMED_SHARE = 0.5;

export function otlpFileBackend(options: BackendOptions): Backend {
  const path = options.url.startsWith('file:') ? fileURLToPath(options.url) : options.url;
  if (!path)
    throw new ConfigurationError(
      "Input 'backend-url' is required for backend otlp-file: the path of the collector's file-exporter output."
    );
  const selection = `${describeSelection(options.selection)} with ${options.buildAttribute}=<build>${options.service ? ` and service.name=${options.service}` : ''}, started in the window, in ${path}`;
  let warned = 0;
  // The canary and stable are sampled together at each look: one read in flight serves both.
  let inFlight: { start: number; result: Promise<ScanResult> } | undefined;

  function scan(windowStart: Date): Promise<ScanResult> {
    if (inFlight && inFlight.start === windowStart.getTime()) return inFlight.result;
    const current = { start: windowStart.getTime(), result: read(windowStart) };
    inFlight = current;
    const done = () => {
      if (inFlight === current) inFlight = undefined;
    };
    current.result.then(done, done);
    return current.result;
  }

  async function read(windowStart: Date): Promise<ScanResult> {
    let text: string;
    try {
      // fs is loaded on the first look: every step would pay for it at start-up otherwise.
      text = await readExporterOutput(path);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
      throw new Error(`otlp-file: cannot read ${path} (${reason})`, { cause: error });
    }
    const result = scanFile(text, { ...options, sinceMs: windowStart.getTime(), untilMs: Date.now() });
    if (result.malformed > 0 && result.malformed > MAX_MALFORMED_SHARE * result.lines) {
      throw new Error(
        `otlp-file: ${result.malformed} of ${result.lines} lines of ${path} are not OTLP/JSON (first: line ${result.firstMalformed})`
      );
    }
    if (result.malformed > warned) {
      options.warn?.(
        `otlp-file: skipped ${result.malformed} malformed line(s) of ${result.lines} in ${path} (first: line ${result.firstMalformed})`
      );
      warned = result.malformed;
    }
    return result;
  }

  return {
    name: 'otlp-file',
    describe: () => ({
      requests: selection,
      errors: `${selection}; status ERROR, or HTTP ≥ 500 / gRPC server error on SERVER spans`,
      latency: 'their durations'
    }),
    baseline: async (): Promise<Snapshot> => new Map(),
    async snapshot(buildId, windowStart): Promise<Snapshot> {
      const entry = (await scan(windowStart)).builds.get(buildId);
      if (!entry) return new Map();
      return new Map([
        ['spans', { requests: entry.requests, errors: entry.errors, latency: histogramOf(entry.durationsMs) }]
      ]);
    },
    async custom(query) {
      throw new ConfigurationError(
        `Custom query '${query.name}' needs a query backend (prometheus); otlp-file has no query language.`
      );
    }
  };
}
