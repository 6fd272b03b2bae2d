import { nodeCrypto } from '@goldenthread/core';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import {
  ConfigurationError,
  errorMessage,
  maskSecret,
  optionalInput,
  redact,
  runner,
  validateBuildId
} from '@goldenthread/core';
import { BACKENDS } from './backends/index.js';
import { readBackend, readThresholds } from './inputs.js';
import { Judge } from './judge.js';
import { verdictRecord } from './report.js';

/**
 * Serve mode for Argo Rollouts' `web` metric provider: GET /v1/verdict?build_id=…
 * [&baseline_build_id=…] judges one look on the build's cumulative telemetry and answers
 * the verdict record as JSON. Argo does the interval/count/limits; the sequential test is
 * on cumulative counts, so every answer keeps its false-alarm bound however often Argo asks.
 *
 * How Argo reads the answer (argoproj/argo-rollouts metricproviders/webmetric/webmetric.go):
 * a non-2xx status or a body its jsonPath cannot find becomes an Error measurement, which
 * does not count toward `count` and ends the run in Error after `consecutiveErrorLimit`.
 * So when the backend cannot be read we answer 503, never a 200 "inconclusive" that Argo
 * would count as a measurement.
 */

/** Limits for a server that sits in a cluster: slow or oversized clients are cut off. */
export const SERVE_LIMITS = {
  /** Whole request (line, headers, body) must arrive within this. */
  requestTimeoutMs: 10_000,
  headersTimeoutMs: 5_000,
  /** Node's default is 16 KiB; a verdict request needs a URL and maybe an Authorization header. */
  maxHeaderBytes: 8 * 1024,
  /** A GET has no body; anything larger is refused. */
  maxBodyBytes: 1024,
  /** One verdict (all backend queries of one look) must be ready within this, else 503. */
  verdictDeadlineMs: 25_000,
  /** Error text in an answer is cut to this. */
  maxErrorChars: 300,
  /** SIGTERM: in-flight verdicts get this long to finish before connections are dropped. */
  drainMs: 10_000
} as const;

/** `password=…`, `"token": "…"`, `Authorization: …` as a backend may echo them. */
const SECRET_ASSIGNMENT =
  /\b((?:authorization|api[-_]?key|apikey|password|passwd|secret|token|access_token)["']?\s*[:=]\s*["']?)[^\s"',&}]+/gi;

/**
 * Core's one redaction rule (registered secrets, URL userinfo, echoed Bearer/Basic values), plus
 * `password=`-style assignments a backend may echo; one line, bounded.
 */
export function publicError(text: string): string {
  const scrubbed = redact(text)
    .replace(SECRET_ASSIGNMENT, '$1***')
    .replace(/[\r\n\t]+/g, ' ');
  const max = SERVE_LIMITS.maxErrorChars;
  return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed;
}

/** The bearer token, from `serve-token-file` (a mounted Secret) or `serve-token`; none: open. */
export function readServeToken(): Buffer | undefined {
  const file = optionalInput('serve-token-file');
  const inline = optionalInput('serve-token');
  if (file && inline) {
    throw new ConfigurationError("Inputs 'serve-token' and 'serve-token-file' are exclusive: give one.");
  }
  let token = inline;
  if (file) {
    try {
      token = readFileSync(file, 'utf8').trim();
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? errorMessage(error);
      throw new ConfigurationError(
        `Invalid input 'serve-token-file': cannot read '${file}' (${why}). Expected a file holding the bearer token.`
      );
    }
  }
  if (token === undefined) return undefined;
  if (!/^[\x21-\x7e]{16,}$/.test(token)) {
    const source = file ? "input 'serve-token-file' content" : "input 'serve-token'";
    throw new ConfigurationError(`Invalid ${source}: expected at least 16 printable characters, no spaces.`);
  }
  maskSecret(token);
  return nodeCrypto().createHash('sha256').update(token).digest();
}

/** Constant time: both sides hashed to 32 bytes first, so neither length nor prefix leaks. */
function authorized(header: string | undefined, expected: Buffer | undefined): boolean {
  if (!expected) return true;
  const match = /^Bearer ([\x21-\x7e]+)$/.exec(header ?? '');
  const given = nodeCrypto()
    .createHash('sha256')
    .update(match ? match[1] : '')
    .digest();
  return nodeCrypto().timingSafeEqual(given, expected) && match !== null;
}

function listenInputs(): { host: string; port: number } {
  const portText = optionalInput('serve-port') ?? process.env.PORT ?? '8080';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) {
    throw new ConfigurationError(`Invalid input 'serve-port': '${portText}'. Expected a TCP port (0-65535).`);
  }
  const host = optionalInput('serve-address') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) {
    throw new ConfigurationError(
      `Invalid input 'serve-address': '${host}'. Expected an IP address or host name to listen on, ` +
        'e.g. 0.0.0.0 in a pod.'
    );
  }
  return { host, port };
}

export async function serve(): Promise<void> {
  const { backend: name, backendOptions } = readBackend();
  const thresholds = readThresholds(name);
  const backend = BACKENDS[name](backendOptions);
  const { host, port } = listenInputs();
  const token = readServeToken();

  async function verdict(url: URL): Promise<{ status: number; body: unknown }> {
    const buildId = url.searchParams.get('build_id') ?? '';
    const baseline = url.searchParams.get('baseline_build_id') || undefined;
    try {
      validateBuildId(buildId, 'query parameter build_id');
      if (baseline) validateBuildId(baseline, 'query parameter baseline_build_id');
    } catch (error) {
      return { status: 400, body: { error: publicError(errorMessage(error)) } };
    }
    const startedAt = new Date();
    const judge = new Judge({ ...thresholds, buildId, baselineBuildId: baseline, count: 1 }, backend);
    const measurement = await judge.look(1);
    const outcome = { ...judge.verdict(), metrics: judge.metrics, measurements: [measurement], last: judge.last };
    // The build's traffic could not be read: an error for Argo (it retries, then ends the run
    // in Error), never a verdict. A decided `fail` (from a custom query) still stands. A custom
    // query that fails or finds no data on its own leaves its metric unjudged: inconclusive.
    if (measurement.error && outcome.verdict !== 'fail') {
      const error = publicError(`backend ${backend.name} could not be read: ${measurement.error}`);
      return { status: 503, body: { error, build_id: buildId } };
    }
    if (measurement.error) measurement.error = publicError(measurement.error);
    const gatePassed = outcome.verdict === 'pass';
    const context = { buildId, baselineBuildId: baseline, backend: backend.name, startedAt, gatePassed };
    const record = verdictRecord(outcome, context);
    for (const m of record.metrics) if (m.detail) m.detail = publicError(m.detail);
    return { status: 200, body: record };
  }

  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    if (res.headersSent) return;
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
    res.end(JSON.stringify(body));
  }

  let inFlight = 0;
  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      // An absolute-form target such as `http://[` throws here: a client error, not ours.
      url = new URL(req.url ?? '/', 'http://gate');
    } catch {
      return send(res, 400, { error: 'malformed request target' }, { connection: 'close' });
    }
    const length = Number(req.headers['content-length'] ?? 0);
    if (req.headers['transfer-encoding'] || !(length <= SERVE_LIMITS.maxBodyBytes)) {
      return send(res, 413, { error: `request body over ${SERVE_LIMITS.maxBodyBytes} bytes` }, { connection: 'close' });
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, { error: 'only GET' }, { allow: 'GET, HEAD' });
    }
    if (url.pathname === '/healthz') return send(res, 200, { ok: true });
    if (url.pathname !== '/v1/verdict') {
      return send(res, 404, { error: 'GET /v1/verdict?build_id=<build id> or /healthz' });
    }
    if (!authorized(req.headers.authorization, token)) {
      const challenge = { 'www-authenticate': 'Bearer realm="otel-gate"' };
      return send(res, 401, { error: 'missing or wrong bearer token' }, challenge);
    }
    inFlight++;
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<{ status: number; body: unknown }>((resolve) => {
        const ms = SERVE_LIMITS.verdictDeadlineMs;
        timer = setTimeout(() => resolve({ status: 503, body: { error: `no verdict within ${ms} ms` } }), ms);
      });
      const answer = await Promise.race([verdict(url), deadline]);
      send(res, answer.status, answer.body);
    } catch (error) {
      send(res, 500, { error: publicError(errorMessage(error)) });
    } finally {
      clearTimeout(timer);
      inFlight--;
    }
  }

  const server = createServer(
    {
      maxHeaderSize: SERVE_LIMITS.maxHeaderBytes,
      requestTimeout: SERVE_LIMITS.requestTimeoutMs,
      headersTimeout: SERVE_LIMITS.headersTimeoutMs,
      // Node checks those two timeouts only this often (default 30 s).
      connectionsCheckingInterval: 1_000
    },
    (req, res) => {
      req.resume(); // drain any (small) body; the limit is checked from the headers
      handle(req, res).catch((error) => send(res, 500, { error: publicError(errorMessage(error)) }));
    }
  );
  // A request the HTTP parser cannot read (bad line, headers too large, too slow): answer and
  // drop that connection; the server goes on serving everyone else.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new ConfigurationError(
          `Cannot listen on ${host}:${port} (${error.code ?? errorMessage(error)}). ` +
            "Check inputs 'serve-address' and 'serve-port'."
        )
      )
    );
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  runner.info(`otel-gate serving on http://${host}:${bound}/v1/verdict${token ? ' (a bearer token is required)' : ''}`);

  // Graceful stop (SIGTERM from the kubelet): no new connections, idle ones closed, in-flight
  // verdicts answered, then exit; anything still open after drainMs is dropped.
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      runner.info(`${signal}: draining ${inFlight} in-flight request(s), then stopping.`);
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, SERVE_LIMITS.drainMs).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
