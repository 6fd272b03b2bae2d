import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ConfigurationError, errorMessage, optionalInput, runner, validateBuildId } from '@goldenthread/core';
import { BACKENDS } from './backends/index.js';
import { readBackend, readThresholds } from './inputs.js';
import { Judge } from './judge.js';
import { verdictRecord } from './report.js';

/**
 * Serve mode for Argo Rollouts' `web` metric provider: GET /v1/verdict?build_id=…
 * [&baseline_build_id=…] judges one look on the build's cumulative telemetry and answers
 * the verdict record as JSON. Argo does the interval/count/limits; the sequential test is
 * on cumulative counts, so every answer keeps its false-alarm bound however often Argo asks.
 */
export async function serve(): Promise<void> {
  const { backend: name, backendOptions } = readBackend();
  const thresholds = readThresholds(name);
  const backend = BACKENDS[name](backendOptions);
  const port = Number(optionalInput('serve-port') ?? process.env.PORT ?? '8080');
  const host = optionalInput('serve-address') ?? '0.0.0.0';
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigurationError(`Invalid input 'serve-port': '${port}'. Expected a TCP port.`);
  }

  async function verdict(url: URL, res: ServerResponse): Promise<void> {
    const buildId = url.searchParams.get('build_id') ?? '';
    const baseline = url.searchParams.get('baseline_build_id') || undefined;
    try {
      validateBuildId(buildId, 'query parameter build_id');
      if (baseline) validateBuildId(baseline, 'query parameter baseline_build_id');
    } catch (error) {
      return send(res, 400, { error: errorMessage(error) });
    }
    const startedAt = new Date();
    const judge = new Judge({ ...thresholds, buildId, baselineBuildId: baseline, count: 1 }, backend);
    const measurement = await judge.look(1);
    const outcome = { ...judge.verdict(), metrics: judge.metrics, measurements: [measurement], last: judge.last };
    send(res, 200, verdictRecord(outcome, { buildId, baselineBuildId: baseline, backend: backend.name, startedAt, gatePassed: outcome.verdict === 'pass' }));
  }

  function send(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://gate');
    if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
    if (req.method === 'GET' && url.pathname === '/v1/verdict') {
      verdict(url, res).catch((error) => send(res, 500, { error: errorMessage(error) }));
      return;
    }
    send(res, 404, { error: 'GET /v1/verdict?build_id=<build id> or /healthz' });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  runner.info(`otel-gate serving on http://${host}:${typeof address === 'object' && address ? address.port : port}/v1/verdict`);
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}
