/**
 * W3C Trace Context `traceparent` (https://www.w3.org/TR/trace-context/#traceparent-header):
 * `version-traceid-parentid-flags`, lower-case hex, exact lengths, version `ff` and
 * all-zero ids invalid. Future versions may append fields after the flags.
 */
export interface SpanContextIds {
  traceId: string;
  spanId: string;
  /** Trace flags byte; bit 0 is "sampled". */
  flags: number;
}

const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const HEADER = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

export function isValidTraceId(id: string): boolean {
  return TRACE_ID.test(id) && !/^0+$/.test(id);
}

export function isValidSpanId(id: string): boolean {
  return SPAN_ID.test(id) && !/^0+$/.test(id);
}

export type TraceparentResult = { ok: true; value: SpanContextIds } | { ok: false; reason: string };

export function parseTraceparent(header: string): TraceparentResult {
  const text = header.trim();
  const match = HEADER.exec(text);
  if (!match) {
    return { ok: false, reason: 'expected 00-<32 lower-case hex>-<16 lower-case hex>-<2 hex>' };
  }
  const [, version, traceId, spanId, flags, rest] = match;
  if (version === 'ff') return { ok: false, reason: 'version ff is invalid' };
  if (version === '00' && rest !== undefined) {
    return { ok: false, reason: 'version 00 has exactly four fields' };
  }
  if (!isValidTraceId(traceId)) return { ok: false, reason: 'trace id is all zeros' };
  if (!isValidSpanId(spanId)) return { ok: false, reason: 'parent id is all zeros' };
  return { ok: true, value: { traceId, spanId, flags: parseInt(flags, 16) } };
}

export function formatTraceparent(ids: SpanContextIds): string {
  if (!isValidTraceId(ids.traceId)) throw new Error(`invalid trace id '${ids.traceId}'`);
  if (!isValidSpanId(ids.spanId)) throw new Error(`invalid span id '${ids.spanId}'`);
  const flags = (ids.flags & 0xff).toString(16).padStart(2, '0');
  return `00-${ids.traceId}-${ids.spanId}-${flags}`;
}
