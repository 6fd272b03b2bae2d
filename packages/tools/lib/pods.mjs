// "Pods" of the sample service on loopback: one node process per pod, started with the env
// a Kubernetes container would get from the manifest, stopped with SIGTERM (the service then
// flushes its spans) and awaited by PID.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

const SERVER = resolve(import.meta.dirname, '..', 'sample-service', 'server.mjs');

/**
 * @param {{ name: string, appDir: string, env: Record<string, string> }} options
 * @returns {Promise<{ name: string, url: string, pid: number, env: Record<string, string>, stop: () => Promise<void> }>}
 */
export async function startPod({ name, appDir, env }) {
  const child = spawn(process.execPath, [SERVER], {
    env: { PATH: process.env.PATH, ...env, SHOP_APP_DIR: appDir, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let log = '';
  child.stderr.on('data', (c) => (log = (log + c).slice(-4000)));
  const port = await new Promise((resolvePort, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening (\d+)/.exec(out);
      if (match) resolvePort(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`pod ${name} exited with ${code} before listening:\n${log}`)));
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    env,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  };
}
