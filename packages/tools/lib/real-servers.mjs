// Real servers from Debian packages, started on free loopback ports and stopped by PID.
// When a binary is missing, `available()` says so; with GOLDENTHREAD_REQUIRE_REAL=1 (set by
// .ci/run) a missing binary is an error instead of a skipped test.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
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
    [`--config.file=${join(dir, 'prometheus.yml')}`, `--storage.tsdb.path=${join(dir, 'data')}`, `--web.listen-address=127.0.0.1:${port}`],
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
  const config = ['version: 0.1', 'log:', '  level: error', 'storage:', '  filesystem:', `    rootdirectory: ${join(dir, 'data')}`, '  delete:', '    enabled: true', 'http:', `  addr: 127.0.0.1:${port}`].join('\n');
  writeFileSync(join(dir, 'config.yml'), config + '\n');
  const child = spawn(which('docker-registry'), ['serve', join(dir, 'config.yml')], { stdio: ['ignore', 'ignore', 'pipe'] });
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
      const res = await fetch(`${url}/v2/${repository}/manifests/${tag}`, { method: 'HEAD', headers: { accept: 'application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json' } });
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
    [`--host=unix://${socket}`, `--data-root=${join(dir, 'data')}`, `--exec-root=${join(dir, 'exec')}`, `--pidfile=${join(dir, 'docker.pid')}`, '--iptables=false', '--ip6tables=false', '--bridge=none', '--storage-driver=vfs', `--insecure-registry=${insecureRegistry}`],
    { stdio: ['ignore', 'ignore', 'pipe'] }
  );
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const host = `unix://${socket}`;
  const stop = stopper(child, dir);
  try {
    await until(() => (spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { env: { ...process.env, DOCKER_HOST: host } }).status === 0 ? true : undefined), { what: 'dockerd', timeoutMs: 30_000 });
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\n${log}`);
  }
  return { host, pid: child.pid, stop };
}
