import { nodeCrypto } from './builtins.js';

/**
 * Deterministic ids (docs/design.md §2): every job and runner of one run and attempt computes the
 * same trace id, so they join one trace without passing outputs.
 */
export interface RunKey {
  repository: string;
  runId: string;
  runAttempt: string;
}

function digestHex(text: string): string {
  return nodeCrypto().createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A W3C id may not be all zeros; flip the last digit in the (2^-128) case it is. */
function nonZero(hex: string): string {
  return /^0+$/.test(hex) ? hex.slice(0, -1) + '1' : hex;
}

function runSeed(key: RunKey): string {
  return `goldenthread/v1|${key.repository}|${key.runId}|${key.runAttempt}`;
}

export function deriveTraceId(key: RunKey): string {
  return nonZero(digestHex(runSeed(key)).slice(0, 32));
}

export function deriveRootSpanId(key: RunKey): string {
  return nonZero(digestHex(`${runSeed(key)}|root`).slice(0, 16));
}

export function randomSpanId(): string {
  return nonZero(nodeCrypto().randomBytes(8).toString('hex'));
}
