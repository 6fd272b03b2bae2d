// Real servers from Debian packages, and the OpenTelemetry Collector and Jaeger built from their
// Go modules by test/servers/build.sh, started on free loopback ports and stopped by PID.
// When a binary is missing, `available()` / `built()` say so; with GOLDENTHREAD_REQUIRE_REAL=1
// (set by .ci/run) a missing binary is an error instead of a skipped test.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export function which(binary) {
  const found = spawnSync('sh', ['-c', 'command -v "$1"', 'which', binary], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** True when the binary exists; throws when it is missing and real parts are required. */
export function available(binary) {
  if (which(binary)) return true;
  if (process.env.GOLDENTHREAD_REQUIRE_REAL === '1') {
    throw new Error(`${binary} is not installed, and GOLDENTHREAD_REQUIRE_REAL=1 (see .ci/run for the apt-get line).`);
  }
  return false;
}

/** Where test/servers/build.sh leaves the binaries (a stable name per server, linked to its build). */
export function serversCache() {
  return process.env.GOLDENTHREAD_SERVERS_CACHE || join(homedir(), '.cache', 'goldenthread', 'servers');
}

/** The path of a server test/servers/build.sh built ('otelcol', 'jaeger'), or undefined. */
export function builtServer(name) {
  const path = join(serversCache(), name);
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** True when the server is built; throws when it is not and real parts are required. */
export function built(name) {
  if (builtServer(name)) return true;
  // .ci/run sets GOLDENTHREAD_GO_SERVERS_FAILED when the Go build itself failed (a module the proxy
  // refused): those tests then skip, loudly, instead of failing every other result with them.
  if (process.env.GOLDENTHREAD_REQUIRE_REAL === '1' && process.env.GOLDENTHREAD_GO_SERVERS_FAILED !== '1') {
    throw new Error(
      `${name} is not built in ${serversCache()}, and GOLDENTHREAD_REQUIRE_REAL=1: ` +
        'run test/servers/build.sh (needs Go).'
    );
  }
  return false;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Poll `check` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function until(check, { timeoutMs = 20_000, everyMs = 100, what = 'condition' } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

function stopper(child, dir) {
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/** A real Prometheus scraping `targets` (host:port) every second. */
export async function startPrometheus(targets) {
  const dir = mkdtempSync(join(tmpdir(), 'gt-prom-'));
  const port = await freePort();
  const config = [
    'global:',
    '  scrape_interval: 1s',
    '  evaluation_interval: 1s',
    'scrape_configs:',
    '  - job_name: fixture',
    '    honor_labels: true',
    '    static_configs:',
    `      - targets: [${targets.map((t) => `'${t}'`).join(', ')}]`
  ].join('\n');
  writeFileSync(join(dir, 'prometheus.yml'), config + '\n');
  const child = spawn(
    which('prometheus'),
    [
      `--config.file=${join(dir, 'prometheus.yml')}`,
      `--storage.tsdb.path=${join(dir, 'data')}`,
      `--web.listen-address=127.0.0.1:${port}`
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, dir);
  try {
    await until(async () => ((await fetch(`${url}/-/ready`)).ok ? true : undefined), { what: 'Prometheus /-/ready' });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${log}`);
  }
  return {
    url,
    pid: child.pid,
    /**
     * Wait until an instant query returns a sample whose value satisfies `ok`.
     * @param {string} query
     * @param {(value: number) => boolean} [ok]
     */
    async waitFor(query, ok = () => true) {
      return until(
        async () => {
          const res = await fetch(`${url}/api/v1/query?query=${encodeURIComponent(query)}`);
          const body = await res.json();
          const value = body.data?.result?.[0]?.value?.[1];
          return value !== undefined && ok(Number(value)) ? Number(value) : undefined;
        },
        { what: `Prometheus query ${query}` }
      );
    },
    stop
  };
}

/** A real OCI registry (Debian's docker-registry, distribution 2.8) on loopback, filesystem storage. */
export async function startRegistry() {
  const dir = mkdtempSync(join(tmpdir(), 'gt-registry-'));
  const port = await freePort();
  const config = [
    'version: 0.1',
    'log:',
    '  level: error',
    'storage:',
    '  filesystem:',
    `    rootdirectory: ${join(dir, 'data')}`,
    '  delete:',
    '    enabled: true',
    'http:',
    `  addr: 127.0.0.1:${port}`
  ].join('\n');
  writeFileSync(join(dir, 'config.yml'), config + '\n');
  const child = spawn(which('docker-registry'), ['serve', join(dir, 'config.yml')], {
    stdio: ['ignore', 'ignore', 'pipe']
  });
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const stop = stopper(child, dir);
  try {
    await until(async () => ((await fetch(`${url}/v2/`)).ok ? true : undefined), { what: 'registry /v2/' });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${log}`);
  }
  return {
    host: `127.0.0.1:${port}`,
    url,
    pid: child.pid,
    /** The digest the registry serves for a tag (Docker-Content-Digest). */
    async digest(repository, tag) {
      const res = await fetch(`${url}/v2/${repository}/manifests/${tag}`, {
        method: 'HEAD',
        headers: {
          accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json'
        }
      });
      return res.headers.get('docker-content-digest') ?? undefined;
    },
    stop
  };
}

/**
 * A real Docker daemon (Debian's docker.io) on a private socket: vfs storage, no bridge or
 * iptables, trusting `insecureRegistry` over plain HTTP. Stopped by its PID.
 */
export async function startDockerd(insecureRegistry) {
  const dir = mkdtempSync(join(tmpdir(), 'gt-dockerd-'));
  const socket = join(dir, 'docker.sock');
  const child = spawn(
    which('dockerd'),
    [
      `--host=unix://${socket}`,
      `--data-root=${join(dir, 'data')}`,
      `--exec-root=${join(dir, 'exec')}`,
      `--pidfile=${join(dir, 'docker.pid')}`,
      '--iptables=false',
      '--ip6tables=false',
      '--bridge=none',
      '--storage-driver=vfs',
      `--insecure-registry=${insecureRegistry}`
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const host = `unix://${socket}`;
  const stop = stopper(child, dir);
  try {
    await until(
      () =>
        spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { env: { ...process.env, DOCKER_HOST: host } })
          .status === 0
          ? true
          : undefined,
      { what: 'dockerd', timeoutMs: 30_000 }
    );
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${log}`);
  }
  return { host, pid: child.pid, stop };
}

/**
 * Spawn `binary args`, keep the tail of its log, and poll `ready()` until it answers; stop by PID.
 * A server that exits before it is ready (a port taken between freePort() and its bind) fails at
 * once with `exitedEarly`, so the caller can try again on fresh ports.
 */
async function launch({ binary, args, dir, ready, what }) {
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-6000)));
  let exit;
  child.once('exit', (code, signal) => (exit = code ?? signal));
  const stop = stopper(child, dir);
  const deadline = Date.now() + 30_000;
  while (exit === undefined && Date.now() < deadline) {
    if (await ready().catch(() => false)) return { pid: child.pid, stop, log: () => log };
    await new Promise((r) => setTimeout(r, 100));
  }
  const early = exit !== undefined;
  await stop();
  const error = new Error(
    `${what} ${early ? `exited (${exit}) before it was ready` : 'was not ready within 30 s'}\n${log}`
  );
  error.exitedEarly = early;
  throw error;
}

/** Start a server on fresh free ports, up to three times while it exits early (a port race). */
async function withPortRetry(start) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (!error.exitedEarly || attempt === 3) throw error;
    }
  }
}

/** A string in a YAML config, written as a JSON string (a valid YAML double-quoted scalar). */
const yamlString = (value) => JSON.stringify(value);

/**
 * The real OpenTelemetry Collector (test/servers/otelcol, components at release v0.161.0): OTLP/HTTP
 * in; out through the file exporter (`spansFile`, rotated at `rotateMegabytes`), the spanmetrics
 * connector (the given dimensions, flushed every second) served by the Prometheus exporter, and,
 * with `jaegerOtlpUrl`, OTLP/HTTP to Jaeger. Component types as the release names them
 * (`span_metrics`, `otlp_http`; see `otelcol components`). No batch processor, so the file has a
 * span as soon as the receiver answered; SIGTERM drains the exporters' queues before exit.
 * @param {{ spansFile: string, rotateMegabytes?: number, jaegerOtlpUrl?: string, dimensions?: string[] }} options
 */
export async function startOtelCollector({
  spansFile,
  rotateMegabytes = 100,
  jaegerOtlpUrl,
  dimensions = ['build.id', 'http.response.status_code']
}) {
  return withPortRetry(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-otelcol-'));
    const [otlpPort, metricsPort] = [await freePort(), await freePort()];
    const traceExporters = ['span_metrics', 'file', ...(jaegerOtlpUrl ? ['otlp_http/jaeger'] : [])];
    const config = [
      'receivers:',
      '  otlp:',
      '    protocols:',
      '      http:',
      `        endpoint: 127.0.0.1:${otlpPort}`,
      'connectors:',
      '  span_metrics:',
      '    metrics_flush_interval: 1s',
      '    dimensions:',
      ...dimensions.map((name) => `      - name: ${yamlString(name)}`),
      'exporters:',
      '  prometheus:',
      `    endpoint: 127.0.0.1:${metricsPort}`,
      '  file:',
      `    path: ${yamlString(spansFile)}`,
      '    rotation:',
      `      max_megabytes: ${rotateMegabytes}`,
      ...(jaegerOtlpUrl ? ['  otlp_http/jaeger:', `    endpoint: ${yamlString(jaegerOtlpUrl)}`] : []),
      'service:',
      '  telemetry:',
      '    metrics:',
      '      level: none', // its own metrics server would take the fixed port 8888
      '    logs:',
      '      level: warn',
      '  pipelines:',
      '    traces:',
      '      receivers: [otlp]',
      `      exporters: [${traceExporters.join(', ')}]`,
      '    metrics:',
      '      receivers: [span_metrics]',
      '      exporters: [prometheus]'
    ].join('\n');
    writeFileSync(join(dir, 'config.yaml'), config + '\n');
    const url = `http://127.0.0.1:${otlpPort}`;
    const metricsAddress = `127.0.0.1:${metricsPort}`;
    const ready = async () => {
      const headers = { 'content-type': 'application/json' };
      const otlp = await fetch(`${url}/v1/traces`, { method: 'POST', headers, body: '{}' });
      return otlp.ok && (await fetch(`http://${metricsAddress}/metrics`)).ok;
    };
    const args = [`--config=${join(dir, 'config.yaml')}`];
    const what = 'the OpenTelemetry Collector';
    const daemon = await launch({ binary: builtServer('otelcol'), args, dir, ready, what });
    return { url, metricsAddress, spansFile, pid: daemon.pid, stop: daemon.stop, log: daemon.log };
  });
}

/**
 * Real Jaeger (test/servers/jaeger: the `jaeger` all-in-one program, v1.76.0) with in-memory
 * storage: OTLP/HTTP in on `otlpUrl`, the query API and UI on `url`. The configuration follows its
 * own cmd/jaeger/internal/all-in-one.yaml, trimmed to what we use and moved to free ports.
 * @param {{ maxTraces?: number }} [options]
 */
export async function startJaeger({ maxTraces = 100_000 } = {}) {
  return withPortRetry(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gt-jaeger-'));
    const [otlpPort, queryPort, grpcPort] = [await freePort(), await freePort(), await freePort()];
    const config = [
      'service:',
      '  extensions: [jaeger_storage, jaeger_query]',
      '  pipelines:',
      '    traces:',
      '      receivers: [otlp]',
      '      exporters: [jaeger_storage_exporter]',
      '  telemetry:',
      '    metrics:',
      '      level: none',
      '    logs:',
      '      level: warn',
      'extensions:',
      '  jaeger_query:',
      '    storage:',
      '      traces: memstore',
      '    http:',
      `      endpoint: 127.0.0.1:${queryPort}`,
      '    grpc:',
      `      endpoint: 127.0.0.1:${grpcPort}`,
      '  jaeger_storage:',
      '    backends:',
      '      memstore:',
      '        memory:',
      `          max_traces: ${maxTraces}`,
      'receivers:',
      '  otlp:',
      '    protocols:',
      '      http:',
      `        endpoint: 127.0.0.1:${otlpPort}`,
      'exporters:',
      '  jaeger_storage_exporter:',
      '    trace_storage: memstore'
    ].join('\n');
    writeFileSync(join(dir, 'config.yaml'), config + '\n');
    const url = `http://127.0.0.1:${queryPort}`;
    const ready = async () => (await fetch(`${url}/api/services`)).ok;
    const args = [`--config=${join(dir, 'config.yaml')}`];
    const daemon = await launch({ binary: builtServer('jaeger'), args, dir, ready, what: 'Jaeger /api/services' });
    return { url, otlpUrl: `http://127.0.0.1:${otlpPort}`, pid: daemon.pid, stop: daemon.stop, log: daemon.log };
  });
}
