import { createRequire } from 'node:module';

/**
 * Built-ins that only some paths of a step need, loaded on first use: importing node:crypto and
 * node:child_process (which pulls in net, dgram and streams) at start-up cost every step ~10 ms
 * before its first input check — a fifth of `node -e 0`. process.getBuiltinModule is Node
 * ≥ 20.16; the CommonJS require is the fallback for older 20.x.
 */
// Not named `require`: a CommonJS transpile (bench-gate's ncc --transpile-only) would shadow its own.
const requireBuiltin = createRequire(import.meta.url);
const load = (id: string): unknown => (process.getBuiltinModule ? process.getBuiltinModule(id) : requireBuiltin(id));

export const nodeCrypto = (): typeof import('node:crypto') => load('node:crypto') as typeof import('node:crypto');
export const childProcess = (): typeof import('node:child_process') =>
  load('node:child_process') as typeof import('node:child_process');
