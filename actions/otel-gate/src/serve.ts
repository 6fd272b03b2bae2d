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
import { PENDING_VERDICT, type VerdictAnswer } from '@goldenthread/core/records';
import { BACKENDS, type Backend } from './backends/index.js';
import { describeSelection } from './backends/selection.js';
import { parseWindowStart, readBackend, readThresholds, type Thresholds } from './inputs.js';
import { Judge, minutes, type Measurement, type Verdict } from './judge.js';
import { verdictRecord } from './report.js';

/**
 * Serve mode for Argo Rollouts' `web` metric provider: GET /v1/verdict?build_id=…
 * [&baseline_build_id=…][&window_start=…] performs one look of an analysis session and answers
 * the session's state as a verdict record (JSON). A session is the action's own analysis
 * (judge.ts: the gate's window, the sequential tests, min-duration before a pass, canary vs stable
 * in the same intervals) with Argo's requests as its looks: the first request opens the window,
 * every later one judges the increase since the previous look. Lifetime totals decide nothing.
 *
 * How Argo reads the answer (argoproj/argo-rollouts at 9f8d111):
 * - metricproviders/webmetric/webmetric.go (Provider.Run, parseResponse): a non-2xx status, or a
 *   body its jsonPath cannot find, is an Error measurement; otherwise the value goes through
 *   utils/evaluate EvaluateResult: failureCondition → Failed, successCondition → Successful,
 *   neither → Inconclusive.
 * - analysis/analysis.go (runMeasurements, assessMetricFailureInconclusiveOrError,
 *   assessMetricStatus): every Inconclusive measurement adds to the run's Inconclusive total —
 *   a total over the run, not a streak: a pass in between does not reset it — and the run ends
 *   Inconclusive once that total exceeds `inconclusiveLimit`; Error measurements do not count
 *   toward `count` and end the run in Error after more than `consecutiveErrorLimit` in a row.
 * So while the session is undecided serve answers `verdict: "pending"` (Inconclusive for the
 * shipped template): the template's inconclusiveLimit must leave room for min-duration of them
 * (examples/analysis-template.yaml). When the backend cannot be read we answer 503 (an Error,
 * retried after 10 s), never a 200 that Argo would count.
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
  drainMs: 10_000,
  /** Analysis sessions kept at once; past it the least recently asked one is dropped. */
  maxSessions: 256,
  /** A session nobody asked about for this many max-durations is dropped. */
  idleMaxDurations: 2,
  /** Looks kept in an answer's `measurements` (the most recent). */
  maxMeasurements: 100
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

type Answer = { status: number; body: unknown };

/** One analysis: the judge, its looks so far, and once decided the answer every later ask gets. */
interface Session {
  buildId: string;
  baselineBuildId?: string;
  openedAt: Date;
  lastAskedMs: number;
  looks: number;
  measurements: Measurement[];
  judge: Judge;
  /** The look under way; a request that arrives meanwhile gets its answer (never a second look). */
  inFlight?: Promise<Answer>;
  /** Decided, or max-duration reached: sticky, no more looks. */
  final?: Answer;
}

/**
 * The analysis sessions, keyed by (build_id, baseline_build_id, window_start), in a Map kept in
 * least-recently-asked order: bounded in number (SERVE_LIMITS.maxSessions) and in idle time
 * (idleMaxDurations × max-duration), so a client asking for endless build ids costs bounded memory.
 * Sessions live in this process only: a restart opens new windows.
 */
export class Sessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly thresholds: Thresholds,
    private readonly backend: Backend,
    private readonly selection: string
  ) {}

  /** Validate the request before any backend call: 400 with what was expected, or the ask's answer. */
  async ask(params: URLSearchParams): Promise<Answer> {
    const now = new Date();
    let buildId: string;
    let baselineBuildId: string | undefined;
    let windowStart: Date | undefined;
    try {
      buildId = validateBuildId(params.get('build_id') ?? '', 'query parameter build_id');
      const baseline = params.get('baseline_build_id') || undefined;
      baselineBuildId = baseline && validateBuildId(baseline, 'query parameter baseline_build_id');
      if (baselineBuildId === buildId)
        throw new ConfigurationError(
          `Invalid query parameter baseline_build_id: '${baselineBuildId}' is the build being judged. Expected the stable build.`
        );
      windowStart = this.windowStart(params.get('window_start') ?? undefined, now);
    } catch (error) {
      return { status: 400, body: { error: publicError(errorMessage(error)) } };
    }
    const session = this.session(buildId, baselineBuildId, windowStart, now);
    if (session.final) return session.final;
    // One look at a time per session: its judge sees successive, non-overlapping intervals.
    session.inFlight ??= this.look(session).finally(() => {
      session.inFlight = undefined;
    });
    return session.inFlight;
  }

  /**
   * `window_start`: RFC 3339, not in the future (parseWindowStart allows 60 s of clock skew between
   * Argo and us), not older than max-duration (that window would be over before its first look).
   */
  private windowStart(text: string | undefined, now: Date): Date | undefined {
    if (text === undefined) return undefined;
    const what = 'query parameter window_start';
    const start = parseWindowStart(text, now, what);
    const maxMs = this.thresholds.maxDurationMs;
    if (start && now.getTime() - start.getTime() > maxMs) {
      throw new ConfigurationError(
        `Invalid ${what}: '${text}' is more than max-duration (${minutes(maxMs)}) ago. ` +
          'Expected when the rollout step began, within max-duration.'
      );
    }
    return start;
  }

  private session(buildId: string, baselineBuildId: string | undefined, windowStart: Date | undefined, now: Date) {
    const nowMs = now.getTime();
    const idleMs = SERVE_LIMITS.idleMaxDurations * this.thresholds.maxDurationMs;
    // Least recently asked first: drop the idle ones from the front.
    for (const [key, s] of this.sessions) {
      if (nowMs - s.lastAskedMs <= idleMs) break;
      this.sessions.delete(key);
    }
    const key = JSON.stringify([buildId, baselineBuildId ?? '', windowStart?.toISOString() ?? '']);
    let session = this.sessions.get(key);
    if (session) this.sessions.delete(key);
    else {
      // The action's own settings: no `count`, so the window runs to a decision or max-duration.
      const settings = { ...this.thresholds, count: undefined, buildId, baselineBuildId, windowStart };
      session = {
        buildId,
        baselineBuildId,
        openedAt: now,
        lastAskedMs: nowMs,
        looks: 0,
        measurements: [],
        judge: new Judge(settings, this.backend)
      };
      while (this.sessions.size >= SERVE_LIMITS.maxSessions) this.sessions.delete(this.sessions.keys().next().value!);
      runner.info(
        `build ${buildId}${baselineBuildId ? ` vs ${baselineBuildId}` : ''}: analysis session opened` +
          `${windowStart ? ` (window from ${windowStart.toISOString()})` : ' (window from its first look)'}.`
      );
    }
    session.lastAskedMs = nowMs;
    this.sessions.set(key, session);
    return session;
  }

  /** One look; the session's answer after it. Never rejects: trouble is an answer too. */
  private async look(session: Session): Promise<Answer> {
    try {
      const now = new Date();
      const { judge } = session;
      const measurement = await judge.look(++session.looks, now);
      if (measurement.error) measurement.error = publicError(measurement.error);
      session.measurements.push(measurement);
      session.measurements.splice(0, session.measurements.length - SERVE_LIMITS.maxMeasurements);
      const start = Date.parse(judge.window!.start);
      const expired = now.getTime() - start >= this.thresholds.maxDurationMs;
      let decided: Verdict | undefined;
      if (judge.decided() || expired) {
        const { verdict, reason } = judge.verdict();
        decided = verdict;
        session.final = { status: 200, body: this.record(session, verdict, reason) };
        runner.info(`build ${session.buildId}: ${verdict} (${reason}); the answer is final.`);
      }
      // The build's traffic could not be read: an error for Argo (it retries, then ends the run
      // in Error), never a verdict — the session keeps its window, and the judge counts the error
      // toward consecutive-error-limit. A decided `fail` (from a custom query) still stands. A
      // custom query that fails or finds no data on its own leaves its metric unjudged.
      if (measurement.error && decided !== 'fail') {
        const error = publicError(`backend ${this.backend.name} could not be read: ${measurement.error}`);
        return { status: 503, body: { error, build_id: session.buildId } };
      }
      if (session.final) return session.final;
      const elapsed = now.getTime() - start;
      const estimate = judge.estimate ? `; ${judge.estimate.text}` : '';
      const reason =
        `not decided yet: ${minutes(elapsed)} of window after ${session.looks} look(s); a pass needs at least ` +
        `min-duration (${minutes(this.thresholds.minDurationMs)}), and the answer is final by max-duration ` +
        `(${minutes(this.thresholds.maxDurationMs)})${estimate}`;
      return { status: 200, body: this.record(session, PENDING_VERDICT, reason) };
    } catch (error) {
      return { status: 500, body: { error: publicError(errorMessage(error)) } };
    }
  }

  private record(session: Session, verdict: Verdict | typeof PENDING_VERDICT, reason: string): VerdictAnswer {
    const { judge } = session;
    const outcome = {
      // verdictRecord knows decided verdicts only; the answer's own verdict replaces this below.
      verdict: verdict === PENDING_VERDICT ? ('inconclusive' as const) : verdict,
      reason,
      metrics: judge.metrics,
      measurements: [...session.measurements],
      last: judge.last,
      window: judge.window,
      estimate: judge.estimate
    };
    const record = verdictRecord(outcome, {
      buildId: session.buildId,
      baselineBuildId: session.baselineBuildId,
      backend: this.backend.name,
      startedAt: session.openedAt,
      gatePassed: verdict === 'pass',
      selection: this.selection
    });
    for (const m of record.metrics) if (m.detail) m.detail = publicError(m.detail);
    // While pending the gate has not let anything through, nor stopped it.
    return { ...record, verdict, gate_passed: verdict === PENDING_VERDICT ? undefined : record.gate_passed };
  }
}

export async function serve(): Promise<void> {
  const { backend: name, backendOptions } = readBackend();
  const thresholds = readThresholds(name);
  if (thresholds.windowStart) {
    throw new ConfigurationError(
      "Input 'window-start' does not apply to serve: every analysis has its own window. " +
        'Expected the query parameter window_start on each request, or none (the first request opens the window).'
    );
  }
  const backend = BACKENDS[name]({ ...backendOptions, warn: (message) => runner.warning(publicError(message)) });
  const { host, port } = listenInputs();
  const token = readServeToken();
  const sessions = new Sessions(thresholds, backend, describeSelection(backendOptions.selection));

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
      const answer = await Promise.race([sessions.ask(url.searchParams), deadline]);
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
