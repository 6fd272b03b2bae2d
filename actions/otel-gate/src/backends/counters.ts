import type { Histogram, SeriesCounts, Snapshot } from './types.js';

/**
 * Increase between two snapshots, series by series. A series whose counters went down was
 * reset (a restarted collector or pod) and counts from zero; a series absent now keeps its last
 * value, so it is not counted twice when it comes back.
 */
export function increase(previous: Snapshot, current: Snapshot): SeriesCounts {
  const total: SeriesCounts = { requests: 0, errors: 0, latency: new Map() };
  for (const [key, now] of current) {
    const before = previous.get(key);
    const reset = before !== undefined && wentDown(before, now);
    const from = before === undefined || reset ? undefined : before;
    total.requests += now.requests - (from?.requests ?? 0);
    total.errors += now.errors - (from?.errors ?? 0);
    for (const [le, c] of now.latency ?? [])
      total.latency!.set(le, (total.latency!.get(le) ?? 0) + c - (from?.latency?.get(le) ?? 0));
  }
  if (total.errors > total.requests)
    throw new Error(`backend counted ${total.errors} errors of ${total.requests} requests`);
  return total;
}

function wentDown(a: SeriesCounts, b: SeriesCounts): boolean {
  if (b.requests < a.requests || b.errors < a.errors) return true;
  for (const [le, c] of a.latency ?? []) if ((b.latency?.get(le) ?? c) < c) return true;
  return false;
}

/** Carry series absent from `current` over from `previous` (see `increase`). */
export function merge(previous: Snapshot, current: Snapshot): Snapshot {
  const next = new Map(previous);
  for (const [key, value] of current) next.set(key, value);
  return next;
}

export function addHistograms(into: Histogram, more: Histogram | undefined): Histogram {
  for (const [le, c] of more ?? []) into.set(le, (into.get(le) ?? 0) + c);
  return into;
}

function sorted(h: Histogram): Array<[number, number]> {
  return [...h.entries()].sort((a, b) => a[0] - b[0]);
}

export function histogramCount(h: Histogram): number {
  return h.get(Infinity) ?? Math.max(0, ...h.values());
}

/** Quantile by linear interpolation inside the bucket, as PromQL's histogram_quantile does. */
export function histogramQuantile(h: Histogram, q: number): number | undefined {
  const buckets = sorted(h);
  const total = histogramCount(h);
  if (total <= 0) return undefined;
  const rank = q * total;
  let lower = 0;
  let below = 0;
  for (const [le, c] of buckets) {
    if (c >= rank) {
      if (le === Infinity) return lower;
      return lower + ((le - lower) * (rank - below)) / Math.max(c - below, 1e-12);
    }
    lower = le;
    below = c;
  }
  return lower;
}

/** Observations slower than `limit` ms, interpolating linearly inside its bucket. */
export function countAbove(h: Histogram, limit: number): number {
  const buckets = sorted(h);
  const total = histogramCount(h);
  let lower = 0;
  let below = 0;
  for (const [le, c] of buckets) {
    if (limit < le) {
      const atLimit = le === Infinity ? below : below + ((c - below) * (limit - lower)) / (le - lower);
      return Math.max(0, total - atLimit);
    }
    lower = le;
    below = c;
  }
  return 0;
}

/** Log-spaced bucket bounds (ms) for backends that see every duration: ~10 % resolution. */
export const FINE_BOUNDS: number[] = Array.from({ length: 150 }, (_, i) => Number((0.1 * 1.1 ** i).toPrecision(4)));

export function histogramOf(durationsMs: number[], bounds = FINE_BOUNDS): Histogram {
  const h: Histogram = new Map();
  const sortedDurations = [...durationsMs].sort((a, b) => a - b);
  let i = 0;
  for (const le of bounds) {
    while (i < sortedDurations.length && sortedDurations[i] <= le) i++;
    h.set(le, i);
  }
  h.set(Infinity, sortedDurations.length);
  return h;
}
