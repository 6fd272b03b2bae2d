import { describe, expect, test } from '@jest/globals';
import { formatTraceparent, parseTraceparent } from '@goldenthread/core';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('parseTraceparent (W3C trace context)', () => {
  test('accepts the spec example', () => {
    expect(parseTraceparent(`00-${TRACE}-${SPAN}-01`)).toEqual({
      ok: true,
      value: { traceId: TRACE, spanId: SPAN, flags: 1 }
    });
  });

  test('accepts a future version with extra fields', () => {
    const parsed = parseTraceparent(`01-${TRACE}-${SPAN}-00-extra`);
    expect(parsed.ok).toBe(true);
  });

  test.each([
    ['version ff', `ff-${TRACE}-${SPAN}-01`, /version ff/],
    ['all-zero trace id', `00-${'0'.repeat(32)}-${SPAN}-01`, /trace id/],
    ['all-zero span id', `00-${TRACE}-${'0'.repeat(16)}-01`, /parent id/],
    ['upper-case hex', `00-${TRACE.toUpperCase()}-${SPAN}-01`, /lower-case/],
    ['short trace id', `00-${TRACE.slice(1)}-${SPAN}-01`, /expected/],
    ['long span id', `00-${TRACE}-${SPAN}0-01`, /expected/],
    ['version 00 with extra field', `00-${TRACE}-${SPAN}-01-x`, /four fields/],
    ['garbage', 'not a traceparent', /expected/],
    ['empty', '', /expected/]
  ])('rejects %s', (_name, header, reason) => {
    const parsed = parseTraceparent(header);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });

  test('format round-trips and pads flags', () => {
    expect(formatTraceparent({ traceId: TRACE, spanId: SPAN, flags: 1 })).toBe(`00-${TRACE}-${SPAN}-01`);
    expect(formatTraceparent({ traceId: TRACE, spanId: SPAN, flags: 0 })).toBe(`00-${TRACE}-${SPAN}-00`);
    expect(() => formatTraceparent({ traceId: '0'.repeat(32), spanId: SPAN, flags: 1 })).toThrow(/invalid trace id/);
  });
});
