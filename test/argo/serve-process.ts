import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { until } from '../../packages/tools/lib/real-servers.mjs';

/** The compiled `node dist/otel-gate/index.js serve`, configured by INPUT_* env as in a pod. */
export async function startServe(inputs: Record<string, string>) {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  for (const [name, value] of Object.entries({ 'serve-port': '0', ...inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  const child = spawn(process.execPath, [resolve('dist/otel-gate/index.js'), 'serve'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let out = '';
  child.stdout.on('data', (c) => (out += c));
  child.stderr.on('data', (c) => (out += c));
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  let running = true;
  void exited.then(() => (running = false));
  const base = await until(
    async () => {
      if (!running) throw new Error(`serve exited: ${out}`);
      return /serving on (http:\/\/\S+)\/v1\/verdict/.exec(out)?.[1];
    },
    { what: 'serve start' }
  );
  return {
    base: base as string,
    port: Number(new URL(base as string).port),
    output: () => out,
    running: () => running,
    exited,
    signal: (signal: NodeJS.Signals) => void child.kill(signal),
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (running) child.kill(signal);
      return exited;
    }
  };
}
