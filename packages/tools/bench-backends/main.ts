// The gate's backends as the action bundles them, for bench.mjs to time one look of each.
export { jaegerBackend } from '../../../actions/otel-gate/src/backends/jaeger.js';
export { prometheusBackend } from '../../../actions/otel-gate/src/backends/prometheus.js';
