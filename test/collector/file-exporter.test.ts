// The gate's otlp-file backend reading what the real OpenTelemetry Collector's file exporter writes
// (fileexporter@v0.161.0, JSON lines, rotated by timberjack): across rotations, while the collector
// is writing, and with a torn last line.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { otlpFileBackend, readExporterOutput, scanFile } from '../../actions/otel-gate/src/backends/otlp-file.js';
import { built, startOtelCollector, until } from '../../packages/tools/lib/real-servers.mjs';
import { backendOptions, totals } from './backend-helpers.js';
import { sendWithSdk, serverSpans } from './otel-sdk.js';

const HAVE_COLLECTOR = built('otelcol');
if (!HAVE_COLLECTOR)
  console.warn('test/collector: the real OpenTelemetry Collector is not built (test/servers/build.sh); skipped');
const suite = HAVE_COLLECTOR ? describe : describe.skip;

const BUILD = 'release-21-f00d123';
const backendFor = (path: string) => otlpFileBackend(backendOptions(path));

suite("otlp-file on the real file exporter's output", () => {
  let dir: string;
  let collector: Awaited<ReturnType<typeof startOtelCollector>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gt-fileexp-'));
    // 1 MB is the smallest rotation the exporter takes (max_megabytes is a whole number).
    collector = await startOtelCollector({ spansFile: join(dir, 'spans.jsonl'), rotateMegabytes: 1 });
  });
  afterAll(() => collector?.stop());

  test('counts every span across rotations, read while the collector keeps writing', async () => {
    const backend = backendFor(collector.spansFile);
    let requests = 0;
    let errors = 0;
    const send = async () => {
      const spans = serverSpans(600, 25, (i) => 5 + (i % 40));
      await sendWithSdk(collector.url, { 'service.name': 'shop', 'build.id': BUILD }, spans);
      requests += spans.length;
      errors += spans.filter((s) => s.error).length;
    };
    // The exporter creates its file on the first write; before that the path is missing (an error look).
    await send();
    const seen: number[] = [];
    let sending = true;
    // A reader looking as fast as it can while batches arrive: no look may fail or go backwards.
    const reader = (async () => {
      while (sending) {
        seen.push((await totals(backend, BUILD)).requests);
        await new Promise((r) => setImmediate(r));
      }
    })();
    for (let batch = 1; batch < 12; batch++) await send();
    sending = false;
    await reader;
    const backups = readdirSync(dir).filter((name) =>
      /^spans-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.\d{3}-size\.jsonl$/.test(name)
    );
    expect(backups.length).toBeGreaterThanOrEqual(2); // ~7 200 spans ≈ 3 MB of JSON
    const final = await until(
      async () => {
        const s = await totals(backend, BUILD);
        return s.requests === requests ? s : undefined;
      },
      { what: `${requests} spans in the exporter's files` }
    );
    expect(final).toMatchObject({ requests, errors, latencySamples: requests });
    expect(seen.length).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]);
    expect(Math.max(...seen)).toBeLessThanOrEqual(requests);
  });

  test('a torn last line (a writer mid-append) waits for its newline; a backup cut before its newline still counts', async () => {
    const text = await readExporterOutput(collector.spansFile);
    const lines = text.split('\n').filter((l) => l !== '');
    const [first, second, third] = lines;
    const spansIn = (line: string) => scanFile(line + '\n', backendOptions('')).builds.get(BUILD)?.requests ?? 0;
    const copy = join(mkdtempSync(join(tmpdir(), 'gt-torn-')), 'spans.jsonl');
    writeFileSync(copy, `${first}\n${second.slice(0, Math.floor(second.length / 2))}`);
    expect((await totals(backendFor(copy), BUILD)).requests).toBe(spansIn(first));
    writeFileSync(copy, `${first}\n${second}\n`);
    expect((await totals(backendFor(copy), BUILD)).requests).toBe(spansIn(first) + spansIn(second));
    // timberjack rotated between the line and its newline (two writes): the backup ends without
    // one, the new file starts with it.
    writeFileSync(join(copy, '..', 'spans-2026-11-26T10-00-00.000-size.jsonl'), first);
    writeFileSync(copy, `\n${second}\n${third.slice(0, 10)}`);
    expect((await totals(backendFor(copy), BUILD)).requests).toBe(spansIn(first) + spansIn(second));
  });

  test('its lines are OTLP/JSON ExportTraceServiceRequests: ids in hex, kinds as numbers, int values as strings', () => {
    const line =
      readFileSync(collector.spansFile, 'utf8')
        .split('\n')
        .find((l) => l.trim() !== '') ?? readFileSync(join(dir, readdirSync(dir).sort()[0]), 'utf8').split('\n')[0];
    const span = JSON.parse(line).resourceSpans[0].scopeSpans[0].spans[0];
    expect(span.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(span.kind).toBe(2);
    expect(span.attributes.find((a: { key: string }) => a.key === 'http.response.status_code').value).toEqual({
      intValue: expect.stringMatching(/^\d+$/)
    });
  });
});
