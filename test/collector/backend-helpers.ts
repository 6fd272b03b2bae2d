// The gate's backends as the action builds them (default span selection), and their snapshot of a
// build summed over its series, for tests that compare it with the truth they sent.
import { DEFAULT_EXCLUDED } from '../../actions/otel-gate/src/backends/selection.js';
import type { Backend, BackendOptions } from '../../actions/otel-gate/src/backends/types.js';

export function backendOptions(url: string, more: Partial<BackendOptions> = {}): BackendOptions {
  return {
    url,
    headers: {},
    timeoutMs: 10_000,
    buildAttribute: 'build.id',
    preset: 'spanmetrics',
    service: 'shop',
    selection: { kinds: ['server'], exclude: DEFAULT_EXCLUDED },
    ...more
  };
}

/** Requests, errors and latency observations of `build` in the window from `since` (default: all). */
export async function totals(backend: Backend, build: string, since = new Date(0)) {
  const snapshot = await backend.snapshot(build, since);
  const sum = { requests: 0, errors: 0, latencySamples: 0 };
  for (const series of snapshot.values()) {
    sum.requests += series.requests;
    sum.errors += series.errors;
    sum.latencySamples += series.latency?.get(Infinity) ?? 0;
  }
  return sum;
}
